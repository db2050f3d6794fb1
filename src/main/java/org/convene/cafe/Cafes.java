package org.convene.cafe;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.convene.cafe.internal.CafeStore;
import org.convene.events.Events;
import org.convene.events.Participant;
import org.convene.platform.UserError;
import org.convene.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * World Cafés: setting one up from an event (rounds, tables, hosts, people, pairs), reading it, running the
 * rounds, and a person's view by the key on their seat card. Planning is {@link CafePlanning}'s, the notes, dots
 * and action items {@link CafeHarvest}'s. Every change phones must see is announced once committed
 * ({@code CafePush}); phones then fetch their own stage.
 */
@Service
@Transactional
public class Cafes {

	private static final String KEY_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	private static final SecureRandom RANDOM = new SecureRandom();

	private final CafeStore store;
	private final Events events;
	private final CafePush push;

	static final String APART = "APART";

	static final String TOGETHER = "TOGETHER";

	Cafes(CafeStore store, Events events, CafePush push) {
		this.store = store;
		this.events = events;
		this.push = push;
	}

	// ---- reading

	@Transactional(readOnly = true)
	public Cafe get(long id) {
		return store.cafe(id).orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	public List<Cafe> forEvent(long eventId) {
		return store.cafesOfEvent(eventId);
	}

	@Transactional(readOnly = true)
	public List<CafeTable> tables(long cafeId) {
		return store.tables(cafeId);
	}

	@Transactional(readOnly = true)
	public List<CafePerson> people(long cafeId) {
		return store.people(cafeId);
	}

	@Transactional(readOnly = true)
	public List<long[]> apart(long cafeId) {
		return store.pairs(cafeId, APART);
	}

	/** Pairs who may sit together: colleagues whose sharing a table is not held against the plan. */
	@Transactional(readOnly = true)
	public List<long[]> together(long cafeId) {
		return store.pairs(cafeId, TOGETHER);
	}

	@Transactional(readOnly = true)
	public Seating seating(long cafeId) {
		return new Seating(store.seats(cafeId), store.tables(cafeId), store.people(cafeId));
	}

	// ---- setting up

	/**
	 * A new café for an event: the given round questions (20 minutes each), tables of five or six for
	 * everyone registered, and every registered participant with a personal key.
	 */
	public Cafe create(long eventId, Long sessionId, String title, List<String> questions) {
		events.get(eventId);
		if (sessionId != null) {
			events.session(eventId, sessionId);
		}
		long id = store.insertCafe(eventId, sessionId, clip(title, 200), 3);
		List<Cafe.Round> rounds = new ArrayList<>();
		for (int i = 0; i < questions.size(); i++) {
			rounds.add(new Cafe.Round(i + 1, clip(questions.get(i), 500), 20, false));
		}
		store.replaceRounds(id, rounds);
		int people = addNewParticipants(id, eventId);
		int tableCount = Math.max(1, (int) Math.ceil(people / 5.0));
		int capacity = Math.max(2, (int) Math.ceil(people / (double) tableCount) + 1);
		for (int t = 1; t <= tableCount; t++) {
			store.insertTable(id, t, String.valueOf(t), capacity, null);
		}
		return get(id);
	}

	/** Adds the event's participants registered since the café was set up; returns how many people it has. */
	public int syncPeople(long cafeId) {
		Cafe cafe = get(cafeId);
		return addNewParticipants(cafeId, cafe.eventId());
	}

	private int addNewParticipants(long cafeId, long eventId) {
		Set<Long> known = new HashSet<>();
		store.people(cafeId).forEach(p -> known.add(p.participantId()));
		for (Participant p : events.participants(eventId)) {
			if (known.add(p.getId())) {
				store.insertPerson(cafeId, p.getId(), newKey());
			}
		}
		return known.size();
	}

	private String newKey() {
		while (true) {
			StringBuilder key = new StringBuilder();
			for (int i = 0; i < 8; i++) {
				key.append(KEY_LETTERS.charAt(RANDOM.nextInt(KEY_LETTERS.length())));
			}
			if (!store.keyTaken(key.toString())) {
				return key.toString();
			}
		}
	}

	public void update(long cafeId, String title, Long sessionId, int dotsPerPerson) {
		Cafe cafe = get(cafeId);
		if (title == null || title.isBlank()) {
			throw new UserError("cafe.error.title");
		}
		if (sessionId != null) {
			events.session(cafe.eventId(), sessionId);
		}
		store.updateCafe(cafeId, clip(title, 200), sessionId, Math.max(1, Math.min(10, dotsPerPerson)));
		push.changed(cafeId);
	}

	/** Replaces the rounds; a different number of rounds, or a changed "return home", drops the plan. */
	public void saveRounds(long cafeId, List<Cafe.Round> rounds) {
		Cafe cafe = get(cafeId);
		if (rounds.isEmpty()) {
			throw new UserError("cafe.error.noRounds");
		}
		if (rounds.stream().anyMatch(r -> r.minutes() < 1 || r.minutes() > 240)) {
			throw new UserError("cafe.error.minutes");
		}
		if (rounds.get(0).returnHome()) {
			throw new UserError("cafe.error.returnHomeFirst");
		}
		List<Cafe.Round> numbered = new ArrayList<>();
		for (int i = 0; i < rounds.size(); i++) {
			Cafe.Round r = rounds.get(i);
			numbered.add(new Cafe.Round(i + 1, clip(r.question() == null ? "" : r.question(), 500), r.minutes(),
					r.returnHome()));
		}
		boolean sameShape = numbered.size() == cafe.rounds().size();
		for (int i = 0; sameShape && i < numbered.size(); i++) {
			sameShape = numbered.get(i).returnHome() == cafe.rounds().get(i).returnHome();
		}
		store.replaceRounds(cafeId, numbered);
		if (!sameShape) {
			store.clearSeats(cafeId);
		}
		push.changed(cafeId);
	}

	/** A table as the set-up form sends it: an existing table has an id; a blank name removes it. */
	public record TableForm(Long id, String name, int capacity, Long hostId) {
	}

	/** Replaces the tables; a change to the tables drops the plan. */
	public void saveTables(long cafeId, List<TableForm> forms) {
		get(cafeId);
		List<CafeTable> existing = store.tables(cafeId);
		Set<Long> people = new HashSet<>();
		store.people(cafeId).forEach(p -> people.add(p.id()));
		Set<Long> hosts = new HashSet<>();
		List<TableForm> kept = forms.stream().filter(f -> f.name() != null && !f.name().isBlank()).toList();
		if (kept.isEmpty()) {
			throw new UserError("cafe.error.noTables");
		}
		for (TableForm f : kept) {
			if (f.capacity() < 2 || f.capacity() > 50) {
				throw new UserError("cafe.error.capacity", f.name());
			}
			if (f.hostId() != null && (!people.contains(f.hostId()) || !hosts.add(f.hostId()))) {
				throw new UserError("cafe.error.host", f.name());
			}
		}
		boolean changed = kept.size() != existing.size();
		int position = 1;
		Set<Long> keptIds = new HashSet<>();
		for (TableForm f : kept) {
			CafeTable old = f.id() == null ? null
					: existing.stream().filter(t -> t.id() == f.id()).findFirst().orElse(null);
			if (old == null) {
				store.insertTable(cafeId, position, clip(f.name().strip(), 60), f.capacity(), f.hostId());
				changed = true;
			}
			else {
				keptIds.add(old.id());
				changed |= old.capacity() != f.capacity() || !Objects.equals(old.hostId(), f.hostId())
						|| old.position() != position;
				store.updateTable(cafeId, old.id(), position, clip(f.name().strip(), 60), f.capacity(), f.hostId());
			}
			position++;
		}
		for (CafeTable t : existing) {
			if (!keptIds.contains(t.id())) {
				store.deleteTable(cafeId, t.id());
			}
		}
		if (changed) {
			store.clearSeats(cafeId);
		}
		push.changed(cafeId);
	}

	public void setAbsent(long cafeId, long personId, Set<Integer> rounds) {
		Cafe cafe = get(cafeId);
		Set<Integer> valid = new HashSet<>();
		for (int r : rounds) {
			if (r >= 1 && r <= cafe.rounds().size()) {
				valid.add(r);
			}
		}
		store.setAbsent(cafeId, personId, valid);
	}

	/** Keeps two people from ever sharing a table (a pair allowed together before is no longer). */
	public void keepApart(long cafeId, long a, long b) {
		checkPair(cafeId, a, b);
		store.setPair(cafeId, a, b, APART);
	}

	/** Lets two colleagues sit together without it counting against the plan (a pair kept apart before is no longer). */
	public void allowTogether(long cafeId, long a, long b) {
		checkPair(cafeId, a, b);
		store.setPair(cafeId, a, b, TOGETHER);
	}

	/** Forgets a pair: the planner treats them like anyone else. */
	public void forgetPair(long cafeId, long a, long b) {
		get(cafeId);
		store.removePair(cafeId, a, b);
	}

	private void checkPair(long cafeId, long a, long b) {
		get(cafeId);
		Set<Long> people = new HashSet<>();
		store.people(cafeId).forEach(p -> people.add(p.id()));
		if (a == b || !people.contains(a) || !people.contains(b)) {
			throw new UserError("cafe.error.apart");
		}
	}

	// ---- running the rounds

	/** Moves the café to a round (0 = not started, n + 1 = ended); the round's clock starts now. */
	public Cafe moveTo(long cafeId, int round) {
		Cafe cafe = get(cafeId);
		int target = Math.max(0, Math.min(cafe.rounds().size() + 1, round));
		store.moveTo(cafeId, target, target >= 1 && target <= cafe.rounds().size() ? Instant.now() : null);
		push.changed(cafeId);
		return get(cafeId);
	}

	public void setVoting(long cafeId, boolean open) {
		get(cafeId);
		store.setVoting(cafeId, open);
		push.changed(cafeId);
	}

	// ---- phones

	/** A person's view of their café, by the key on their seat card. */
	public record Phone(Cafe cafe, CafePerson person) {
	}

	@Transactional(readOnly = true)
	public Phone phone(String key) {
		if (key == null || !key.matches("[A-Za-z0-9]{4,16}")) {
			throw new NotFoundException();
		}
		CafeStore.CafePersonAt at = store.byKey(key.toUpperCase(Locale.ROOT))
			.orElseThrow(NotFoundException::new);
		return new Phone(get(at.cafeId()), at.person());
	}

	/** The table a person may take notes for now: theirs if they host it, or any unhosted table they sit at. */
	@Transactional(readOnly = true)
	public CafeTable noteTable(Phone phone) {
		return phone.cafe().running() ? seating(phone.cafe().id()).noteTable(phone.cafe(), phone.person().id()) : null;
	}

	// ---- helpers

	static String clip(String s, int max) {
		return s.length() > max ? s.substring(0, max) : s;
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : clip(s.strip(), 200);
	}

	public static String topic(long cafeId) {
		return CafePush.topic(cafeId);
	}
}
