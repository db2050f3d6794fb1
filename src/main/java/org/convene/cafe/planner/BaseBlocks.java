package org.convene.cafe.planner;

import java.util.Map;

/**
 * Designs stored as data because no short formula builds them. Each was found by
 * {@code src/test/java/org/convene/bench/DesignSearch.java} (the command is in its comment; the seed is
 * given here so the search can be repeated) and each is checked by {@code DesignsTest}: a stored table
 * is trusted only as far as that test.
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
					{ 16, 18, 19, 21 } }));

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

	static int[][][] molsOfOrder10() {
		return MOLS_10.clone();
	}
}
