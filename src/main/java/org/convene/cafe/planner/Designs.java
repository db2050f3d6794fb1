package org.convene.cafe.planner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Seatings in which nobody meets anybody twice, built by design theory instead of searched for: where one
 * of these fits a room, it is the best plan there is (zero repeats), found instantly. Each is checked by
 * {@code DesignsTest}: everyone once per round, equal tables, no pair twice, the advertised rounds.
 *
 * <ul>
 * <li>{@link #affine}: the lines of the affine space AG(d, q) over the field GF(q), q a prime power —
 * q^d people at q^(d−1) tables of q for (q^d − 1)/(q − 1) rounds (d = 2: the affine plane, q + 1 rounds; d = 3,
 * q = 3: a Kirkman triple system of 27).</li>
 * <li>{@link #net}: k mutually orthogonal Latin squares of order m give m² people at m tables of m for k + 2
 * rounds; the squares come from GF(q) for prime powers, MacNeish's product for other orders, and stored
 * squares for orders 10, 12 and 14 ({@link BaseBlocks}).</li>
 * <li>{@link #transversal}: k − 1 orthogonal Latin squares of order T seat T tables of k for T rounds, one
 * person per table staying (a host, if the room has hosts) and the others meeting each host once — over
 * GF(T) "seat j moves on by j·r tables in round r".</li>
 * <li>{@link #roundRobin}: pairs (speed networking), the circle method: n people, n − 1 rounds.</li>
 * <li>{@link #rotational}: a stored base round (Kirkman triple systems)
 * turned round a cycle, one round per step ({@link BaseBlocks}); {@link #cyclicKirkman} the same over one
 * cycle of v − 1 with a half-turn-fixed base round; {@link #withFixedPoints} with several fixed points (resolvable
 * group divisible designs: nearly Kirkman triple systems, tables of 4 with groups of 3, and with groups of 2 for 44
 * and 56 people, whose base rounds are also fixed by a group of order 3 — {@code bench/rgdd-frobenius.py}).</li>
 * <li>{@link #fourFromField}: resolvable (3q + 1, 4, 1) designs for prime powers q ≡ 1 mod 4 (16, 28, 40, 52,
 * 76, …: tables of 4, q rounds); {@link #hyperoval}: Seiden's resolvable designs from a hyperoval in PG(2, 2^m)
 * (120 people at 15 tables of 8 for 17 rounds).</li>
 * <li>{@link BaseBlocks#howell}: hosted cafés with as many rounds as tables where no transversal design exists,
 * stored as found by a constraint solver (generalised Howell designs: 24 people at 6 hosted tables of 4, 40 at 10).</li>
 * <li>Published tables stored whole ({@link BaseBlocks#groupDivisible}, {@link BaseBlocks#resolvable}): 32
 * people at 8 tables of 4 for 10 rounds, 18 in threes for 8, 65 at 13 tables of 5 for 16.</li>
 * </ul>
 */
final class Designs {

	private Designs() {
	}

	/** Every construction with exactly these tables of this size (hosts: the first point of each table stays). */
	static List<Design> all(int tables, int size, boolean hosted) {
		List<Design> found = new ArrayList<>();
		if (hosted) {
			add(found, transversal(tables, size, true));
			int[][][] howell = BaseBlocks.howell(tables, size);
			if (howell != null) {
				String notation = "GHD(" + tables + ", " + tables * (size - 1) + ")";
				found.add(new Design("hosted generalised Howell design " + notation + " (stored, found by CP-SAT)",
						Plan.Family.HOWELL, notation, tables * size, tables, howell));
			}
			return found;
		}
		for (int d = 2; GaloisField.isPrimePower(size) && Math.pow(size, d - 1) <= tables; d++) {
			if (Math.pow(size, d - 1) == tables) {
				add(found, affine(size, d));
			}
		}
		if (tables == size && !GaloisField.isPrimePower(size)) {
			// for prime powers the net of m − 1 squares is the affine plane, listed above
			add(found, net(size));
		}
		add(found, transversal(tables, size, false));
		if (size == 2) {
			add(found, roundRobin(2 * tables));
		}
		if (size == 4 && tables * 4 % 3 == 1) {
			add(found, fourFromField(tables * 4 / 3));
		}
		if (tables == 2 * size - 1) {
			add(found, hyperoval(2 * size));
		}
		int[][] base = BaseBlocks.rotational(tables * size, size);
		if (base != null) {
			add(found, rotational(tables * size, size, base));
		}
		int[][] cyclic = size == 3 ? BaseBlocks.cyclicKirkman(tables * size) : null;
		if (cyclic != null) {
			add(found, cyclicKirkman(tables * size, cyclic));
		}
		BaseBlocks.Turned withFixed = BaseBlocks.withFixedPoints(tables * size, size);
		if (withFixed != null) {
			add(found, withFixedPoints(tables * size, withFixed));
		}
		int[][][] stored = BaseBlocks.groupDivisible(tables * size, size);
		if (stored != null) {
			add(found, new Design((size == 3 ? "nearly Kirkman triple system of order " + tables * size
					: "resolvable group divisible design, " + tables + " tables of " + size) + " (published table)",
					size == 3 ? Plan.Family.NEARLY_KIRKMAN : Plan.Family.GROUP_DIVISIBLE,
					size == 3 ? "NKTS(" + tables * size + ")" : size + "-RGDD(" + tables * size + ")", tables * size, 0,
					stored));
		}
		int[][][] resolvable = BaseBlocks.resolvable(tables * size, size);
		if (resolvable != null) {
			add(found, new Design("resolvable (" + tables * size + ", " + size + ", 1) design (published table)",
					Plan.Family.RESOLVABLE_DESIGN, "(" + tables * size + ", " + size + ", 1)", tables * size, 0, resolvable));
		}
		found.sort(Comparator.comparingInt((Design d) -> -d.rounds().length));
		return found;
	}

	/**
	 * The construction to start from: the one with the fewest rounds that still covers {@code rounds}, else
	 * the one with the most rounds; null when none fits these tables.
	 */
	static Design best(int tables, int size, int rounds, boolean hosted) {
		List<Design> all = all(tables, size, hosted);
		Design best = all.isEmpty() ? null : all.getFirst();
		for (Design d : all) {
			if (d.rounds().length >= rounds && d.rounds().length < best.rounds().length) {
				best = d;
			}
		}
		return best;
	}

	private static void add(List<Design> found, Design design) {
		if (design != null) {
			found.add(design);
		}
	}

	/** The lines of AG(d, q), one round per direction; null when q is not a prime power. */
	static Design affine(int q, int d) {
		GaloisField field = GaloisField.of(q);
		if (field == null || d < 2) {
			return null;
		}
		int points = (int) Math.pow(q, d);
		List<int[]> directions = new ArrayList<>();
		for (int v = 1; v < points; v++) {
			int[] digits = digits(v, q, d);
			int first = 0;
			while (digits[first] == 0) {
				first++;
			}
			if (digits[first] == 1) {
				directions.add(digits);
			}
		}
		int[][][] rounds = new int[directions.size()][][];
		for (int r = 0; r < directions.size(); r++) {
			int[] direction = directions.get(r);
			boolean[] seated = new boolean[points];
			int[][] tables = new int[points / q][];
			int t = 0;
			for (int x = 0; x < points; x++) {
				if (seated[x]) {
					continue;
				}
				int[] line = new int[q];
				int[] start = digits(x, q, d);
				for (int s = 0; s < q; s++) {
					int[] point = new int[d];
					for (int i = 0; i < d; i++) {
						point[i] = field.add(start[i], field.mul(s, direction[i]));
					}
					line[s] = number(point, q);
					seated[line[s]] = true;
				}
				tables[t++] = line;
			}
			rounds[r] = tables;
		}
		String notation = "AG(" + d + ", " + q + ")";
		return d == 2 ? new Design("affine plane " + notation, Plan.Family.AFFINE_PLANE, notation, points, 0, rounds)
				: new Design("affine space " + notation, Plan.Family.AFFINE_SPACE, notation, points, 0, rounds);
	}

	/** The net of k mutually orthogonal Latin squares of order m: rows, columns, then one round per square. */
	static Design net(int m) {
		int[][][] squares = mols(m);
		if (squares == null) {
			return null;
		}
		int[][][] rounds = new int[squares.length + 2][m][m];
		int[][] filled = new int[squares.length + 2][m];
		for (int x = 0; x < m; x++) {
			for (int y = 0; y < m; y++) {
				int point = x * m + y;
				rounds[0][x][y] = point;
				rounds[1][y][x] = point;
				for (int i = 0; i < squares.length; i++) {
					int symbol = squares[i][x][y];
					rounds[i + 2][symbol][filled[i + 2][symbol]++] = point;
				}
			}
		}
		return new Design(squares.length + " orthogonal Latin squares of order " + m, Plan.Family.LATIN_SQUARES,
				squares.length + " MOLS(" + m + ")", m * m, 0, rounds);
	}

	/**
	 * Mutually orthogonal Latin squares of order m: from GF(m) when m is a prime power (m − 1 squares), the
	 * stored ones for 10, 12, 14, 15, 18, 20, 21 and 24, else MacNeish's product over m's prime-power factors (and the stored pair
	 * for a factor 10); null for m below 2.
	 */
	static int[][][] mols(int m) {
		if (m < 2) {
			return null;
		}
		int[][][] stored = Squares.of(m);
		if (stored != null) {
			return stored;
		}
		if (GaloisField.isPrimePower(m)) {
			GaloisField field = GaloisField.of(m);
			int[][][] squares = new int[m - 1][m][m];
			for (int a = 1; a < m; a++) {
				for (int x = 0; x < m; x++) {
					for (int y = 0; y < m; y++) {
						squares[a - 1][x][y] = field.add(field.mul(a, x), y);
					}
				}
			}
			return squares;
		}
		int factor = m % 2 == 0 && m % 4 != 0 && m % 5 == 0 && m % 25 != 0 ? 10 : primePowerFactor(m);
		return product(mols(factor), mols(m / factor));
	}

	private static int primePowerFactor(int m) {
		int p = 2;
		while (m % p != 0) {
			p++;
		}
		int factor = 1;
		while (m % p == 0) {
			m /= p;
			factor *= p;
		}
		return factor;
	}

	/** MacNeish: squares A (order a) and B (order b) give A⊗B of order ab; as many as the smaller set. */
	private static int[][][] product(int[][][] a, int[][][] b) {
		int k = Math.min(a.length, b.length);
		int oa = a[0].length;
		int ob = b[0].length;
		int m = oa * ob;
		int[][][] squares = new int[k][m][m];
		for (int i = 0; i < k; i++) {
			for (int x = 0; x < m; x++) {
				for (int y = 0; y < m; y++) {
					squares[i][x][y] = a[i][x / ob][y / ob] * ob + b[i][x % ob][y % ob];
				}
			}
		}
		return squares;
	}

	/**
	 * A resolvable transversal design from k − 1 mutually orthogonal Latin squares L₁ … of order T: in round r,
	 * table c seats "host" c and, for each square i, the person numbered L_i(r, c) of group i. T tables of k for
	 * T rounds; nobody meets twice and everyone meets each host once (with hosts, the first T points stay at
	 * their tables; without, they are ordinary people who happen not to move). Over GF(T) this is "seat i moves
	 * on i·r tables in round r"; other orders use {@link #mols}.
	 */
	static Design transversal(int tables, int size, boolean hosted) {
		int[][][] squares = tables < 2 ? null : mols(tables);
		if (squares == null || size < 2 || size - 1 > squares.length) {
			return null;
		}
		int[][][] rounds = new int[tables][tables][size];
		for (int r = 0; r < tables; r++) {
			for (int c = 0; c < tables; c++) {
				rounds[r][c][0] = c;
				for (int i = 1; i < size; i++) {
					rounds[r][c][i] = i * tables + squares[i - 1][r][c];
				}
			}
		}
		String notation = "RTD(" + size + ", " + tables + ")";
		return new Design((hosted ? "hosted " : "") + "resolvable transversal design " + notation,
				Plan.Family.TRANSVERSAL_DESIGN, notation, size * tables, hosted ? tables : 0, rounds);
	}

	/** Pairs for n − 1 rounds (n even): the circle method, one person fixed, the others turning. */
	static Design roundRobin(int n) {
		if (n < 2 || n % 2 != 0) {
			return null;
		}
		int turning = n - 1;
		int[][][] rounds = new int[turning][n / 2][];
		for (int r = 0; r < turning; r++) {
			rounds[r][0] = new int[] { n - 1, r };
			for (int i = 1; i < n / 2; i++) {
				rounds[r][i] = new int[] { (r + i) % turning, Math.floorMod(r - i, turning) };
			}
		}
		return new Design("round robin (circle method)", Plan.Family.ROUND_ROBIN, "K(" + n + ")", n, 0, rounds);
	}

	/**
	 * A 1-rotational design: points are Z_c × levels plus ∞ (point v − 1), point (x, level) numbered
	 * level·c + x; the base holds one or more base rounds of v/k tables each, and round j·c + g is base round
	 * j with every x moved on by g (so c = (v − 1) / ((k − 1) · base rounds)).
	 */
	static Design rotational(int v, int k, int[][] base) {
		int baseRounds = base.length / (v / k);
		int c = (v - 1) / ((k - 1) * baseRounds);
		return turned("Kirkman triple system of order " + v + " (1-rotational)", Plan.Family.KIRKMAN, "KTS(" + v + ")", v,
				c, v - 1, base);
	}

	/**
	 * A design turned round a cycle with fixed points ({@link BaseBlocks#withFixedPoints}): points Z_c × levels
	 * plus v mod c fixed points, each base round turned c times; named group divisible when everyone misses just
	 * the others of their group, else a packing.
	 */
	static Design withFixedPoints(int v, BaseBlocks.Turned turned) {
		int k = turned.base()[0].length;
		int fixed = v % turned.c();
		int rounds = turned.base().length / (v / k) * turned.c();
		// everyone misses as many people as the fixed points are, less one: a group divisible design when those
		// missed are always the others of one group (60 at tables of 4 with 9 fixed points: everyone misses 8, but
		// not in groups)
		Design design = turned("", null, null, v, turned.c(), v - fixed, turned.base());
		int[][][] built = design.rounds();
		boolean groups = fixed >= 2 && v - 1 - rounds * (k - 1) == fixed - 1
				&& missedInGroups(design.meetings(built.length));
		String how = " (turned round Z_" + turned.c() + ")";
		if (k == 3 && fixed == 2 && groups) {
			return new Design("nearly Kirkman triple system of order " + v + how, Plan.Family.NEARLY_KIRKMAN,
					"NKTS(" + v + ")", v, 0, built);
		}
		if (groups) {
			return new Design("resolvable group divisible design, " + v / k + " tables of " + k + ", groups of " + fixed
					+ how, Plan.Family.GROUP_DIVISIBLE, k + "-RGDD(" + fixed + "^" + v / fixed + ")", v, 0, built);
		}
		return new Design("resolvable packing, " + v / k + " tables of " + k + how, Plan.Family.PACKING,
				"(" + v + ", " + k + ")", v, 0, built);
	}

	/** Whether "never meets" splits the points into groups: whoever p misses meets exactly whom p meets. */
	private static boolean missedInGroups(boolean[][] met) {
		for (int p = 0; p < met.length; p++) {
			for (int q = 0; q < met.length; q++) {
				if (p != q && !met[p][q] && !Arrays.equals(met[p], met[q])) {
					return false;
				}
			}
		}
		return true;
	}

	/**
	 * Base rounds over Z_c × levels (point (x, level) numbered level·c + x, below {@code moving}) plus fixed points
	 * ({@code moving} … v − 1): round j·c + g is base round j with every x moved on by g.
	 */
	private static Design turned(String name, Plan.Family family, String notation, int v, int c, int moving,
			int[][] base) {
		int k = base[0].length;
		int perRound = v / k;
		int baseRounds = base.length / perRound;
		int[][][] rounds = new int[baseRounds * c][perRound][k];
		for (int j = 0; j < baseRounds; j++) {
			for (int g = 0; g < c; g++) {
				for (int b = 0; b < perRound; b++) {
					for (int i = 0; i < k; i++) {
						int p = base[j * perRound + b][i];
						rounds[j * c + g][b][i] = p >= moving ? p : (p / c) * c + (p % c + g) % c;
					}
				}
			}
		}
		return new Design(name, family, notation, v, 0, rounds);
	}

	/**
	 * A cyclic 1-rotational Kirkman triple system: points Z_(v − 1) plus ∞ (point v − 1); round g is the
	 * base round with every point but ∞ moved on by g, for g = 0 … (v − 3)/2 (the half turn maps the base
	 * round onto itself).
	 */
	static Design cyclicKirkman(int v, int[][] base) {
		int[][][] rounds = new int[(v - 1) / 2][base.length][3];
		for (int g = 0; g < rounds.length; g++) {
			for (int b = 0; b < base.length; b++) {
				for (int i = 0; i < 3; i++) {
					int p = base[b][i];
					rounds[g][b][i] = p == v - 1 ? p : (p + g) % (v - 1);
				}
			}
		}
		return new Design("Kirkman triple system of order " + v + " (cyclic, published table)", Plan.Family.KIRKMAN,
				"KTS(" + v + ")", v, 0, rounds);
	}

	/**
	 * Seiden's construction for q = 2^m: in the projective plane over GF(q) a hyperoval — the conic y² = xz and
	 * its nucleus (0, 1, 0), q + 2 points no three on a line — misses q(q − 1)/2 lines entirely. Those lines are
	 * the people. A point off the hyperoval lies on q/2 of them (a table), two of them share exactly one point
	 * (so they meet once), and each of the q + 1 lines through one hyperoval point gives a round: its points off
	 * the hyperoval seat every missing line once. q(q − 1)/2 people at q − 1 tables of q/2 for q + 1 rounds (q
	 * = 16: 120 people at 15 tables of 8 for 17 rounds).
	 */
	static Design hyperoval(int q) {
		GaloisField f = Integer.bitCount(q) == 1 && q >= 4 ? GaloisField.of(q) : null;
		if (f == null) {
			return null;
		}
		List<int[]> points = new ArrayList<>();
		for (int x = 0; x <= 1; x++) {
			for (int y = 0; y < q; y++) {
				for (int z = 0; z < q; z++) {
					if (x == 1 || y == 1 || (y == 0 && z == 1)) {
						points.add(new int[] { x, y, z });
					}
				}
			}
		}
		boolean[] onOval = new boolean[points.size()];
		for (int i = 0; i < points.size(); i++) {
			int[] p = points.get(i);
			onOval[i] = f.mul(p[1], p[1]) == f.mul(p[0], p[2]) || (p[0] == 0 && p[1] == 1 && p[2] == 0);
		}
		// lines are written like points (a, b, c): ax + by + cz = 0; people are the lines that miss the oval
		int[] person = new int[points.size()];
		int people = 0;
		for (int l = 0; l < points.size(); l++) {
			boolean misses = true;
			for (int i = 0; i < points.size() && misses; i++) {
				misses = !onOval[i] || !on(f, points.get(i), points.get(l));
			}
			person[l] = misses ? people++ : -1;
		}
		int through = points.indexOf(points.stream().filter(p -> p[0] == 0 && p[1] == 0).findFirst().orElseThrow());
		List<int[][]> rounds = new ArrayList<>();
		for (int l = 0; l < points.size(); l++) {
			if (!on(f, points.get(through), points.get(l))) {
				continue;
			}
			List<int[]> tables = new ArrayList<>();
			for (int i = 0; i < points.size(); i++) {
				if (onOval[i] || !on(f, points.get(i), points.get(l))) {
					continue;
				}
				int[] table = new int[q / 2];
				int seated = 0;
				for (int m = 0; m < points.size(); m++) {
					if (person[m] >= 0 && on(f, points.get(i), points.get(m))) {
						table[seated++] = person[m];
					}
				}
				tables.add(table);
			}
			rounds.add(tables.toArray(int[][]::new));
		}
		return new Design("resolvable (" + people + ", " + q / 2 + ", 1) design from a hyperoval in PG(2, " + q + ")",
				Plan.Family.RESOLVABLE_DESIGN, "(" + people + ", " + q / 2 + ", 1)", people, 0,
				rounds.toArray(int[][][]::new));
	}

	/**
	 * A resolvable (3q + 1, 4, 1) design for a prime power q ≡ 1 mod 4 (Handbook of Combinatorial Designs,
	 * VII.7.5): points GF(q) × {0, 1, 2} plus ∞; with ω primitive and ε = ω^((q − 1)/4) (so ε² = −1), the first
	 * round holds {∞, (0, 0), (0, 1), (0, 2)} and, for i below (q − 1)/4 and each level j, {(±ω^i, j),
	 * (±εω^i, j + 1)}; round g adds g to every field element. 3q + 1 people at (3q + 1)/4 tables of 4 for q
	 * rounds: 16, 28, 40, 52, 76, 88, 112, 124, 148, …
	 */
	static Design fourFromField(int q) {
		GaloisField f = q % 4 == 1 ? GaloisField.of(q) : null;
		if (f == null) {
			return null;
		}
		int w = f.primitive();
		int eps = f.pow(w, (q - 1) / 4);
		int minusOne = f.pow(w, (q - 1) / 2);
		List<int[]> first = new ArrayList<>();
		first.add(new int[] { 3 * q, 0, q, 2 * q });
		for (int i = 0; i < (q - 1) / 4; i++) {
			int x = f.pow(w, i);
			int y = f.mul(eps, x);
			for (int j = 0; j < 3; j++) {
				int next = (j + 1) % 3;
				first.add(new int[] { j * q + x, j * q + f.mul(minusOne, x), next * q + y, next * q + f.mul(minusOne, y) });
			}
		}
		int[][][] rounds = new int[q][][];
		for (int g = 0; g < q; g++) {
			rounds[g] = new int[first.size()][4];
			for (int b = 0; b < first.size(); b++) {
				for (int i = 0; i < 4; i++) {
					int p = first.get(b)[i];
					rounds[g][b][i] = p == 3 * q ? p : p / q * q + f.add(p % q, g);
				}
			}
		}
		return new Design("resolvable (" + (3 * q + 1) + ", 4, 1) design over GF(" + q + ")",
				Plan.Family.RESOLVABLE_DESIGN, "(" + (3 * q + 1) + ", 4, 1)", 3 * q + 1, 0, rounds);
	}

	private static boolean on(GaloisField f, int[] point, int[] line) {
		return f.add(f.add(f.mul(point[0], line[0]), f.mul(point[1], line[1])), f.mul(point[2], line[2])) == 0;
	}

	private static int[] digits(int value, int base, int length) {
		int[] d = new int[length];
		for (int i = length - 1; i >= 0; i--) {
			d[i] = value % base;
			value /= base;
		}
		return d;
	}

	private static int number(int[] digits, int base) {
		int value = 0;
		for (int d : digits) {
			value = value * base + d;
		}
		return value;
	}
}
