package org.convene.community.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.convene.platform.Attempts;
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

	private final Attempts attempts;

	SignInThrottle(Optional<Clock> clock) {
		this.attempts = new Attempts(clock.orElse(Clock.systemUTC()));
	}

	/** Whether this client may not try this account now. */
	public boolean blocked(String email, String client, int max) {
		return attempts.over(pair(email, client), max) || attempts.over(client(client), 4 * max);
	}

	/** Counts a failed sign-in for this account from this client; both counts last {@code window}. */
	public void failed(String email, String client, Duration window) {
		attempts.failed(pair(email, client), window);
		attempts.failed(client(client), window);
	}

	/** A successful sign-in clears this client's count for the account (not the other clients'). */
	public void succeeded(String email, String client) {
		attempts.clear(pair(email, client));
	}

	/** Whether some client is blocked from this account now (the administrator's page offers Unlock then). */
	public boolean blockedAnywhere(String email, int max) {
		return attempts.anyOver(account(email), max);
	}

	/** An administrator's unlock clears the account's counts from every client. */
	public void clear(String email) {
		attempts.clearStartingWith(account(email));
	}

	private static String account(String email) {
		return "a:" + normalise(email) + "|";
	}

	private static String pair(String email, String client) {
		return account(email) + client;
	}

	private static String client(String client) {
		return "c:" + client;
	}

	private static String normalise(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}
}
