package org.convene.interact;

import java.time.Instant;
import java.util.Set;

/**
 * One answer (or, for Q&amp;A, one question) as kept: who by pseudonymous token, the canonical answer,
 * the quiz timing and score, whether it looked like it held personal identifiers, and its moderation
 * status. {@code upvoters} are the tokens that upvoted a question.
 */
public record Response(long id, long activityId, String token, int slot, String answer, Integer elapsedMs,
		Integer score, boolean flagged, Status status, Set<String> upvoters, Instant createdAt) {

	/** Whether the audience sees it: open text and questions wait for a moderator when the activity is moderated. */
	public enum Status {
		SHOWN, PENDING, HIDDEN, ANSWERED;

		public boolean visible() {
			return this == SHOWN || this == ANSWERED;
		}
	}

	public Response with(Status newStatus) {
		return new Response(id, activityId, token, slot, answer, elapsedMs, score, flagged, newStatus, upvoters,
				createdAt);
	}

	public int votes() {
		return upvoters.size();
	}
}
