package org.convene.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.convene.cafe.planner.Instance;
import org.convene.cafe.planner.Plan;
import org.convene.cafe.planner.Planner;

/**
 * The World Café planner on the instances and on rooms from each family design theory covers,
 * against the best known value (with its source), the one-round-at-a-time greedy start, and a port of the
 * free planner Good-Enough Golfers ({@link GoodEnoughGolfers}, plain rooms of up to 150 people, three
 * seeds). Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.convene.bench.PlannerBench -Dexec.args="10"} (the argument: the planner's seconds per
 * instance; it stops earlier once it has reached the lower bound). With {@code -Dexec.args="2 families"}: every room
 * from 9 to 200 people of each family design theory covers (below), listing those not planned without a repeat.
 * With {@code -Dexec.args="2 random 100 7"}: 100 plain rooms drawn at random (seed 7) against the Good-Enough
 * Golfers port, as a held-out set would be. With {@code -Dexec.args="2 beyond"}: rooms with as many rounds as tables
 * where the known orthogonal Latin squares run out ({@link #beyondSquares}). With {@code -Dexec.args="2 room 56 14 4
 * 17"}: one plain room (people, tables, size, rounds), planned with seeds 1–3 (a seventh argument: that many seeds).
 */
public final class PlannerBench {

	/** Orthogonal Latin squares known to us where a prime power's q − 1 does not apply: stored, or MacNeish's product. */
	private static final Map<Integer, Integer> SQUARES = Map.of(6, 1, 10, 2, 12, 5, 14, 4, 15, 4, 18, 3, 20, 4);

	public static void main(String[] args) {
		double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
		if (args.length > 1 && args[1].equals("families")) {
			families(seconds);
			return;
		}
		if (args.length > 1 && args[1].equals("beyond")) {
			beyondSquares(seconds);
			return;
		}
		if (args.length > 1 && args[1].equals("room")) {
			int[] room = Arrays.stream(args, 2, 6).mapToInt(Integer::parseInt).toArray();
			int seeds = args.length > 6 ? Integer.parseInt(args[6]) : 3;
			Instance grid = grid(room[0], room[1], room[2], room[3], seconds, -1, "").instance();
			for (long seed = 1; seed <= seeds; seed++) {
				Plan plan = new Planner(new Instance(grid.rounds(), grid.tables(), grid.participants(), grid.apart(),
						grid.seconds(), seed)).plan();
				System.out.printf(Locale.ROOT, "seed %d: %d repeats (bound %d), %.2f s, %s%n", seed,
						plan.metrics().repeatedPairs(), plan.metrics().lowerBoundRepeatedPairs(), plan.metrics().seconds(),
						plan.metrics().method());
			}
			return;
		}
		if (args.length > 1 && args[1].equals("random")) {
			random(seconds, Integer.parseInt(args[2]), Long.parseLong(args[3]));
			return;
		}
		System.out.println("| instance | best known (source) | lower bound | planner repeats | how | proven optimal "
				+ "| planner time | Good-Enough Golfers port, 3 seeds | greedy start |");
		System.out.println("|---|---|---|---|---|---|---|---|---|");
		for (Case c : cases(seconds)) {
			Plan greedy = new Planner(c.instance()).greedy();
			Plan plan = new Planner(c.instance()).plan();
			String geg = "—";
			if (c.grid() != null && c.grid()[0] * c.grid()[1] <= 150) {
				int[] results = IntStream.rangeClosed(1, 3)
					.map(seed -> new GoodEnoughGolfers(c.grid()[0], c.grid()[1], seed).repeats(c.grid()[2]))
					.sorted()
					.toArray();
				geg = results[0] == results[2] ? String.valueOf(results[0]) : results[0] + "–" + results[2];
			}
			System.out.printf(Locale.ROOT, "| %s | %s | %d | %s | %s | %s | %.2f s | %s | %d |%n", c.name(), c.best(),
					plan.metrics().lowerBoundRepeatedPairs(), c.bestKnown() >= 0 && plan.metrics().repeatedPairs() <= c.bestKnown()
							? "**" + plan.metrics().repeatedPairs() + "**" : String.valueOf(plan.metrics().repeatedPairs()), plan.metrics().method(), plan.metrics().optimal() ? "yes" : "no",
					plan.metrics().seconds(), geg, greedy.metrics().repeatedPairs());
		}
	}

