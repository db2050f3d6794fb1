package org.convene.community.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Failed sign-ins slow down whoever makes them, not the account's owner: after {@code max} failures for one account
 * from one client address, that address may not try that account for a while; after {@code 4 × max} failures from
 * one address over any accounts (trying one password on many e-mails), that address may not try any. Someone at
 * another address — the account's owner — signs in as usual, so a stranger can no longer lock the administrator
 * out. Kept in memory: a restart forgets it, which costs an attacker nothing they could not get by waiting.
 */
@Component
public class SignInThrottle {

	/** Above this many tracked keys, expired ones are swept on the next failure. */
	private static final int SWEEP_ABOVE = 10_000;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();
	private final Clock clock;

	SignInThrottle(Optional<Clock> clock) {
		this.clock = clock.orElse(Clock.systemUTC());
	}

	private record Failures(int count, Instant until) {
	}

	/** Whether this client may not try this account now. */
	public boolean blocked(String email, String client, int max) {
		Instant now = clock.instant();
		return over(pair(email, client), max, now) || over(client(client), 4 * max, now);
	}

	/** Counts a failed sign-in for this account from this client; both counts last {@code window}. */
	public void failed(String email, String client, Duration window) {
		Instant until = clock.instant().plus(window);
		for (String key : new String[] { pair(email, client), client(client) }) {
			failures.merge(key, new Failures(1, until), (old, one) -> new Failures(old.count() + 1, until));
		}
		if (failures.size() > SWEEP_ABOVE) {
			Instant now = clock.instant();
			failures.values().removeIf(f -> f.until().isBefore(now));
		}
	}

	/** A successful sign-in clears this client's count for the account (not the other clients'). */
	public void succeeded(String email, String client) {
		failures.remove(pair(email, client));
	}

	/** An administrator's unlock clears the account's counts from every client. */
	public void clear(String email) {
		String prefix = "a:" + normalise(email) + "|";
		failures.keySet().removeIf(k -> k.startsWith(prefix));
	}

	private boolean over(String key, int max, Instant now) {
		Failures f = failures.get(key);
		return f != null && f.count() >= max && f.until().isAfter(now);
	}

	private static String pair(String email, String client) {
		return "a:" + normalise(email) + "|" + client;
	}

	private static String client(String client) {
		return "c:" + client;
	}

	private static String normalise(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}
}
