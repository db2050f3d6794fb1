package org.convene.platform.web;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;
import org.convene.platform.Attempts;
import org.springframework.stereotype.Component;

/**
 * How fast one phone may post — answers, questions, upvotes and names in a live room, notes and dots from a café
 * seat card: {@link #PER_WINDOW} in {@link #WINDOW}, for no person taps faster. Over it, the response is 429 with
 * Retry-After; the caller says why in the phone's language and records nothing.
 */
@Component
public class PhonePosts {

	public static final int PER_WINDOW = 20;
	public static final Duration WINDOW = Duration.ofSeconds(10);

	private final Attempts posts = new Attempts(Clock.systemUTC());

	/** Counts one post of {@code phone}; false, with 429 and Retry-After set on the response, when it is one too many. */
	public boolean take(String phone, HttpServletResponse response) {
		if (posts.take(phone, PER_WINDOW, WINDOW)) {
			return true;
		}
		Attempts.refuse(response, posts, phone);
		return false;
	}
}
