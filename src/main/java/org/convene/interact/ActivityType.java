package org.convene.interact;

/** What an activity asks for, and so how it is answered and how its results are shown. */
public enum ActivityType {

	/** One option. */
	SINGLE(true),
	/** Several options, up to a maximum. */
	MULTIPLE(true),
	/** One to three words per person, grouped regardless of case, spaces and accents. */
	WORDS(false),
	/** Free text, approved by a moderator before it shows. */
	OPEN(false),
	/** A number on a scale (1–5, 0–10, …) with labels at the ends. */
	SCALE(false),
	/** Options put in order; results show the average rank. */
	RANKING(true),
	/** 100 points shared among the options. */
	POINTS(true),
	/** A question with correct option(s), a time limit and a speed-weighted score. */
	QUIZ(true),
	/** The audience asks, others upvote, the moderator approves, hides and marks answered. */
	QA(false),
	/** A Likert grid: several statements (the options), each rated on the same scale; results show each statement's average. */
	GRID(true);

	private final boolean options;

	ActivityType(boolean options) {
		this.options = options;
	}

	/** Whether people choose among options the presenter wrote. */
	public boolean hasOptions() {
		return options;
	}

	/** Whether answers are numbers on a scale from {@code minValue} to {@code maxValue} (one, or one per statement). */
	public boolean isScaled() {
		return this == SCALE || this == GRID;
	}

	/** Whether answers are free text that a moderator may have to approve. */
	public boolean isText() {
		return this == OPEN || this == QA;
	}
}
