package org.convene.cafe;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.convene.cafe.internal.CafeStore;
import org.convene.cafe.planner.Instance;
import org.convene.cafe.planner.Plan;
import org.convene.cafe.planner.Planner;
import org.convene.events.EventDeleted;
import org.convene.platform.UserError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Planning a café's rotation: the planner's input from the set-up, a run in the background with its progress, the
 * saved plan ("return home" rounds filled in), swaps by hand with the figures recomputed, and pairs kept apart who
 * ended up together.
 */
@Service
@Transactional
public class CafePlanning {

	private static final Logger log = LoggerFactory.getLogger(CafePlanning.class);

	private final Cafes cafes;
	private final CafeStore store;
	private final CafePush push;
	private final TransactionTemplate transactions;
	private final Map<Long, PlanJob> jobs = new ConcurrentHashMap<>();

	CafePlanning(Cafes cafes, CafeStore store, CafePush push, TransactionTemplate transactions) {
		this.cafes = cafes;
		this.store = store;
		this.push = push;
		this.transactions = transactions;
	}

	/** The planner's input for a café: the rounds that are planned (not "return home"), tables, people. */
	@Transactional(readOnly = true)
	public Instance instance(long cafeId, double seconds, long seed) {
		Cafe cafe = cafes.get(cafeId);
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
		List<List<String>> apart = store.pairs(cafeId, Cafes.APART).stream().map(pair -> List.of(id(pair[0]), id(pair[1])))
			.toList();
		List<List<String>> together = store.pairs(cafeId, Cafes.TOGETHER).stream()
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
		private volatile UserError error;

		PlanJob(Planner planner, double seconds) {
			this.planner = planner;
			this.seconds = seconds;
			this.lowerBound = planner.lowerBound();
		}

		public boolean done() {
			return done;
		}

		/** Why the run saved no plan, or null. */
		public UserError error() {
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

	/**
	 * Starts planning (unless a run is already going: two quick clicks start one) and returns the run. When it
	 * ends, the plan is saved only if the café's set-up is still what was planned; a refusal or a bug is kept on
	 * the run (a bug logged with an id the coordinator can quote).
	 */
	public PlanJob startPlanning(long cafeId, double seconds) {
		if (!Double.isFinite(seconds)) {
			throw new UserError("cafe.error.seconds"); // NaN slipped through min/max as a plan of no time at all
		}
		Instance instance;
		PlanJob job;
		synchronized (jobs) {
			PlanJob running = jobs.get(cafeId);
			if (running != null && !running.done()) {
				return running;
			}
			instance = instance(cafeId, Math.max(1, Math.min(60, seconds)), cafeId);
			job = new PlanJob(new Planner(instance), instance.seconds());
			jobs.put(cafeId, job);
		}
		Thread.ofVirtual().name("cafe-planner-" + cafeId).start(() -> {
			try {
				Plan plan = job.planner.plan();
				transactions.executeWithoutResult(status -> saveIfCurrent(cafeId, instance, plan));
			}
			catch (UserError e) {
				job.error = e;
			}
			catch (RuntimeException e) {
				String id = UUID.randomUUID().toString().substring(0, 8);
				log.error("Planning café {} failed, error {}", cafeId, id, e);
				job.error = new UserError("cafe.error.planBug", id);
			}
			finally {
				job.done = true;
			}
		});
		return job;
	}

	/**
	 * Saves a plan made for {@code planned}, unless the café changed meanwhile (tables, hosts, people, absences,
	 * rounds, pairs): a plan is saved by table position, so one made for other tables would seat people wrongly.
	 */
	void saveIfCurrent(long cafeId, Instance planned, Plan plan) {
		if (!instance(cafeId, planned.seconds(), planned.seed()).equals(planned)) {
			throw new UserError("cafe.error.planStale");
		}
		savePlan(cafeId, plan);
	}

	/** A deleted event took its cafés with it: their planning runs and their phones' streams go too. */
	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void on(EventDeleted deleted) {
		for (Long cafeId : List.copyOf(jobs.keySet())) {
			if (store.cafe(cafeId).isEmpty()) {
				jobs.remove(cafeId);
			}
		}
		push.closeGone(store);
	}

	/** Plans now, on this thread (for the demo and scripts), stopping at the time budget or the step limit. */
	public Cafe.PlanFigures planNow(long cafeId, double seconds, long maxIterations) {
		savePlan(cafeId, new Planner(instance(cafeId, seconds, cafeId)).plan(maxIterations));
		return cafes.get(cafeId).plan();
	}

	/** The latest planning run of a café, or null. */
	public PlanJob planning(long cafeId) {
		return jobs.get(cafeId);
	}

	/** Saves a plan: the planned rounds as the planner seated them, "return home" rounds as each person's first table. */
	public void savePlan(long cafeId, Plan plan) {
		Cafe cafe = cafes.get(cafeId);
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
				m.sameOrganisationPairs(), m.sumSquares(), Instant.now(), m.how()));
		push.changed(cafeId);
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
		Cafe cafe = cafes.get(cafeId);
		Seating seating = cafes.seating(cafeId);
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
		push.changed(cafeId);
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
				m.sumSquares(), Instant.now(), m.how());
	}

	/** Pairs to keep apart who sit together in some round (after changes by hand), as "round: a + b". */
	@Transactional(readOnly = true)
	public List<String> apartTogether(long cafeId) {
		Seating seating = cafes.seating(cafeId);
		List<String> found = new ArrayList<>();
		for (long[] pair : store.pairs(cafeId, Cafes.APART)) {
			for (Map.Entry<Integer, Map<Long, Long>> round : new TreeMap<>(seating.seats()).entrySet()) {
				Long ta = round.getValue().get(pair[0]);
				if (ta != null && ta.equals(round.getValue().get(pair[1]))) {
					found.add(round.getKey() + ": " + seating.person(pair[0]).name() + " + "
							+ seating.person(pair[1]).name());
				}
			}
		}
		return found;
	}
}
