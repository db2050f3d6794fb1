package org.convene.cafe.planner;

import java.util.List;
import java.util.Locale;

/**
 * Who sits where: for each round, one list of participant ids per table, in the instance's table order;
 * and how good it is.
 */
public record Plan(List<List<List<String>>> rounds, Metrics metrics) {

	/**
	 * Repeated encounters (Σ over pairs of max(0, meetings − 1), host pairs included) and the lower bound
	 * no plan can beat, same-organisation pairs at a table, the sum of squared meeting counts, the time
	 * taken, how the plan was made, and whether it is proven optimal: no pair kept apart meets and the repeats
	 * equal the lower bound, so no plan has fewer.
	 */
	public record Metrics(int repeatedPairs, int lowerBoundRepeatedPairs, int sameOrganisationPairs, long sumSquares,
			double seconds, How how, boolean optimal) {

		/** How the plan was made, in English (the plan command's JSON, the benchmark). */
		public String method() {
			return how.describe();
		}
	}

	/** Where a plan started from. */
	public enum Start {
		/** Seated one round at a time, each person where they add the least cost. */
		GREEDY,
		/** Triska & Musliu's greedy start: the pairs with the most freedom first. */
		FREEDOM,
		/** A construction from design theory, covering every round. */
		DESIGN,
		/** A construction with fewer rounds than the café, repeated. */
		DESIGN_REPEATED,
		/** A construction's rounds once, the rest seated greedily among those who have not met. */
		DESIGN_THEN_GREEDY,
		/** A construction with fewer seats at each table than the room: whom it does not seat is seated greedily. */
		DESIGN_PARTIAL,
		/** Seats changed by hand. */
		BY_HAND
	}

	/** The family of a construction, named on the café page in the reader's language. */
	public enum Family {
		AFFINE_PLANE, AFFINE_SPACE, LATIN_SQUARES, TRANSVERSAL_DESIGN, ROUND_ROBIN, KIRKMAN, NEARLY_KIRKMAN,
		RESOLVABLE_DESIGN, GROUP_DIVISIBLE, PACKING, HOWELL
	}

	/**
	 * How a plan was made, in a form each language can say: the start, the construction's family and notation
	 * (as in "AG(2, 4)", the same in every language) and rounds when it came from one, and whether local search
	 * and simulated annealing changed it. {@code designName} is the construction's full English name.
	 */
	public record How(Start start, Family family, String notation, String designName, int designRounds,
			boolean searched, boolean annealed) {

		/** The message saying where the plan started, {@code cafe.plan.how.<start>}: args the design and its rounds. */
		public String startKey() {
			return "cafe.plan.how." + camelCase(start);
		}

		/** The message naming the construction, {@code cafe.plan.design.<family>} (arg the notation), or null. */
		public String designKey() {
			return family == null ? null : "cafe.plan.design." + camelCase(family);
		}

		/** The message saying what improved the start, or null when nothing did. */
		public String improvedKey() {
			return searched ? (annealed ? "cafe.plan.how.annealed" : "cafe.plan.how.searched")
					: annealed ? "cafe.plan.how.annealedOnly" : null;
		}

		private static String camelCase(Enum<?> value) {
			StringBuilder key = new StringBuilder();
			for (String word : value.name().toLowerCase(Locale.ROOT).split("_")) {
				key.append(key.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
			}
			return key.toString();
		}

		/** How a plan started from {@code design} (null: none) was made. */
		static How of(Start start, Design design, boolean searched, boolean annealed) {
			return design == null ? new How(start, null, null, null, 0, searched, annealed)
					: new How(start, design.family(), design.notation(), design.name(), design.rounds().length, searched,
							annealed);
		}

		/** The English description: "construction: affine plane AG(2, 4), then local search". */
		public String describe() {
			String text = switch (start) {
				case GREEDY -> "greedy start";
				case FREEDOM -> "greedy freedom start (Triska & Musliu)";
				case DESIGN -> "construction: " + designName;
				case DESIGN_REPEATED -> "construction: " + designName + ", repeated every " + designRounds + " rounds";
				case DESIGN_THEN_GREEDY -> "construction: " + designName + " for " + designRounds
						+ " rounds, the rest greedy";
				case DESIGN_PARTIAL -> "construction: " + designName + " for part of the seats, the rest greedy";
				case BY_HAND -> "by hand";
			};
			if (searched) {
				text += ", then local search";
			}
			if (annealed) {
				text += searched ? " and simulated annealing" : ", then simulated annealing";
			}
			return text;
		}
	}
}
