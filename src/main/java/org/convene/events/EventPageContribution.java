package org.convene.events;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Another module's part of the event pages (live polls and their results, a World Café), so that
 * events need not know the modules that build on them. Each part names a template whose fragment
 * {@code part} is included with the variable {@code part} set to this record.
 */
public interface EventPageContribution {

	/** Parts shown on the event page after the agenda. */
	List<Part> forEvent(Event event, boolean organiser, Locale locale);

	/** Parts shown on a session's page (its edit page for organisers). */
	List<Part> forSession(Event event, AgendaSession session, boolean organiser, Locale locale);

	record Part(String template, Map<String, Object> model) {
	}
}
