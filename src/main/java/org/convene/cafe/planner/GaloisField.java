package org.convene.cafe.planner;

/**
 * The finite field GF(q) for a prime power q = p^k: elements are the numbers 0 … q − 1, read as
 * polynomials over GF(p) (digit i in base p is the coefficient of x^i), multiplied modulo an
 * irreducible polynomial of degree k found by trying each monic one in turn. Addition and
 * multiplication are tables, built once (q is at most a few hundred here).
 */
final class GaloisField {

	private final int q;
	private final int[][] add;
	private final int[][] mul;

	private GaloisField(int q, int[][] add, int[][] mul) {
		this.q = q;
		this.add = add;
		this.mul = mul;
	}

	/** The field of order q, or null when q is not a prime power (or is larger than 1,024). */
	static GaloisField of(int q) {
		if (q < 2 || q > 1024) {
			return null;
		}
		int p = smallestPrimeFactor(q);
		int k = 0;
		for (int rest = q; rest > 1; rest /= p) {
			if (rest % p != 0) {
				return null;
			}
			k++;
		}
		int[][] add = new int[q][q];
		for (int a = 0; a < q; a++) {
			for (int b = 0; b < q; b++) {
				add[a][b] = combine(a, b, p, k, 1);
			}
		}
		// each monic polynomial of degree k is x^k + (its lower coefficients, read as a number below q)
		for (int lower = 0; lower < q; lower++) {
			int[][] mul = multiplication(q, p, k, lower);
			if (isField(mul, q)) {
				return new GaloisField(q, add, mul);
			}
		}
		throw new IllegalStateException("no irreducible polynomial of degree " + k + " over GF(" + p + ")");
	}

	static boolean isPrimePower(int q) {
		if (q < 2) {
			return false;
		}
		int p = smallestPrimeFactor(q);
		int rest = q;
		while (rest % p == 0) {
			rest /= p;
		}
		return rest == 1;
	}

	private static int smallestPrimeFactor(int n) {
		for (int d = 2; (long) d * d <= n; d++) {
			if (n % d == 0) {
				return d;
			}
		}
		return n;
	}

	/** a + sign·b, digit by digit modulo p. */
	private static int combine(int a, int b, int p, int k, int sign) {
		int result = 0;
		int place = 1;
		for (int i = 0; i < k; i++) {
			int digit = Math.floorMod(a / place % p + sign * (b / place % p), p);
			result += digit * place;
			place *= p;
		}
		return result;
	}

	private static int[][] multiplication(int q, int p, int k, int lower) {
		int[] modulus = digits(lower, p, k);
		int[][] mul = new int[q][q];
		for (int a = 0; a < q; a++) {
			int[] da = digits(a, p, k);
			for (int b = a; b < q; b++) {
				int[] db = digits(b, p, k);
				int[] product = new int[2 * k];
				for (int i = 0; i < k; i++) {
					for (int j = 0; j < k; j++) {
						product[i + j] = (product[i + j] + da[i] * db[j]) % p;
					}
				}
				// reduce: x^k = −(lower coefficients)
				for (int d = 2 * k - 1; d >= k; d--) {
					int c = product[d];
					if (c != 0) {
						product[d] = 0;
						for (int i = 0; i < k; i++) {
							product[d - k + i] = Math.floorMod(product[d - k + i] - c * modulus[i], p);
						}
					}
				}
				int value = 0;
				for (int i = k - 1; i >= 0; i--) {
					value = value * p + product[i];
				}
				mul[a][b] = value;
				mul[b][a] = value;
			}
		}
		return mul;
	}

	private static int[] digits(int value, int p, int k) {
		int[] d = new int[k];
		for (int i = 0; i < k; i++) {
			d[i] = value % p;
			value /= p;
		}
		return d;
	}

	/** Every non-zero element has an inverse: the polynomial was irreducible. */
	private static boolean isField(int[][] mul, int q) {
		for (int a = 1; a < q; a++) {
			boolean inverse = false;
			for (int b = 1; b < q && !inverse; b++) {
				inverse = mul[a][b] == 1;
			}
			if (!inverse) {
				return false;
			}
		}
		return true;
	}

	int order() {
		return q;
	}

	int add(int a, int b) {
		return add[a][b];
	}

	int mul(int a, int b) {
		return mul[a][b];
	}

	/** a^e for e ≥ 0. */
	int pow(int a, int e) {
		int result = 1;
		for (int i = 0; i < e; i++) {
			result = mul[result][a];
		}
		return result;
	}

	/** An element whose powers are every non-zero element (a primitive element). */
	int primitive() {
		for (int a = 2; a < q; a++) {
			int x = a;
			int order = 1;
			while (x != 1) {
				x = mul[x][a];
				order++;
			}
			if (order == q - 1) {
				return a;
			}
		}
		return 1;
	}
}
