package org.convene.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.convene.events.internal.AgendaSessionRepository;
import org.convene.events.internal.EventRepository;
import org.convene.events.internal.MaterialRepository;
import org.convene.events.internal.ParticipantRepository;
import org.convene.platform.AfterCommit;
import org.convene.platform.UserError;
import org.convene.platform.files.FileStore;
import org.convene.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Events and everything inside them: agenda, materials, registrations, check-in and counts. The one
 * place that enforces who may see a members-only event.
 */
@Service
@Transactional
public class Events {

	private final EventRepository events;
	private final AgendaSessionRepository sessions;
	private final MaterialRepository materials;
	private final ParticipantRepository participants;
	private final FileStore files;
	private final ApplicationEventPublisher publisher;

	Events(EventRepository events, AgendaSessionRepository sessions, MaterialRepository materials,
			ParticipantRepository participants, FileStore files, ApplicationEventPublisher publisher) {
		this.events = events;
		this.sessions = sessions;
		this.materials = materials;
		this.participants = participants;
		this.files = files;
		this.publisher = publisher;
	}

	// ---- events

	@Transactional(readOnly = true)
	public List<Event> listVisible(boolean signedIn) {
		return events.findByVisibilityInOrderByStartDateDesc(
				signedIn ? List.of(Visibility.PUBLIC, Visibility.MEMBERS) : List.of(Visibility.PUBLIC));
	}

	@Transactional(readOnly = true)
	public Event get(long id) {
		return events.findById(id).orElseThrow(NotFoundException::new);
	}

	/** The event, if this reader may see it: members-only events need a signed-in reader. */
	@Transactional(readOnly = true)
	public Event visible(long id, boolean signedIn) {
		Event event = get(id);
		if (!event.isPublic() && !signedIn) {
			throw new AccessDeniedException("members only");
		}
		return event;
	}

	public Event create(EventDetails d) {
		Event event = new Event(d.title(), d.startDate(), d.endDate(), d.timeZone(), d.visibility());
		apply(event, d);
		return events.save(event);
	}

	public Event update(long id, EventDetails d) {
		Event event = get(id);
		apply(event, d);
		return event;
	}

	/** Deletes the event with its agenda, materials (their files after commit) and participants. */
	public void delete(long id) {
		Event event = get(id);
		for (Material m : materials(id)) {
			deleteMaterial(id, m.getId());
		}
		events.delete(event); // the database cascades to sessions, participants, decks and cafés
		publisher.publishEvent(new EventDeleted(id));
	}

	private static void apply(Event event, EventDetails d) {
		event.update(d.title(), d.startDate(), d.endDate(), d.timeZone(), d.venue(), d.onlineLink(),
				d.languages() == null || d.languages().isEmpty() ? List.of("en") : d.languages(), d.background(),
				d.objectives(), d.visibility());
	}

	// ---- agenda

	@Transactional(readOnly = true)
	public List<AgendaSession> agenda(long eventId) {
		return sessions.findByEventIdOrderByStartsAtAscIdAsc(eventId);
	}

	@Transactional(readOnly = true)
	public AgendaSession session(long eventId, long sessionId) {
		return sessions.findById(sessionId).filter(s -> s.getEventId() == eventId).orElseThrow(NotFoundException::new);
	}

	public AgendaSession addSession(long eventId, SessionDetails d) {
		get(eventId);
		AgendaSession session = new AgendaSession(eventId);
		apply(session, d);
		return sessions.save(session);
	}

	public AgendaSession updateSession(long eventId, long sessionId, SessionDetails d) {
		AgendaSession session = session(eventId, sessionId);
		apply(session, d);
		return session;
	}

	public void deleteSession(long eventId, long sessionId) {
		AgendaSession session = session(eventId, sessionId);
		for (Material m : materials.findBySessionId(sessionId)) {
			deleteMaterial(eventId, m.getId());
		}
		sessions.delete(session);
		publisher.publishEvent(new SessionDeleted(eventId, sessionId));
	}

	private static void apply(AgendaSession s, SessionDetails d) {
		s.update(d.startsAt(), d.endsAt(), d.title(), d.kind(), d.objective(), d.moderator(), d.presenters(),
				d.description());
	}

	// ---- materials

	@Transactional(readOnly = true)
	public List<Material> materials(long eventId) {
		return materials.findByEventIdOrderByIdAsc(eventId);
	}

	@Transactional(readOnly = true)
	public Material material(long eventId, long materialId) {
		return materials.findById(materialId).filter(m -> m.getEventId() == eventId).orElseThrow(NotFoundException::new);
	}

