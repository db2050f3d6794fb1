package org.convene.cafe.planner;

import java.util.Map;

/**
 * Designs stored as data because no short formula builds them. Each was either found by
 * {@code src/test/java/org/convene/bench/DesignSearch.java} (the command is in its comment; the seed is
 * given here so the search can be repeated) or taken from a published table (the source is beside it,
 * relabelled to numbers), and each is checked by {@code DesignsTest}: a stored table is trusted only as
 * far as that test.
 */
final class BaseBlocks {

	/**
	 * Base rounds of 1-rotational designs, by number of people and table size: points Z_c × levels plus ∞
	 * (= v − 1), point (x, level) numbered level·c + x; the first table of each base round holds ∞. Turning a
	 * base round by 1 … c − 1 gives c rounds; one base round (c = (v − 1)/(k − 1)) for Kirkman triple systems
	 * of order v ≡ 3 mod 12 and resolvable (v, 4, 1) designs of order v ≡ 4 mod 12, two or more (a smaller,
	 * odd c) for Kirkman triple systems of order v ≡ 9 mod 12, where a single one cannot exist.
	 */
	private static final Map<String, int[][]> ROTATIONAL = Map.ofEntries(
			// DesignSearch rot 7 2 1 3 180: seed 1
			Map.entry("15/3", new int[][] {
					{ 14, 5, 9 }, { 0, 1, 7 }, { 2, 4, 12 }, { 3, 6, 8 }, { 10, 11, 13 } }),
			// DesignSearch rot 5 4 1 3 150 200000 2: seed 2
			Map.entry("21/3", new int[][] {
					{ 20, 6, 16 }, { 0, 4, 13 }, { 1, 8, 17 }, { 2, 15, 19 }, { 3, 14, 18 }, { 5, 9, 11 }, { 7, 10, 12 }, { 20, 4, 14 },
					{ 0, 3, 9 }, { 1, 13, 15 }, { 2, 5, 7 }, { 6, 10, 18 }, { 8, 16, 19 }, { 11, 12, 17 } }),
			// DesignSearch rot 13 2 1 3 180: seed 1
			Map.entry("27/3", new int[][] {
					{ 26, 8, 17 }, { 0, 13, 15 }, { 1, 7, 12 }, { 2, 5, 16 }, { 3, 4, 22 }, { 6, 10, 14 }, { 9, 19, 25 }, { 11, 18, 23 },
					{ 20, 21, 24 } }),
			// DesignSearch rot 19 2 1 3 180: seed 1
			Map.entry("39/3", new int[][] {
					{ 38, 17, 31 }, { 0, 14, 22 }, { 1, 26, 35 }, { 2, 13, 23 }, { 3, 6, 10 }, { 4, 5, 28 }, { 7, 16, 27 }, { 8, 21, 24 },
					{ 9, 11, 37 }, { 12, 18, 30 }, { 15, 32, 34 }, { 19, 20, 33 }, { 25, 29, 36 } }),
			// DesignSearch rot 11 4 1 3 150 200000 2: seed 16
			Map.entry("45/3", new int[][] {
					{ 44, 13, 40 }, { 0, 36, 41 }, { 1, 18, 22 }, { 2, 10, 15 }, { 3, 37, 38 }, { 4, 30, 32 }, { 5, 19, 34 }, { 6, 8, 17 },
					{ 7, 35, 39 }, { 9, 31, 42 }, { 11, 21, 27 }, { 12, 14, 33 }, { 16, 20, 28 }, { 23, 26, 43 }, { 24, 25, 29 }, { 44, 3, 27 },
					{ 0, 21, 23 }, { 1, 6, 31 }, { 2, 9, 29 }, { 4, 11, 22 }, { 5, 17, 20 }, { 7, 8, 34 }, { 10, 18, 41 }, { 12, 30, 43 },
					{ 13, 19, 37 }, { 14, 28, 42 }, { 15, 24, 40 }, { 16, 26, 38 }, { 25, 33, 35 }, { 32, 36, 39 } }),
			// DesignSearch rot 25 2 1 3 180: seed 3
			Map.entry("51/3", new int[][] {
					{ 50, 10, 33 }, { 0, 3, 5 }, { 1, 15, 27 }, { 2, 8, 38 }, { 4, 43, 49 }, { 6, 23, 39 }, { 7, 17, 35 }, { 9, 16, 41 },
					{ 11, 24, 28 }, { 12, 25, 34 }, { 13, 22, 37 }, { 14, 18, 45 }, { 19, 20, 29 }, { 21, 40, 42 }, { 26, 30, 48 }, { 31, 36, 44 },
					{ 32, 46, 47 } }),
			// DesignSearch rot 31 2 1 3 180: seed 4
			Map.entry("63/3", new int[][] {
					{ 62, 17, 44 }, { 0, 28, 61 }, { 1, 21, 42 }, { 2, 52, 59 }, { 3, 15, 40 }, { 4, 12, 32 }, { 5, 34, 36 }, { 6, 10, 19 },
					{ 7, 39, 51 }, { 8, 25, 47 }, { 9, 24, 30 }, { 11, 54, 58 }, { 13, 31, 49 }, { 14, 48, 56 }, { 16, 18, 23 }, { 20, 37, 43 },
					{ 22, 57, 60 }, { 26, 27, 41 }, { 29, 38, 53 }, { 33, 50, 55 }, { 35, 45, 46 } }),
			// DesignSearch rot 17 4 1 3 150 200000 2: seed 142
			Map.entry("69/3", new int[][] {
					{ 68, 35, 58 }, { 0, 33, 43 }, { 1, 48, 61 }, { 2, 10, 44 }, { 3, 56, 64 }, { 4, 31, 59 }, { 5, 55, 57 }, { 6, 46, 53 },
					{ 7, 24, 45 }, { 8, 12, 36 }, { 9, 22, 32 }, { 11, 19, 51 }, { 13, 52, 62 }, { 14, 16, 47 }, { 15, 26, 63 }, { 17, 60, 65 },
					{ 18, 37, 49 }, { 20, 23, 28 }, { 21, 41, 50 }, { 25, 66, 67 }, { 27, 34, 54 }, { 29, 30, 38 }, { 39, 40, 42 }, { 68, 9, 29 },
					{ 0, 3, 49 }, { 1, 33, 52 }, { 2, 14, 26 }, { 4, 30, 63 }, { 5, 11, 12 }, { 6, 45, 64 }, { 7, 25, 43 }, { 8, 22, 35 },
					{ 10, 32, 55 }, { 13, 50, 67 }, { 15, 17, 19 }, { 16, 34, 62 }, { 18, 53, 57 }, { 20, 42, 48 }, { 21, 27, 44 }, { 23, 39, 61 },
					{ 24, 28, 58 }, { 31, 46, 60 }, { 36, 51, 54 }, { 37, 41, 66 }, { 38, 59, 65 }, { 40, 47, 56 } }),
			// DesignSearch rot 37 2 1 3 180: seed 31
			Map.entry("75/3", new int[][] {
					{ 74, 36, 63 }, { 0, 25, 59 }, { 1, 12, 48 }, { 2, 64, 67 }, { 3, 58, 66 }, { 4, 10, 45 }, { 5, 71, 72 }, { 6, 13, 44 },
					{ 7, 23, 47 }, { 8, 22, 30 }, { 9, 28, 60 }, { 11, 54, 61 }, { 14, 37, 70 }, { 15, 52, 69 }, { 16, 55, 68 }, { 17, 50, 65 },
					{ 18, 31, 35 }, { 19, 20, 29 }, { 21, 26, 42 }, { 24, 27, 73 }, { 32, 34, 39 }, { 33, 41, 53 }, { 38, 43, 57 }, { 40, 49, 51 },
					{ 46, 56, 62 } }),
			// DesignSearch rot 43 2 1 3 180: seed 214
			Map.entry("87/3", new int[][] {
					{ 86, 30, 84 }, { 0, 29, 55 }, { 1, 42, 82 }, { 2, 27, 44 }, { 3, 69, 77 }, { 4, 79, 81 }, { 5, 33, 57 }, { 6, 37, 51 },
					{ 7, 53, 56 }, { 8, 15, 59 }, { 9, 32, 65 }, { 10, 16, 74 }, { 11, 22, 70 }, { 12, 34, 73 }, { 13, 26, 48 }, { 14, 67, 85 },
					{ 17, 46, 60 }, { 18, 21, 68 }, { 19, 28, 38 }, { 20, 25, 45 }, { 23, 31, 50 }, { 24, 40, 41 }, { 35, 39, 76 }, { 36, 66, 72 },
					{ 43, 47, 75 }, { 49, 54, 61 }, { 52, 62, 78 }, { 58, 71, 80 }, { 63, 64, 83 } }),
			// DesignSearch rot 5 3 1 4 180: seed 1
			Map.entry("16/4", new int[][] {
					{ 15, 2, 8, 10 }, { 0, 4, 11, 14 }, { 1, 3, 5, 6 }, { 7, 9, 12, 13 } }),
			// DesignSearch rot 9 3 1 4 180: seed 3
			Map.entry("28/4", new int[][] {
					{ 27, 3, 14, 24 }, { 0, 1, 6, 23 }, { 2, 4, 12, 20 }, { 5, 9, 10, 25 }, { 7, 13, 22, 26 }, { 8, 11, 15, 17 },
					{ 16, 18, 19, 21 } }),
			// DesignSearch rot 13 3 1 4 880 5000000: seed 33
			Map.entry("40/4", new int[][] {
					{ 39, 6, 20, 28 }, { 0, 8, 29, 33 }, { 1, 10, 11, 17 }, { 2, 9, 14, 24 }, { 3, 5, 13, 35 }, { 4, 27, 30, 32 },
					{ 7, 18, 31, 38 }, { 12, 16, 25, 26 }, { 15, 22, 23, 34 }, { 19, 21, 36, 37 } }));

