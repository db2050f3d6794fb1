package org.convene.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The algorithm of the free planner Good-Enough Golfers (github.com/islemaster/good-enough-golfers,
 * {@code lib/geneticSolver.js}), written again in Java for the benchmark only, to compare like with like:
 * one round at a time; five random groupings; for up to 30 generations (while the best still has a cost),
 * every kept grouping breeds itself, every swap of a member of its most expensive group with anyone else,
 * and two random groupings; the groupings with the lowest cost (Σ over pairs at a table of the square of
 * their earlier meetings) are kept, at most 100 of them at random; the best is locked and its pairs counted.
 * Plain rooms only (g tables of s, everyone present, no hosts).
 */
final class GoodEnoughGolfers {

	private static final int GENERATIONS = 30;
	private static final int RANDOM_MUTATIONS = 2;
	private static final int MAX_DESCENDANTS = 100;

	private final int groups;
	private final int size;
	private final int total;
	private final Random random;
	private final int[][] weights;

	GoodEnoughGolfers(int groups, int size, long seed) {
		this.groups = groups;
		this.size = size;
		this.total = groups * size;
		this.random = new Random(seed);
		this.weights = new int[total][total];
	}

	private record Scored(int[][] groups, long[] groupScores, long total) {
	}

	/** Plans the rounds and returns the repeated encounters (Σ over pairs of max(0, meetings − 1)). */
	int repeats(int rounds) {
		for (int round = 0; round < rounds; round++) {
			List<Scored> top = new ArrayList<>();
			for (int i = 0; i < 5; i++) {
				top.add(score(permutation()));
			}
			top.sort(Comparator.comparingLong(Scored::total));
			for (int generation = 0; generation < GENERATIONS && top.getFirst().total() > 0; generation++) {
				List<Scored> candidates = mutations(top);
				candidates.sort(Comparator.comparingLong(Scored::total));
				long best = candidates.getFirst().total();
				List<Scored> kept = new ArrayList<>();
				for (Scored c : candidates) {
					if (c.total() == best) {
						kept.add(c);
					}
				}
				Collections.shuffle(kept, random);
				top = new ArrayList<>(kept.subList(0, Math.min(MAX_DESCENDANTS, kept.size())));
			}
			for (int[] group : top.getFirst().groups()) {
				for (int i = 0; i < group.length; i++) {
					for (int j = i + 1; j < group.length; j++) {
						weights[group[i]][group[j]]++;
						weights[group[j]][group[i]]++;
					}
				}
			}
		}
		int repeats = 0;
		for (int a = 0; a < total; a++) {
			for (int b = a + 1; b < total; b++) {
				repeats += Math.max(0, weights[a][b] - 1);
			}
		}
		return repeats;
	}

	private List<Scored> mutations(List<Scored> candidates) {
		List<Scored> mutations = new ArrayList<>();
		for (Scored candidate : candidates) {
			Integer[] order = new Integer[groups];
			for (int g = 0; g < groups; g++) {
				order[g] = g;
			}
			Arrays.sort(order, (x, y) -> Long.compare(candidate.groupScores()[y], candidate.groupScores()[x]));
			int[][] sorted = new int[groups][];
			for (int g = 0; g < groups; g++) {
				sorted[g] = candidate.groups()[order[g]];
			}
			mutations.add(candidate);
			for (int i = 0; i < size; i++) {
				for (int j = size; j < total; j++) {
					mutations.add(score(swap(sorted, i, j)));
				}
			}
			for (int i = 0; i < RANDOM_MUTATIONS; i++) {
				mutations.add(score(permutation()));
			}
		}
		return mutations;
	}

	private int[][] swap(int[][] grouping, int i, int j) {
		int[][] copy = new int[groups][];
		for (int g = 0; g < groups; g++) {
			copy[g] = grouping[g].clone();
		}
		copy[i / size][i % size] = grouping[j / size][j % size];
		copy[j / size][j % size] = grouping[i / size][i % size];
		return copy;
	}

	private int[][] permutation() {
		List<Integer> people = new ArrayList<>();
		for (int p = 0; p < total; p++) {
			people.add(p);
		}
		Collections.shuffle(people, random);
		int[][] grouping = new int[groups][size];
		for (int p = 0; p < total; p++) {
			grouping[p / size][p % size] = people.get(p);
		}
		return grouping;
	}

	private Scored score(int[][] grouping) {
		long[] scores = new long[groups];
		long sum = 0;
		for (int g = 0; g < groups; g++) {
			int[] group = grouping[g];
			for (int i = 0; i < group.length; i++) {
				for (int j = i + 1; j < group.length; j++) {
					long w = weights[group[i]][group[j]];
					scores[g] += w * w;
				}
			}
			sum += scores[g];
		}
		return new Scored(grouping, scores, sum);
	}
}
