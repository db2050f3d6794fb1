package org.convene.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Finds the designs stored in {@code cafe/planner/BaseBlocks} (they are checked there by
 * {@code DesignsTest}, not trusted). Two searches, both plain backtracking with random restarts:
 *
 * <ul>
 * <li>{@code rot c levels fixed k seconds [nodes] [classes]}: base rounds of a design that Z_c turns: points
 * (x, level) numbered level·c + x and {@code fixed} points that stay (numbered from levels·c); blocks of k;
 * each orbit of pairs under Z_c used at most once, so the c turned copies of each base round meet nobody
 * twice. Kirkman triple systems of order v ≡ 3 mod 12: {@code rot (v−1)/2 2 1 3 60}; resolvable (v, 4, 1)
 * designs of order v ≡ 4 mod 12: {@code rot (v−1)/3 3 1 4 60}.</li>
 * <li>{@code mols10 seconds}: a random Latin square of order 10 and all its transversals; ten disjoint
 * transversals are an orthogonal mate (exact cover), tried square after square.</li>
 * </ul>
 *
 * Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.convene.bench.DesignSearch -Dexec.args="rot 7 2 1 3 60"}.
 */
public final class DesignSearch {

	private final int c;
	private final int levels;
	private final int fixed;
	private final int k;
	private final int points;
	private final int classes;
	private final long nodeLimit;
	private final Random random;
	private boolean[][] pure;
	private boolean[][][] mixed;
	private boolean[][] withFixed;
	private boolean[] taken;
	private final List<int[]> blocks = new ArrayList<>();
	private long nodes;
	private int current;

	private DesignSearch(int[] shape, long nodeLimit, int classes, long seed) {
		this.c = shape[0];
		this.levels = shape[1];
		this.fixed = shape[2];
		this.k = shape[3];
		this.points = levels * c + fixed;
		this.nodeLimit = nodeLimit;
		this.classes = classes;
		this.random = new Random(seed);
	}

	public static void main(String[] args) {
		long seconds = Long.parseLong(args[args[0].equals("mols10") ? 1 : 5]);
		long end = System.currentTimeMillis() + seconds * 1000;
		if (args[0].equals("mols10")) {
			for (long seed = 1; System.currentTimeMillis() < end; seed++) {
				int[][][] pair = Mols.orthogonalPair(10, new Random(seed));
				if (pair != null) {
					System.out.println("seed " + seed + ": " + Arrays.deepToString(pair));
					return;
				}
			}
			System.out.println("not found");
			return;
		}
		int[] shape = { Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
			Integer.parseInt(args[4]) };
		long limit = args.length > 6 ? Long.parseLong(args[6]) : 200_000;
		int classes = args.length > 7 ? Integer.parseInt(args[7]) : 1;
		for (long seed = 1; System.currentTimeMillis() < end; seed++) {
			DesignSearch search = new DesignSearch(shape, limit, classes, seed);
			if (search.run()) {
				StringBuilder found = new StringBuilder("seed " + seed + ":");
				search.blocks.forEach(b -> found.append(' ').append(Arrays.toString(b)));
				System.out.println(found);
				return;
			}
		}
		System.out.println("not found");
	}

	private boolean run() {
		pure = new boolean[levels][c];
		mixed = new boolean[levels][levels][c];
		withFixed = new boolean[fixed][levels];
		taken = new boolean[points];
		return fill();
	}

	/** Starts a block at the first free point (fixed points first); a full round starts the next class. */
	private boolean fill() {
		if (++nodes > nodeLimit) {
			return false;
		}
		int first = -1;
		for (int p = points - 1; p >= levels * c && first < 0; p--) {
			first = taken[p] ? -1 : p;
		}
		for (int p = 0; p < levels * c && first < 0; p++) {
			first = taken[p] ? -1 : p;
		}
		if (first < 0) {
			if (current + 1 == classes) {
				return true;
			}
			boolean[] saved = taken;
			taken = new boolean[points];
			current++;
			if (fill()) {
				return true;
			}
			current--;
			taken = saved;
			return false;
		}
		int[] block = new int[k];
		block[0] = first;
		taken[first] = true;
		if (extend(block, 1, first >= levels * c ? 0 : first + 1)) {
			return true;
		}
		taken[first] = false;
		return false;
	}

	private boolean extend(int[] block, int size, int from) {
		if (size == k) {
			blocks.add(block.clone());
			if (fill()) {
				return true;
			}
			blocks.removeLast();
			return false;
		}
		List<Integer> candidates = new ArrayList<>();
		for (int p = from; p < levels * c; p++) {
			if (!taken[p] && orbits(block, size, p, true, true)) {
				candidates.add(p);
			}
		}
		Collections.shuffle(candidates, random);
		for (int p : candidates) {
			if (nodes > nodeLimit) {
				return false;
			}
			orbits(block, size, p, true, false);
			block[size] = p;
			taken[p] = true;
			if (extend(block, size + 1, p + 1)) {
				return true;
			}
			taken[p] = false;
			orbits(block, size, p, false, false);
		}
		return false;
	}

