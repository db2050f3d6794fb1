package org.convene.interact.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.convene.interact.Activity;
import org.convene.interact.ActivityType;
import org.convene.interact.Response;
import org.convene.platform.UserError;
import org.convene.platform.text.Folding;
import org.convene.platform.text.PersonalIdentifiers;

/**
 * Turns what a form sent into one canonical answer string per activity type, or says in a message key
 * what is wrong. Canonical forms: option numbers "0,3" (sorted; for ranking, in ranked order), a scale
 * value "4", points "50,30,20", words one per line, text as given (trimmed).
 */
public final class Answers {

	public static final int MAX_TEXT = 500;
	public static final int MAX_WORD = 40;

	private Answers() {
	}

	public static String parse(Activity activity, Map<String, String[]> form) {
		return switch (activity.getType()) {
			case SINGLE -> choices(activity, form, 1, 1);
			case MULTIPLE -> choices(activity, form, 1, maxChoices(activity));
			case QUIZ -> choices(activity, form, 1, Math.max(1, activity.correctOptions().size()));
			case WORDS -> words(activity, form);
			case OPEN, QA -> text(form);
			case SCALE -> scale(activity, form);
			case RANKING -> ranking(activity, form);
			case POINTS -> points(activity, form);
			case GRID -> grid(activity, form);
		};
	}

	/** How many options a multiple-choice activity lets one pick. */
	public static int maxChoices(Activity activity) {
		int options = activity.options().size();
		return activity.getMaxValue() == null || activity.getMaxValue() < 1 ? options
				: Math.min(options, activity.getMaxValue());
	}

	public static int maxWords(Activity activity) {
		return activity.getMaxValue() == null ? 3 : Math.max(1, Math.min(3, activity.getMaxValue()));
	}

	public static int scaleLow(Activity activity) {
		return activity.getMinValue() == null ? 1 : activity.getMinValue();
	}

	public static int scaleHigh(Activity activity) {
		return activity.getMaxValue() == null ? 5 : activity.getMaxValue();
	}

	public static int pointsTotal(Activity activity) {
		return activity.getMaxValue() == null ? 100 : activity.getMaxValue();
	}

