package org.convene.interact;

import java.util.List;

/**
 * What an activity's answers add up to, in one language: the chart (SVG), the figures behind it (for
 * tables, exports and the report), the average of a scale, and the texts of open answers and questions.
 */
public record Results(Long activityId, ActivityType type, String prompt, int respondents, String chart,
		List<Entry> entries, Double average, List<Text> texts, int pending) {

	/** One line of the figures: an option, a word or a scale value. */
	public record Entry(String label, int count, double value, String figure, boolean correct) {
	}

	/** An open answer or a question, with what a moderator needs. */
	public record Text(long id, String text, int votes, Response.Status status, boolean flagged) {
	}

	public boolean hasChart() {
		return chart != null && !chart.isEmpty();
	}
}
