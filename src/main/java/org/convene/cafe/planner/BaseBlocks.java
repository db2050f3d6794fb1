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
	 * base round by 1 … c − 1 gives c rounds; one base round (c = (v − 1)/2) for Kirkman triple systems of order
	 * v ≡ 3 mod 12, two or more (a smaller, odd c) for order v ≡ 9 mod 12, where a single one cannot exist.
	 * (Resolvable (v, 4, 1) designs of 16, 28 and 40 were stored here too until {@code Designs.fourFromField}
	 * built them and more.)
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
					{ 43, 47, 75 }, { 49, 54, 61 }, { 52, 62, 78 }, { 58, 71, 80 }, { 63, 64, 83 } }));

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
	 * Base rounds of 1-rotational resolvable group divisible designs, by number of people and table size: points
	 * Z_c × levels plus f fixed points (levels·c … v − 1, never together), f = v mod c; turning the base round by
	 * 0 … c − 1 gives c rounds (two or more base rounds: that many times c) in which nobody meets anyone twice;
	 * where those everyone misses form groups the design is group divisible ({@code Designs.withFixedPoints} checks).
	 * In threes with f = 2 these are nearly Kirkman triple systems (v ≡ 0 mod 6, (v − 2)/2 rounds: 24 to 54 and 66);
	 * in fours with f = 3 everyone misses 2 people, in groups of 3 for 24 (a 4-RGDD of type 3^8) but not for 36 and 48
	 * (packings; checked 2026-12-02 — they had been named group divisible by the count alone); in fours with f = 2 and
	 * three levels everyone misses one (44 and 56: 4-RGDDs of types 2^22 and 2^28); the rest packings.
	 */
	private static final Map<String, Turned> WITH_FIXED_POINTS = Map.ofEntries(
			// DesignSearch rot 11 2 2 3 60: seed 1
			Map.entry("24/3", new Turned(11, new int[][] {
				{ 23, 3, 16 }, { 22, 1, 11 }, { 0, 5, 19 }, { 2, 9, 18 }, { 4, 6, 7 }, { 8, 14, 20 }, { 10, 17, 21 },
				{ 12, 13, 15 } })),
			// DesignSearch rot 14 2 2 3 60: seed 1
			Map.entry("30/3", new Turned(14, new int[][] {
				{ 29, 0, 19 }, { 28, 7, 15 }, { 1, 9, 18 }, { 2, 5, 23 }, { 3, 12, 13 }, { 4, 6, 17 }, { 8, 14, 24 },
				{ 10, 20, 22 }, { 11, 25, 26 }, { 16, 21, 27 } })),
			// DesignSearch rot 17 2 2 3 60: seed 1
			Map.entry("36/3", new Turned(17, new int[][] {
				{ 35, 6, 24 }, { 34, 0, 25 }, { 1, 8, 10 }, { 2, 31, 33 }, { 3, 16, 27 }, { 4, 5, 20 }, { 7, 12, 29 },
				{ 9, 15, 28 }, { 11, 14, 17 }, { 13, 22, 23 }, { 18, 21, 30 }, { 19, 26, 32 } })),
			// DesignSearch rot 20 2 2 3 60: seed 1
			Map.entry("42/3", new Turned(20, new int[][] {
				{ 41, 7, 31 }, { 40, 15, 35 }, { 0, 27, 32 }, { 1, 3, 36 }, { 2, 11, 20 }, { 4, 16, 38 },
				{ 5, 21, 22 }, { 6, 19, 29 }, { 8, 14, 33 }, { 9, 10, 13 }, { 12, 17, 23 }, { 18, 26, 39 },
				{ 24, 28, 30 }, { 25, 34, 37 } })),
			// DesignSearch rot 23 2 2 3 90: seed 1
			Map.entry("48/3", new Turned(23, new int[][] {
				{ 47, 15, 24 }, { 46, 19, 38 }, { 0, 33, 35 }, { 1, 44, 45 }, { 2, 5, 27 }, { 3, 9, 26 },
				{ 4, 20, 34 }, { 6, 14, 40 }, { 7, 12, 16 }, { 8, 10, 37 }, { 11, 21, 22 }, { 13, 29, 41 },
				{ 17, 25, 32 }, { 18, 36, 42 }, { 23, 28, 31 }, { 30, 39, 43 } })),
			// DesignSearch rot 26 2 2 3 90: seed 8
			Map.entry("54/3", new Turned(26, new int[][] {
				{ 53, 25, 29 }, { 52, 1, 44 }, { 0, 41, 50 }, { 2, 40, 48 }, { 3, 47, 51 }, { 4, 11, 37 },
				{ 5, 36, 42 }, { 6, 21, 34 }, { 7, 12, 24 }, { 8, 16, 35 }, { 9, 38, 45 }, { 10, 20, 26 },
				{ 13, 19, 27 }, { 14, 15, 17 }, { 18, 22, 43 }, { 23, 32, 46 }, { 28, 39, 49 }, { 30, 31, 33 } })),
			// DesignSearch rot 32 2 2 3 90: seed 35
			Map.entry("66/3", new Turned(32, new int[][] {
				{ 65, 21, 33 }, { 64, 2, 42 }, { 0, 17, 62 }, { 1, 60, 61 }, { 3, 34, 39 }, { 4, 13, 52 },
				{ 5, 25, 47 }, { 6, 7, 57 }, { 8, 14, 63 }, { 9, 28, 31 }, { 10, 18, 51 }, { 11, 45, 58 },
				{ 12, 23, 49 }, { 15, 19, 44 }, { 16, 30, 54 }, { 20, 22, 27 }, { 24, 56, 59 }, { 26, 37, 46 },
				{ 29, 43, 50 }, { 32, 36, 53 }, { 35, 41, 55 }, { 38, 40, 48 } })),
			// DesignSearch rot 6 5 0 5 120: seed 1 (no fixed point: 30 people at 6 tables of 5 for 6 rounds)
			Map.entry("30/5", new Turned(6, new int[][] {
				{ 0, 1, 17, 26, 28 }, { 2, 11, 15, 20, 25 }, { 3, 5, 9, 10, 22 }, { 4, 12, 16, 18, 19 }, { 6, 8, 13, 14, 27 },
				{ 7, 21, 23, 24, 29 } })),
			// DesignSearch rot 10 5 0 5 120: seed 35 (no fixed point: 50 people at 10 tables of 5 for 10 rounds)
			Map.entry("50/5", new Turned(10, new int[][] {
				{ 0, 27, 29, 46, 49 }, { 1, 8, 17, 34, 35 }, { 2, 6, 31, 43, 44 }, { 3, 18, 23, 24, 47 },
				{ 4, 5, 12, 20, 36 }, { 7, 9, 10, 21, 42 }, { 11, 25, 28, 33, 37 }, { 13, 14, 16, 26, 41 },
				{ 15, 19, 30, 38, 45 }, { 22, 32, 39, 40, 48 } })),
			// bench/rgdd-frobenius.py 7 2 60 1 (CP-SAT, 25 s; 16 s with 2 workers): a 4-RGDD of type 2^22 — 44 people
			// at 11 tables of 4 for 14 rounds, x and x + 7 of a level never meeting, the fixed points 42 and 43 neither —
			// whose base round is also fixed by a group of order 3 (the script's comment); the Z_14 model alone was not
			// solved in 37 minutes of DesignSearch nor 300 s of CP-SAT. It replaces a packing for 13 rounds
			// (DesignSearch rot 13 3 5 4 540).
			Map.entry("44/4", new Turned(14, new int[][] {
				{ 43, 3, 27, 33 }, { 42, 12, 24, 34 }, { 22, 26, 35, 40 }, { 17, 28, 29, 32 }, { 13, 18, 37, 39 },
				{ 7, 10, 30, 38 }, { 5, 14, 16, 25 }, { 4, 6, 20, 21 }, { 2, 15, 23, 31 }, { 1, 11, 19, 36 },
				{ 0, 8, 9, 41 } })),
			// bench/rgdd-frobenius.py 9 4 900 2 (CP-SAT, 112 s): a 4-RGDD of type 2^28 — 56 people at 14 tables of 4 for 18
			// rounds, x and x + 9 of a level never meeting, the fixed points 54 and 55 neither — the same construction
			// over Z_2 × (Z_9 ⋊ Z_3); DesignSearch rot 18 3 2 4 had found nothing in 10 minutes
			Map.entry("56/4", new Turned(18, new int[][] {
				{ 55, 3, 21, 39 }, { 54, 7, 19, 49 }, { 29, 36, 48, 52 }, { 24, 26, 37, 40 }, { 23, 34, 38, 43 },
				{ 14, 15, 35, 45 }, { 13, 16, 42, 50 }, { 11, 27, 44, 51 }, { 9, 20, 33, 41 }, { 5, 18, 22, 30 },
				{ 4, 17, 31, 32 }, { 2, 6, 25, 28 }, { 1, 8, 46, 47 }, { 0, 10, 12, 53 } })),
			// DesignSearch rot 17 3 9 4 540: seed 1 (60 people at 15 tables of 4 for 17 rounds; nine fixed points that
			// never meet each other)
			Map.entry("60/4", new Turned(17, new int[][] {
				{ 59, 11, 27, 48 }, { 58, 8, 32, 34 }, { 57, 3, 28, 41 }, { 56, 7, 25, 35 }, { 55, 9, 29, 44 },
				{ 54, 2, 33, 42 }, { 53, 6, 23, 37 }, { 52, 1, 31, 47 }, { 51, 13, 22, 45 }, { 0, 4, 5, 14 },
				{ 10, 16, 40, 49 }, { 12, 18, 24, 46 }, { 15, 17, 19, 20 }, { 21, 26, 30, 50 }, { 36, 38, 39, 43 } })),
			// DesignSearch rot 17 6 3 5 280: seed 11 (105 people at 21 tables of 5 for 17 rounds; three fixed points)
			Map.entry("105/5", new Turned(17, new int[][] {
				{ 104, 40, 60, 72, 86 }, { 103, 33, 46, 56, 74 }, { 102, 22, 53, 84, 97 }, { 0, 71, 80, 95, 100 },
				{ 1, 14, 20, 44, 73 }, { 2, 13, 42, 87, 101 }, { 3, 10, 66, 68, 90 }, { 4, 36, 51, 61, 62 },
				{ 5, 31, 75, 78, 94 }, { 6, 30, 41, 59, 96 }, { 7, 52, 55, 67, 88 }, { 8, 45, 50, 70, 76 },
				{ 9, 19, 24, 63, 93 }, { 11, 29, 39, 47, 49 }, { 12, 17, 64, 89, 98 }, { 15, 16, 27, 65, 82 },
				{ 18, 28, 37, 43, 77 }, { 21, 54, 58, 69, 81 }, { 23, 25, 57, 79, 85 }, { 26, 32, 48, 83, 91 },
				{ 34, 35, 38, 92, 99 } })),
			// DesignSearch rot 15 3 3 4 600 5000000: seed 46 (48 people at 12 tables of 4 for 15 rounds, each missing 2;
			// rot 14 3 6 4 150, seed 82, had given 14 rounds)
			Map.entry("48/4", new Turned(15, new int[][] {
				{ 47, 14, 26, 43 }, { 46, 4, 15, 35 }, { 45, 13, 17, 39 }, { 0, 12, 28, 32 }, { 1, 5, 6, 23 },
				{ 2, 9, 11, 36 }, { 3, 31, 33, 40 }, { 7, 16, 21, 27 }, { 8, 29, 41, 44 }, { 10, 18, 25, 34 },
				{ 19, 20, 22, 30 }, { 24, 37, 38, 42 } })),
			// DesignSearch rot 7 3 3 4 60: seed 1
			Map.entry("24/4", new Turned(7, new int[][] {
				{ 23, 5, 9, 19 }, { 22, 2, 10, 15 }, { 21, 6, 8, 17 }, { 0, 1, 3, 13 }, { 4, 14, 16, 20 },
				{ 7, 11, 12, 18 } })),
			// DesignSearch rot 11 3 3 4 60: seed 9
			Map.entry("36/4", new Turned(11, new int[][] {
				{ 35, 6, 20, 27 }, { 34, 0, 19, 23 }, { 33, 9, 11, 31 }, { 1, 7, 10, 16 }, { 2, 3, 13, 29 },
				{ 4, 8, 22, 32 }, { 5, 12, 17, 21 }, { 14, 15, 25, 28 }, { 18, 24, 26, 30 } })));

	/**
	 * A generalised Howell design GHD(6, 18): 18 travellers in threes at 6 tables for 6 rounds, each at every table
	 * once, nobody meeting anyone twice — with a host at each table, 24 people at 6 hosted tables of 4 for 6 rounds
	 * without a repeat, where no transversal design exists (it would need 2 orthogonal Latin squares of order 6).
	 * {@code [round][table]}, travellers 0–17. Found 2026-12-02 by CP-SAT (OR-Tools 9.15, {@code bench/howell-search.py
	 * 6 3}, 2 s: booleans traveller × table × round, once per round, three per table, each table at most once, each
	 * pair at most once; round 0 and traveller 0's tables fixed).
	 */
	private static final int[][][] HOWELL_6_18 = {
			{ { 0, 1, 2 }, { 3, 4, 5 }, { 6, 7, 8 }, { 9, 10, 11 }, { 12, 13, 14 }, { 15, 16, 17 } },
			{ { 10, 14, 15 }, { 0, 13, 17 }, { 2, 3, 9 }, { 5, 7, 12 }, { 1, 6, 16 }, { 4, 8, 11 } },
			{ { 8, 9, 17 }, { 1, 7, 10 }, { 0, 11, 12 }, { 4, 14, 16 }, { 2, 5, 15 }, { 3, 6, 13 } },
			{ { 4, 7, 13 }, { 2, 11, 16 }, { 5, 14, 17 }, { 0, 6, 15 }, { 3, 8, 10 }, { 1, 9, 12 } },
			{ { 5, 6, 11 }, { 8, 12, 15 }, { 10, 13, 16 }, { 1, 3, 17 }, { 0, 4, 9 }, { 2, 7, 14 } },
			{ { 3, 12, 16 }, { 6, 9, 14 }, { 1, 4, 15 }, { 2, 8, 13 }, { 7, 11, 17 }, { 0, 5, 10 } } };

	/**
	 * A 1-rotational generalised Howell design GHD(10, 30): 30 travellers in threes at 10 tables for 10 rounds, each at
	 * every table once, nobody meeting anyone twice — 40 people at 10 hosted tables of 4 for 10 rounds without a
	 * repeat, where a transversal design would need 3 orthogonal Latin squares of order 10 (not known). A starter
	 * over Z_9 ({@link #howell}): travellers (x, level) = 3x + level for x in Z_9, and 27–29 fixed. Found 2026-12-02
	 * by CP-SAT ({@code bench/howell-rotational.py 9 3 30}, 2 s), checked by {@code DesignsTest}.
	 */
	private static final HowellStarter HOWELL_10_30 = new HowellStarter(9, 3,
			new int[][] { { 0, 3, 17 }, { 10, 14, 19 }, { 4, 15, 16 }, { 2, 24, 28 }, { 7, 8, 9 }, { 1, 6, 21 },
				{ 12, 20, 29 }, { 13, 26, 27 }, { 5, 23, 25 } },
			new int[] { 11, 18, 22 }, new int[] { 4, 12, 14 });

	/**
	 * The base of a 1-rotational generalised Howell design with rounds and tables Z_q and one more of each (∞):
	 * travellers (x, level) = m·x + level for x in Z_q and m levels, and m fixed travellers (q·m …). {@code row[d]}
	 * sits at table d in round 0; in round r table c has {@code row[c − r]} moved on by r, the last table has
	 * {@code lastTable} moved on by r; in the last round table c has {@code lastRound} moved on by c, and the last
	 * table the m fixed travellers.
	 */
	record HowellStarter(int q, int m, int[][] row, int[] lastTable, int[] lastRound) {

		/** The travellers at each table, round by round: {@code [round][table]}, q + 1 of each. */
		int[][][] develop() {
			int n = q + 1;
			int[][][] rounds = new int[n][n][];
			for (int r = 0; r < q; r++) {
				for (int c = 0; c < q; c++) {
					rounds[r][c] = moved(row[Math.floorMod(c - r, q)], r);
				}
				rounds[r][q] = moved(lastTable, r);
				rounds[q][r] = moved(lastRound, r);
			}
			rounds[q][q] = new int[m];
			for (int i = 0; i < m; i++) {
				rounds[q][q][i] = q * m + i;
			}
			return rounds;
		}

		private int[] moved(int[] travellers, int by) {
			int[] moved = new int[travellers.length];
			for (int i = 0; i < travellers.length; i++) {
				int p = travellers[i];
				moved[i] = p >= q * m ? p : Math.floorMod(p / m + by, q) * m + p % m;
			}
			return moved;
		}
	}

	/**
	 * A nearly Kirkman triple system of order 18 (DesignSearch found no 1-rotational one over Z_8): 18 people in
	 * threes for 8 rounds; x and x + 9 never meet. From http://demonstrations.wolfram.com/SocialGolferProblem/ (as
	 * collected in github.com/fpvandoorn/Dagstuhl-tables, literature.md, T(18,3), its first 8 rounds); A–I = 0–8,
	 * a–i = 9–17.
	 */
	private static final int[][][] NKTS_18 = {
			{ { 0, 1, 2 }, { 3, 4, 5 }, { 6, 7, 8 }, { 9, 14, 16 }, { 10, 12, 17 }, { 11, 13, 15 } },
			{ { 0, 10, 11 }, { 1, 8, 12 }, { 2, 4, 15 }, { 3, 13, 14 }, { 5, 7, 9 }, { 6, 16, 17 } },
			{ { 0, 7, 14 }, { 1, 3, 17 }, { 2, 9, 10 }, { 4, 6, 11 }, { 5, 12, 13 }, { 8, 15, 16 } },
			{ { 0, 5, 16 }, { 1, 9, 11 }, { 2, 6, 13 }, { 3, 8, 10 }, { 4, 12, 14 }, { 7, 15, 17 } },
			{ { 0, 3, 6 }, { 1, 4, 7 }, { 2, 5, 8 }, { 9, 13, 17 }, { 10, 14, 15 }, { 11, 12, 16 } },
			{ { 0, 12, 15 }, { 1, 13, 16 }, { 2, 14, 17 }, { 3, 7, 11 }, { 4, 8, 9 }, { 5, 6, 10 } },
			{ { 0, 4, 17 }, { 1, 5, 15 }, { 2, 3, 16 }, { 6, 9, 12 }, { 7, 10, 13 }, { 8, 11, 14 } },
			{ { 0, 8, 13 }, { 1, 6, 14 }, { 2, 7, 12 }, { 3, 9, 15 }, { 4, 10, 16 }, { 5, 11, 17 } } };

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

	/**
	 * A resolvable (65, 5, 1) design: 65 people at 13 tables of 5 for 16 rounds, everyone meeting everyone exactly
	 * once. From the table in https://www.jstor.org/stable/1402466 (as collected in
	 * github.com/fpvandoorn/Dagstuhl-tables, literature.md, T(65,5)); 0–9 A–Z a–z # $ % = 0–64.
	 */
	private static final int[][][] RBIBD_65_5 = {
			{ { 0, 1, 2, 3, 4 }, { 5, 6, 7, 8, 9 }, { 10, 11, 12, 13, 14 }, { 15, 16, 17, 18, 19 }, { 20, 21, 22, 23, 24 }, { 25, 26, 27, 28, 29 }, { 30, 31, 32, 33, 34 }, { 35, 36, 37, 38, 39 }, { 40, 45, 50, 55, 60 }, { 41, 46, 51, 56, 61 }, { 42, 47, 52, 57, 62 }, { 43, 48, 53, 58, 63 }, { 44, 49, 54, 59, 64 } },
			{ { 0, 33, 35, 44, 62 }, { 1, 18, 21, 51, 59 }, { 2, 26, 34, 43, 46 }, { 3, 19, 37, 58, 60 }, { 4, 5, 10, 36, 61 }, { 6, 24, 30, 52, 56 }, { 7, 22, 39, 40, 54 }, { 8, 25, 38, 48, 57 }, { 9, 17, 28, 41, 45 }, { 11, 27, 31, 49, 55 }, { 12, 15, 29, 47, 64 }, { 13, 23, 32, 50, 63 }, { 14, 16, 20, 42, 53 } },
			{ { 0, 19, 36, 40, 48 }, { 1, 9, 12, 20, 58 }, { 2, 23, 25, 42, 60 }, { 3, 7, 13, 28, 49 }, { 4, 34, 37, 59, 62 }, { 5, 22, 30, 41, 57 }, { 6, 18, 26, 45, 61 }, { 8, 17, 31, 43, 64 }, { 10, 16, 32, 47, 55 }, { 11, 24, 35, 46, 63 }, { 14, 29, 38, 44, 56 }, { 15, 21, 27, 33, 39 }, { 50, 51, 52, 53, 54 } },
			{ { 0, 23, 26, 52, 55 }, { 1, 28, 30, 43, 61 }, { 2, 9, 11, 15, 57 }, { 3, 8, 14, 34, 50 }, { 4, 19, 21, 44, 46 }, { 5, 24, 38, 45, 54 }, { 6, 16, 33, 48, 64 }, { 7, 25, 36, 58, 62 }, { 10, 20, 29, 49, 63 }, { 12, 31, 35, 40, 51 }, { 13, 18, 39, 42, 56 }, { 17, 22, 27, 32, 37 }, { 41, 47, 53, 59, 60 } },
			{ { 0, 17, 20, 46, 54 }, { 1, 25, 33, 41, 63 }, { 2, 18, 36, 53, 55 }, { 3, 9, 10, 35, 56 }, { 4, 32, 39, 57, 64 }, { 5, 23, 34, 47, 51 }, { 6, 21, 38, 49, 60 }, { 7, 29, 37, 43, 52 }, { 8, 16, 27, 40, 61 }, { 11, 26, 30, 44, 50 }, { 12, 19, 28, 42, 59 }, { 13, 22, 31, 45, 58 }, { 14, 15, 24, 48, 62 } },
			{ { 0, 8, 12, 24, 53 }, { 1, 22, 29, 55, 62 }, { 2, 6, 13, 27, 44 }, { 3, 33, 36, 54, 57 }, { 4, 18, 35, 43, 60 }, { 5, 17, 25, 40, 56 }, { 7, 16, 30, 59, 63 }, { 9, 21, 34, 52, 61 }, { 10, 15, 31, 42, 50 }, { 11, 23, 39, 41, 58 }, { 14, 28, 37, 51, 64 }, { 19, 20, 26, 32, 38 }, { 45, 46, 47, 48, 49 } },
			{ { 0, 27, 34, 56, 63 }, { 1, 8, 11, 19, 52 }, { 2, 7, 14, 33, 45 }, { 3, 18, 20, 41, 64 }, { 4, 22, 25, 47, 50 }, { 5, 15, 32, 43, 59 }, { 6, 29, 35, 53, 57 }, { 9, 23, 37, 40, 49 }, { 10, 24, 28, 44, 58 }, { 12, 30, 39, 46, 60 }, { 13, 17, 38, 51, 62 }, { 16, 21, 26, 31, 36 }, { 42, 48, 54, 55, 61 } },
			{ { 0, 29, 32, 58, 61 }, { 1, 17, 35, 48, 50 }, { 2, 8, 10, 39, 51 }, { 3, 31, 38, 52, 59 }, { 4, 16, 24, 41, 49 }, { 5, 20, 37, 44, 55 }, { 6, 28, 36, 47, 63 }, { 7, 15, 26, 56, 60 }, { 9, 22, 33, 42, 46 }, { 11, 25, 34, 45, 64 }, { 12, 18, 27, 54, 62 }, { 13, 21, 30, 40, 53 }, { 14, 19, 23, 43, 57 } },
			{ { 0, 21, 28, 50, 57 }, { 1, 5, 13, 26, 64 }, { 2, 32, 35, 49, 52 }, { 3, 17, 39, 55, 63 }, { 4, 7, 12, 23, 48 }, { 6, 15, 34, 54, 58 }, { 8, 20, 33, 47, 56 }, { 9, 16, 29, 51, 60 }, { 10, 19, 30, 45, 62 }, { 11, 22, 38, 53, 61 }, { 14, 27, 36, 46, 59 }, { 18, 24, 25, 31, 37 }, { 40, 41, 42, 43, 44 } },
			{ { 0, 7, 11, 18, 47 }, { 1, 6, 14, 32, 40 }, { 2, 17, 24, 59, 61 }, { 3, 21, 29, 42, 45 }, { 4, 26, 33, 51, 58 }, { 5, 28, 39, 48, 52 }, { 8, 22, 36, 44, 60 }, { 9, 19, 31, 54, 63 }, { 10, 23, 27, 53, 64 }, { 12, 34, 38, 41, 55 }, { 13, 16, 37, 46, 57 }, { 15, 20, 25, 30, 35 }, { 43, 49, 50, 56, 62 } },
			{ { 0, 16, 39, 43, 45 }, { 1, 7, 10, 38, 46 }, { 2, 30, 37, 47, 54 }, { 3, 15, 23, 44, 61 }, { 4, 28, 31, 53, 56 }, { 5, 27, 35, 42, 58 }, { 6, 19, 25, 51, 55 }, { 8, 21, 32, 41, 62 }, { 9, 24, 36, 50, 64 }, { 11, 29, 33, 40, 59 }, { 12, 17, 26, 49, 57 }, { 13, 20, 34, 48, 60 }, { 14, 18, 22, 52, 63 } },
			{ { 0, 9, 13, 25, 59 }, { 1, 31, 39, 44, 47 }, { 2, 16, 38, 50, 58 }, { 3, 6, 12, 22, 43 }, { 4, 20, 27, 45, 52 }, { 5, 19, 33, 49, 53 }, { 7, 24, 32, 42, 51 }, { 8, 15, 28, 46, 55 }, { 10, 18, 34, 40, 57 }, { 11, 21, 37, 48, 56 }, { 14, 26, 35, 41, 54 }, { 17, 23, 29, 30, 36 }, { 60, 61, 62, 63, 64 } },
			{ { 0, 5, 14, 31, 60 }, { 1, 16, 23, 54, 56 }, { 2, 20, 28, 40, 62 }, { 3, 25, 32, 46, 53 }, { 4, 6, 11, 17, 42 }, { 7, 21, 35, 55, 64 }, { 8, 18, 30, 49, 58 }, { 9, 27, 38, 43, 47 }, { 10, 22, 26, 48, 59 }, { 12, 33, 37, 50, 61 }, { 13, 15, 36, 41, 52 }, { 19, 24, 29, 34, 39 }, { 44, 45, 51, 57, 63 } },
			{ { 0, 6, 10, 37, 41 }, { 1, 34, 36, 42, 49 }, { 2, 19, 22, 56, 64 }, { 3, 27, 30, 48, 51 }, { 4, 15, 38, 40, 63 }, { 5, 18, 29, 46, 50 }, { 7, 20, 31, 57, 61 }, { 8, 23, 35, 45, 59 }, { 9, 26, 39, 53, 62 }, { 11, 28, 32, 54, 60 }, { 12, 16, 25, 44, 52 }, { 13, 24, 33, 43, 55 }, { 14, 17, 21, 47, 58 } },
			{ { 0, 30, 38, 42, 64 }, { 1, 15, 37, 45, 53 }, { 2, 5, 12, 21, 63 }, { 3, 24, 26, 40, 47 }, { 4, 8, 13, 29, 54 }, { 6, 23, 31, 46, 62 }, { 7, 19, 27, 41, 50 }, { 9, 18, 32, 44, 48 }, { 10, 17, 33, 52, 60 }, { 11, 20, 36, 43, 51 }, { 14, 25, 39, 49, 61 }, { 16, 22, 28, 34, 35 }, { 55, 56, 57, 58, 59 } },
			{ { 0, 15, 22, 49, 51 }, { 1, 24, 27, 57, 60 }, { 2, 29, 31, 41, 48 }, { 3, 5, 11, 16, 62 }, { 4, 9, 14, 30, 55 }, { 6, 20, 39, 50, 59 }, { 7, 17, 34, 44, 53 }, { 8, 26, 37, 42, 63 }, { 10, 21, 25, 43, 54 }, { 12, 32, 36, 45, 56 }, { 13, 19, 35, 47, 61 }, { 18, 23, 28, 33, 38 }, { 40, 46, 52, 58, 64 } } };

	private BaseBlocks() {
	}

	/** A base round and the cycle Z_c that turns it. */
	record Turned(int c, int[][] base) {
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

	/** The stored base round of a 1-rotational design with fixed points for v people at tables of k, or null. */
	static Turned withFixedPoints(int v, int k) {
		return WITH_FIXED_POINTS.get(v + "/" + k);
	}

	/** The stored rounds for v people at tables of k ({@link #RGDD_4_TYPE_2_16}, {@link #NKTS_18}), or null. */
	static int[][][] groupDivisible(int v, int k) {
		if (v == 32 && k == 4) {
			return RGDD_4_TYPE_2_16.clone();
		}
		return v == 18 && k == 3 ? NKTS_18.clone() : null;
	}

	/** The stored rounds of a resolvable (v, k, 1) design published as a whole table ({@link #RBIBD_65_5}), or null. */
	static int[][][] resolvable(int v, int k) {
		return v == 65 && k == 5 ? RBIBD_65_5.clone() : null;
	}

	/**
	 * A stored generalised Howell design for {@code tables} hosted tables of {@code size} (host included), as rounds
	 * with the host first at each table: hosts are points 0 … tables − 1 (host t at table t), travellers follow; or null.
	 */
	static int[][][] howell(int tables, int size) {
		int[][][] travellers = null;
		if (tables == 6 && size == 4) {
			travellers = HOWELL_6_18;
		} else if (tables == 10 && size == 4) {
			travellers = HOWELL_10_30.develop();
		}
		if (travellers == null) {
			return null;
		}
		int[][][] rounds = new int[travellers.length][tables][size];
		for (int r = 0; r < travellers.length; r++) {
			for (int t = 0; t < tables; t++) {
				rounds[r][t][0] = t;
				for (int i = 1; i < size; i++) {
					rounds[r][t][i] = tables + travellers[r][t][i - 1];
				}
			}
		}
		return rounds;
	}
}