	private static String choices(Activity activity, Map<String, String[]> form, int min, int max) {
		int options = activity.options().size();
		Set<Integer> chosen = new TreeSet<>();
		for (String value : values(form, "choice")) {
			chosen.add(index(value, options));
		}
		if (chosen.size() < min) {
			throw new UserError("interact.error.choose");
		}
		if (chosen.size() > max) {
			throw new UserError("interact.error.tooMany");
		}
		return chosen.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	private static String words(Activity activity, Map<String, String[]> form) {
		List<String> words = new ArrayList<>();
		for (String value : values(form, "word")) {
			String word = value.strip().replaceAll("\\s+", " ");
			if (word.isEmpty()) {
				continue;
			}
			if (word.length() > MAX_WORD) {
				throw new UserError("interact.error.wordTooLong");
			}
			if (words.stream().noneMatch(w -> Folding.fold(w).equals(Folding.fold(word)))) {
				words.add(word);
			}
		}
		if (words.isEmpty()) {
			throw new UserError("interact.error.empty");
		}
		if (words.size() > maxWords(activity)) {
			throw new UserError("interact.error.tooMany");
		}
		return String.join("\n", words);
	}

	private static String text(Map<String, String[]> form) {
		String text = String.join(" ", values(form, "text")).strip();
		if (text.isEmpty()) {
			throw new UserError("interact.error.empty");
		}
		if (text.length() > MAX_TEXT) {
			throw new UserError("interact.error.tooLong");
		}
		return text;
	}

	/** A rating for every statement, each on the activity's scale: "4,5,3". */
	private static String grid(Activity activity, Map<String, String[]> form) {
		List<String> ratings = new ArrayList<>();
		for (int i = 0; i < activity.options().size(); i++) {
			List<String> values = values(form, "grid_" + i);
			if (values.size() != 1) {
				throw new UserError("interact.error.rateAll");
			}
			int value = number(values.get(0));
			if (value < scaleLow(activity) || value > scaleHigh(activity)) {
				throw new UserError("interact.error.invalid");
			}
			ratings.add(String.valueOf(value));
		}
		return String.join(",", ratings);
	}

	private static String scale(Activity activity, Map<String, String[]> form) {
		List<String> values = values(form, "value");
		if (values.size() != 1) {
			throw new UserError("interact.error.choose");
		}
		int value = number(values.get(0));
		if (value < scaleLow(activity) || value > scaleHigh(activity)) {
			throw new UserError("interact.error.invalid");
		}
		return String.valueOf(value);
	}

	/** Form fields rank_0, rank_1, …: the rank (1 = first) given to each option; must use each rank once. */
	private static String ranking(Activity activity, Map<String, String[]> form) {
		int options = activity.options().size();
		Map<Integer, Integer> optionAtRank = new LinkedHashMap<>();
		for (int i = 0; i < options; i++) {
			List<String> values = values(form, "rank_" + i);
			if (values.size() != 1 || values.get(0).isBlank()) {
				throw new UserError("interact.error.rankAll");
			}
			int rank = number(values.get(0));
			if (rank < 1 || rank > options || optionAtRank.putIfAbsent(rank, i) != null) {
				throw new UserError("interact.error.rankOnce");
			}
		}
		List<String> order = new ArrayList<>();
		for (int rank = 1; rank <= options; rank++) {
			order.add(String.valueOf(optionAtRank.get(rank)));
		}
		return String.join(",", order);
	}

	private static String points(Activity activity, Map<String, String[]> form) {
		int options = activity.options().size();
		int[] points = new int[options];
		int sum = 0;
		for (int i = 0; i < options; i++) {
			List<String> values = values(form, "points_" + i);
			points[i] = values.isEmpty() || values.get(0).isBlank() ? 0 : number(values.get(0));
			if (points[i] < 0) {
				throw new UserError("interact.error.invalid");
			}
			sum += points[i];
		}
		if (sum != pointsTotal(activity)) {
			throw new UserError("interact.error.pointsSum");
		}
		return Arrays.stream(points).mapToObj(String::valueOf).collect(Collectors.joining(","));
	}

	/** The option numbers of a canonical choice or ranking answer. */
	public static List<Integer> indexes(String answer) {
		if (answer == null || answer.isBlank()) {
			return List.of();
		}
		return Arrays.stream(answer.split(",")).map(Integer::valueOf).toList();
	}

	private static int index(String value, int options) {
		int i = number(value);
		if (i < 0 || i >= options) {
			throw new UserError("interact.error.invalid");
		}
		return i;
	}

	private static int number(String value) {
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException e) {
			throw new UserError("interact.error.invalid");
		}
	}

	private static List<String> values(Map<String, String[]> form, String name) {
		String[] values = form.get(name);
		return values == null ? List.of() : Arrays.asList(values);
	}

	/** Nothing given: every field empty (points left at 0 count as empty). */
	public static boolean blank(Map<String, String[]> form) {
		return form.entrySet().stream().allMatch(e -> Arrays.stream(e.getValue())
			.allMatch(v -> v == null || v.isBlank() || (e.getKey().startsWith("points_") && v.strip().equals("0"))));
	}

	public static boolean checkIdentifiers(Activity activity, String answer, boolean confirmed) {
		List<PersonalIdentifiers.Finding> findings = identifiersIn(activity, answer);
		if (findings.isEmpty()) {
			return false;
		}
		if (!confirmed) {
			throw new PersonalIdentifiers.Found(findings);
		}
		return true;
	}

	/** What in a typed answer (open text, a question, words) looks like personal identifiers. */
	public static List<PersonalIdentifiers.Finding> identifiersIn(Activity activity, String answer) {
		return activity.getType().isText() || activity.getType() == ActivityType.WORDS ? PersonalIdentifiers.find(answer)
				: List.of();
	}

	/** Typed answers wait for a moderator when the activity is moderated or they look like personal data. */
	public static Response.Status statusOf(Activity activity, boolean flagged) {
		return activity.getType().isText() && (activity.isModerated() || flagged) ? Response.Status.PENDING
				: Response.Status.SHOWN;
	}

	public static boolean correct(Activity activity, String answer) {
		return activity.correctOptions().equals(new TreeSet<>(Answers.indexes(answer)));
	}
}
