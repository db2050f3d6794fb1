package org.convene.cafe;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.convene.cafe.planner.Plan;

/**
 * A World Café of an event: its rounds, where it is ({@code currentRound} 0 before the first round,
 * 1..n during, n + 1 once ended), dot voting, and the figures of its saved plan.
 */
public record Cafe(long id, long eventId, Long sessionId, String title, int currentRound, Instant roundStartedAt,
		boolean votingOpen, int dotsPerPerson, PlanFigures plan, List<Round> rounds) {

	/** Round {@code number} (1-based): its question, minutes, and whether everyone goes back to their first table. */
	public record Round(int number, String question, int minutes, boolean returnHome) {
	}

	/**
	 * The saved plan's figures, as the planner reported them (or recomputed after a swap by hand), and how it was
	 * made ({@code how} is null for plans saved before that was kept).
	 */
	public record PlanFigures(int repeatedPairs, int lowerBound, int sameOrganisationPairs, long sumSquares,
			Instant plannedAt, Plan.How how) {
	}

	public boolean started() {
		return currentRound > 0;
	}

	public boolean ended() {
		return currentRound > rounds.size();
	}

	public boolean running() {
		return started() && !ended();
	}

	/** The round being held, or null before the first and after the last. */
	public Round round() {
		return running() ? rounds.get(currentRound - 1) : null;
	}

	/** Seconds left in the current round (0 once over), or -1 when no round is running. */
	public long secondsLeft(Instant now) {
		Round round = round();
		if (round == null || roundStartedAt == null) {
			return -1;
		}
		long left = round.minutes() * 60L - Duration.between(roundStartedAt, now).toSeconds();
		return Math.max(0, left);
	}
}