	/**
	 * The sweep over families where a plan without repeats is known to exist, 9 to 200 people, up to 17 rounds (the
	 * most a design allows when fewer): Kirkman and nearly Kirkman triple systems, resolvable designs with tables of 4
	 * (v ≡ 4 mod 12) and of 5 (v ≡ 5 mod 20, not 45), 4-RGDDs of types 2^u and 3^u, affine planes, the nets of
	 * orthogonal Latin squares of orders 10, 12, 14, transversal designs (hosted and plain, as many rounds as tables,
	 * as many seats as squares known allow), and rooms one and two short of a design (two short: without a repeat
	 * only if one table may be two short for a round, which the planner does not allow — whether tables of adjacent
	 * sizes can do it is not known to us). Prints those with a repeat or over 2 s, then the count.
	 */
	static void families(double seconds) {
		List<int[]> rooms = new ArrayList<>(); // people, tables, size, rounds, hosted
		for (int v = 9; v <= 195; v += 6) {
			rooms.add(new int[] { v, v / 3, 3, Math.min(17, (v - 1) / 2), 0 });
		}
		for (int v = 18; v <= 198; v += 6) {
			rooms.add(new int[] { v, v / 3, 3, Math.min(17, (v - 2) / 2), 0 });
		}
		for (int v = 16; v <= 196; v += 12) {
			rooms.add(new int[] { v, v / 4, 4, Math.min(17, (v - 1) / 3), 0 });
		}
		for (int v = 32; v <= 200; v += 12) {
			rooms.add(new int[] { v, v / 4, 4, Math.min(17, (v - 2) / 3), 0 });
		}
		for (int v = 24; v <= 192; v += 12) {
			rooms.add(new int[] { v, v / 4, 4, Math.min(17, (v - 3) / 3), 0 });
		}
		for (int v : new int[] { 25, 65, 85, 105, 125, 145, 165, 185 }) {
			rooms.add(new int[] { v, v / 5, 5, Math.min(17, (v - 1) / 4), 0 });
		}
		for (int q : new int[] { 3, 4, 5, 7, 8, 9, 11, 13 }) {
			rooms.add(new int[] { q * q, q, q, Math.min(17, q + 1), 0 });
		}
		rooms.add(new int[] { 100, 10, 10, 4, 0 });
		rooms.add(new int[] { 144, 12, 12, 7, 0 });
		rooms.add(new int[] { 196, 14, 14, 6, 0 });
		for (int t = 3; t <= 17; t++) {
			for (int k = 2; k <= SQUARES.getOrDefault(t, t - 1) + 1 && t * k <= 200; k++) {
				rooms.add(new int[] { t * k, t, k, t, 1 });
				rooms.add(new int[] { t * k, t, k, t, 0 });
			}
		}
		for (int[] design : new int[][] { { 15, 3 }, { 21, 3 }, { 27, 3 }, { 33, 3 }, { 28, 4 }, { 40, 4 }, { 49, 7 },
			{ 64, 8 }, { 81, 9 } }) {
			int rounds = Math.min(17, (design[0] - 1) / (design[1] - 1));
			rooms.add(new int[] { design[0] - 1, design[0] / design[1], design[1], rounds, 0 });
			rooms.add(new int[] { design[0] - 2, design[0] / design[1], design[1], rounds, 0 });
		}
		int missed = 0;
		for (int[] room : rooms) {
			List<Instance.Table> tables = new ArrayList<>();
			for (int t = 0; t < room[1]; t++) {
				tables.add(new Instance.Table(room[2], room[4] == 1 ? "p" + (t + 1) : null));
			}
			Plan plan = new Planner(new Instance(room[3], tables, persons(room[0]), List.of(), seconds, 1)).plan();
			if (plan.metrics().repeatedPairs() > 0 || plan.metrics().seconds() > 2) {
				missed++;
				System.out.printf(Locale.ROOT, "%d people, %d%s tables of %d, %d rounds: %d repeats (bound %d), %.2f s, %s%n",
						room[0], room[1], room[4] == 1 ? " hosted" : "", room[2], room[3], plan.metrics().repeatedPairs(),
						plan.metrics().lowerBoundRepeatedPairs(), plan.metrics().seconds(), plan.metrics().method());
			}
		}
		System.out.println((rooms.size() - missed) + " of " + rooms.size() + " rooms planned without a repeat within 2 s");
	}

