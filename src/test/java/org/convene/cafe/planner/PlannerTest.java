package org.convene.cafe.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The planner's hard rules, its objective on small rooms with known optima, and its lower bound. */
class PlannerTest {

	static List<Instance.Table> tables(int count, int capacity) {
		List<Instance.Table> t = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			t.add(new Instance.Table(capacity, null));
		}
		return t;
	}

	/** {@code count} tables of {@code capacity}, table t hosted by person t (p1, p2, …). */
	static List<Instance.Table> hostedTables(int count, int capacity) {
		List<Instance.Table> t = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			t.add(new Instance.Table(capacity, "p" + i));
		}
		return t;
	}

	static List<Instance.Person> people(int count) {
		List<Instance.Person> p = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			p.add(new Instance.Person("p" + i));
		}
		return p;
	}

	/** Recounts repeats from the plan itself, so the planner's own figure is checked, not trusted. */
	static int repeats(Plan plan) {
		Map<String, Integer> meetings = new HashMap<>();
		for (var round : plan.rounds()) {
			for (var table : round) {
				for (int i = 0; i < table.size(); i++) {
					for (int j = i + 1; j < table.size(); j++) {
						String a = table.get(i);
						String b = table.get(j);
						meetings.merge(a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a, 1, Integer::sum);
					}
				}
			}
		}
		return meetings.values().stream().mapToInt(m -> Math.max(0, m - 1)).sum();
	}

	@Test
	void ninePeopleInThreeTablesMeetNobodyTwiceInFourRounds() {
		// the affine plane of order 3: four rounds in which everybody meets everybody exactly once
		Plan plan = new Planner(new Instance(4, tables(3, 3), people(9), List.of(), 5, 7)).plan();
		assertThat(repeats(plan)).isZero();
		assertThat(plan.metrics().repeatedPairs()).isZero();
		assertThat(plan.metrics().lowerBoundRepeatedPairs()).isZero();
		assertThat(plan.metrics().sumSquares()).isEqualTo(36);
	}

	@Test
	void hostsStayTablesBalanceApartPairsNeverMeetAndAbsentPeopleAreNotSeated() {
		List<Instance.Person> people = new ArrayList<>(people(13));
		people.set(4, new Instance.Person("p5", null, null, null, null, Set.of(2)));
		List<Instance.Table> tables = List.of(new Instance.Table(6, "p1"), new Instance.Table(5, null),
				new Instance.Table(4, "p2"));
		Instance instance = new Instance(3, tables, people, List.of(List.of("p3", "p4")), 2, 3);
		Plan plan = new Planner(instance).plan();
		for (int r = 0; r < 3; r++) {
			var round = plan.rounds().get(r);
			assertThat(round.get(0).get(0)).isEqualTo("p1");
			assertThat(round.get(2).get(0)).isEqualTo("p2");
			List<Integer> sizes = round.stream().map(List::size).toList();
			assertThat(sizes.stream().mapToInt(Integer::intValue).max().getAsInt()
					- sizes.stream().mapToInt(Integer::intValue).min().getAsInt()).as("round " + (r + 1)).isLessThanOrEqualTo(1);
			Set<String> seated = new HashSet<>();
			for (var table : round) {
				assertThat(table.containsAll(List.of("p3", "p4"))).isFalse();
				for (String id : table) {
					assertThat(seated.add(id)).as(id + " seated once").isTrue();
				}
			}
			assertThat(seated).hasSize(r == 1 ? 12 : 13);
			assertThat(seated.contains("p5")).isEqualTo(r != 1);
		}
	}

	@Test
	void colleaguesAreSpreadAcrossTables() {
		List<Instance.Person> people = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			people.add(new Instance.Person("p" + i, null, "org" + (i % 3), null, null, Set.of()));
		}
		Plan plan = new Planner(new Instance(2, tables(4, 3), people, List.of(), 2, 1)).plan();
		assertThat(plan.metrics().sameOrganisationPairs()).isZero();
	}

	@Test
	void colleaguesAllowedTogetherDoNotCountAgainstThePlan() {
		// one table: the two colleagues from FIA must sit together
		List<Instance.Person> people = List.of(new Instance.Person("p1", null, "FIA", null, null, Set.of()),
				new Instance.Person("p2", null, "FIA", null, null, Set.of()), new Instance.Person("p3"),
				new Instance.Person("p4"));
		Instance apartFromNobody = new Instance(1, tables(1, 4), people, List.of(), 1, 1);
		assertThat(new Planner(apartFromNobody).plan().metrics().sameOrganisationPairs()).isEqualTo(1);
		Instance allowed = new Instance(1, tables(1, 4), people, List.of(), List.of(List.of("p1", "p2")), 1, 1);
		assertThat(new Planner(allowed).plan().metrics().sameOrganisationPairs()).isZero();
		// a pair cannot be both
		assertThat(new Instance(1, tables(1, 4), people, List.of(List.of("p2", "p1")), List.of(List.of("p1", "p2")), 1, 1)
			.problems()).anyMatch(p -> p.contains("both kept apart and allowed together"));
		assertThat(new Instance(1, tables(1, 4), people, List.of(), List.of(List.of("p1", "p9")), 1, 1).problems())
			.anyMatch(p -> p.contains("unknown participant in a pair who may sit together: p9"));
	}

	@Test
	void theLowerBoundCountsPairSlotsBeyondThePairsAvailableAndHostRevisits() {
		assertThat(new Planner(new Instance(10, tables(6, 4), people(24), List.of(), 1, 1)).lowerBound()).isEqualTo(84);
		// 3 hosted tables and 4 rounds: every traveller sits with some host twice
		List<Instance.Table> hosted = List.of(new Instance.Table(3, "p1"), new Instance.Table(3, "p2"),
				new Instance.Table(3, "p3"));
		Instance hostedCafe = new Instance(4, hosted, people(9), List.of(), 2, 1);
		assertThat(new Planner(hostedCafe).lowerBound()).isEqualTo(6);
		// and the bound is tight: a plan reaches it
		assertThat(new Planner(hostedCafe).plan().metrics().repeatedPairs()).isEqualTo(6);
	}

	@Test
	void theBoundAllowsForPairsKeptApartWhoMustMeet() {
		// one table of four for two rounds: everyone meets everyone twice, the pair kept apart too (6 repeats)
		Instance forced = new Instance(2, tables(1, 4), people(4), List.of(List.of("p1", "p2")), 1, 1);
		Plan plan = new Planner(forced).plan(1_000);
		assertThat(plan.metrics().repeatedPairs()).isEqualTo(6);
		assertThat(plan.metrics().lowerBoundRepeatedPairs()).isLessThanOrEqualTo(6);
	}

	@Test
	void noPlanBeatsTheLowerBoundOnRandomSmallRooms() {
		Random random = new Random(2026);
		for (int i = 0; i < 60; i++) {
			int tableCount = 2 + random.nextInt(3);
			int capacity = 2 + random.nextInt(3);
			int people = tableCount * capacity - random.nextInt(capacity);
			boolean hosted = random.nextBoolean();
			List<Instance.Table> tables = new ArrayList<>();
			for (int t = 0; t < tableCount; t++) {
				tables.add(new Instance.Table(capacity, hosted ? "p" + (t + 1) : null));
			}
			// some rooms keep pairs apart: the planner only penalises their meeting, so the bound must allow it
			List<List<String>> apart = new ArrayList<>();
			for (int k = random.nextInt(3) * random.nextInt(4); k > 0; k--) {
				int a = 1 + random.nextInt(people);
				int b = 1 + random.nextInt(people);
				if (a != b && !(hosted && a <= tableCount && b <= tableCount)) {
					apart.add(List.of("p" + Math.min(a, b), "p" + Math.max(a, b)));
				}
			}
			Instance instance = new Instance(2 + random.nextInt(5), tables, people(people),
					apart.stream().distinct().toList(), 0.2, i);
			if (!instance.problems().isEmpty()) {
				continue;
			}
			Plan plan = new Planner(instance).plan(20_000);
			assertThat(repeats(plan)).as("%s", instance).isEqualTo(plan.metrics().repeatedPairs())
				.isGreaterThanOrEqualTo(plan.metrics().lowerBoundRepeatedPairs());
		}
	}

	/** Tiny rooms small enough to try every plan: the bound never exceeds the optimum, and the planner finds it. */
	@Test
	void onRoomsSmallEnoughToTryEveryPlanThePlannerFindsTheOptimum() {
		int[][] shapes = { { 6, 3, 3 }, { 6, 3, 4 }, { 6, 2, 4 }, { 8, 4, 3 }, { 8, 4, 4 }, { 8, 2, 3 }, { 9, 3, 3 },
			{ 4, 2, 5 }, { 6, 2, 6 } };
		for (int[] shape : shapes) {
			int n = shape[0];
			int size = shape[1];
			int rounds = shape[2];
			Instance instance = new Instance(rounds, tables(n / size, size), people(n), List.of(), 1, 3);
			int optimum = bruteForceOptimum(n, size, rounds);
			Plan plan = new Planner(instance).plan();
			assertThat(plan.metrics().lowerBoundRepeatedPairs()).as("bound, %d people in %d, %d rounds", n, size, rounds)
				.isLessThanOrEqualTo(optimum);
			assertThat(plan.metrics().repeatedPairs()).as("plan, %d people in %d, %d rounds", n, size, rounds)
				.isEqualTo(optimum);
		}
	}

	/** The fewest repeats over every plan: the first round fixed (relabelling people changes nothing). */
	static int bruteForceOptimum(int n, int size, int rounds) {
		List<int[]> partitions = new ArrayList<>();
		partitions(new int[n], new int[n / size], 0, size, partitions);
		int[][] meet = new int[n][n];
		add(meet, partitions.getFirst(), 1);
		return search(meet, partitions, rounds - 1);
	}

	private static int search(int[][] meet, List<int[]> partitions, int roundsLeft) {
		if (roundsLeft == 0) {
			int repeats = 0;
			for (int a = 0; a < meet.length; a++) {
				for (int b = a + 1; b < meet.length; b++) {
					repeats += Math.max(0, meet[a][b] - 1);
				}
			}
			return repeats;
		}
		int best = Integer.MAX_VALUE;
		for (int[] p : partitions) {
			add(meet, p, 1);
			best = Math.min(best, search(meet, partitions, roundsLeft - 1));
			add(meet, p, -1);
			if (best == 0) {
				break;
			}
		}
		return best;
	}

	private static void add(int[][] meet, int[] tableOf, int delta) {
		for (int a = 0; a < tableOf.length; a++) {
			for (int b = a + 1; b < tableOf.length; b++) {
				if (tableOf[a] == tableOf[b]) {
					meet[a][b] += delta;
				}
			}
		}
	}

	/** Every way to seat n people at equal tables, tables unordered (a new table opens for the lowest unseated person). */
	private static void partitions(int[] tableOf, int[] filled, int person, int size, List<int[]> out) {
		if (person == tableOf.length) {
			out.add(tableOf.clone());
			return;
		}
		for (int t = 0; t < filled.length; t++) {
			boolean opensTable = filled[t] == 0;
			if (filled[t] < size) {
				tableOf[person] = t;
				filled[t]++;
				partitions(tableOf, filled, person + 1, size, out);
				filled[t]--;
			}
			if (opensTable) {
				break; // empty tables are alike: open only the first
			}
		}
	}

	@Test
	void progressAndMetricsReadTheWholeRepeatCount() {
		// two tables of eight for ten rounds: hundreds of repeats, which the folded cost once reported modulo 100
		Planner planner = new Planner(new Instance(10, tables(2, 8), people(16), List.of(), 30, 3));
		Plan plan = planner.plan(3_000);
		assertThat(repeats(plan)).isGreaterThan(100);
		assertThat(plan.metrics().repeatedPairs()).isEqualTo(repeats(plan));
		assertThat(planner.bestRepeatsSoFar()).isEqualTo(repeats(plan));
		assertThat(repeats(plan)).isGreaterThanOrEqualTo(plan.metrics().lowerBoundRepeatedPairs());
	}

	@Test
	void costsCompareFieldByFieldSoOneBrokenKeepApartOutweighsAnyNumberOfRepeats() {
		Cost brokenApart = new Cost();
		brokenApart.apart = 1;
		Cost manyRepeats = new Cost();
		manyRepeats.repeats = 1_000_000;
		manyRepeats.colleagues = 1_000_000;
		assertThat(brokenApart).isGreaterThan(manyRepeats);
		Cost oneColleague = new Cost();
		oneColleague.colleagues = 1;
		Cost delta = new Cost();
		delta.repeats = -1;
		delta.colleagues = 1;
		Cost oneRepeat = new Cost();
		oneRepeat.repeats = 1;
		// one repeat traded for a colleague pair is an improvement: (1 − 1 repeats, 0 + 1 colleagues) < (1, 0)
		assertThat(oneRepeat.compareSum(delta, oneRepeat)).isNegative();
		assertThat(oneColleague.compareSum(new Cost(), oneRepeat)).isNegative();
	}

	@Test
	void theSameSeedGivesTheSamePlan() {
		Instance instance = new Instance(5, tables(4, 4), people(16), List.of(), 30, 42);
		assertThat(new Planner(instance).plan(3000).rounds()).isEqualTo(new Planner(instance).plan(3000).rounds());
	}

	@Test
	void theSearchBeatsTheGreedyPlanner() {
		// 21 people in threes for 10 rounds: a Kirkman system exists, but the planner has no construction for it
		Instance instance = new Instance(10, tables(7, 3), people(21), List.of(), 3, 1);
		Planner planner = new Planner(instance);
		assertThat(planner.plan(20_000).metrics().repeatedPairs()).isLessThan(new Planner(instance).greedy().metrics().repeatedPairs());
	}

	/** Everyone present seated once per round, hosts at their tables, sizes within capacity and balanced. */
	static void assertValid(Instance instance, Plan plan) {
		assertThat(plan.rounds()).hasSize(instance.rounds());
		for (int r = 0; r < instance.rounds(); r++) {
			int round = r + 1;
			Set<String> seated = new HashSet<>();
			int min = Integer.MAX_VALUE;
			int max = 0;
			for (int t = 0; t < instance.tables().size(); t++) {
				List<String> table = plan.rounds().get(r).get(t);
				String host = instance.tables().get(t).host();
				if (host != null) {
					assertThat(table.getFirst()).isEqualTo(host);
				}
				assertThat(table.size()).isLessThanOrEqualTo(instance.tables().get(t).capacity());
				min = Math.min(min, table.size());
				max = Math.max(max, table.size());
				table.forEach(id -> assertThat(seated.add(id)).as(id + " seated once").isTrue());
			}
			assertThat(max - min).isLessThanOrEqualTo(1);
			assertThat(seated).containsExactlyInAnyOrderElementsOf(instance.participants().stream()
				.filter(p -> !p.absentRounds().contains(round)).map(Instance.Person::id).toList());
		}
	}

	@Test
	void roomsDesignTheoryCoversArePlannedByTheirConstructionWithNobodyMeetingTwice() {
		// the English name (JSON, benchmark), and the family and notation the café page says in the reader's language
		Object[][] rooms = { { 49, 7, 7, 8, "affine plane AG(2, 7)", Plan.Family.AFFINE_PLANE, "AG(2, 7)" },
				{ 15, 5, 3, 7, "Kirkman triple system", Plan.Family.KIRKMAN, "KTS(15)" },
				{ 100, 10, 10, 4, "orthogonal Latin squares of order 10", Plan.Family.LATIN_SQUARES, "2 MOLS(10)" },
				{ 20, 10, 2, 19, "round robin", Plan.Family.ROUND_ROBIN, "K(20)" },
				{ 28, 7, 4, 9, "resolvable (28, 4, 1) design", Plan.Family.RESOLVABLE_DESIGN, "(28, 4, 1)" },
				{ 27, 9, 3, 13, "", Plan.Family.AFFINE_SPACE, "AG(3, 3)" },
				{ 33, 11, 3, 16, "Kirkman triple system of order 33", Plan.Family.KIRKMAN, "KTS(33)" },
				{ 32, 8, 4, 10, "group divisible", Plan.Family.GROUP_DIVISIBLE, "4-RGDD(32)" },
				{ 44, 11, 4, 14, "groups of 2 (turned round Z_14)", Plan.Family.GROUP_DIVISIBLE, "4-RGDD(2^22)" },
				{ 56, 14, 4, 17, "groups of 2 (turned round Z_18)", Plan.Family.GROUP_DIVISIBLE, "4-RGDD(2^28)" } };
		for (Object[] room : rooms) {
			Instance instance = new Instance((int) room[3], tables((int) room[1], (int) room[2]), people((int) room[0]),
					List.of(), 10, 1);
			Plan plan = new Planner(instance).plan();
			assertValid(instance, plan);
			assertThat(repeats(plan)).as("%s", room[4]).isZero();
			assertThat(plan.metrics().method()).startsWith("construction: ").contains((String) room[4]);
			assertThat(plan.metrics().how().start()).isEqualTo(Plan.Start.DESIGN);
			assertThat(plan.metrics().how().family()).isEqualTo(room[5]);
			assertThat(plan.metrics().how().notation()).isEqualTo(room[6]);
			assertThat(plan.metrics().how().designKey()).startsWith("cafe.plan.design.");
			assertThat(plan.metrics().optimal()).isTrue();
		}
	}

	@Test
	void aRoomTwoShortOfAGroupDivisibleDesignLeavesAGroupEmptySoNoTableIsShortByTwo() {
		// 30 people at 8 tables of 4 for 10 rounds: the 32-point design less two people who never meet, so each
		// round has two tables of 3 and nobody has to move (and meet someone again) to even the tables out
		Instance instance = new Instance(10, tables(8, 4), people(30), List.of(), 10, 1);
		Plan plan = new Planner(instance).plan();
		assertValid(instance, plan);
		assertThat(repeats(plan)).isZero();
		assertThat(plan.metrics().method()).isEqualTo("construction: resolvable group divisible design, 8 tables of 4"
				+ " (published table)");
	}

	@Test
	void colleaguesAndPairsKeptApartSitOnPointsTheConstructionNeverSeatsTogether() {
		// 49 people at 7 tables of 7 for 4 rounds: AG(2, 7) has 8; each organisation of 7 fills one table of
		// the eighth round and the pair kept apart another, so none of them ever meet in the 4 rounds held
		List<Instance.Person> people = new ArrayList<>();
		for (int i = 1; i <= 49; i++) {
			people.add(new Instance.Person("p" + i, null, i <= 42 ? "org" + (i % 6) : null, null, null, Set.of()));
		}
		Instance instance = new Instance(4, tables(7, 7), people, List.of(List.of("p43", "p44")), 10, 1);
		Plan plan = new Planner(instance).plan();
		assertValid(instance, plan);
		assertThat(repeats(plan)).isZero();
		assertThat(plan.metrics().sameOrganisationPairs()).isZero();
		assertThat(plan.rounds()).allSatisfy(round -> assertThat(round)
			.noneSatisfy(table -> assertThat(table).contains("p43", "p44")));
		assertThat(plan.metrics().method()).startsWith("construction: ");
		assertThat(plan.metrics().optimal()).isTrue();
		// every round used: 24 people at 6 tables of 4 for 7 rounds (a 4-RGDD of type 3^8) — pairs kept apart sit
		// on points of one group, which never share a table (they shared one in the last round, so the
		// construction lost to the greedy start: 11 repeats after 2 s)
		Instance allRounds = new Instance(7, tables(6, 4), people(24),
				List.of(List.of("p1", "p2"), List.of("p3", "p4"), List.of("p5", "p6")), 2, 1);
		Plan grouped = new Planner(allRounds).plan();
		assertValid(allRounds, grouped);
		assertThat(repeats(grouped)).isZero();
		assertThat(grouped.metrics().method()).contains("groups of 3");
		for (List<String> pair : allRounds.apart()) {
			assertThat(grouped.rounds()).allSatisfy(round -> assertThat(round)
				.noneSatisfy(table -> assertThat(table).containsAll(pair)));
		}
	}

	@Test
	void hostedCafesWithAsManyRoundsAsTablesMeetEachHostOnce() {
		Instance instance = new Instance(8, hostedTables(8, 6), people(48), List.of(), 10, 1);
		Plan plan = new Planner(instance).plan();
		assertValid(instance, plan);
		assertThat(repeats(plan)).isZero();
		assertThat(plan.metrics().method()).contains("hosted resolvable transversal design RTD(6, 8)");
		// 6 hosted tables of 4: no transversal design exists (two orthogonal Latin squares of order 6 do not); the
		// search alone left 3 repeats after 2 s; the stored GHD(6, 18) has none, with one person away too
		for (Set<Integer> away : List.of(Set.<Integer>of(), Set.of(3))) {
			List<Instance.Person> people = new ArrayList<>(people(24));
			people.set(20, new Instance.Person("p21", null, null, null, null, away));
			Instance six = new Instance(6, hostedTables(6, 4), people, List.of(), 2, 1);
			Plan howell = new Planner(six).plan();
			assertValid(six, howell);
			assertThat(repeats(howell)).isZero();
			assertThat(howell.metrics().how().family()).isEqualTo(Plan.Family.HOWELL);
		}
		// 10 hosted tables of 4 for 10 rounds: 9 repeats after 2 s by search alone; GHD(10, 30) has none
		Instance ten = new Instance(10, hostedTables(10, 4), people(40), List.of(), 2, 1);
		Plan howell = new Planner(ten).plan();
		assertValid(ten, howell);
		assertThat(repeats(howell)).isZero();
		assertThat(howell.metrics().method()).contains("GHD(10, 30)");
	}

	@Test
	void aSmallerRoomIsEmbeddedInTheConstructionAndALongerOneRepeatsIt() {
		// 45 people at 7 tables of 7 for 7 rounds: a 49-point design without four points of one table of its last round
		Instance smaller = new Instance(7, tables(7, 7), people(45), List.of(), 10, 1);
		Plan embedded = new Planner(smaller).plan();
		assertValid(smaller, embedded);
		assertThat(repeats(embedded)).isZero();
		assertThat(embedded.metrics().method()).startsWith("construction: ");
		// 16 people at 4 tables of 4 for 10 rounds: AG(2, 4) twice meets everyone exactly twice — the bound
		Instance longer = new Instance(10, tables(4, 4), people(16), List.of(), 10, 1);
		Plan twice = new Planner(longer).plan();
		assertThat(repeats(twice)).isEqualTo(120).isEqualTo(twice.metrics().lowerBoundRepeatedPairs());
		assertThat(twice.metrics().optimal()).isTrue();
		assertThat(twice.metrics().method()).contains("repeated every 5 rounds");
		// absences: people missing from some rounds still sit on their points
		List<Instance.Person> people = new ArrayList<>(people(49));
		people.set(10, new Instance.Person("p11", null, null, null, null, Set.of(2, 3)));
		Instance absent = new Instance(8, tables(7, 7), people, List.of(), 10, 1);
		Plan withAbsence = new Planner(absent).plan();
		assertValid(absent, withAbsence);
		assertThat(repeats(withAbsence)).isZero();
	}

	@Test
	void theBoundCountsHostByHostSoUnevenHostedTablesShowTheirForcedRepeats() {
		// 37 people at 7 hosted tables (two of 6, five of 5) for 7 rounds: each host of a 6-table meets 5
		// travellers a round, 35 meetings among 30 travellers, so at least 5 repeats each — 10 in all, each with a
		// host (the person-by-person count saw only 5: it halves what it counts, a pair being counted by both)
		List<Instance.Table> hosted = new ArrayList<>();
		for (int t = 1; t <= 7; t++) {
			hosted.add(new Instance.Table(t <= 2 ? 6 : 5, "p" + t));
		}
		Instance instance = new Instance(7, hosted, people(37), List.of(), 0.5, 1);
		Planner planner = new Planner(instance);
		assertThat(planner.lowerBound()).isEqualTo(10);
		Plan plan = planner.plan();
		assertValid(instance, plan);
		// no plan is below it; one at it is reported as proven the fewest possible (PlannerBench: 10 within its 10 s)
		assertThat(repeats(plan)).isGreaterThanOrEqualTo(10);
		assertThat(plan.metrics().optimal()).isEqualTo(repeats(plan) == 10);
		// a host away for two rounds leaves fewer visits to fill: 5 × 5 = 25 among 30, no forced repeat at that table
		List<Instance.Person> people = new ArrayList<>(people(37));
		people.set(0, new Instance.Person("p1", null, null, null, null, Set.of(1, 2)));
		assertThat(new Planner(new Instance(7, hosted, people, List.of(), 1, 1)).lowerBound()).isLessThan(10);
	}

	@Test
	void hostedTablesTakeTurnsWithTheExtraSeatAndADesignKeepsItsBalanceWhenPeopleAreAway() {
		// 4 hosts and 9 travellers at tables of 4 for 4 rounds: one table a round has the third traveller; when each
		// host has it once, each host meets all 9 and nobody need meet twice (9 of the 12 even permutations of the
		// hosts as the travellers' routes). The bound once said 3: the first table had the third traveller every round
		List<Instance.Table> four = hostedTables(4, 4);
		Instance turns = new Instance(4, four, people(13), List.of(), 5, 1);
		Planner planner = new Planner(turns);
		assertThat(planner.lowerBound()).isZero();
		Plan plan = planner.plan();
		assertValid(turns, plan);
		assertThat(repeats(plan)).isZero();
		for (int host = 0; host < 4; host++) {
			int table = host;
			assertThat(plan.rounds().stream().filter(round -> round.get(table).size() == 4).count()).isEqualTo(1);
		}
		// 47 people at 7 hosted tables of 7 for 6 rounds, four away a round each: the design's emptier tables get the
		// round's smaller sizes, so nobody is moved to even them out — and nobody meets twice (14 repeats after 2 s before)
		List<Instance.Table> hosted = hostedTables(7, 7);
		List<Instance.Person> people = new ArrayList<>(people(47));
		for (int i = 0; i < 4; i++) {
			people.set(10 + 9 * i, new Instance.Person("p" + (11 + 9 * i), null, null, null, null, Set.of(2 + i)));
		}
		Instance away = new Instance(6, hosted, people, List.of(), 2, 1);
		Plan balanced = new Planner(away).plan();
		assertValid(away, balanced);
		assertThat(balanced.metrics().method()).contains("RTD(7, 7)");
		assertThat(repeats(balanced)).isZero();
		// 64 people at 8 tables of 8 for 9 rounds (AG(2, 8)), sixteen away a round each: two away from one table of
		// a round leave it two short; their points are swapped with others' until no table is (9 repeats after 2 s
		// before)
		List<Instance.Person> plain = new ArrayList<>(people(64));
		for (int i = 0; i < 16; i++) {
			plain.set(8 + 3 * i, new Instance.Person("p" + (9 + 3 * i), null, null, null, null, Set.of(1 + i % 9)));
		}
		Instance spread = new Instance(9, tables(8, 8), plain, List.of(), 2, 1);
		Plan spreadPlan = new Planner(spread).plan();
		assertValid(spread, spreadPlan);
		assertThat(spreadPlan.metrics().method()).isEqualTo("construction: affine plane AG(2, 8)");
		assertThat(repeats(spreadPlan)).isZero();
	}

	@Test
	void aDesignWithFewerSeatsSeatsWhomItCanAndTheRestAreSeatedGreedily() {
		// 12 hosted tables of 7 for 12 rounds: 6 orthogonal Latin squares of order 12 are not known, 5 are — RTD(6, 12)
		// seats each host and five travellers; the sixth traveller at each table is seated greedily
		List<Instance.Table> hosted = hostedTables(12, 7);
		Instance instance = new Instance(12, hosted, people(84), List.of(), 1, 1);
		Plan start = new Planner(instance).plan(0);
		assertValid(instance, start);
		assertThat(start.metrics().how().start()).isEqualTo(Plan.Start.DESIGN_PARTIAL);
		assertThat(start.metrics().how().notation()).isEqualTo("RTD(6, 12)");
		assertThat(start.metrics().method()).contains("for part of the seats");
		assertThat(repeats(start)).isLessThan(repeats(new Planner(instance).greedy()));
	}

	@Test
	void theBoundCountsRoundAgainstRoundSoTablesLargerThanTheirNumberShowTheirForcedRepeats() {
		// 12 people at 3 tables of 4 for 3 rounds: each table of rounds 2 and 3 holds 4 people from round 1's 3 tables,
		// so two of them sat together then — 3 repeats a round, 6 in all, where pairs and persons count 0
		Instance twelve = new Instance(3, tables(3, 4), people(12), List.of(), 1, 1);
		Planner planner = new Planner(twelve);
		assertThat(planner.lowerBound()).isEqualTo(6);
		Plan plan = planner.plan();
		assertValid(twelve, plan);
		assertThat(repeats(plan)).isEqualTo(6);
		assertThat(plan.metrics().optimal()).isTrue();
		assertThat(new Planner(new Instance(4, tables(4, 5), people(20), List.of(), 1, 1)).lowerBound()).isEqualTo(12);
		// and the optimum of a room small enough to try every plan: 8 people at 2 tables of 4 for 4 rounds
		assertThat(new Planner(new Instance(4, tables(2, 4), people(8), List.of(), 1, 1)).lowerBound())
			.isEqualTo(bruteForceOptimum(8, 4, 4));
		// someone absent in round 1 may sit anywhere in round 2 without having met anyone: round 2 is then counted
		// against no earlier round (round 3 still against round 2, everyone being there)
		List<Instance.Person> people = new ArrayList<>(people(12));
		people.set(0, new Instance.Person("p1", null, null, null, null, Set.of(1)));
		assertThat(new Planner(new Instance(3, tables(3, 4), people, List.of(), 1, 1)).lowerBound()).isEqualTo(3);
	}

	@Test
	void annealingImprovesAPlanAboveItsBoundAndThePlanSaysHowItWasMade() {
		// the greedy start for 60 people at 10 tables of 6 for 8 rounds (no construction for tables of 6 here) is
		// far above the bound; annealing it for half a second finds better plans
		Instance instance = new Instance(8, tables(10, 6), people(60), List.of(), 3, 1);
		Planner planner = new Planner(instance);
		int greedy = planner.greedy().metrics().repeatedPairs();
		assertThat(greedy).isGreaterThan(planner.lowerBound());
		assertThat(planner.annealFor(0.5)).isTrue();
		assertThat(planner.bestRepeatsSoFar()).isLessThan(greedy);
		// the whole planner: a method that names its start, and "optimal" only at the bound
		Plan plan = new Planner(instance).plan();
		assertThat(plan.metrics().method()).startsWith("greedy freedom start (Triska & Musliu)");
		assertThat(repeats(plan)).isEqualTo(plan.metrics().repeatedPairs()).isLessThan(greedy);
		assertThat(plan.metrics().optimal()).isEqualTo(repeats(plan) == planner.lowerBound());
	}

	@Test
	void roundsAfterADesignAreSearchedFirstWithTheDesignsRoundsHeld() {
		// 30 people at 6 tables of 5 for 8 rounds: a packing seats 6 rounds without a repeat; the best known
		// plan has 59 repeats. Searching all 8 rounds from the start ended at 59–65 after 10 s; holding the packing's
		// rounds while the two after it are searched gets below that within 50,000 steps (63–65 without holding them)
		Instance instance = new Instance(8, tables(6, 5), people(30), List.of(), 60, 1);
		Plan plan = new Planner(instance).plan(50_000);
		assertValid(instance, plan);
		assertThat(plan.metrics().method()).startsWith("construction: resolvable packing, 6 tables of 5 (turned round Z_6) "
				+ "for 6 rounds, the rest greedy, then local search");
		assertThat(repeats(plan)).isEqualTo(plan.metrics().repeatedPairs()).isLessThan(59);
		// the packing's rounds still have nobody meeting twice among themselves
		assertThat(repeats(new Plan(plan.rounds().subList(0, 6), plan.metrics()))).isZero();
	}


	@Test
	void invalidInstancesAreRefusedWithReasons() {
		assertThatThrownBy(() -> new Planner(new Instance(2, tables(1, 2), people(3), List.of(), 1, 1)))
			.hasMessageContaining("3 people for 2 seats");
		assertThatThrownBy(() -> new Planner(new Instance(2, List.of(new Instance.Table(3, "nobody")), people(3),
				List.of(), 1, 1))).hasMessageContaining("not a participant: nobody");
		assertThatThrownBy(() -> new Planner(new Instance(2, tables(2, 3), people(3), List.of(List.of("p1", "x")), 1, 1)))
			.hasMessageContaining("unknown participant in a pair to keep apart: x");
	}
}
