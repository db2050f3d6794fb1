package org.convene.cafe.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Every construction the planner can start from, checked as a plan: everyone exactly once per round,
 * all tables the same size, hosts at their own table, no pair together twice, and the number of rounds
 * the construction advertises.
 */
class DesignsTest {

	/** Checks the design and returns its number of rounds. */
	static int check(Design design) {
		assertThat(design).isNotNull();
		int v = design.points();
		boolean[][] met = new boolean[v][v];
		for (int r = 0; r < design.rounds().length; r++) {
			boolean[] seated = new boolean[v];
			int[][] round = design.rounds()[r];
			for (int t = 0; t < round.length; t++) {
				assertThat(round[t]).as("%s, round %d, table %d", design.name(), r, t).hasSize(design.size());
				for (int i = 0; i < round[t].length; i++) {
					int p = round[t][i];
					assertThat(seated[p]).as("%s: %d seated twice in round %d", design.name(), p, r).isFalse();
					seated[p] = true;
					if (p < design.hosts()) {
						assertThat(p).as("%s: host %d left table %d", design.name(), p, p).isEqualTo(t);
					}
					for (int j = i + 1; j < round[t].length; j++) {
						int q = round[t][j];
						assertThat(met[p][q]).as("%s: %d and %d meet again in round %d", design.name(), p, q, r)
							.isFalse();
						met[p][q] = true;
						met[q][p] = true;
					}
				}
			}
			for (int p = 0; p < v; p++) {
				assertThat(seated[p]).as("%s: %d not seated in round %d", design.name(), p, r).isTrue();
			}
		}
		return design.rounds().length;
	}

	@Test
	void galoisFieldsAreFields() {
		for (int q : new int[] { 2, 3, 4, 5, 7, 8, 9, 16, 25, 27, 32, 49, 64, 81, 121, 125, 128 }) {
			GaloisField f = GaloisField.of(q);
			assertThat(f).as("GF(%d)", q).isNotNull();
			for (int a = 0; a < q; a++) {
				boolean inverse = a == 0;
				for (int b = 0; b < q; b++) {
					inverse |= f.mul(a, b) == 1;
					for (int c = 0; c < q; c += Math.max(1, q / 7)) {
						assertThat(f.mul(a, f.add(b, c))).as("GF(%d) distributes", q)
							.isEqualTo(f.add(f.mul(a, b), f.mul(a, c)));
						assertThat(f.mul(f.mul(a, b), c)).isEqualTo(f.mul(a, f.mul(b, c)));
					}
				}
				assertThat(inverse).as("GF(%d): %d has an inverse", q, a).isTrue();
			}
		}
		assertThat(GaloisField.of(6)).isNull();
		assertThat(GaloisField.of(12)).isNull();
		assertThat(GaloisField.isPrimePower(10)).isFalse();
		assertThat(GaloisField.isPrimePower(1)).isFalse();
	}

	@Test
	void affinePlanesGiveQPlusOneRoundsAndAffineSpacesMore() {
		for (int q : new int[] { 2, 3, 4, 5, 7, 8, 9, 11, 13, 16 }) {
			assertThat(check(Designs.affine(q, 2))).as("AG(2, %d)", q).isEqualTo(q + 1);
		}
		for (int q : new int[] { 2, 3, 4, 5 }) {
			assertThat(check(Designs.affine(q, 3))).as("AG(3, %d)", q).isEqualTo(q * q + q + 1);
		}
		// AG(3, 3): a Kirkman triple system of 27 people in 13 rounds; AG(4, 2): 16 people in pairs, 15 rounds
		assertThat(Designs.affine(3, 3).tables()).isEqualTo(9);
		assertThat(check(Designs.affine(2, 4))).isEqualTo(15);
		assertThat(Designs.affine(6, 2)).isNull();
	}

	@Test
	void latinSquareNetsIncludingStoredOrdersTenToTwentyFourAndMacNeishProducts() {
		// 15, 18, 20, 21 and 24 stored (MacNeish's products alone: 2, 1, 3, 2 and 2); 45 = 9 × 5 and 60 = 4 × 15 products with them
		Map<Integer, Integer> squares = Map.ofEntries(Map.entry(6, 1), Map.entry(10, 2), Map.entry(12, 5),
				Map.entry(14, 4), Map.entry(15, 4), Map.entry(18, 3), Map.entry(20, 4), Map.entry(21, 5), Map.entry(24, 7),
				Map.entry(28, 3), Map.entry(30, 2), Map.entry(7, 6), Map.entry(9, 8), Map.entry(45, 4), Map.entry(60, 3));
		squares.forEach((m, k) -> {
			assertThat(check(Designs.net(m))).as("order %d", m).isEqualTo(k + 2);
			assertThat(Designs.net(m).tables()).isEqualTo(m);
		});
	}