	/**
	 * Cafés with as many rounds as tables (up to 17) where the orthogonal Latin squares known to us run out, so no
	 * transversal design seats them: 6, 10, 12, 14, 15, 18 and 20 tables, from one seat more than the squares allow
	 * up to tables of 12 (at most 200 people), hosted and plain; the planner against its lower bound and, for plain
	 * rooms, the Good-Enough Golfers port (seed 1). Whether plans without a repeat exist here is mostly not known.
	 */
	static void beyondSquares(double seconds) {
		for (int t : new int[] { 6, 10, 12, 14, 15, 18, 20 }) {
			for (int k = SQUARES.get(t) + 2; k <= 12 && t * k <= 200; k++) {
				for (boolean hosted : new boolean[] { true, false }) {
					int rounds = Math.min(17, t);
					Instance room = hosted ? hostedGrid(t, k, rounds, seconds) : grid(t * k, t, k, rounds, seconds, -1, "").instance();
					Plan plan = new Planner(room).plan();
					String port = hosted ? "—" : String.valueOf(new GoodEnoughGolfers(t, k, 1).repeats(rounds));
					System.out.printf(Locale.ROOT, "| %d%s tables of %d, %d rounds | %d | %d | %s | %.2f s | %s |%n", t,
							hosted ? " hosted" : "", k, rounds, plan.metrics().lowerBoundRepeatedPairs(),
							plan.metrics().repeatedPairs(), port, plan.metrics().seconds(), plan.metrics().method());
				}
			}
		}
	}

	/**
	 * Plain rooms drawn at random (tables of 2 to 10, 3 to 20 tables, up to 150 people, 3 to 17 rounds; the draw
	 * fixed by {@code seed}), as a held-out set would be: the planner against the Good-Enough Golfers port (seed 1)
	 * and the lower bound, each room printed, then the counts and the slowest; then as many rooms with fewer people
	 * than seats, hosts, absences and pairs kept apart ({@link #mixedRoom}), against the lower bound only.
	 */
	static void random(double seconds, int count, long seed) {
		Random draw = new Random(seed);
		int worse = 0;
		int better = 0;
		int atBound = 0;
		double slowest = 0;
		for (int i = 0; i < count; i++) {
			int size = 2 + draw.nextInt(9);
			int tables = 3 + draw.nextInt(Math.min(20, 150 / size) - 2);
			int rounds = 3 + draw.nextInt(15);
			Plan plan = new Planner(grid(tables * size, tables, size, rounds, seconds, -1, "").instance()).plan();
			int geg = new GoodEnoughGolfers(tables, size, 1).repeats(rounds);
			int repeats = plan.metrics().repeatedPairs();
			worse += repeats > geg ? 1 : 0;
			better += repeats < geg ? 1 : 0;
			atBound += repeats == plan.metrics().lowerBoundRepeatedPairs() ? 1 : 0;
			slowest = Math.max(slowest, plan.metrics().seconds());
			System.out.printf(Locale.ROOT, "%d people, %d tables of %d, %d rounds: %d repeats (bound %d), Good-Enough "
					+ "Golfers %d, %.2f s, %s%s%n", tables * size, tables, size, rounds, repeats,
					plan.metrics().lowerBoundRepeatedPairs(), geg, plan.metrics().seconds(), plan.metrics().method(),
					repeats > geg ? " — WORSE" : "");
		}
		System.out.printf(Locale.ROOT, "%d rooms: fewer repeats than Good-Enough Golfers on %d, as many on %d, more on %d; "
				+ "at the lower bound (proven optimal) on %d; slowest %.2f s%n", count, better, count - better - worse, worse,
				atBound, slowest);
		int mixedAtBound = 0;
		double mixedSlowest = 0;
		for (int i = 0; i < count; i++) {
			Instance room = mixedRoom(draw, seconds);
			Plan plan = new Planner(room).plan();
			mixedAtBound += plan.metrics().repeatedPairs() == plan.metrics().lowerBoundRepeatedPairs() ? 1 : 0;
			mixedSlowest = Math.max(mixedSlowest, plan.metrics().seconds());
			System.out.printf(Locale.ROOT, "%d people, %d tables of %d%s, %d rounds, %d absences, %d pairs apart: %d "
					+ "repeats (bound %d), %.2f s, %s%n", room.participants().size(), room.tables().size(),
					room.tables().get(0).capacity(), room.tables().get(0).host() != null ? " hosted" : "", room.rounds(),
					room.participants().stream().mapToInt(p -> p.absentRounds().size()).sum(), room.apart().size(),
					plan.metrics().repeatedPairs(), plan.metrics().lowerBoundRepeatedPairs(), plan.metrics().seconds(),
					plan.metrics().method());
		}
		System.out.printf(Locale.ROOT, "%d rooms with fewer people than seats, hosts, absences and pairs kept apart: at the "
				+ "lower bound on %d; slowest %.2f s%n", count, mixedAtBound, mixedSlowest);
	}

