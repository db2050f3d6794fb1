package org.convene.events;

import java.time.LocalDate;
import java.util.List;

/** The editable facts of an event. */
public record EventDetails(String title, LocalDate startDate, LocalDate endDate, String timeZone, String venue,
		String onlineLink, List<String> languages, String background, String objectives, Visibility visibility) {
}
