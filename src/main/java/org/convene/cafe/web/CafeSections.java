package org.convene.cafe.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.convene.cafe.Cafe;
import org.convene.cafe.Cafes;
import org.convene.events.AgendaSession;
import org.convene.events.Event;
import org.convene.events.EventPageContribution;
import org.springframework.stereotype.Component;

/** An event's cafés on its page and its sessions' pages, for organisers: the way to set one up, run it, harvest it. */
@Component
class CafeSections implements EventPageContribution {

	private final Cafes cafes;

	CafeSections(Cafes cafes) {
		this.cafes = cafes;
	}

	@Override
	public List<Part> forEvent(Event event, boolean organiser, Locale locale) {
		return organiser ? List.of(part(event, null, cafes.forEvent(event.getId()))) : List.of();
	}

	@Override
	public List<Part> forSession(Event event, AgendaSession session, boolean organiser, Locale locale) {
		if (!organiser) {
			return List.of();
		}
		List<Cafe> list = cafes.forEvent(event.getId()).stream()
			.filter(c -> session.getId().equals(c.sessionId()))
			.toList();
		return List.of(part(event, session, list));
	}

	private static Part part(Event event, AgendaSession session, List<Cafe> list) {
		return new Part("cafe/sections", session == null ? Map.of("event", event, "cafes", list)
				: Map.of("event", event, "session", session, "cafes", list));
	}
}