	public Material addLink(long eventId, long sessionId, String title, String url) {
		session(eventId, sessionId);
		return materials.save(Material.link(eventId, sessionId, title, url));
	}

	public Material addFile(long eventId, long sessionId, String title, MultipartFile upload)
			throws IOException {
		session(eventId, sessionId);
		FileStore.StoredFile stored = files.store(upload);
		AfterCommit.onRollback(() -> deleteFile(stored.key()));
		String name = title == null || title.isBlank() ? stored.originalName() : title.strip();
		return materials.save(Material.file(eventId, sessionId, name, stored.key(), stored.originalName(),
				stored.contentType(), stored.size()));
	}

	public void deleteMaterial(long eventId, long materialId) {
		Material material = material(eventId, materialId);
		materials.delete(material);
		if (material.isFile()) {
			AfterCommit.run(() -> deleteFile(material.getFileKey()));
		}
	}

	private void deleteFile(String key) {
		try {
			files.delete(key);
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not delete stored file " + key, e);
		}
	}

	// ---- participants

	@Transactional(readOnly = true)
	public List<Participant> participants(long eventId) {
		return participants.findByEventIdOrderByNameAsc(eventId);
	}

	/** Only those who agreed to appear on the list of participants. */
	@Transactional(readOnly = true)
	public List<Participant> listedParticipants(long eventId) {
		return participants.findByEventIdAndConsentToListTrueOrderByNameAsc(eventId);
	}

	@Transactional(readOnly = true)
	public Participant participant(long eventId, long participantId) {
		return participants.findById(participantId)
			.filter(p -> p.getEventId() == eventId)
			.orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	public ParticipantCounts counts(long eventId) {
		return ParticipantCounts.of(participants.countByEventId(eventId),
				participants.countByEventIdAndCheckedInAtIsNotNull(eventId), participants.countBySex(eventId),
				participants.countByStakeholderType(eventId), participants.countByCountry(eventId));
	}

	/** The duplicate keys of everyone already registered, to find a second registration of the same person. */
	@Transactional(readOnly = true)
	public Set<String> registeredKeys(long eventId) {
		Set<String> keys = new HashSet<>();
		participants(eventId).forEach(p -> keys.addAll(p.details().duplicateKeys()));
		return keys;
	}

	public Participant register(long eventId, ParticipantDetails details, Participant.Source source) {
		get(eventId);
		requireValid(details, registeredKeys(eventId));
		return participants.save(new Participant(eventId, details, source));
	}

	public Participant updateParticipant(long eventId, long participantId, ParticipantDetails details) {
		Participant participant = participant(eventId, participantId);
		Set<String> others = new HashSet<>();
		participants(eventId).stream()
			.filter(p -> !p.getId().equals(participantId))
			.forEach(p -> others.addAll(p.details().duplicateKeys()));
		requireValid(details, others);
		participant.update(details);
		return participant;
	}

	public void removeParticipant(long eventId, long participantId) {
		participants.delete(participant(eventId, participantId));
	}

	public void setCheckedIn(long eventId, long participantId, boolean present) {
		Participant participant = participant(eventId, participantId);
		if (present && !participant.isCheckedIn()) {
			participant.checkIn(Instant.now());
		}
		else if (!present) {
			participant.undoCheckIn();
		}
	}

	/** What is wrong with a registration, duplicates of {@code taken} keys included. */
	public static List<String> problems(ParticipantDetails details, Set<String> taken) {
		List<String> problems = new ArrayList<>(details.problems());
		if (details.duplicateKeys().stream().anyMatch(taken::contains)) {
			problems.add("participant.error.duplicate");
		}
		return problems;
	}

	private static void requireValid(ParticipantDetails details, Set<String> taken) {
		List<String> problems = problems(details, taken);
		if (!problems.isEmpty()) {
			throw new UserError(problems);
		}
	}

	/**
	 * Registers every row or none: rows are checked again here (someone may have registered since the
	 * preview), and one bad or duplicate row rolls the whole import back.
	 */
	public int importAll(long eventId, List<ParticipantDetails> rows) {
		get(eventId);
		Set<String> seen = registeredKeys(eventId);
		for (ParticipantDetails row : rows) {
			requireValid(row, seen);
			seen.addAll(row.duplicateKeys());
		}
		participants.saveAll(rows.stream().map(r -> new Participant(eventId, r, Participant.Source.IMPORT)).toList());
		return rows.size();
	}
}
