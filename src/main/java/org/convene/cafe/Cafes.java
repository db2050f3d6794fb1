package org.convene.cafe;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.convene.platform.AfterCommit;
import org.convene.cafe.internal.CafeStore;
import org.convene.cafe.planner.Instance;
import org.convene.cafe.planner.Plan;
import org.convene.cafe.planner.Planner;
import org.convene.events.Events;
import org.convene.events.Objective;
import org.convene.events.Participant;
import org.convene.platform.UserError;
import org.convene.platform.push.PushHub;
import org.convene.platform.text.PersonalIdentifiers;
import org.convene.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * World Cafés: setting one up from an event, planning the rotation (in the background, with progress),
 * changing the plan by hand, running the rounds, and the harvest (notes, dots, action items). Every
 * change phones must see is announced on the topic {@code cafe:{id}} once committed; phones then fetch
 * their own stage.
 */
@Service
@Transactional
public class Cafes {

	public static final int MAX_NOTE = 500;
	private static final String KEY_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	private static final SecureRandom RANDOM = new SecureRandom();

	private final CafeStore store;
	private final Events events;
	private final PushHub hub;
	private final TransactionTemplate transactions;
	private final Map<Long, PlanJob> jobs = new ConcurrentHashMap<>();

	Cafes(CafeStore store, Events events, PushHub hub, TransactionTemplate transactions) {
		this.store = store;
		this.events = events;
		this.hub = hub;
		this.transactions = transactions;
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
		changed(cafeId);
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
		changed(cafeId);
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
				changed |= old.capacity() != f.capacity() || !java.util.Objects.equals(old.hostId(), f.hostId())
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
		changed(cafeId);
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

	private static final String APART = "APART";
	private static final String TOGETHER = "TOGETHER";

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

	// ---- planning

	/** The planner's input for a café: the rounds that are planned (not "return home"), tables, people. */
	@Transactional(readOnly = true)
	public Instance instance(long cafeId, double seconds, long seed) {
		Cafe cafe = get(cafeId);
		List<Integer> planned = plannedRounds(cafe);
		List<CafeTable> tables = store.tables(cafeId);
		List<CafePerson> people = store.people(cafeId);
		if (planned.isEmpty()) {
			throw new UserError("cafe.error.noRounds");
		}
		if (tables.isEmpty()) {
			throw new UserError("cafe.error.noTables");
		}
		int seats = tables.stream().mapToInt(CafeTable::capacity).sum();
		for (int round : planned) {
			long present = people.stream().filter(p -> p.presentIn(round)).count();
			if (present > seats) {
				throw new UserError("cafe.error.seats", round, present, seats);
			}
		}
		List<Instance.Person> persons = people.stream().map(p -> {
			Set<Integer> absent = new HashSet<>();
			for (int i = 0; i < planned.size(); i++) {
				if (!p.presentIn(planned.get(i))) {
					absent.add(i + 1);
				}
			}
			return new Instance.Person(id(p.id()), p.sex().name(), p.organisation(), p.stakeholder().name(),
					p.country(), absent);
		}).toList();
		List<Instance.Table> its = tables.stream()
			.map(t -> new Instance.Table(t.capacity(), t.hostId() == null ? null : id(t.hostId())))
			.toList();
		List<List<String>> apart = store.pairs(cafeId, APART).stream().map(pair -> List.of(id(pair[0]), id(pair[1])))
			.toList();
		List<List<String>> together = store.pairs(cafeId, TOGETHER).stream()
			.map(pair -> List.of(id(pair[0]), id(pair[1])))
			.toList();
		return new Instance(planned.size(), its, persons, apart, together, seconds, seed);
	}

	private static String id(long personId) {
		return "p" + personId;
	}

	private static List<Integer> plannedRounds(Cafe cafe) {
		return cafe.rounds().stream().filter(r -> !r.returnHome()).map(Cafe.Round::number).toList();
	}

	/** A planning run in the background: the best so far while it works, then the saved plan or an error. */
	public static final class PlanJob {

		private final Planner planner;
		private final double seconds;
		private final long startedNanos = System.nanoTime();
		private final int lowerBound;
		private volatile boolean done;
		private volatile String error;

		PlanJob(Planner planner, double seconds) {
			this.planner = planner;
			this.seconds = seconds;
			this.lowerBound = planner.lowerBound();
		}

		public boolean done() {
			return done;
		}

		public String error() {
			return error;
		}

		public int bestRepeats() {
			return planner.bestRepeatsSoFar();
		}

		public int lowerBound() {
			return lowerBound;
		}

		public double elapsed() {
			return Math.min(seconds, Math.round((System.nanoTime() - startedNanos) / 1e8) / 10.0);
		}

		public double seconds() {
			return seconds;
		}

		public int percent() {
			return (int) Math.min(100, Math.round(100 * elapsed() / seconds));
		}
	}

	/** Starts planning (unless a run is already going) and returns the run. */
	public PlanJob startPlanning(long cafeId, double seconds) {
		PlanJob running = jobs.get(cafeId);
		if (running != null && !running.done()) {
			return running;
		}
		Instance instance = instance(cafeId, Math.max(1, Math.min(60, seconds)), cafeId);
		Planner planner = new Planner(instance);
		PlanJob job = new PlanJob(planner, instance.seconds());
		jobs.put(cafeId, job);
		Thread.ofVirtual().name("cafe-planner-" + cafeId).start(() -> {
			try {
				Plan plan = planner.plan();
				transactions.executeWithoutResult(status -> savePlan(cafeId, plan));
			}
			catch (RuntimeException e) {
				job.error = e.getMessage();
			}
			finally {
				job.done = true;
			}
		});
		return job;
	}

	/** Plans now, on this thread (for the demo and scripts), stopping at the time budget or the step limit. */
	public Cafe.PlanFigures planNow(long cafeId, double seconds, long maxIterations) {
		savePlan(cafeId, new Planner(instance(cafeId, seconds, cafeId)).plan(maxIterations));
		return get(cafeId).plan();
	}

	/** The latest planning run of a café, or null. */
	public PlanJob planning(long cafeId) {
		return jobs.get(cafeId);
	}

	/** Saves a plan: the planned rounds as the planner seated them, "return home" rounds as each person's first table. */
	public void savePlan(long cafeId, Plan plan) {
		Cafe cafe = get(cafeId);
		List<CafeTable> tables = store.tables(cafeId);
		List<Integer> planned = plannedRounds(cafe);
		Map<Integer, Map<Long, Long>> seats = new HashMap<>();
		for (int i = 0; i < planned.size(); i++) {
			Map<Long, Long> round = new HashMap<>();
			List<List<String>> atTables = plan.rounds().get(i);
			for (int t = 0; t < atTables.size(); t++) {
				for (String id : atTables.get(t)) {
					round.put(Long.valueOf(id.substring(1)), tables.get(t).id());
				}
			}
			seats.put(planned.get(i), round);
		}
		fillReturnHome(cafe, seats);
		store.replaceSeats(cafeId, seats);
		Plan.Metrics m = plan.metrics();
		store.savePlanFigures(cafeId, new Cafe.PlanFigures(m.repeatedPairs(), m.lowerBoundRepeatedPairs(),
				m.sameOrganisationPairs(), m.sumSquares(), Instant.now()));
		changed(cafeId);
	}

	private void fillReturnHome(Cafe cafe, Map<Integer, Map<Long, Long>> seats) {
		List<Integer> planned = plannedRounds(cafe);
		List<CafePerson> people = store.people(cafe.id());
		for (Cafe.Round r : cafe.rounds()) {
			if (!r.returnHome()) {
				continue;
			}
			Map<Long, Long> home = new HashMap<>();
			for (CafePerson p : people) {
				if (!p.presentIn(r.number())) {
					continue;
				}
				for (int round : planned) {
					Long table = seats.getOrDefault(round, Map.of()).get(p.id());
					if (table != null) {
						home.put(p.id(), table);
						break;
					}
				}
			}
			seats.put(r.number(), home);
		}
	}

	/** Swaps two people's tables in one round; hosts stay at their tables. Returns the recomputed figures. */
	public Cafe.PlanFigures swap(long cafeId, int round, long a, long b) {
		Cafe cafe = get(cafeId);
		Seating seating = seating(cafeId);
		Map<Integer, Map<Long, Long>> seats = seating.copy();
		Map<Long, Long> inRound = seats.get(round);
		if (inRound == null || !inRound.containsKey(a) || !inRound.containsKey(b) || a == b) {
			throw new UserError("cafe.error.swapSeats");
		}
		Set<Long> hosts = new HashSet<>();
		seating.tables().forEach(t -> {
			if (t.hostId() != null) {
				hosts.add(t.hostId());
			}
		});
		if (hosts.contains(a) || hosts.contains(b)) {
			throw new UserError("cafe.error.swapHost");
		}
		Long ta = inRound.get(a);
		inRound.put(a, inRound.get(b));
		inRound.put(b, ta);
		store.replaceSeats(cafeId, seats);
		Cafe.PlanFigures figures = figures(cafe, seating.tables(), seats);
		store.savePlanFigures(cafeId, figures);
		changed(cafeId);
		return figures;
	}

	/** The planner's figures for seats as they are (after changes by hand). */
	private Cafe.PlanFigures figures(Cafe cafe, List<CafeTable> tables, Map<Integer, Map<Long, Long>> seats) {
		Instance instance = instance(cafe.id(), 1, cafe.id());
		Planner planner = new Planner(instance);
		List<List<List<String>>> rounds = new ArrayList<>();
		for (int round : plannedRounds(cafe)) {
			List<List<String>> atTables = new ArrayList<>();
			for (CafeTable t : tables) {
				List<String> ids = new ArrayList<>();
				seats.getOrDefault(round, Map.of()).forEach((person, table) -> {
					if (table == t.id()) {
						ids.add(id(person));
					}
				});
				atTables.add(ids);
			}
			rounds.add(atTables);
		}
		Plan.Metrics m = planner.evaluate(rounds);
		return new Cafe.PlanFigures(m.repeatedPairs(), m.lowerBoundRepeatedPairs(), m.sameOrganisationPairs(),
				m.sumSquares(), Instant.now());
	}

	/** Pairs to keep apart who sit together in some round (after changes by hand), as "round: a + b". */
	@Transactional(readOnly = true)
	public List<String> apartTogether(long cafeId) {
		Seating seating = seating(cafeId);
		List<String> found = new ArrayList<>();
		for (long[] pair : store.pairs(cafeId, APART)) {
			for (Map.Entry<Integer, Map<Long, Long>> round : new java.util.TreeMap<>(seating.seats()).entrySet()) {
				Long ta = round.getValue().get(pair[0]);
				if (ta != null && ta.equals(round.getValue().get(pair[1]))) {
					found.add(round.getKey() + ": " + seating.person(pair[0]).name() + " + "
							+ seating.person(pair[1]).name());
				}
			}
		}
		return found;
	}

	// ---- running the rounds

	/** Moves the café to a round (0 = not started, n + 1 = ended); the round's clock starts now. */
	public Cafe moveTo(long cafeId, int round) {
		Cafe cafe = get(cafeId);
		int target = Math.max(0, Math.min(cafe.rounds().size() + 1, round));
		store.moveTo(cafeId, target, target >= 1 && target <= cafe.rounds().size() ? Instant.now() : null);
		changed(cafeId);
		return get(cafeId);
	}

	public void setVoting(long cafeId, boolean open) {
		get(cafeId);
		store.setVoting(cafeId, open);
		changed(cafeId);
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
		CafeStore.CafePersonAt at = store.byKey(key.toUpperCase(java.util.Locale.ROOT))
			.orElseThrow(NotFoundException::new);
		return new Phone(get(at.cafeId()), at.person());
	}

	/** The table a person may take notes for now: theirs if they host it, or any unhosted table they sit at. */
	@Transactional(readOnly = true)
	public CafeTable noteTable(Phone phone) {
		return phone.cafe().running() ? seating(phone.cafe().id()).noteTable(phone.cafe(), phone.person().id()) : null;
	}

	/** A host's note for their table in the current round. */
	public void addNote(String key, String text, Note.Tag tag, Objective objective, boolean identifiersConfirmed) {
		Phone phone = phone(key);
		CafeTable table = noteTable(phone);
		if (table == null) {
			throw new UserError("cafe.error.notHost");
		}
		String clean = text == null ? "" : text.strip();
		if (clean.isEmpty()) {
			throw new UserError("cafe.error.noteEmpty");
		}
		if (clean.length() > MAX_NOTE) {
			throw new UserError("cafe.error.noteLong", MAX_NOTE);
		}
		List<PersonalIdentifiers.Finding> findings = PersonalIdentifiers.find(clean);
		if (!findings.isEmpty() && !identifiersConfirmed) {
			throw new PersonalIdentifiers.Found(findings);
		}
		store.insertNote(phone.cafe().id(), table.id(), phone.cafe().currentRound(), phone.person().id(), clean,
				tag == null ? Note.Tag.IDEA : tag, objective, !findings.isEmpty());
		noted(phone.cafe().id());
	}

	@Transactional(readOnly = true)
	public List<Note> notes(long cafeId) {
		return store.notes(cafeId);
	}

	/**
	 * Of the café's notes, those written at a table (not hidden), newest round first: what the host tells
	 * the newcomers.
	 */
	public static List<Note> atTable(List<Note> notes, long tableId) {
		return notes.stream().filter(n -> n.tableId() == tableId && !n.hidden())
			.sorted(java.util.Comparator.comparingInt(Note::round).reversed()).toList();
	}

	public void hideNote(long cafeId, long noteId, boolean hidden) {
		store.note(cafeId, noteId).orElseThrow(NotFoundException::new);
		store.setHidden(cafeId, noteId, hidden);
		noted(cafeId);
	}

	/** The coordinator has read a flagged note and found no personal data in it: it may be shown to everyone. */
	public void clearFlag(long cafeId, long noteId) {
		store.note(cafeId, noteId).orElseThrow(NotFoundException::new);
		store.clearFlag(cafeId, noteId);
		noted(cafeId);
	}

	public void cluster(long cafeId, long noteId, String cluster) {
		store.note(cafeId, noteId).orElseThrow(NotFoundException::new);
		String name = cluster == null || cluster.isBlank() ? null : clip(cluster.strip(), 100);
		store.setCluster(cafeId, noteId, name);
	}

	/** The visible notes grouped by cluster (notes in no cluster last), most dots first within each. */
	@Transactional(readOnly = true)
	public Map<String, List<Note>> clusters(long cafeId) {
		Map<String, List<Note>> byCluster = new LinkedHashMap<>();
		store.notes(cafeId).stream().filter(n -> !n.hidden() && n.cluster() != null)
			.sorted(java.util.Comparator.comparing(Note::cluster, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(java.util.Comparator.comparingInt(Note::dots).reversed()))
			.forEach(n -> byCluster.computeIfAbsent(n.cluster(), c -> new ArrayList<>()).add(n));
		return byCluster;
	}

	@Transactional(readOnly = true)
	public Set<Long> dotsOf(long personId) {
		return store.dotsOf(personId);
	}

	/**
	 * Puts a dot on an insight ({@code on}) or takes it back; a person has {@code dotsPerPerson} dots, one
	 * per insight. Saying the same twice (a double tap, a resent form) changes nothing.
	 */
	public void setDot(String key, long noteId, boolean on) {
		Phone phone = phone(key);
		Cafe cafe = phone.cafe();
		if (!cafe.votingOpen()) {
			throw new UserError("cafe.error.votingClosed");
		}
		Note note = store.note(cafe.id(), noteId).filter(Note::shown).orElseThrow(NotFoundException::new);
		Set<Long> mine = store.dotsOf(phone.person().id());
		if (on == mine.contains(note.id())) {
			return;
		}
		if (!on) {
			store.removeDot(note.id(), phone.person().id());
		}
		else if (mine.size() >= cafe.dotsPerPerson()) {
			throw new UserError("cafe.error.noDotsLeft", cafe.dotsPerPerson());
		}
		else {
			store.addDot(note.id(), phone.person().id());
		}
		noted(cafe.id());
	}

	// ---- action items

	@Transactional(readOnly = true)
	public List<ActionItem> actions(long cafeId) {
		return store.actions(cafeId);
	}

	/** An action item from an insight (at most one per insight: a second click adds nothing) or from a text. */
	public void addAction(long cafeId, Long noteId, String text, String owner, LocalDate due) {
		get(cafeId);
		if (noteId != null && store.actions(cafeId).stream().anyMatch(a -> noteId.equals(a.noteId()))) {
			return;
		}
		String what = text;
		if ((what == null || what.isBlank()) && noteId != null) {
			what = store.note(cafeId, noteId).orElseThrow(NotFoundException::new).text();
		}
		if (what == null || what.isBlank()) {
			throw new UserError("cafe.error.actionText");
		}
		store.insertAction(cafeId, noteId, clip(what.strip(), 500), blankToNull(owner), due);
	}

	public void updateAction(long cafeId, long actionId, String text, String owner, LocalDate due,
			ActionItem.Status status) {
		if (text == null || text.isBlank()) {
			throw new UserError("cafe.error.actionText");
		}
		store.updateAction(cafeId, actionId, clip(text.strip(), 500), blankToNull(owner), due,
				status == null ? ActionItem.Status.OPEN : status);
	}

	public void deleteAction(long cafeId, long actionId) {
		store.deleteAction(cafeId, actionId);
	}

	// ---- push

	public static String topic(long cafeId) {
		return "cafe:" + cafeId;
	}

	/**
	 * Tells the café's phones and boards, once committed, that the café changed (round, plan, voting,
	 * set-up): events "round" and "changed". Each page fetches its own view.
	 */
	private void changed(long cafeId) {
		String now = String.valueOf(Instant.now().toEpochMilli());
		AfterCommit.run(() -> {
			hub.publishCoalesced(topic(cafeId), "round", () -> now);
			hub.publishCoalesced(topic(cafeId), "changed", () -> now);
		});
	}

	/** A note or a dot changed: only "changed" (the hosts' note pads keep what they show). */
	private void noted(long cafeId) {
		AfterCommit.run(() -> hub.publishCoalesced(topic(cafeId), "changed",
				() -> String.valueOf(Instant.now().toEpochMilli())));
	}

	private static String clip(String s, int max) {
		return s.length() > max ? s.substring(0, max) : s;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : clip(s.strip(), 200);
	}
}
