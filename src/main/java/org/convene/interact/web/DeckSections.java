package org.convene.interact.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.convene.events.AgendaSession;
import org.convene.events.Event;
import org.convene.events.EventPageContribution;
import org.convene.interact.Deck;
import org.convene.interact.Decks;
import org.convene.interact.Evaluations;
import org.convene.interact.Results;
import org.springframework.stereotype.Component;

/** Each deck's results on its event's page and its session's page, with the way to run or add decks. */
@Component
class DeckSections implements EventPageContribution {

	/** A deck as the event pages show it: the results of every activity that has answers. */
	public record Summary(Deck deck, List<Results> results) {
	}

	private final Decks decks;
	private final Evaluations evaluations;

	DeckSections(Decks decks, Evaluations evaluations) {
		this.decks = decks;
		this.evaluations = evaluations;
	}

	@Override
	public List<Part> forEvent(Event event, boolean organiser, Locale locale) {
		// evaluations (their comments, their figures) are for organisers and the report, not the public page
		List<Deck> list = decks.forEvent(event.getId()).stream().filter(d -> organiser || !d.isSelfPaced()).toList();
		if (list.isEmpty() && !organiser) {
			return List.of();
		}
		return List.of(new Part("interact/sections", Map.of("summaries", summaries(list, locale), "event", event,
				"organiser", organiser, "templates", Decks.Template.values())));
	}

	@Override
	public List<Part> forSession(Event event, AgendaSession session, boolean organiser, Locale locale) {
		List<Deck> list = decks.forEvent(event.getId()).stream()
			.filter(d -> session.getId().equals(d.getSessionId()) && (organiser || !d.isSelfPaced()))
			.toList();
		return List.of(new Part("interact/sections", Map.of("summaries", summaries(list, locale), "event", event,
				"session", session, "organiser", organiser, "templates", Decks.Template.values())));
	}

	private List<Summary> summaries(List<Deck> list, Locale locale) {
		return list.stream().map(deck -> new Summary(deck, evaluations.pollResults(deck.getId(), locale))).toList();
	}
}
