package org.convene.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Counts of failed attempts per key (a client address, an account and a client …), each forgotten a while after
 * its last failure; and counts of events per key in fixed windows ({@link #take}). One mechanism for every
 * throttle: sign-in failures, unknown join codes, posts per phone, new participants per network. In memory on purpose:
 * a restart forgets the counts, which gives an attacker nothing waiting would not.
 */
public final class Attempts {

	/** Above this many keys, expired ones are swept on the next failure, so the map cannot grow without end. */
	private static final int SWEEP_ABOVE = 10_000;
	private volatile int sweepAbove = SWEEP_ABOVE;

	private final Map<String, Count> counts = new ConcurrentHashMap<>();
	private final Clock clock;

	public Attempts(Clock clock) {
		this.clock = clock;
	}

	private record Count(int failures, Instant until) {
	}

	/** One more failure for the key, which it remembers for {@code window} from now. */
	public void failed(String key, Duration window) {
		Instant until = clock.instant().plus(window);
		counts.merge(key, new Count(1, until), (old, one) -> new Count(old.failures() + 1, until));
		sweep();
	}

	/** Forgets expired keys when the map has grown past twice its size after the last sweep (amortised O(1)). */
	private void sweep() {
		if (counts.size() > sweepAbove) {
			Instant now = clock.instant();
			counts.values().removeIf(c -> c.until().isBefore(now));
			sweepAbove = Math.max(SWEEP_ABOVE, 2 * counts.size());
		}
	}

	/**
	 * A rate limit: counts one event for the key and says true, unless the key already had {@code max} events in
	 * its current window (a fixed window of {@code window}, starting with the first event after the last one
	 * ended), when it says false and counts nothing. {@link #remaining} then says how long to wait.
	 */
	public boolean take(String key, int max, Duration window) {
		Instant now = clock.instant();
		boolean[] taken = {true};
		counts.compute(key, (k, c) -> {
			if (c == null || !c.until().isAfter(now)) {
				return new Count(1, now.plus(window));
			}
			if (c.failures() >= max) {
				taken[0] = false;
				return c;
			}
			return new Count(c.failures() + 1, c.until());
		});
		sweep();
		return taken[0];
	}

	/** Whether the key has at least {@code max} remembered failures. */
	public boolean over(String key, int max) {
		Count c = counts.get(key);
		return c != null && c.failures() >= max && c.until().isAfter(clock.instant());
	}

	/** How long until the key's failures are forgotten (zero when there are none). */
	public Duration remaining(String key) {
		Count c = counts.get(key);
		Instant now = clock.instant();
		return c == null || !c.until().isAfter(now) ? Duration.ZERO : Duration.between(now, c.until());
	}

	/** Whether any key starting with {@code prefix} has at least {@code max} remembered failures. */
	public boolean anyOver(String prefix, int max) {
		Instant now = clock.instant();
		return counts.entrySet().stream().anyMatch(e -> e.getKey().startsWith(prefix) && e.getValue().failures() >= max
				&& e.getValue().until().isAfter(now));
	}

	/** Answers 429 with Retry-After: the seconds until the key's count is forgotten, at least one. */
	public static void refuse(HttpServletResponse response, Attempts attempts, String key) {
		response.setStatus(429);
		response.setHeader("Retry-After", String.valueOf(Math.max(1, attempts.remaining(key).toSeconds())));
	}

	public void clear(String key) {
		counts.remove(key);
	}

	public void clearStartingWith(String prefix) {
		counts.keySet().removeIf(k -> k.startsWith(prefix));
	}
}
