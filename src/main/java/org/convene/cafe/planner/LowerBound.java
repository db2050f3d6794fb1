package org.convene.cafe.planner;

/**
 * No plan of a room has fewer repeated encounters than this: the highest of three counts, each valid for every
 * plan that keeps the planner's rules (tables within one seat of each other, hosts at their table) — meetings that
 * traveller pairs must have beyond the pairs available, plus, where every table has a host, the rounds in which a
 * traveller must sit with a host already met ({@link #hostTableRepeats}); person by person ({@link #perPersonBound});
 * round against round ({@link #roundAgainstRoundBound}). It depends on the room only and is worked out once.
 */
final class LowerBound {

	private final Room room;
	private final int n;
	private final int rounds;
	private final int tables;
	private final boolean[][] present;
	private final int[] hostTable;
	private final int[] hostOf;
	private final int[][] target;

	private LowerBound(Room room) {
		this.room = room;
		this.n = room.n;
		this.rounds = room.rounds;
		this.tables = room.tables;
		this.present = room.present;
		this.hostTable = room.hostTable;
		this.hostOf = room.hostOf;
		this.target = room.sizes;
	}

	/** The fewest repeated encounters any plan of the room can have. */
	static int of(Room room) {
		return new LowerBound(room).compute();
	}

	private int compute() {
		long slots = 0;
		int hostedTables = 0;
		for (int t = 0; t < tables; t++) {
			if (hostOf[t] >= 0) {
				hostedTables++;
			}
		}
		int hostRepeats = 0;
		for (int r = 0; r < rounds; r++) {
			for (int t = 0; t < tables; t++) {
				int travellers = target[r][t] - (hostOf[t] >= 0 && present[r][hostOf[t]] ? 1 : 0);
				slots += (long) travellers * (travellers - 1) / 2;
			}
		}
		long pairs = 0;
		for (int a = 0; a < n; a++) {
			if (hostTable[a] >= 0) {
				continue;
			}
			for (int b = a + 1; b < n; b++) {
				// pairs kept apart count as available: the planner only penalises their meeting, so a plan may seat
				// them together and a bound that left them out could exceed what a plan achieves
				if (hostTable[b] < 0 && room.everTogether(a, b)) {
					pairs++;
				}
			}
		}
		if (hostedTables == tables && hostedTables > 0) {
			// every traveller sits with a host every round present; there are only so many hosts
			for (int p = 0; p < n; p++) {
				if (hostTable[p] >= 0) {
					continue;
				}
				int roundsPresent = 0;
				for (int r = 0; r < rounds; r++) {
					if (present[r][p]) {
						roundsPresent++;
					}
				}
				hostRepeats += Math.max(0, roundsPresent - hostedTables);
			}
		}
		return Math.max(Math.max((int) Math.max(0, slots - pairs) + Math.max(hostRepeats, hostTableRepeats()),
				perPersonBound()), roundAgainstRoundBound());
	}

	/**
	 * Counted round against round: the people at a table all sat somewhere in any earlier round they were present
	 * in, so a table seating more people than that round had tables holds some who sat together then (the
	 * pigeonhole), and each such pair meets again. Every meeting after a pair's first is a repeat counted once, in
	 * the round it happens, so each round adds at least the fewest such pairs against one earlier round. 12 people
	 * at 3 tables of 4 for 3 rounds: 0 by the pair and person counts, 6 by this one — which plans reach.
	 */
	private int roundAgainstRoundBound() {
		int repeats = 0;
		for (int r = 1; r < rounds; r++) {
			int most = 0;
			for (int e = 0; e < r; e++) {
				boolean allThere = true;
				for (int p = 0; p < n && allThere; p++) {
					allThere = !present[r][p] || present[e][p];
				}
				if (!allThere) {
					continue;
				}
				int groups = 0;
				for (int t = 0; t < tables; t++) {
					groups += target[e][t] > 0 ? 1 : 0;
				}
				int forced = 0;
				for (int t = 0; t < tables; t++) {
					forced += fewestPairsTogether(target[r][t], groups);
				}
				most = Math.max(most, forced);
			}
			repeats += most;
		}
		return repeats;
	}

	/** The fewest pairs from one group when {@code people} come from {@code groups} groups: spread evenly. */
	private static int fewestPairsTogether(int people, int groups) {
		if (groups == 0) {
			return 0;
		}
		int each = people / groups;
		int more = people % groups;
		return more * (each + 1) * each / 2 + (groups - more) * each * (each - 1) / 2;
	}

	/**
	 * Counted host by host: a host stays at their table, so a table whose seats around the host are filled more
	 * often than there are people to fill them repeats some of them with the host. 37 people at tables of 6, 6, 5, 5,
	 * 5, 5, 5 for 7 rounds: each table of 6 seats 35 visitors over the rounds, only 30 people visit — at least 5
	 * repeats there, 10 in all, which the pair count (0) and the person count (5) did not see.
	 */
	private int hostTableRepeats() {
		// a plan may give any of equal tables (one capacity, host there or not) the round's bigger size, so each
		// table's visits lie between the fewest and the most it could get, and only their total is fixed
		long total = 0;
		long forced = 0;
		long free = 0;
		for (int t = 0; t < tables; t++) {
			int host = hostOf[t];
			if (host < 0) {
				continue;
			}
			long fewest = 0;
			long most = 0;
			boolean[] canVisit = new boolean[n];
			for (int r = 0; r < rounds; r++) {
				if (!present[r][host]) {
					continue;
				}
				total += target[r][t] - 1;
				int low = target[r][t];
				int high = target[r][t];
				for (int u = 0; u < tables; u++) {
					if (room.alike(r, t, u)) {
						low = Math.min(low, target[r][u]);
						high = Math.max(high, target[r][u]);
					}
				}
				fewest += low - 1;
				most += high - 1;
				for (int p = 0; p < n; p++) {
					if (present[r][p] && hostTable[p] < 0) {
						canVisit[p] = true;
					}
				}
			}
			int visitors = 0;
			for (boolean v : canVisit) {
				visitors += v ? 1 : 0;
			}
			// up to this many visits cost this table nothing beyond what its fewest already force
			long level = Math.max(fewest, Math.min(most, visitors));
			forced += Math.max(0, fewest - visitors);
			free += level;
		}
		return (int) (forced + Math.max(0, total - free));
	}

	/**
	 * Counted person by person: in each round present, a person meets at least the people of the smallest
	 * table they can sit at (a host: their own table); whatever goes beyond the people they can meet at all
	 * is repeated. Each repeat is counted by both people, hence the half. Tighter than the pair count when
	 * tables are uneven or some people are absent.
	 */
	private int perPersonBound() {
		long excess = 0;
		for (int p = 0; p < n; p++) {
			long meetings = 0;
			for (int r = 0; r < rounds; r++) {
				if (!present[r][p]) {
					continue;
				}
				int fewest = Integer.MAX_VALUE;
				for (int t = 0; t < tables; t++) {
					boolean allowed = hostTable[p] >= 0 ? t == hostTable[p] : target[r][t] > (hostOf[t] >= 0 && present[r][hostOf[t]] ? 1 : 0);
					if (allowed) {
						fewest = Math.min(fewest, target[r][t] - 1);
					}
				}
				meetings += fewest == Integer.MAX_VALUE ? 0 : fewest;
			}
			long available = 0;
			for (int q = 0; q < n; q++) {
				if (q != p && !(hostTable[p] >= 0 && hostTable[q] >= 0) && room.everTogether(p, q)) {
					available++;
				}
			}
			excess += Math.max(0, meetings - available);
		}
		return (int) ((excess + 1) / 2);
	}
}
