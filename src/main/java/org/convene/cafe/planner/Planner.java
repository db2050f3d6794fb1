package org.convene.cafe.planner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seats every present participant at a table in every round. Hard rules: hosts stay at their own
 * table, table sizes in a round differ by at most one where capacities allow, pairs to keep apart never
 * share a table. Objective, in this order: fewest repeated encounters (Σ over pairs of
 * max(0, meetings − 1), host pairs included); fewest same-organisation pairs at a table; mixed tables
 * (fewest pairs of the same sex, stakeholder type or country at a table); the smallest sum of squared
 * meeting counts.
 *
 * <p>How: a greedy start that seats people one at a time where they add the least cost (the "one round at
 * a time" planners stop there — it is also {@link #greedy}); for a plain grid (equal tables, no hosts or
 * absences) Triska and Musliu's greedy start too; where design theory has a construction for the room's
 * shape ({@link Designs}: affine planes and spaces, Latin squares, Kirkman and other resolvable designs,
 * round robins, transversal designs for hosted cafés) it is the start, embedded when the room is smaller or
 * uneven and repeated when it has more rounds than the design. Then a local search (after Dotú and Van
 * Hentenryck's social-golfer search, without their tabu list, which did worse here: see decision 43) swaps
 * two people of one round — mostly a round where someone meets someone again, trying those people — taking
 * the best swap even when it makes the plan worse, and restarting from the best plan with a few random swaps
 * when it stalls — for the first 30 % of the time; a plan still above the lower bound is then annealed for the
 * rest (random swaps of people who meet someone again, a worse one taken with a probability that falls as the
 * temperature cools). When the room has more rounds than its construction, both first work on the rounds after
 * the design's for half the time, the design's rounds held (they cannot do better among themselves; decision 52),
 * then on all rounds. Deterministic for a seed; it stops at the time budget, when nothing is left to improve, or
 * when it has reached the lower bound of repeats and found nothing better for a while.
 *
 * <p>The starts, the move evaluation and the search stay in this one class on purpose: they share the same
 * seat, member and meeting arrays, updated in place millions of times a second; splitting them would mean
 * passing those arrays around or copying them in the hot loop. What depends on the room alone lives beside it:
 * the decoded room ({@link Room}), the lower bound ({@link LowerBound}) and the constructions ({@link Designs}).
 */
public final class Planner {

	/** The share of the time budget the descent has before annealing takes over (decision 43 has the measurements). */
	private static final double DESCENT_SHARE = 0.3;
	/** Annealing's temperature at its start and end, in the units of {@link #scalar}: one repeat weighs 10,000. */
	private static final double HOT = 10_000;
	private static final double COOL = 1_000;

	/**
	 * At most this many people in conflict are tried per step. Trying every one of them (up to 32) did
	 * better than the earlier 6 on the over-long rooms (30/6×5/8: 63–64 against 74–78 repeats, 4 s, seeds
	 * 1–3); the cap keeps a step short in rooms of hundreds.
	 */
	private static final int MOVABLE = 32;

	private final Instance instance;
	private final int n;
	private final int rounds;
	private final int tables;
	private final String[] ids;
	private final int[] org;
	private final int[][] attributes;
	private final boolean[][] present;
	private final boolean[][] apart;
	/** Pairs who may sit together: their sharing an organisation is not held against the plan. */
	private final boolean[][] together;
	private final int[] hostTable;
	private final int[] hostOf;
	private final int[][] target;
	/** {@link #lowerBound()}, which depends on the instance only: worked out once. */
	private final int lowerBound;
	private final Map<String, Integer> index;
	private final Room room;
	/** The fewest repeated encounters found so far, for a progress display on another thread; -1 before. */
	private volatile int bestRepeats = -1;
	/**
	 * The search moves people in rounds {@code held} … rounds − 1 only: 0, except while it first works on the rounds a
	 * design did not cover, holding the design's own (decision 52).
	 */
	private int held;

	// the current plan
	private int[][] seat;
	private int[][][] members;
	private int[][] count;
	private int[][] meet;

	public Planner(Instance instance) {
		this.instance = instance;
		Room room = new Room(instance);
		this.n = room.n;
		this.rounds = room.rounds;
		this.tables = room.tables;
		this.ids = room.ids;
		this.index = room.index;
		this.org = room.org;
		this.attributes = room.attributes;
		this.present = room.present;
		this.apart = room.apart;
		this.together = room.together;
		this.hostTable = room.hostTable;
		this.hostOf = room.hostOf;
		this.room = room;
		this.target = new int[rounds][];
		for (int r = 0; r < rounds; r++) {
			target[r] = room.sizes[r].clone();
		}
		this.lowerBound = LowerBound.of(room);
	}

	// ---- public entry points

	/** The best plan found within the instance's time budget. */
	public Plan plan() {
		return plan(Long.MAX_VALUE);
	}

	/** As {@link #plan()}, stopping also after {@code maxIterations} search steps (for tests and benchmarks). */
	public Plan plan(long maxIterations) {
		long started = System.nanoTime();
		long deadline = started + (long) (Math.max(0.05, instance.seconds()) * 1e9);
		Random random = new Random(instance.seed());
		greedyStart(random);
		Cost cost = cost();
		int[][] bestSeats = copy(seat);
		Plan.Start start = Plan.Start.GREEDY;
		Design from = null;
		Design design = construction();
		if (design != null) {
			constructionStart(design, false);
			if (cost().compareTo(cost) <= 0) {
				cost = cost();
				bestSeats = copy(seat);
				start = design.points() < n ? Plan.Start.DESIGN_PARTIAL
						: design.rounds().length < rounds ? Plan.Start.DESIGN_REPEATED : Plan.Start.DESIGN;
				from = design;
			}
			if (design.rounds().length < rounds) {
				// or the design's rounds once, the rest seated greedily among those who have not met yet
				constructionStart(design, true);
				if (cost().compareTo(cost) < 0) {
					cost = cost();
					bestSeats = copy(seat);
					start = Plan.Start.DESIGN_THEN_GREEDY;
					from = design;
				}
			}
		}
		if (plainGrid() && cost.repeats > lowerBound) {
			// Triska & Musliu's greedy start: pairs with the most freedom first; a few randomised tries
			// (each try costs about n³ per table filled, so only for rooms of up to 64 people)
			for (int attempt = 0; n <= 64 && attempt < 20 && System.nanoTime() < deadline; attempt++) {
				freedomStart(random);
				if (cost().compareTo(cost) < 0) {
					cost = cost();
					bestSeats = copy(seat);
					start = Plan.Start.FREEDOM;
					from = null;
				}
			}
		}
		load(bestSeats);
		Improved improved = Improved.NOTHING;
		if ((start == Plan.Start.DESIGN_THEN_GREEDY || start == Plan.Start.DESIGN_REPEATED) && cost().repeats > lowerBound) {
			// the design's rounds cannot do better among themselves: the first half of the time goes to the rounds after
			// them, with the design's held (30 people at 6 tables of 5 for 8 rounds: 54 repeats in 1 s, 59–65 at 10 s
			// searching all rounds from the start; decision 52)
			held = from.rounds().length;
			improved = improve(random, started + (deadline - started) / 2, maxIterations);
			held = 0;
		}
		improved = improved.or(improve(random, deadline, maxIterations));
		return result(started, Plan.How.of(start, from, improved.searched(), improved.annealed()));
	}

	/** Whether local search and simulated annealing made the plan better. */
	private record Improved(boolean searched, boolean annealed) {

		static final Improved NOTHING = new Improved(false, false);

		Improved or(Improved later) {
			return new Improved(searched || later.searched, annealed || later.annealed);
		}
	}

	/**
	 * The descent first (it repairs a construction or a greedy start fast, and stops at the bound), for {@link
	 * #DESCENT_SHARE} of the time until {@code deadline}; annealing for the rest when the plan is still above the bound.
	 */
	private Improved improve(Random random, long deadline, long maxIterations) {
		long now = System.nanoTime();
		boolean searched = search(random, now + (long) ((deadline - now) * DESCENT_SHARE), maxIterations);
		boolean annealed = cost().repeats > lowerBound && System.nanoTime() < deadline
				&& anneal(random, deadline, maxIterations);
		return new Improved(searched, annealed);
	}

	/** The one-round-at-a-time greedy planner alone (the usual free planners' method), for comparison. */
	public Plan greedy() {
		long started = System.nanoTime();
		greedyStart(new Random(instance.seed()));
		return result(started, Plan.How.of(Plan.Start.GREEDY, null, false, false));
	}

	/** The fewest repeated encounters found so far by a running {@link #plan()}, or -1 before it starts. */
	public int bestRepeatsSoFar() {
		return bestRepeats;
	}

	/**
	 * The metrics of a given seating (one list of ids per table per round, as in {@link Plan}), for
	 * plans changed by hand. Ids not in the instance, and people seated where they are absent, are
	 * refused.
	 */
	public Plan.Metrics evaluate(List<List<List<String>>> seating) {
		if (seating.size() != rounds) {
			throw new IllegalArgumentException("the seating has " + seating.size() + " rounds, not " + rounds);
		}
		clear();
		for (int r = 0; r < rounds; r++) {
			List<List<String>> round = seating.get(r);
			for (int t = 0; t < Math.min(tables, round.size()); t++) {
				for (String id : round.get(t)) {
					Integer p = index.get(id);
					if (p == null || !present[r][p] || seat[r][p] >= 0) {
						throw new IllegalArgumentException("cannot seat " + id + " in round " + (r + 1));
					}
					if (count[r][t] >= members[r][t].length) {
						members[r][t] = Arrays.copyOf(members[r][t], count[r][t] + 1);
					}
					place(r, p, t);
				}
			}
		}
		return result(System.nanoTime(), Plan.How.of(Plan.Start.BY_HAND, null, false, false)).metrics();
	}

	/** No plan of this room has fewer repeats than this ({@link LowerBound} says how it is counted). */
	public int lowerBound() {
		return lowerBound;
	}

	/**
	 * Gives round r's bigger sizes to the tables the construction filled most, trading sizes only between alike
	 * tables ({@link Room#alike}): the plan stays as balanced, and fewer people are moved to even it out.
	 */
	private void targetsFollowSeating(int r) {
		Integer[] fullest = new Integer[tables];
		for (int t = 0; t < tables; t++) {
			fullest[t] = t;
		}
		Arrays.sort(fullest, (a, b) -> count[r][b] - count[r][a]);
		int[] sizes = target[r].clone();
		boolean[] given = new boolean[tables];
		for (int t : fullest) {
			int pick = -1;
			for (int u = 0; u < tables; u++) {
				if (!given[u] && room.alike(r, t, u) && (pick < 0 || sizes[u] > sizes[pick])) {
					pick = u;
				}
			}
			given[pick] = true;
			target[r][t] = sizes[pick];
		}
	}

	// ---- starts

	private void clear() {
		seat = new int[rounds][n];
		members = new int[rounds][tables][];
		count = new int[rounds][tables];
		meet = new int[n][n];
		for (int r = 0; r < rounds; r++) {
			Arrays.fill(seat[r], -1);
			for (int t = 0; t < tables; t++) {
				members[r][t] = new int[instance.tables().get(t).capacity()];
			}
		}
	}

	private void place(int r, int p, int t) {
		for (int i = 0; i < count[r][t]; i++) {
			int q = members[r][t][i];
			meet[p][q]++;
			meet[q][p]++;
		}
		members[r][t][count[r][t]++] = p;
		seat[r][p] = t;
	}

	private void greedyStart(Random random) {
		clear();
		for (int r = 0; r < rounds; r++) {
			greedyRound(r, random);
		}
	}

	/** Seats round r (empty) one person at a time where each adds the least cost, hosts first. */
	private void greedyRound(int r, Random random) {
		for (int t = 0; t < tables; t++) {
			if (hostOf[t] >= 0 && present[r][hostOf[t]]) {
				place(r, hostOf[t], t);
			}
		}
		seatTheRest(r, random);
	}

	/** Seats everyone of round r not seated yet, in random order, each where they add the least cost. */
	private void seatTheRest(int r, Random random) {
		List<Integer> travellers = new ArrayList<>();
		for (int p = 0; p < n; p++) {
			if (present[r][p] && seat[r][p] < 0) {
				travellers.add(p);
			}
		}
		Collections.shuffle(travellers, random);
		for (int p : travellers) {
			int best = -1;
			Cost bestCost = new Cost();
			Cost c = new Cost();
			for (int t = 0; t < tables; t++) {
				if (count[r][t] >= target[r][t]) {
					continue;
				}
				joinCost(r, p, t, c);
				if (best < 0 || c.compareTo(bestCost) < 0) {
					bestCost.set(c);
					best = t;
				}
			}
			place(r, p, best);
		}
	}

	/** What seating {@code p} at table {@code t} in round {@code r} adds to the cost, written into {@code into}. */
	private void joinCost(int r, int p, int t, Cost into) {
		into.clear();
		for (int i = 0; i < count[r][t]; i++) {
			join(p, members[r][t][i], into);
		}
	}

	private boolean plainGrid() {
		int capacity = instance.tables().get(0).capacity();
		if (n != capacity * tables || !instance.apart().isEmpty()) {
			return false;
		}
		for (int t = 0; t < tables; t++) {
			if (hostOf[t] >= 0 || instance.tables().get(t).capacity() != capacity) {
				return false;
			}
		}
		return instance.participants().stream().allMatch(p -> p.absentRounds().isEmpty());
	}

	/**
	 * A construction for this room ({@link Designs}), or null: tables either all hosted or none; the design
	 * has exactly as many tables, of the fewest seats that hold everyone (at most the largest table), and
	 * enough rounds if one does (else the one with the most rounds, repeated); when there is none, one with fewer
	 * seats at each table and enough rounds (12 hosted tables of 7 for 12 rounds: RTD(6, 12) seats the hosts and
	 * five travellers a table, the sixth is seated greedily — 60 repeats after 5 s where the greedy start ends at 254).
	 */
	private Design construction() {
		int capacity = 0;
		int hosted = 0;
		for (int t = 0; t < tables; t++) {
			capacity = Math.max(capacity, instance.tables().get(t).capacity());
			hosted += hostOf[t] >= 0 ? 1 : 0;
		}
		if (hosted != 0 && hosted != tables) {
			return null;
		}
		int travellers = n - hosted;
		Design best = null;
		// the fewest seats that hold everyone: the travellers spread over the tables, and the host
		int seats = Math.max(2, (travellers + tables - 1) / tables + (hosted > 0 ? 1 : 0));
		for (int size = seats; size <= capacity; size++) {
			Design d = Designs.best(tables, size, rounds, hosted > 0);
			if (d != null && (best == null || d.rounds().length > best.rounds().length)) {
				best = d;
			}
			if (best != null && best.rounds().length >= rounds) {
				break;
			}
		}
		if (best == null) {
			// else a design seating fewer at each table, with as many rounds: whom it does not seat is seated greedily
			for (int size = seats - 1; size >= 3; size--) {
				Design d = Designs.best(tables, size, rounds, hosted > 0);
				if (d != null && d.rounds().length >= rounds) {
					return d;
				}
			}
		}
		return best;
	}

	/**
	 * Seats people on the design's points — hosts on the hosts' points, people who should not meet on points that
	 * never do ({@link #pointsThatNeverMeet}), everyone else on the rest, absent people left out (on points where
	 * that leaves no table two short, {@link #spreadAbsences}) — repeating the design's rounds when it has fewer
	 * than the room; then evens out tables that dropped points or absences left too full. The points dropped
	 * when the room is smaller than the design share the last tables of the design's last round: two of a
	 * table never meet in any other round, so other rounds lose at most one person per table for each table
	 * dropped (and the last round is not used at all when the room has fewer rounds than the design). With
	 * {@code greedyAfter}, rounds beyond the design are seated greedily instead of repeating it.
	 */
	private void constructionStart(Design design, boolean greedyAfter) {
		clear();
		int travellers = 0;
		for (int p = 0; p < n; p++) {
			travellers += hostTable[p] < 0 ? 1 : 0;
		}
		// the travellers' points in the order of the tables of the design's last round; the last ones are dropped
		List<Integer> points = new ArrayList<>();
		for (int[] table : design.rounds()[design.rounds().length - 1]) {
			for (int q : table) {
				if (q >= design.hosts()) {
					points.add(q);
				}
			}
		}
		int[][] designSeats = design.seats();
		boolean[][] meets = design.meetings(Math.min(rounds, designSeats.length));
		if (rounds >= design.rounds().length) {
			leaveEmptyPointsThatNeverMeet(meets, points, points.size() - travellers);
		}
		int[] point = new int[n];
		Arrays.fill(point, -1);
		// a design with fewer seats than the room seats whom it can; the others are seated greedily each round
		List<Integer> free = new ArrayList<>(points.subList(0, Math.min(points.size(), travellers)));
		List<Integer> inOrder = new ArrayList<>();
		List<Integer> alone = new ArrayList<>();
		for (List<Integer> cluster : travellersByCluster()) {
			if (cluster.size() == 1) {
				alone.add(cluster.getFirst());
			}
			List<Integer> never = cluster.size() > 1 ? pointsThatNeverMeet(meets, free, cluster.size()) : null;
			if (never == null) {
				inOrder.addAll(cluster);
				continue;
			}
			for (int i = 0; i < cluster.size(); i++) {
				point[cluster.get(i)] = never.get(i);
			}
			free.removeAll(never);
		}
		for (int i = 0; i < inOrder.size() && i < free.size(); i++) {
			point[inOrder.get(i)] = free.get(i);
		}
		for (int p = 0; p < n; p++) {
			if (hostTable[p] >= 0) {
				point[p] = hostTable[p];
			}
		}
		spreadAbsences(designSeats, point, greedyAfter ? Math.min(rounds, designSeats.length) : rounds, alone);
		for (int r = 0; r < rounds; r++) {
			if (greedyAfter && r >= designSeats.length) {
				greedyRound(r, new Random(instance.seed() + r));
				continue;
			}
			for (int t = 0; t < tables; t++) {
				// a design's table may be bigger than a small table of the room until it is evened out
				members[r][t] = new int[Math.max(members[r][t].length, design.size())];
			}
			int[] round = designSeats[r % designSeats.length];
			int[] table = tableOrder(design, round, point, r);
			for (int p = 0; p < n; p++) {
				if (present[r][p] && point[p] >= 0) {
					place(r, p, table[round[point[p]]]);
				}
			}
			targetsFollowSeating(r);
			seatTheRest(r, new Random(instance.seed() + r));
			rebalance(r);
		}
	}

	/**
	 * Someone away leaves their point's table a seat short, and two away from one table leave it two short: evening
	 * that out moves someone, who then meets people again. Swaps the points of someone away in the first
	 * {@code used} rounds with someone else's while that leaves fewer people to move; only travellers {@code alone}
	 * in their cluster ({@link #travellersByCluster}), since {@link #pointsThatNeverMeet} chose the others' points on
	 * purpose.
	 */
	private void spreadAbsences(int[][] seats, int[] point, int used, List<Integer> alone) {
		List<Integer> away = new ArrayList<>();
		List<Integer> movable = new ArrayList<>();
		for (int p : alone) {
			if (point[p] >= 0) {
				movable.add(p);
				for (int r = 0; r < used; r++) {
					if (!present[r][p]) {
						away.add(p);
						break;
					}
				}
			}
		}
		for (boolean better = !away.isEmpty(); better;) {
			better = false;
			for (int a : away) {
				for (int b : movable) {
					if (b == a) {
						continue;
					}
					int before = 0;
					int after = 0;
					for (int r = 0; r < used; r++) {
						if (present[r][a] != present[r][b]) {
							before += toMove(seats[r % seats.length], point, r);
							swap(point, a, b);
							after += toMove(seats[r % seats.length], point, r);
							swap(point, a, b);
						}
					}
					if (after < before) {
						swap(point, a, b);
						better = true;
					}
				}
			}
		}
	}

	private static void swap(int[] point, int a, int b) {
		int keep = point[a];
		point[a] = point[b];
		point[b] = keep;
	}

	/** How many people round r's design seating leaves above the round's table sizes, fullest against biggest. */
	private int toMove(int[] round, int[] point, int r) {
		int[] seated = new int[tables];
		for (int p = 0; p < n; p++) {
			if (present[r][p] && point[p] >= 0) {
				seated[round[point[p]]]++;
			}
		}
		int[] sizes = target[r].clone();
		Arrays.sort(seated);
		Arrays.sort(sizes);
		int over = 0;
		for (int t = 0; t < tables; t++) {
			over += Math.max(0, seated[t] - sizes[t]);
		}
		return over;
	}

	/**
	 * When every round of the design is used, the points left empty are best ones that never share a table
	 * (the groups of a group divisible design): then no round has a table short by two. Moves such points, if
	 * there are {@code empty} of them, to the end of {@code points}, where the empty ones are taken from;
	 * {@code meets} says which points share a table ({@link Design#meetings}).
	 */
	private static void leaveEmptyPointsThatNeverMeet(boolean[][] meets, List<Integer> points, int empty) {
		if (empty < 2) {
			return;
		}
		List<Integer> chosen = new ArrayList<>();
		for (int i = points.size() - 1; i >= 0 && chosen.size() < empty; i--) {
			int q = points.get(i);
			if (chosen.stream().noneMatch(c -> meets[q][c])) {
				chosen.add(q);
			}
		}
		if (chosen.size() == empty) {
			points.removeAll(chosen);
			points.addAll(chosen.reversed());
		}
	}

	/**
	 * Which room table each of the design's tables becomes in round r: without hosts any table will do, so the
	 * design's fullest tables (after empty points and absences) go to the room's biggest, leaving less to
	 * even out; with hosts each table stays where its host is.
	 */
	private int[] tableOrder(Design design, int[] round, int[] point, int r) {
		Integer[] designTables = new Integer[tables];
		Integer[] roomTables = new Integer[tables];
		int[] seated = new int[tables];
		for (int t = 0; t < tables; t++) {
			designTables[t] = t;
			roomTables[t] = t;
		}
		if (design.hosts() == 0) {
			for (int p = 0; p < n; p++) {
				if (present[r][p] && point[p] >= 0) {
					seated[round[point[p]]]++;
				}
			}
			Arrays.sort(designTables, (a, b) -> seated[b] - seated[a]);
			Arrays.sort(roomTables, (a, b) -> target[r][b] - target[r][a]);
		}
		int[] table = new int[tables];
		for (int i = 0; i < tables; i++) {
			table[designTables[i]] = roomTables[i];
		}
		return table;
	}

	/**
	 * {@code size} of the free points that never share a table, the first found growing from each free point in
	 * turn, or null: people who should not meet seated there never do (a table of the design's last round when
	 * that round is not used, a group of a group divisible or transversal design when it is).
	 */
	private static List<Integer> pointsThatNeverMeet(boolean[][] meets, List<Integer> free, int size) {
		for (int seed = 0; seed < free.size(); seed++) {
			List<Integer> chosen = new ArrayList<>(List.of(free.get(seed)));
			for (int i = seed + 1; i < free.size() && chosen.size() < size; i++) {
				int q = free.get(i);
				if (chosen.stream().noneMatch(c -> meets[c][q])) {
					chosen.add(q);
				}
			}
			if (chosen.size() == size) {
				return chosen;
			}
		}
		return null;
	}

	/**
	 * Travellers in clusters of people who should not meet — colleagues of one organisation, pairs kept apart —
	 * biggest cluster first, then everyone else one by one.
	 */
	private List<List<Integer>> travellersByCluster() {
		int[] root = new int[n];
		for (int p = 0; p < n; p++) {
			root[p] = p;
		}
		Map<Integer, Integer> firstOfOrganisation = new HashMap<>();
		for (int p = 0; p < n; p++) {
			Integer first = org[p] >= 0 ? firstOfOrganisation.putIfAbsent(org[p], p) : null;
			if (first != null) {
				union(root, p, first);
			}
			for (int q = 0; q < p; q++) {
				if (apart[p][q]) {
					union(root, p, q);
				}
			}
		}
		Map<Integer, List<Integer>> clusters = new HashMap<>();
		for (int p = 0; p < n; p++) {
			if (hostTable[p] < 0) {
				clusters.computeIfAbsent(find(root, p), k -> new ArrayList<>()).add(p);
			}
		}
		List<List<Integer>> ordered = new ArrayList<>(clusters.values());
		ordered.sort((a, b) -> a.size() != b.size() ? b.size() - a.size() : a.getFirst() - b.getFirst());
		return ordered;
	}

	private static int find(int[] root, int p) {
		while (root[p] != p) {
			root[p] = root[root[p]];
			p = root[p];
		}
		return p;
	}

	private static void union(int[] root, int a, int b) {
		root[find(root, a)] = find(root, b);
	}

	/** Moves people from tables above their target size to the tables below it where they add the least cost. */
	private void rebalance(int r) {
		Cost c = new Cost();
		Cost bestCost = new Cost();
		for (int from = 0; from < tables; from++) {
			while (count[r][from] > target[r][from]) {
				int p = -1;
				for (int i = count[r][from] - 1; i >= 0 && p < 0; i--) {
					if (hostTable[members[r][from][i]] < 0) {
						p = members[r][from][i];
					}
				}
				remove(r, p, from);
				int best = -1;
				for (int t = 0; t < tables; t++) {
					if (count[r][t] < target[r][t]) {
						joinCost(r, p, t, c);
						if (best < 0 || c.compareTo(bestCost) < 0) {
							bestCost.set(c);
							best = t;
						}
					}
				}
				place(r, p, best);
			}
		}
	}

	/**
	 * Triska &amp; Musliu's greedy start for a plain grid (no hosts, equal tables, everyone present): each round
	 * fills its tables two people at a time, choosing among pairs who have not met and meet nobody already
	 * at the table the pair with the most "freedom" — the number of people neither has met yet — so that
	 * later rounds keep the most options. Ties are broken at random.
	 */
	private void freedomStart(Random random) {
		clear();
		int size = instance.tables().get(0).capacity();
		for (int r = 0; r < rounds; r++) {
			boolean[] placed = new boolean[n];
			for (int t = 0; t < tables; t++) {
				while (count[r][t] < size) {
					int bestA = -1;
					int bestB = -1;
					long bestScore = Long.MIN_VALUE;
					int ties = 0;
					boolean single = size - count[r][t] == 1;
					for (int a = 0; a < n; a++) {
						if (placed[a] || conflicts(r, t, a) > 0) {
							continue;
						}
						for (int b = single ? a : a + 1; b < n; b++) {
							if (placed[b] || (!single && (meet[a][b] > 0 || conflicts(r, t, b) > 0))) {
								continue;
							}
							long score = single ? unmet(a, a) : unmet(a, b);
							if (score > bestScore) {
								bestScore = score;
								bestA = a;
								bestB = b;
								ties = 1;
							}
							else if (score == bestScore && random.nextInt(++ties) == 0) {
								bestA = a;
								bestB = b;
							}
						}
					}
					if (bestA < 0) {
						// nobody fits without a repeat: the person with the fewest conflicts here
						int fewest = Integer.MAX_VALUE;
						for (int a = 0; a < n; a++) {
							if (!placed[a] && conflicts(r, t, a) < fewest) {
								fewest = conflicts(r, t, a);
								bestA = a;
							}
						}
						bestB = bestA;
					}
					place(r, bestA, t);
					placed[bestA] = true;
					if (bestB != bestA && count[r][t] < size) {
						place(r, bestB, t);
						placed[bestB] = true;
					}
				}
			}
		}
	}

	/** How many people at table t in round r person p has already met. */
	private int conflicts(int r, int t, int p) {
		int c = 0;
		for (int i = 0; i < count[r][t]; i++) {
			if (meet[p][members[r][t][i]] > 0) {
				c++;
			}
		}
		return c;
	}

	/** How many people neither a nor b has met yet (their freedom). */
	private long unmet(int a, int b) {
		long free = 0;
		for (int x = 0; x < n; x++) {
			if (x != a && x != b && meet[a][x] == 0 && meet[b][x] == 0) {
				free++;
			}
		}
		return free;
	}

	private void load(int[][] seats) {
		clear();
		for (int r = 0; r < rounds; r++) {
			for (int p = 0; p < n; p++) {
				if (seats[r][p] >= 0) {
					place(r, p, seats[r][p]);
				}
			}
		}
	}

	private static int[][] copy(int[][] a) {
		int[][] c = new int[a.length][];
		for (int i = 0; i < a.length; i++) {
			c[i] = a[i].clone();
		}
		return c;
	}

	// ---- the search

	/** Searches from the current plan and leaves the best found loaded; true when it beat the start. */
	private boolean search(Random random, long deadline, long maxIterations) {
		Cost current = cost();
		Cost best = current.copy();
		Cost start = current.copy();
		bestRepeats = (int) best.repeats;
		Cost delta = new Cost();
		Cost bestDelta = new Cost();
		int[][] bestSeats = copy(seat);
		long sinceBest = 0;
		long stall = Math.max(2_000, 40L * n);
		int[] movable = new int[n];
		for (long iteration = 1; iteration <= maxIterations; iteration++) {
			if ((iteration & 63) == 0 && System.nanoTime() > deadline) {
				break;
			}
			if (best.repeats <= lowerBound && (sinceBest > 4 * stall || perfect(best))) {
				break;
			}
			// mostly a round where someone meets someone again; now and then any round, to move off plateaus
			int r = random.nextInt(10) != 0 ? conflictRound(random) : openRound(random);
			int candidates = pick(r, random, movable);
			if (candidates == 0) {
				continue;
			}
			int a = -1;
			int bestB = -1;
			int ties = 0;
			for (int c = 0; c < candidates; c++) {
				int x = movable[c];
				int tx = seat[r][x];
				for (int tb = 0; tb < tables; tb++) {
					if (tb == tx) {
						continue;
					}
					for (int i = 0; i < count[r][tb]; i++) {
						int b = members[r][tb][i];
						if (hostTable[b] >= 0) {
							continue;
						}
						swapDelta(r, x, b, delta);
						int compared = bestB < 0 ? -1 : delta.compareTo(bestDelta);
						if (compared < 0) {
							bestDelta.set(delta);
							a = x;
							bestB = b;
							ties = 1;
						}
						else if (compared == 0 && random.nextInt(++ties) == 0) {
							a = x;
							bestB = b;
						}
					}
				}
			}
			if (bestB < 0) {
				continue;
			}
			swap(r, a, bestB);
			current.add(bestDelta);
			if (current.compareTo(best) < 0) {
				best.set(current);
				bestRepeats = (int) best.repeats;
				bestSeats = copy(seat);
				sinceBest = 0;
			}
			else if (++sinceBest % stall == 0) {
				// stalled: back to the best plan, shaken by a few random swaps
				load(bestSeats);
				for (int k = 0; k < 2 + random.nextInt(4); k++) {
					int rr = openRound(random);
					int x = randomMovable(rr, random);
					int y = randomMovable(rr, random);
					if (x >= 0 && y >= 0 && seat[rr][x] != seat[rr][y]) {
						swap(rr, x, y);
					}
				}
				current = cost();
			}
		}
		load(bestSeats);
		return best.compareTo(start) < 0;
	}

	/** A random round the search may change: one of {@code held} … rounds − 1. */
	private int openRound(Random random) {
		return held + random.nextInt(rounds - held);
	}

	/** A round not held where someone meets someone again (a random one), or any such round when there is none. */
	private int conflictRound(Random random) {
		int first = openRound(random);
		for (int k = 0; k < rounds - held; k++) {
			int r = held + (first - held + k) % (rounds - held);
			for (int t = 0; t < tables; t++) {
				for (int i = 0; i < count[r][t]; i++) {
					for (int j = i + 1; j < count[r][t]; j++) {
						if (meet[members[r][t][i]][members[r][t][j]] >= 2) {
							return r;
						}
					}
				}
			}
		}
		return first;
	}

	/** Anneals the seating now loaded for {@code seconds} (for tests); true when it found a better plan. */
	boolean annealFor(double seconds) {
		return anneal(new Random(instance.seed()), System.nanoTime() + (long) (seconds * 1e9), Long.MAX_VALUE);
	}

	/** The cost as one number for annealing: each field far heavier than any realistic sum of the ones after it. */
	private static double scalar(Cost c) {
		return c.apart * 1e9 + c.repeats * 1e4 + c.colleagues * 1e3 + c.mix * 10 + c.squares;
	}

	/**
	 * Simulated annealing from the current plan until the deadline: a random swap of two people at different tables of
	 * a random round, taken when it does not
	 * make the plan worse, or else with probability e^(−Δ/T), T cooling geometrically from {@link #HOT} to
	 * {@link #COOL} (one more repeat is 10,000) over the time left. Leaves the best plan seen loaded; true when it beat
	 * the start. Stops early at the lower bound when nothing is left to improve or nothing better came for a while.
	 */
	private boolean anneal(Random random, long deadline, long maxIterations) {
		Cost current = cost();
		Cost best = current.copy();
		Cost start = current.copy();
		bestRepeats = (int) best.repeats;
		int[][] bestSeats = copy(seat);
		Cost delta = new Cost();
		long began = System.nanoTime();
		long sinceBest = 0;
		double temperature = HOT;
		for (long iteration = 1; iteration <= maxIterations; iteration++) {
			if ((iteration & 255) == 0) {
				long now = System.nanoTime();
				if (now > deadline) {
					break;
				}
				double progress = Math.min(1, (double) (now - began) / Math.max(1, deadline - began));
				temperature = HOT * Math.pow(COOL / HOT, progress);
			}
			if (best.repeats <= lowerBound && (perfect(best) || sinceBest > 200_000 + 2_000L * n)) {
				break;
			}
			sinceBest++;
			// any two people at different tables of a round: four times the moves per second of picking people who
			// meet someone again (that scan costs more than the move), and as good or better (benchmarks.md)
			int r = openRound(random);
			int a = randomMovable(r, random);
			int b = randomMovable(r, random);
			if (a < 0 || b < 0 || seat[r][a] == seat[r][b]) {
				continue;
			}
			swapDelta(r, a, b, delta);
			double d = scalar(delta);
			if (d <= 0 || random.nextDouble() < Math.exp(-d / temperature)) {
				swap(r, a, b);
				current.add(delta);
				if (current.compareTo(best) < 0) {
					best.set(current);
					bestRepeats = (int) best.repeats;
					bestSeats = copy(seat);
					sinceBest = 0;
				}
			}
		}
		load(bestSeats);
		return best.compareTo(start) < 0;
	}

	/**
	 * Nothing left to improve: no pair kept apart meets, nobody meets again, no colleagues or look-alikes share
	 * a table (the sum of squares is then the number of pairs seated together, the same for every such plan).
	 */
	private static boolean perfect(Cost cost) {
		return cost.apart == 0 && cost.repeats == 0 && cost.colleagues == 0 && cost.mix == 0;
	}

	/**
	 * The people to try moving in round r, written into {@code into}: those who meet someone at their
	 * table again (or sit with someone to keep apart, or a colleague), up to {@link #MOVABLE} from a random
	 * place on, and now and then one at random.
	 */
	private int pick(int r, Random random, int[] into) {
		int found = 0;
		int start = random.nextInt(n);
		for (int k = 0; k < n && found < MOVABLE; k++) {
			int p = (start + k) % n;
			if (!present[r][p] || hostTable[p] >= 0) {
				continue;
			}
			int t = seat[r][p];
			for (int i = 0; i < count[r][t]; i++) {
				int q = members[r][t][i];
				if (q != p && (meet[p][q] >= 2 || apart[p][q] || colleagues(p, q))) {
					into[found++] = p;
					break;
				}
			}
		}
		if (found == 0 || random.nextInt(10) == 0) {
			int p = randomMovable(r, random);
			if (p >= 0 && found < into.length) {
				into[found++] = p;
			}
		}
		return found;
	}

	private int randomMovable(int r, Random random) {
		for (int attempt = 0; attempt < 50; attempt++) {
			int p = random.nextInt(n);
			if (present[r][p] && hostTable[p] < 0) {
				return p;
			}
		}
		for (int p = 0; p < n; p++) {
			if (present[r][p] && hostTable[p] < 0) {
				return p;
			}
		}
		return -1;
	}

	/** The change in cost if a and b (at different tables of round r) swap seats, written into {@code into}. */
	private void swapDelta(int r, int a, int b, Cost into) {
		int ta = seat[r][a];
		int tb = seat[r][b];
		into.clear();
		for (int i = 0; i < count[r][ta]; i++) {
			int x = members[r][ta][i];
			if (x != a) {
				leave(a, x, into);
				join(b, x, into);
			}
		}
		for (int i = 0; i < count[r][tb]; i++) {
			int y = members[r][tb][i];
			if (y != b) {
				leave(b, y, into);
				join(a, y, into);
			}
		}
	}

	/** Adds to {@code into} what p leaving q's table takes off the cost. */
	private void leave(int p, int q, Cost into) {
		int m = meet[p][q];
		into.apart -= apart[p][q] ? 1 : 0;
		into.repeats -= m >= 2 ? 1 : 0;
		into.colleagues -= colleagues(p, q) ? 1 : 0;
		into.mix -= mix(p, q);
		into.squares -= 2L * m - 1;
	}

	/** Adds to {@code into} what p joining q's table adds to the cost. */
	private void join(int p, int q, Cost into) {
		int m = meet[p][q];
		into.apart += apart[p][q] ? 1 : 0;
		into.repeats += m >= 1 ? 1 : 0;
		into.colleagues += colleagues(p, q) ? 1 : 0;
		into.mix += mix(p, q);
		into.squares += 2L * m + 1;
	}

	private void swap(int r, int a, int b) {
		int ta = seat[r][a];
		int tb = seat[r][b];
		remove(r, a, ta);
		remove(r, b, tb);
		place(r, a, tb);
		place(r, b, ta);
	}

	private void remove(int r, int p, int t) {
		int at = -1;
		for (int i = 0; i < count[r][t]; i++) {
			if (members[r][t][i] == p) {
				at = i;
			}
		}
		members[r][t][at] = members[r][t][--count[r][t]];
		for (int i = 0; i < count[r][t]; i++) {
			int q = members[r][t][i];
			meet[p][q]--;
			meet[q][p]--;
		}
		seat[r][p] = -1;
	}

	/** Two people from the same organisation who are not allowed to sit together. */
	private boolean colleagues(int p, int q) {
		return same(org, p, q) && !together[p][q];
	}

	private static boolean same(int[] values, int p, int q) {
		return values[p] >= 0 && values[p] == values[q];
	}

	private int mix(int p, int q) {
		return (same(attributes[0], p, q) ? 1 : 0) + (same(attributes[1], p, q) ? 1 : 0)
				+ (same(attributes[2], p, q) ? 1 : 0);
	}

	// ---- measuring

	private Cost cost() {
		Cost c = new Cost();
		for (int p = 0; p < n; p++) {
			for (int q = p + 1; q < n; q++) {
				int m = meet[p][q];
				c.squares += (long) m * m;
				c.repeats += Math.max(0, m - 1);
			}
		}
		for (int r = 0; r < rounds; r++) {
			for (int t = 0; t < tables; t++) {
				for (int i = 0; i < count[r][t]; i++) {
					for (int j = i + 1; j < count[r][t]; j++) {
						int p = members[r][t][i];
						int q = members[r][t][j];
						c.apart += apart[p][q] ? 1 : 0;
						c.colleagues += colleagues(p, q) ? 1 : 0;
						c.mix += mix(p, q);
					}
				}
			}
		}
		return c;
	}

	private Plan result(long started, Plan.How how) {
		int repeats = 0;
		long squares = 0;
		for (int p = 0; p < n; p++) {
			for (int q = p + 1; q < n; q++) {
				repeats += Math.max(0, meet[p][q] - 1);
				squares += (long) meet[p][q] * meet[p][q];
			}
		}
		int sameOrg = 0;
		List<List<List<String>>> plan = new ArrayList<>();
		for (int r = 0; r < rounds; r++) {
			List<List<String>> round = new ArrayList<>();
			for (int t = 0; t < tables; t++) {
				List<String> table = new ArrayList<>();
				if (hostOf[t] >= 0 && present[r][hostOf[t]]) {
					table.add(ids[hostOf[t]]);
				}
				int[] seated = Arrays.copyOf(members[r][t], count[r][t]);
				Arrays.sort(seated);
				for (int p : seated) {
					if (p != hostOf[t]) {
						table.add(ids[p]);
					}
				}
				for (int i = 0; i < seated.length; i++) {
					for (int j = i + 1; j < seated.length; j++) {
						sameOrg += colleagues(seated[i], seated[j]) ? 1 : 0;
					}
				}
				round.add(table);
			}
			plan.add(round);
		}
		double seconds = Math.round((System.nanoTime() - started) / 1e7) / 100.0;
		boolean optimal = repeats == lowerBound && cost().apart == 0;
		return new Plan(plan, new Plan.Metrics(repeats, lowerBound, sameOrg, squares, seconds, how, optimal));
	}
}
