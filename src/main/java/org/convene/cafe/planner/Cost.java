package org.convene.cafe.planner;

/**
 * What a plan costs, compared field by field in this order: pairs kept apart who meet, repeated
 * encounters, same-organisation pairs at a table, pairs alike in sex, stakeholder type or country, and
 * the sum of squared meeting counts. No field is folded into another by a weight: one broken "keep
 * apart" is worse than any number of repeats, and each figure reads as itself (decision 13).
 *
 * <p>Mutable on purpose: the search adds thousands of deltas per millisecond into a few of these
 * instead of allocating one per candidate move.
 */
final class Cost implements Comparable<Cost> {

	private static final Cost ZERO = new Cost();

	long apart;
	long repeats;
	long colleagues;
	long mix;
	long squares;

	Cost copy() {
		Cost c = new Cost();
		c.set(this);
		return c;
	}

	void set(Cost other) {
		apart = other.apart;
		repeats = other.repeats;
		colleagues = other.colleagues;
		mix = other.mix;
		squares = other.squares;
	}

	void clear() {
		apart = 0;
		repeats = 0;
		colleagues = 0;
		mix = 0;
		squares = 0;
	}

	void add(Cost other) {
		apart += other.apart;
		repeats += other.repeats;
		colleagues += other.colleagues;
		mix += other.mix;
		squares += other.squares;
	}

	/** How {@code this + delta} compares with {@code other}, without building the sum. */
	int compareSum(Cost delta, Cost other) {
		int c = Long.compare(apart + delta.apart, other.apart);
		if (c == 0) {
			c = Long.compare(repeats + delta.repeats, other.repeats);
		}
		if (c == 0) {
			c = Long.compare(colleagues + delta.colleagues, other.colleagues);
		}
		if (c == 0) {
			c = Long.compare(mix + delta.mix, other.mix);
		}
		return c != 0 ? c : Long.compare(squares + delta.squares, other.squares);
	}

	@Override
	public int compareTo(Cost other) {
		return compareSum(ZERO, other);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Cost c && compareTo(c) == 0;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(apart) * 31 + Long.hashCode(repeats);
	}

	@Override
	public String toString() {
		return "apart " + apart + ", repeats " + repeats + ", colleagues " + colleagues + ", mix " + mix + ", squares "
				+ squares;
	}
}