	/** A room as people bring them: up to a table short, hosts in a third of rooms, one in ten away a round. */
	private static Instance mixedRoom(Random draw, double seconds) {
		int size = 3 + draw.nextInt(8);
		int tables = 3 + draw.nextInt(Math.min(20, 150 / size) - 2);
		int rounds = 3 + draw.nextInt(15);
		int people = tables * size - draw.nextInt(size);
		boolean hosted = draw.nextInt(3) == 0;
		List<Instance.Table> t = new ArrayList<>();
		for (int i = 0; i < tables; i++) {
			t.add(new Instance.Table(size, hosted ? "p" + (i + 1) : null));
		}
		List<Instance.Person> p = new ArrayList<>();
		for (int i = 0; i < people; i++) {
			Set<Integer> away = !hosted || i >= tables ? (draw.nextInt(10) == 0 ? Set.of(1 + draw.nextInt(rounds)) : Set.of())
					: Set.of();
			p.add(new Instance.Person("p" + (i + 1), null, null, null, null, away));
		}
		List<List<String>> apart = List.of(List.of("p" + (people - 1), "p" + people),
				List.of("p" + (people - 3), "p" + (people - 2)));
		return new Instance(rounds, t, p, apart, seconds, 1);
	}

	/** An instance, its best known number of repeats and where that comes from; grid: tables, size, rounds. */
	record Case(String name, Instance instance, int bestKnown, String source, int[] grid) {

		String best() {
			return bestKnown < 0 ? "none known to us (" + source + ")" : bestKnown + " (" + source + ")";
		}
	}

