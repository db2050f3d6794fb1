package org.convene.cafe.planner;

import java.util.List;

/**
 * Who sits where: for each round, one list of participant ids per table, in the instance's table order;
 * and how good it is.
 */
public record Plan(List<List<List<String>>> rounds, Metrics metrics) {

	/**
	 * Repeated encounters (Σ over pairs of max(0, meetings − 1), host pairs included) and the lower bound
	 * no plan can beat, same-organisation pairs at a table, the sum of squared meeting counts, the time
	 * taken, how the plan was made (the construction or start it came from, and whether the search improved
	 * it), and whether it is proven optimal: no pair kept apart meets and the repeats equal the lower bound,
	 * so no plan has fewer.
	 */
	public record Metrics(int repeatedPairs, int lowerBoundRepeatedPairs, int sameOrganisationPairs, long sumSquares,
			double seconds, String method, boolean optimal) {
	}
}
