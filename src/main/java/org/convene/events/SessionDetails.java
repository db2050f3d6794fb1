package org.convene.events;

import java.time.LocalDateTime;

/** The editable facts of an agenda session; times are wall-clock times in the event's time zone. */
public record SessionDetails(LocalDateTime startsAt, LocalDateTime endsAt, String title, SessionKind kind,
		Objective objective, String moderator, String presenters, String description) {
}
