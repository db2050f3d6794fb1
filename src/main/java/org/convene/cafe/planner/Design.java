package org.convene.cafe.planner;

/**
 * A seating built by a construction: {@code rounds[r][t]} are the points (0 … points − 1) at table t in
 * round r, every point once per round, every table the same size, no two points together twice. The
 * planner maps people onto points. {@code hosts}: the first {@code hosts} points stay at their own table
 * (point t at table t) in every round. {@code name} is the full English name ("affine plane AG(2, 4)"), {@code
 * family} and {@code notation} ("AG(2, 4)") what the café page says in the reader's language.
 */
record Design(String name, Plan.Family family, String notation, int points, int hosts, int[][][] rounds) {

	int tables() {
		return rounds[0].length;
	}

	int size() {
		return rounds[0][0].length;
	}

	/** The table of each point in each round: {@code [round][point]}. */
	int[][] seats() {
		int[][] seats = new int[rounds.length][points];
		for (int r = 0; r < rounds.length; r++) {
			for (int t = 0; t < rounds[r].length; t++) {
				for (int p : rounds[r][t]) {
					seats[r][p] = t;
				}
			}
		}
		return seats;
	}

	/** Which points share a table in the first {@code used} rounds: {@code [point][point]}. */
	boolean[][] meetings(int used) {
		boolean[][] met = new boolean[points][points];
		for (int r = 0; r < used; r++) {
			for (int[] table : rounds[r]) {
				for (int p : table) {
					for (int q : table) {
						met[p][q] |= p != q;
					}
				}
			}
		}
		return met;
	}
}