	@Test
	void transversalDesignsForPlainAndHostedRoomsAsManyRoundsAsTables() {
		for (int tables : new int[] { 2, 3, 4, 5, 7, 8, 9, 11, 13, 16, 17, 19, 23, 25 }) {
			for (int size = 2; size <= tables; size++) {
				assertThat(check(Designs.transversal(tables, size, false))).isEqualTo(tables);
				Design hosted = Designs.transversal(tables, size, true);
				assertThat(check(hosted)).isEqualTo(tables);
				assertThat(hosted.hosts()).isEqualTo(tables);
			}
			assertThat(Designs.transversal(tables, tables + 1, false)).isNull();
		}
		// other orders: as many travellers per table as orthogonal Latin squares
		Map<Integer, Integer> squares = Map.of(6, 1, 10, 2, 12, 5, 14, 4, 15, 4, 18, 3, 20, 4, 21, 5, 24, 7);
		squares.forEach((tables, k) -> {
			assertThat(check(Designs.transversal(tables, k + 1, true))).isEqualTo(tables);
			assertThat(Designs.transversal(tables, k + 2, true)).isNull();
		});
	}

	@Test
	void storedHowellDesignsSeatHostedCafesWhereNoTransversalDesignExists() {
		// 6 and 10 hosted tables of 4: a transversal design would need 2 orthogonal Latin squares of order 6 (none
		// exist) or 3 of order 10 (none known); GHD(10, 30) is developed from a starter over Z_9
		for (int tables : new int[] { 6, 10 }) {
			assertThat(Designs.transversal(tables, 4, true)).isNull();
			Design howell = Designs.best(tables, 4, tables, true);
			assertThat(howell.family()).isEqualTo(Plan.Family.HOWELL);
			assertThat(howell.notation()).isEqualTo("GHD(" + tables + ", " + 3 * tables + ")");
			assertThat(check(howell)).isEqualTo(tables);
			assertThat(howell.hosts()).isEqualTo(tables);
			// hosts never leave, so a check that no pair meets twice is also a check that every traveller sees every
			// host once: 3 × tables travellers, as many rounds as tables
			for (int host = 0; host < tables; host++) {
				int visits = 0;
				for (int[][] round : howell.rounds()) {
					visits += round[host].length - 1;
				}
				assertThat(visits).isEqualTo(3 * tables);
			}
		}
	}

	@Test
	void roundRobinPairsEveryoneOnce() {
		for (int n = 2; n <= 60; n += 2) {
			assertThat(check(Designs.roundRobin(n))).isEqualTo(n - 1);
		}
		assertThat(Designs.roundRobin(7)).isNull();
	}

	@Test
	void storedRotationalDesignsKirkmanAndTablesOfFour() {
		int checked = 0;
		for (int v = 15; v <= 147; v += 6) {
			int[][] base = BaseBlocks.rotational(v, 3);
			if (base != null) {
				assertThat(check(Designs.rotational(v, 3, base))).as("KTS(%d)", v).isEqualTo((v - 1) / 2);
				checked++;
			}
		}
		assertThat(checked).isGreaterThanOrEqualTo(8);
		for (int v : new int[] { 15, 21, 27, 39, 45, 51, 63, 75 }) {
			assertThat(Designs.all(v / 3, 3, false)).anyMatch(d -> d.name().contains("Kirkman"));
		}
		assertThat(Designs.all(7, 4, false)).anyMatch(d -> d.name().contains("(28, 4, 1)"));
		assertThat(Designs.all(10, 4, false)).anyMatch(d -> d.name().contains("(40, 4, 1)"));
	}

