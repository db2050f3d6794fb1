package org.convene.cafe.planner;

import java.util.List;

/**
 * Who sits where: for each round, one list of participant ids per table, in the instance's table order;
 * and how good it is.
 */
public record Plan(List<List<List<String>>> rounds, Metrics metrics) {

	/**
	 * Repeated encounters (Σ over pairs of max(0, meetings − 1), host pairs included) and the lower bound
	 * no plan can beat, same-organisation pairs at a table, the sum of squared meeting counts, and the
	 * time taken.
	 */
	public record Metrics(int repeatedPairs, int lowerBoundRepeatedPairs, int sameOrganisationPairs, long sumSquares,
			double seconds) {
	}
}
