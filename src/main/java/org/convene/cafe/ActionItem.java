package org.convene.cafe;

import java.time.LocalDate;

/** Something to do that came out of the harvest: from an insight (or written directly), with owner, due date, status. */
public record ActionItem(long id, Long noteId, String text, String owner, LocalDate due, Status status) {

	public enum Status {
		OPEN, IN_PROGRESS, DONE
	}
}