	/**
	 * Base rounds of cyclic 1-rotational Kirkman triple systems: points Z_(v − 1) plus ∞ (= v − 1); the base
	 * round is fixed by the half turn, and turning it by 0 … (v − 3)/2 gives the (v − 1)/2 rounds. For orders
	 * whose abelian Z_c × levels search (above) found nothing.
	 */
	private static final Map<Integer, int[][]> CYCLIC_KIRKMAN = Map.of(
			// KTS(33): the first round of the table in https://www.jstor.org/stable/1402466 (as collected in
			// github.com/fpvandoorn/Dagstuhl-tables, literature.md, T(33,3)); digits 0–9 A–V = 0–31, W = ∞
			33, new int[][] {
				{ 32, 0, 16 }, { 1, 10, 15 }, { 2, 22, 23 }, { 3, 5, 9 }, { 4, 12, 29 }, { 6, 7, 18 }, { 8, 27, 30 },
				{ 11, 14, 24 }, { 13, 20, 28 }, { 17, 26, 31 }, { 19, 21, 25 } });

	/**
	 * A resolvable group divisible design with tables of 4 and 16 groups of 2 (a 4-RGDD of type 2^16): 32
	 * people at 8 tables of 4 for 10 rounds, nobody meeting anyone twice; the two of a group ({@code x} and
	 * {@code x + 16}) never meet. From http://demonstrations.wolfram.com/SocialGolferProblem/ (as collected in
	 * github.com/fpvandoorn/Dagstuhl-tables, literature.md, T(32,4)); A–P = 0–15, a–p = 16–31. The 9 rounds
	 * of AG(5, 2) cannot be extended to it (a partial spread of lines in PG(4, 2) has at most 9 lines).
	 */
	private static final int[][][] RGDD_4_TYPE_2_16 = {
			{ { 0, 1, 2, 3 }, { 4, 5, 6, 7 }, { 8, 9, 10, 11 }, { 12, 13, 14, 15 }, { 16, 17, 18, 19 }, { 20, 21, 22, 23 }, { 24, 25, 26, 27 }, { 28, 29, 30, 31 } },
			{ { 0, 4, 8, 28 }, { 1, 7, 18, 22 }, { 2, 6, 17, 23 }, { 3, 5, 10, 31 }, { 9, 14, 27, 29 }, { 11, 13, 25, 30 }, { 12, 16, 20, 24 }, { 15, 19, 21, 26 } },
			{ { 0, 21, 27, 30 }, { 1, 23, 26, 28 }, { 2, 9, 15, 20 }, { 3, 6, 13, 24 }, { 4, 18, 25, 31 }, { 5, 11, 14, 16 }, { 7, 10, 12, 17 }, { 8, 19, 22, 29 } },
			{ { 0, 11, 18, 24 }, { 1, 10, 19, 25 }, { 2, 8, 16, 27 }, { 3, 9, 17, 26 }, { 4, 12, 23, 29 }, { 5, 15, 22, 30 }, { 6, 14, 21, 31 }, { 7, 13, 20, 28 } },
			{ { 0, 10, 13, 22 }, { 1, 4, 15, 27 }, { 2, 21, 25, 28 }, { 3, 7, 8, 30 }, { 5, 9, 12, 18 }, { 6, 16, 26, 29 }, { 11, 17, 20, 31 }, { 14, 19, 23, 24 } },
			{ { 0, 9, 23, 31 }, { 1, 5, 24, 29 }, { 2, 12, 19, 30 }, { 3, 14, 18, 28 }, { 4, 11, 22, 26 }, { 6, 10, 20, 27 }, { 7, 15, 16, 25 }, { 8, 13, 17, 21 } },
			{ { 0, 5, 19, 20 }, { 1, 6, 9, 30 }, { 2, 7, 11, 29 }, { 3, 4, 16, 21 }, { 8, 12, 26, 31 }, { 10, 15, 24, 28 }, { 13, 18, 23, 27 }, { 14, 17, 22, 25 } },
			{ { 0, 15, 17, 29 }, { 1, 13, 16, 31 }, { 2, 4, 10, 14 }, { 3, 12, 22, 27 }, { 5, 8, 23, 25 }, { 6, 11, 19, 28 }, { 7, 9, 21, 24 }, { 18, 20, 26, 30 } },
			{ { 0, 6, 12, 25 }, { 1, 8, 14, 20 }, { 2, 5, 13, 26 }, { 3, 11, 15, 23 }, { 4, 17, 24, 30 }, { 7, 19, 27, 31 }, { 9, 16, 22, 28 }, { 10, 18, 21, 29 } },
			{ { 0, 7, 14, 26 }, { 1, 11, 12, 21 }, { 2, 22, 24, 31 }, { 3, 20, 25, 29 }, { 4, 9, 13, 19 }, { 5, 17, 27, 28 }, { 6, 8, 15, 18 }, { 10, 16, 23, 30 } } };

