package org.convene.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.convene.cafe.ActionItem;
import org.convene.cafe.Cafe;
import org.convene.cafe.CafeHarvest;
import org.convene.cafe.Cafes;
import org.convene.cafe.Note;
import org.convene.events.AgendaSession;
import org.convene.events.Event;
import org.convene.events.Events;
import org.convene.events.Material;
import org.convene.events.Participant;
import org.convene.events.ParticipantCounts;
import org.convene.interact.Deck;
import org.convene.interact.Decks;
import org.convene.interact.Evaluations;
import org.convene.interact.Results;
import org.convene.platform.text.PersonalIdentifiers;
import org.convene.report.internal.ReportTexts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds an event's workshop report from what Convene holds: the event's texts, the coordinator's
 * narrative parts, the evaluation, participants' counts, each session with its people, materials,
 * polls and café harvest, and the annexes. The same {@link Report} feeds the web page, the PDF and the DOCX.
 */
@Service
public class Reports {

	/** The narrative parts a coordinator writes. */
	public static final String SUMMARY = "summary";
	public static final String CONCLUSIONS = "conclusions";

	private final Events events;
	private final Decks decks;
	private final Evaluations evaluations;
	private final Cafes cafes;
	private final CafeHarvest harvest;
	private final ReportTexts texts;

	/** Everything a report shows, in the reader's language. */
	public record Report(Event event, Locale locale, String summary, String conclusions, ParticipantCounts counts,
			List<Evaluations.Summary> evaluations, List<Poll> polls, List<SessionPart> sessions, List<CafePart> cafes,
			List<AgendaSession> agenda, List<Participant> listed, List<Participant> biographies) {

		/** Whether the report has the section (so the table of contents and the numbering leave it out otherwise). */
		public boolean hasOutcome() {
			return !evaluations.isEmpty() || !polls.isEmpty();
		}
	}

	/** A deck's results: its title and every activity that has answers. */
	public record Poll(String title, List<Results> results) {
	}

	/** A session: its coordinator's summary, materials, polls and cafés. */
	public record SessionPart(AgendaSession session, String summary, List<Material> materials, List<Poll> polls,
			List<CafePart> cafes) {
	}

	/** A World Café's harvest: the clusters, the insights with the most dots, the action items. */
	public record CafePart(Cafe cafe, Map<String, List<Note>> clusters, List<Note> top, List<ActionItem> actions) {
	}

	Reports(Events events, Decks decks, Evaluations evaluations, Cafes cafes, CafeHarvest harvest, ReportTexts texts) {
		this.events = events;
		this.decks = decks;
		this.evaluations = evaluations;
		this.cafes = cafes;
		this.harvest = harvest;
		this.texts = texts;
	}

	public static String sessionPart(long sessionId) {
		return "session:" + sessionId;
	}

	@Transactional(readOnly = true)
	public Report build(long eventId, Locale locale) {
		return build(eventId, locale, texts.of(eventId));
	}

	/** The report with the given narrative parts instead of the saved ones (the editor's preview). */
	@Transactional(readOnly = true)
	public Report build(long eventId, Locale locale, Map<String, String> narrative) {
		Event event = events.get(eventId);
		List<Deck> eventDecks = decks.forEvent(eventId);
		List<Evaluations.Summary> evaluationSummaries = eventDecks.stream()
			.filter(Deck::isSelfPaced)
			.map(d -> evaluations.summary(d.getId(), locale))
			.filter(s -> s.respondents() > 0)
			.toList();
		List<Cafe> eventCafes = cafes.forEvent(eventId);
		List<Material> materials = events.materials(eventId);
		List<SessionPart> sessions = new ArrayList<>();
		List<AgendaSession> agenda = events.agenda(eventId);
		for (AgendaSession s : agenda) {
			sessions.add(new SessionPart(s, narrative.get(sessionPart(s.getId())),
					materials.stream().filter(m -> s.getId().equals(m.getSessionId())).toList(),
					polls(eventDecks.stream().filter(d -> !d.isSelfPaced() && s.getId().equals(d.getSessionId())).toList(),
							locale),
					eventCafes.stream().filter(c -> s.getId().equals(c.sessionId())).map(this::cafe).toList()));
		}
		List<Participant> listed = events.listedParticipants(eventId);
		return new Report(event, locale, narrative.get(SUMMARY), narrative.get(CONCLUSIONS), events.counts(eventId),
				evaluationSummaries,
				polls(eventDecks.stream().filter(d -> !d.isSelfPaced() && d.getSessionId() == null).toList(), locale),
				sessions, eventCafes.stream().filter(c -> c.sessionId() == null).map(this::cafe).toList(), agenda,
				listed, listed.stream().filter(p -> p.getBiography() != null).toList());
	}

	private List<Poll> polls(List<Deck> list, Locale locale) {
		return list.stream()
			.map(d -> new Poll(d.getTitle(), evaluations.pollResults(d.getId(), locale)))
			.filter(p -> !p.results().isEmpty())
			.toList();
	}

	private CafePart cafe(Cafe cafe) {
		List<Note> shown = harvest.notes(cafe.id()).stream().filter(Note::shown).toList();
		List<Note> top = shown.stream().filter(n -> n.dots() > 0)
			.sorted(Comparator.comparingInt(Note::dots).reversed())
			.limit(10)
			.toList();
		return new CafePart(cafe, harvest.clusters(cafe.id()), top, harvest.actions(cafe.id()));
	}

	@Transactional(readOnly = true)
	public Map<String, String> texts(long eventId) {
		events.get(eventId);
		return texts.of(eventId);
	}

	/**
	 * Saves the narrative parts; refused with the findings when a text looks like it holds personal
	 * identifiers and the author has not confirmed.
	 */
	@Transactional
	public void saveTexts(long eventId, Map<String, String> parts, boolean identifiersConfirmed) {
		events.get(eventId);
		List<PersonalIdentifiers.Finding> findings = PersonalIdentifiers.find(parts.values().toArray(String[]::new));
		if (!findings.isEmpty() && !identifiersConfirmed) {
			throw new PersonalIdentifiers.Found(findings);
		}
		parts.forEach((part, text) -> texts.save(eventId, part, text == null ? null
				: (text.length() > 20_000 ? text.substring(0, 20_000) : text)));
	}
}
