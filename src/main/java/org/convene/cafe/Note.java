package org.convene.cafe;

import java.time.Instant;

import org.convene.events.Objective;

/**
 * A short insight written at a table in a round, tagged, optionally tied to a project objective,
 * optionally put in a cluster on the harvest board, with its dots.
 */
public record Note(long id, long tableId, int round, Long authorId, String text, Tag tag, Objective objective,
		String cluster, boolean flagged, boolean hidden, Instant createdAt, int dots) {

	/**
	 * Whether everyone may see it (on the phones' ballot and the projector): not hidden by the coordinator,
	 * and not flagged for personal identifiers (those stay with their table and the harvest board).
	 */
	public boolean shown() {
		return !hidden && !flagged;
	}

	/** What kind of insight it is. */
	public enum Tag {
		WORKS, DOES_NOT_WORK, IDEA, QUESTION
	}
}