	/** A pair of orthogonal Latin squares of order 10 (DesignSearch mols10, seed 3; Parker found the first in 1959). */
	private static final int[][][] MOLS_10 = {
		{ { 6, 8, 4, 0, 2, 1, 7, 9, 5, 3 }, { 9, 2, 1, 5, 8, 0, 4, 7, 3, 6 }, { 4, 7, 8, 3, 6, 5, 1, 0, 9, 2 },
			{ 1, 4, 5, 6, 7, 9, 8, 3, 2, 0 }, { 7, 5, 9, 2, 3, 8, 6, 1, 0, 4 }, { 5, 0, 6, 1, 9, 4, 3, 2, 8, 7 },
			{ 0, 1, 3, 8, 5, 6, 2, 4, 7, 9 }, { 8, 9, 2, 7, 1, 3, 0, 6, 4, 5 }, { 3, 6, 7, 4, 0, 2, 9, 5, 1, 8 },
			{ 2, 3, 0, 9, 4, 7, 5, 8, 6, 1 } },
		{ { 1, 5, 3, 6, 4, 7, 2, 0, 8, 9 }, { 9, 6, 8, 0, 2, 3, 1, 4, 5, 7 }, { 6, 0, 7, 8, 3, 9, 4, 5, 2, 1 },
			{ 0, 8, 2, 5, 6, 1, 9, 7, 3, 4 }, { 5, 7, 6, 9, 1, 4, 8, 3, 0, 2 }, { 4, 9, 0, 2, 7, 5, 6, 8, 1, 3 },
			{ 2, 1, 4, 3, 5, 6, 0, 9, 7, 8 }, { 8, 3, 5, 1, 9, 0, 7, 2, 4, 6 }, { 3, 4, 9, 7, 8, 2, 5, 1, 6, 0 },
			{ 7, 2, 1, 4, 0, 8, 3, 6, 9, 5 } } };

	private BaseBlocks() {
	}

	/** The stored base round for v people at tables of k, or null. */
	static int[][] rotational(int v, int k) {
		int[][] base = ROTATIONAL.get(v + "/" + k);
		return base == null ? null : base.clone();
	}

	/** The stored base round of a cyclic 1-rotational Kirkman triple system of order v, or null. */
	static int[][] cyclicKirkman(int v) {
		int[][] base = CYCLIC_KIRKMAN.get(v);
		return base == null ? null : base.clone();
	}

	/** The stored rounds for v people at tables of k ({@link #RGDD_4_TYPE_2_16}), or null. */
	static int[][][] groupDivisible(int v, int k) {
		return v == 32 && k == 4 ? RGDD_4_TYPE_2_16.clone() : null;
	}

	static int[][][] molsOfOrder10() {
		return MOLS_10.clone();
	}
}