	static List<Case> cases(double seconds) {
		List<Case> cases = new ArrayList<>();
		// the public instances
		cases.add(grid(15, 5, 3, 7, seconds, 0, "Kirkman triple system, Kirkman 1850"));
		cases.add(grid(32, 8, 4, 10, seconds, 0, "4-RGDD of type 2^16 (Aguado 2004, CSPLib 10)"));
		cases.add(grid(30, 8, 4, 10, seconds, 0, "the 4-RGDD of 32 less two people"));
		cases.add(grid(24, 6, 4, 10, seconds, 84, "= lower bound"));
		cases.add(new Case("37 people, 7 hosted tables (2×6 + 5×5), 3 rounds", hosted37(3, seconds), 0, "issue 17", null));
		cases.add(new Case("120 people, 20 hosted tables of 6, 4 rounds, 12 organisations", hosted120(seconds), 0,
				"issue 17", null));
		cases.add(new Case("500 people, 50 tables of 10, 3 rounds, 25 organisations", large500(seconds), 0,
				"Latin square", null));
		// the examples
		cases.add(new Case("37 people, 7 hosted tables (2×6 + 5×5), 7 rounds", hosted37(7, seconds), 10,
				"issue 17 gives 0; with host pairs counted no plan has fewer than 10", null));
		cases.add(grid(30, 6, 5, 8, seconds, 59, "issue 17, Miller, Valkov & Abel 2026"));
		// affine planes and spaces
		cases.add(grid(16, 4, 4, 5, seconds, 0, "AG(2, 4)"));
		cases.add(grid(49, 7, 7, 8, seconds, 0, "AG(2, 7)"));
		cases.add(grid(64, 8, 8, 9, seconds, 0, "AG(2, 8)"));
		cases.add(grid(81, 9, 9, 10, seconds, 0, "AG(2, 9)"));
		cases.add(grid(27, 9, 3, 13, seconds, 0, "AG(3, 3), a Kirkman triple system"));
		cases.add(grid(16, 4, 4, 10, seconds, 120, "= lower bound, AG(2, 4) twice"));
		// Latin squares
		cases.add(grid(100, 10, 10, 4, seconds, 0, "2 MOLS(10), Parker 1959"));
		cases.add(grid(144, 12, 12, 7, seconds, 0, "5 MOLS(12), McKay"));
		cases.add(new Case("72 people, 12 hosted tables of 6, 12 rounds", hostedGrid(12, 6, 12, seconds), 0,
				"RTD(6, 12) from 5 MOLS(12)", null));
		cases.add(grid(196, 14, 14, 6, seconds, 0, "4 MOLS(14), Todorov 2012"));
		// Kirkman triple systems and resolvable designs with tables of 4
		cases.add(grid(21, 7, 3, 10, seconds, 0, "KTS(21), Ray-Chaudhuri & Wilson 1971"));
		cases.add(grid(45, 15, 3, 22, seconds, 0, "KTS(45), Ray-Chaudhuri & Wilson 1971"));
		cases.add(grid(33, 11, 3, 16, seconds, 0, "KTS(33), Ray-Chaudhuri & Wilson 1971; cyclic table, JSTOR 1402466"));
		cases.add(grid(39, 13, 3, 19, seconds, 0, "KTS(39), Ray-Chaudhuri & Wilson 1971"));
		cases.add(grid(63, 21, 3, 31, seconds, 0, "KTS(63), Ray-Chaudhuri & Wilson 1971"));
		cases.add(grid(28, 7, 4, 9, seconds, 0, "RBIBD(28, 4, 1), Hanani, Ray-Chaudhuri & Wilson 1972"));
		cases.add(grid(40, 10, 4, 13, seconds, 0, "RBIBD(40, 4, 1), Hanani, Ray-Chaudhuri & Wilson 1972"));
		cases.add(grid(52, 13, 4, 17, seconds, 0, "RBIBD(52, 4, 1), Handbook VII.7.5 over GF(17)"));
		cases.add(grid(65, 13, 5, 16, seconds, 0, "RBIBD(65, 5, 1), published table, JSTOR 1402466"));
		cases.add(grid(120, 15, 8, 17, seconds, 0, "RBIBD(120, 8, 1), Seiden's hyperoval construction"));
		// speed networking and hosted cafés with as many rounds as tables
		cases.add(grid(18, 6, 3, 8, seconds, 0, "NKTS(18), Kotzig & Rosa 1974"));
		cases.add(grid(24, 8, 3, 11, seconds, 0, "NKTS(24), Baker & Wilson 1977"));
		cases.add(grid(30, 10, 3, 14, seconds, 0, "NKTS(30), Baker & Wilson 1977"));
		cases.add(grid(36, 12, 3, 17, seconds, 0, "NKTS(36), Baker & Wilson 1977"));
		cases.add(grid(24, 6, 4, 7, seconds, 0, "4-RGDD of type 3^8"));
		cases.add(grid(36, 9, 4, 11, seconds, 0, "4-RGDD of type 3^12"));
		cases.add(grid(30, 6, 5, 6, seconds, 0, "packing turned round Z_6 (DesignSearch)"));
		cases.add(grid(50, 10, 5, 10, seconds, 0, "packing turned round Z_10 (DesignSearch)"));
		cases.add(grid(44, 11, 4, 12, seconds, 0, "the 4-RGDD of type 2^22 below, two rounds left out"));
		cases.add(grid(48, 12, 4, 15, seconds, 0, "4-RGDD of type 3^16 turned round Z_15 (DesignSearch)"));
		cases.add(grid(20, 10, 2, 19, seconds, 0, "round robin"));
		cases.add(new Case("48 people, 8 hosted tables of 6, 8 rounds", hostedGrid(8, 6, 8, seconds), 0,
				"RTD(6, 8) from GF(8)", null));
		cases.add(new Case("30 people, 10 hosted tables of 3, 10 rounds", hostedGrid(10, 3, 10, seconds), 0,
				"RTD(3, 10) from 2 MOLS(10)", null));
		cases.add(new Case("77 people, 11 hosted tables of 7, 11 rounds", hostedGrid(11, 7, 11, seconds), 0,
				"RTD(7, 11) from GF(11)", null));
		// added 2026-12-02: stored squares of orders 15 and 18, a design with fewer seats, the round-against-round bound,
		// and designs known to exist that the planner cannot build yet
		cases.add(new Case("75 people, 15 hosted tables of 5, 15 rounds", hostedGrid(15, 5, 15, seconds), 0,
				"RTD(5, 15) from 4 MOLS(15), Wanless", null));
		cases.add(new Case("72 people, 18 hosted tables of 4, 17 rounds", hostedGrid(18, 4, 17, seconds), 0,
				"RTD(4, 18) from 3 MOLS(18), Wanless", null));
		cases.add(new Case("84 people, 12 hosted tables of 7, 12 rounds", hostedGrid(12, 7, 12, seconds), -1,
				"a transversal design would need 6 MOLS(12), not known; other zero plans open", null));
		cases.add(grid(12, 3, 4, 3, seconds, 6, "= lower bound, counted round against round"));
		cases.add(grid(105, 21, 5, 17, seconds, 0, "RBIBD(105, 5, 1) exists: v ≡ 5 mod 20, v ≠ 45"));
		cases.add(grid(44, 11, 4, 14, seconds, 0, "4-RGDD of type 2^22 over Z_2 × (Z_7 ⋊ Z_3), bench/rgdd-frobenius.py"));
		cases.add(grid(56, 14, 4, 18, seconds, 0, "4-RGDD of type 2^28 over Z_2 × (Z_9 ⋊ Z_3), bench/rgdd-frobenius.py"));
		cases.add(grid(60, 15, 4, 17, seconds, 0, "4-RGDD of type 3^20 exists"));
		return cases;
	}