	@Test
	void designsTurnedRoundACycleSeatEveryoneWithAsManyNewPeopleAsTheRoundsAllow() {
		// nearly Kirkman triple systems (v in threes for (v − 2)/2 rounds, everyone misses only their partner), the
		// 4-RGDDs of 24 (groups of 3), 32 (published), 44 and 56 (groups of 2), and packings: tables of 4 for 36 and 48
		// people (everyone misses 2, not in groups of 3), 30 in fives for 6 rounds, 50 in fives for 10, 60 in fours for
		// 17, 105 in fives for 17
		int[][] shapes = { { 18, 3, 8 }, { 24, 3, 11 }, { 30, 3, 14 }, { 36, 3, 17 }, { 42, 3, 20 }, { 48, 3, 23 },
			{ 54, 3, 26 }, { 66, 3, 32 }, { 24, 4, 7 }, { 36, 4, 11 }, { 32, 4, 10 }, { 30, 5, 6 }, { 50, 5, 10 },
			{ 44, 4, 14 }, { 56, 4, 18 }, { 48, 4, 15 }, { 60, 4, 17 }, { 105, 5, 17 } };
		for (int[] shape : shapes) {
			int v = shape[0];
			Design d = Designs.best(v / shape[1], shape[1], shape[2], false);
			boolean groupDivisible = v == 24 || v == 32 || v == 44 || v == 56;
			assertThat(d.name()).as("%d in %ds", v, shape[1])
				.contains(shape[1] == 3 ? "nearly Kirkman" : groupDivisible ? "group divisible" : "packing");
			assertThat(check(d)).isEqualTo(shape[2]);
			int missesEach = v - 1 - (shape[1] - 1) * shape[2];
			int[][] seats = d.seats();
			for (int p = 0; p < v; p++) {
				int missed = 0;
				for (int q = 0; q < v; q++) {
					boolean met = false;
					for (int[] round : seats) {
						met |= q != p && round[p] == round[q];
					}
					missed += q != p && !met ? 1 : 0;
				}
				assertThat(missed).as("%s: person %d", d.name(), p).isEqualTo(missesEach);
			}
		}
		assertThat(BaseBlocks.withFixedPoints(60, 3)).isNull();
	}

	@Test
	void publishedTablesKirkmanOf33ThirtyTwoAtTablesOfFourAndSixtyFiveAtTablesOfFive() {
		assertThat(check(Designs.cyclicKirkman(33, BaseBlocks.cyclicKirkman(33)))).isEqualTo(16);
		assertThat(Designs.all(11, 3, false)).anyMatch(d -> d.name().contains("order 33"));
		assertThat(BaseBlocks.cyclicKirkman(35)).isNull();
		Design gdd = Designs.best(8, 4, 10, false);
		assertThat(gdd.name()).contains("group divisible");
		assertThat(check(gdd)).isEqualTo(10);
		int[][] seats = gdd.seats();
		for (int x = 0; x < 16; x++) {
			for (int[] round : seats) {
				assertThat(round[x]).as("%d and %d are a group: they never meet", x, x + 16).isNotEqualTo(round[x + 16]);
			}
		}
		assertThat(BaseBlocks.groupDivisible(32, 3)).isNull();
		Design rbibd65 = Designs.best(13, 5, 16, false);
		assertThat(rbibd65.name()).contains("(65, 5, 1)");
		assertThat(check(rbibd65)).isEqualTo(16);
		assertThat(BaseBlocks.resolvable(65, 4)).isNull();
	}

	@Test
	void resolvableDesignsWithTablesOfFourFromFieldsOfOrderOneModFour() {
		for (int q : new int[] { 5, 9, 13, 17, 25, 29, 37, 41, 49 }) {
			Design d = Designs.fourFromField(q);
			assertThat(d.points()).isEqualTo(3 * q + 1);
			assertThat(check(d)).as("q = %d", q).isEqualTo(q);
		}
		assertThat(Designs.fourFromField(7)).isNull();
		assertThat(Designs.best(13, 4, 17, false).name()).contains("(52, 4, 1)");
	}

	@Test
	void hyperovalsInProjectivePlanesOverFieldsOfTwoToTheMGiveResolvableDesigns() {
		for (int q : new int[] { 4, 8, 16, 32 }) {
			Design d = Designs.hyperoval(q);
			assertThat(d.points()).isEqualTo(q * (q - 1) / 2);
			assertThat(d.tables()).isEqualTo(q - 1);
			assertThat(d.size()).isEqualTo(q / 2);
			assertThat(check(d)).as("q = %d", q).isEqualTo(q + 1);
		}
		assertThat(Designs.hyperoval(9)).isNull();
		assertThat(Designs.best(15, 8, 17, false).name()).contains("hyperoval in PG(2, 16)");
	}

	@Test
	void theBestConstructionForARoomCoversItsRoundsWithTheFewestToSpare() {
		assertThat(Designs.best(5, 3, 7, false).name()).contains("Kirkman");
		assertThat(Designs.best(3, 3, 4, false).rounds().length).isEqualTo(4);
		assertThat(Designs.best(7, 7, 5, false).rounds().length).isGreaterThanOrEqualTo(5);
		assertThat(Designs.best(7, 6, 7, true).hosts()).isEqualTo(7);
		assertThat(Designs.best(6, 5, 8, false).rounds().length).as("the most rounds when none covers").isEqualTo(6);
		assertThat(Designs.best(10, 6, 3, false)).isNull();
	}
}