	/** Checks ({@code dry}) or marks the orbits of the pairs {block[i], p}; a short orbit never fits. */
	private boolean orbits(int[] block, int size, int p, boolean value, boolean dry) {
		List<boolean[]> arrays = new ArrayList<>();
		List<Integer> at = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			int q = block[i];
			boolean[] array;
			int index;
			int mirror = -1;
			if (q >= levels * c && p >= levels * c) {
				return false;
			}
			if (q >= levels * c || p >= levels * c) {
				array = withFixed[Math.max(p, q) - levels * c];
				index = Math.min(p, q) / c;
			}
			else if (q / c == p / c) {
				int d = Math.floorMod(p % c - q % c, c);
				if (2 * d % c == 0) {
					return false;
				}
				array = pure[p / c];
				index = d;
				mirror = c - d;
			}
			else {
				int low = Math.min(p / c, q / c);
				int xLow = p / c == low ? p % c : q % c;
				int xHigh = p / c == low ? q % c : p % c;
				array = mixed[low][Math.max(p / c, q / c)];
				index = Math.floorMod(xHigh - xLow, c);
			}
			if (!dry) {
				array[index] = value;
				if (mirror >= 0) {
					array[mirror] = value;
				}
				continue;
			}
			if (array[index]) {
				return false;
			}
			for (int j = 0; j < arrays.size(); j++) {
				if (arrays.get(j) == array && at.get(j) == index) {
					return false;
				}
			}
			arrays.add(array);
			at.add(index);
			if (mirror >= 0) {
				arrays.add(array);
				at.add(mirror);
			}
		}
		return true;
	}

	/** An orthogonal mate for a random Latin square, by exact cover over its transversals. */
	static final class Mols {

		private Mols() {
		}

		static int[][][] orthogonalPair(int n, Random random) {
			int[][] square = new int[n][n];
			if (!latin(square, 0, new boolean[n][n], new boolean[n][n], random)) {
				return null;
			}
			List<int[]> transversals = new ArrayList<>();
			transversals(square, 0, new int[n], new boolean[n], new boolean[n], transversals);
			int[] chosen = new int[n];
			if (!cover(transversals, new boolean[n * n], chosen, 0, n, new long[1])) {
				return null;
			}
			int[][] mate = new int[n][n];
			for (int s = 0; s < n; s++) {
				for (int r = 0; r < n; r++) {
					mate[r][transversals.get(chosen[s])[r]] = s;
				}
			}
			return new int[][][] { square, mate };
		}

		private static boolean latin(int[][] square, int cell, boolean[][] inRow, boolean[][] inColumn, Random random) {
			int n = square.length;
			if (cell == n * n) {
				return true;
			}
			int r = cell / n;
			int col = cell % n;
			List<Integer> symbols = new ArrayList<>();
			for (int s = 0; s < n; s++) {
				symbols.add(s);
			}
			Collections.shuffle(symbols, random);
			for (int s : symbols) {
				if (!inRow[r][s] && !inColumn[col][s]) {
					inRow[r][s] = true;
					inColumn[col][s] = true;
					square[r][col] = s;
					if (latin(square, cell + 1, inRow, inColumn, random)) {
						return true;
					}
					inRow[r][s] = false;
					inColumn[col][s] = false;
				}
			}
			return false;
		}

		private static void transversals(int[][] square, int r, int[] columns, boolean[] columnUsed, boolean[] symbolUsed,
				List<int[]> out) {
			int n = square.length;
			if (r == n) {
				out.add(columns.clone());
				return;
			}
			for (int col = 0; col < n; col++) {
				if (!columnUsed[col] && !symbolUsed[square[r][col]]) {
					columnUsed[col] = true;
					symbolUsed[square[r][col]] = true;
					columns[r] = col;
					transversals(square, r + 1, columns, columnUsed, symbolUsed, out);
					columnUsed[col] = false;
					symbolUsed[square[r][col]] = false;
				}
			}
		}

		/** Ten disjoint transversals: the cell with the fewest transversals left is covered first. */
		private static boolean cover(List<int[]> transversals, boolean[] covered, int[] chosen, int depth, int n,
				long[] nodes) {
			if (depth == n) {
				return true;
			}
			if (++nodes[0] > 2_000_000) {
				return false;
			}
			int best = -1;
			List<Integer> options = null;
			for (int cell = 0; cell < n * n; cell++) {
				if (covered[cell]) {
					continue;
				}
				List<Integer> fitting = new ArrayList<>();
				for (int t = 0; t < transversals.size(); t++) {
					if (transversals.get(t)[cell / n] == cell % n && fits(transversals.get(t), covered, n)) {
						fitting.add(t);
					}
				}
				if (options == null || fitting.size() < options.size()) {
					options = fitting;
					best = cell;
				}
			}
			for (int t : options) {
				mark(transversals.get(t), covered, n, true);
				chosen[depth] = t;
				if (cover(transversals, covered, chosen, depth + 1, n, nodes)) {
					return true;
				}
				mark(transversals.get(t), covered, n, false);
			}
			return best < 0;
		}

		private static boolean fits(int[] transversal, boolean[] covered, int n) {
			for (int r = 0; r < n; r++) {
				if (covered[r * n + transversal[r]]) {
					return false;
				}
			}
			return true;
		}

		private static void mark(int[] transversal, boolean[] covered, int n, boolean value) {
			for (int r = 0; r < n; r++) {
				covered[r * n + transversal[r]] = value;
			}
		}
	}
}