	static Case grid(int people, int tables, int size, int rounds, double seconds, int bestKnown, String source) {
		List<Instance.Table> t = new ArrayList<>();
		for (int i = 0; i < tables; i++) {
			t.add(new Instance.Table(size, null));
		}
		String name = people + " people, " + tables + " tables of " + size + ", " + rounds + " rounds";
		return new Case(name, new Instance(rounds, t, persons(people), List.of(), seconds, 1), bestKnown, source,
				people == tables * size ? new int[] { tables, size, rounds } : null);
	}

	private static List<Instance.Person> persons(int people) {
		List<Instance.Person> p = new ArrayList<>();
		for (int i = 0; i < people; i++) {
			p.add(new Instance.Person("p" + (i + 1)));
		}
		return p;
	}

	static Instance hostedGrid(int tables, int size, int rounds, double seconds) {
		List<Instance.Table> t = new ArrayList<>();
		for (int i = 0; i < tables; i++) {
			t.add(new Instance.Table(size, "p" + (i + 1)));
		}
		return new Instance(rounds, t, persons(tables * size), List.of(), seconds, 1);
	}

	static Instance hosted37(int rounds, double seconds) {
		List<Instance.Table> t = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			t.add(new Instance.Table(i < 2 ? 6 : 5, "p" + (i + 1)));
		}
		return new Instance(rounds, t, persons(37), List.of(), seconds, 1);
	}

	static Instance hosted120(double seconds) {
		List<Instance.Table> t = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			t.add(new Instance.Table(6, "p" + (i * 6 + 1)));
		}
		List<Instance.Person> p = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			p.add(new Instance.Person("p" + (i + 1), i % 2 == 0 ? "F" : "M", "org" + (i % 12), null, null, Set.of()));
		}
		return new Instance(4, t, p, List.of(), seconds, 1);
	}

	static Instance large500(double seconds) {
		List<Instance.Table> t = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			t.add(new Instance.Table(10, null));
		}
		List<Instance.Person> p = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			p.add(new Instance.Person("p" + (i + 1), i % 2 == 0 ? "F" : "M", "org" + (i % 25), null, null, Set.of()));
		}
		return new Instance(3, t, p, List.of(), seconds, 1);
	}
}
