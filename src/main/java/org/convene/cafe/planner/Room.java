package org.convene.cafe.planner;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A room as the planner reads it: the instance checked and decoded once into arrays by person (0 … n − 1), table
 * and round — who is present, who hosts which table, the pairs kept apart or allowed together, the codes of each
 * person's organisation, sex, stakeholder type and country, and each round's balanced table sizes. Read by the
 * {@link Planner} and by its {@link LowerBound}; never changed once built (the planner works on a copy of the sizes).
 */
final class Room {

	final Instance instance;
	final int n;
	final int rounds;
	final int tables;
	final String[] ids;
	final Map<String, Integer> index;
	final int[] org;
	/** The codes of sex, stakeholder type and country: {@code [attribute][person]}, −1 when not given. */
	final int[][] attributes;
	final boolean[][] present;
	final boolean[][] apart;
	/** Pairs who may sit together: their sharing an organisation is not held against the plan. */
	final boolean[][] together;
	final int[] hostTable;
	final int[] hostOf;
	/** Each round's balanced table sizes ({@link #sizes(int)}). */
	final int[][] sizes;

	Room(Instance instance) {
		List<String> problems = instance.problems();
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(String.join("; ", problems));
		}
		this.instance = instance;
		this.n = instance.participants().size();
		this.rounds = instance.rounds();
		this.tables = instance.tables().size();
		this.ids = new String[n];
		this.index = new HashMap<>();
		this.org = new int[n];
		this.attributes = new int[3][n];
		List<Map<String, Integer>> codes = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
		for (int p = 0; p < n; p++) {
			Instance.Person person = instance.participants().get(p);
			ids[p] = person.id();
			index.put(person.id(), p);
			org[p] = code(codes.get(0), person.organisation());
			attributes[0][p] = code(codes.get(1), person.sex());
			attributes[1][p] = code(codes.get(2), person.stakeholder());
			attributes[2][p] = code(codes.get(3), person.country());
		}
		present = new boolean[rounds][n];
		for (int r = 0; r < rounds; r++) {
			for (int p = 0; p < n; p++) {
				present[r][p] = !instance.participants().get(p).absentRounds().contains(r + 1);
			}
		}
		apart = pairs(instance.apart());
		together = pairs(instance.together());
		hostTable = new int[n];
		Arrays.fill(hostTable, -1);
		hostOf = new int[tables];
		for (int t = 0; t < tables; t++) {
			String host = instance.tables().get(t).host();
			hostOf[t] = host == null ? -1 : index.get(host);
			if (hostOf[t] >= 0) {
				hostTable[hostOf[t]] = t;
			}
		}
		sizes = new int[rounds][];
		for (int r = 0; r < rounds; r++) {
			sizes[r] = sizes(r);
		}
	}

	/** The pairs named by id, as a symmetric matrix. */
	private boolean[][] pairs(List<List<String>> named) {
		boolean[][] pairs = new boolean[n][n];
		for (List<String> pair : named) {
			int a = index.get(pair.get(0));
			int b = index.get(pair.get(1));
			pairs[a][b] = true;
			pairs[b][a] = true;
		}
		return pairs;
	}

	private static int code(Map<String, Integer> codes, String value) {
		if (value == null || value.isBlank()) {
			return -1;
		}
		return codes.computeIfAbsent(value.strip().toLowerCase(Locale.ROOT), k -> codes.size());
	}

	/**
	 * Balanced table sizes for a round: seats are handed out one at a time to the emptiest table that has
	 * room, so sizes differ by at most one where capacities allow; a present host's table gets its host. Which of
	 * equal tables gets the extra person turns round with the rounds, so no host has the fuller table every round.
	 */
	private int[] sizes(int r) {
		int[] size = new int[tables];
		int people = 0;
		for (int p = 0; p < n; p++) {
			if (present[r][p]) {
				people++;
			}
		}
		for (int t = 0; t < tables; t++) {
			if (hostOf[t] >= 0 && present[r][hostOf[t]]) {
				size[t] = 1;
				people--;
			}
		}
		for (int i = 0; i < people; i++) {
			int best = -1;
			for (int j = 0; j < tables; j++) {
				int t = (j + r) % tables;
				if (size[t] < instance.tables().get(t).capacity() && (best < 0 || size[t] < size[best])) {
					best = t;
				}
			}
			size[best]++;
		}
		return size;
	}

	/**
	 * Tables t and u may trade sizes in round r: the same capacity, and a host present at both or at neither.
	 */
	boolean alike(int r, int t, int u) {
		return instance.tables().get(t).capacity() == instance.tables().get(u).capacity()
				&& (hostOf[t] >= 0 && present[r][hostOf[t]]) == (hostOf[u] >= 0 && present[r][hostOf[u]]);
	}

	/** Whether a and b are both present in some round. */
	boolean everTogether(int a, int b) {
		for (int r = 0; r < rounds; r++) {
			if (present[r][a] && present[r][b]) {
				return true;
			}
		}
		return false;
	}
}
