package org.convene.interact.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.constraints.Size;
import org.convene.interact.Activity;
import org.convene.interact.ActivityDetails;
import org.convene.interact.ActivityText;
import org.convene.interact.ActivityType;
import org.convene.platform.i18n.Languages;
import org.springframework.validation.Errors;

/** The activity editor: the text in the deck's language, the type's numbers, and translations. */
public class ActivityForm extends ActivityWords {

	public static final int MAX_OPTIONS = 20;

	private Integer minValue;

	private Integer maxValue;

	/** Correct options, 1-based for people: "2" or "1, 3". */
	@Size(max = 100)
	private String correct;

	private Integer timeLimit;

	private boolean moderated;

	private Map<String, ActivityWords> translations = new LinkedHashMap<>();

	private boolean identifiersConfirmed;

	public ActivityForm() {
		for (var l : Languages.SUPPORTED) {
			translations.put(l.getLanguage(), new ActivityWords());
		}
	}

	public boolean isIdentifiersConfirmed() {
		return identifiersConfirmed;
	}

	public void setIdentifiersConfirmed(boolean identifiersConfirmed) {
		this.identifiersConfirmed = identifiersConfirmed;
	}

	public static ActivityForm of(Activity a) {
		ActivityForm f = new ActivityForm();
		f.prompt = a.getText().getPrompt();
		f.options = a.getText().getOptions();
		f.lowLabel = a.getText().getLowLabel();
		f.highLabel = a.getText().getHighLabel();
		f.minValue = a.getMinValue();
		f.maxValue = a.getMaxValue();
		f.correct = String.join(", ", a.correctOptions().stream().map(i -> String.valueOf(i + 1)).toList());
		f.timeLimit = a.getTimeLimit();
		f.moderated = a.isModerated();
		a.getTranslations().forEach((lang, t) -> {
			ActivityWords tr = new ActivityWords();
			tr.prompt = t.getPrompt();
			tr.options = t.getOptions();
			tr.lowLabel = t.getLowLabel();
			tr.highLabel = t.getHighLabel();
			f.translations.put(lang, tr);
		});
		return f;
	}

	/** The defaults a new activity of this type starts with. */
	public static ActivityDetails defaults(ActivityType type, String prompt) {
		return switch (type) {
			case SCALE -> new ActivityDetails(new ActivityText(prompt, null, null, null), 1, 5, null, null, false, Map.of());
			case GRID -> new ActivityDetails(new ActivityText(prompt, "A\nB", null, null), 1, 5, null, null, false, Map.of());
			case WORDS -> new ActivityDetails(new ActivityText(prompt, null, null, null), null, 3, null, null, false, Map.of());
			case POINTS -> new ActivityDetails(new ActivityText(prompt, "A\nB", null, null), null, 100, null, null, false,
					Map.of());
			case QUIZ -> new ActivityDetails(new ActivityText(prompt, "A\nB", null, null), null, null, "0", 20, false,
					Map.of());
			case OPEN, QA -> new ActivityDetails(new ActivityText(prompt, null, null, null), null, null, null, null, true,
					Map.of());
			default -> new ActivityDetails(new ActivityText(prompt, "A\nB", null, null), null, null, null, null, false,
					Map.of());
		};
	}

	/** Checks that depend on the type; field errors use message keys under {@code activity.error}. */
	public void validate(ActivityType type, Errors errors) {
		if (blank(prompt)) {
			errors.rejectValue("prompt", "NotBlank");
		}
		List<String> optionList = new ActivityText(prompt, options, null, null).optionList();
		if (type.hasOptions()) {
			if (optionList.size() < 2 || optionList.size() > MAX_OPTIONS) {
				errors.rejectValue("options", "activity.error.options");
			}
			else if (optionList.stream().anyMatch(o -> o.length() > 200)) {
				errors.rejectValue("options", "activity.error.optionLength");
			}
		}
		switch (type) {
			case SCALE, GRID -> {
				// in long: min −2147483648 and max 2147483647 once passed as a range of −1
				if (minValue == null || maxValue == null || minValue >= maxValue || (long) maxValue - minValue > 10
						|| Math.abs((long) minValue) > 1000 || Math.abs((long) maxValue) > 1000) {
					errors.rejectValue("maxValue", "activity.error.scale");
				}
			}
			case MULTIPLE -> {
				if (maxValue != null && maxValue < 1) {
					errors.rejectValue("maxValue", "activity.error.maxChoices");
				}
			}
			case WORDS -> {
				if (maxValue == null || maxValue < 1 || maxValue > 3) {
					errors.rejectValue("maxValue", "activity.error.words");
				}
			}
			case POINTS -> {
				if (maxValue == null || maxValue < 10 || maxValue > 1000) {
					errors.rejectValue("maxValue", "activity.error.points");
				}
			}
			case QUIZ -> {
				if (timeLimit == null || timeLimit < 5 || timeLimit > 600) {
					errors.rejectValue("timeLimit", "activity.error.timeLimit");
				}
				Set<Integer> right = correctIndexes();
				if (right == null || right.isEmpty() || right.stream().anyMatch(i -> i < 0 || i >= optionList.size())) {
					errors.rejectValue("correct", "activity.error.correct");
				}
			}
			default -> {
			}
		}
		for (var e : translations.entrySet()) {
			ActivityWords t = e.getValue();
			if (t.isEmpty()) {
				continue;
			}
			if (blank(t.prompt)) {
				errors.rejectValue("translations[" + e.getKey() + "].prompt", "activity.error.translationPrompt");
			}
			if (type.hasOptions() && new ActivityText("x", t.options, null, null).optionList().size() != optionList.size()) {
				errors.rejectValue("translations[" + e.getKey() + "].options", "activity.error.translationOptions");
			}
		}
	}

	private Set<Integer> correctIndexes() {
		if (correct == null || correct.isBlank()) {
			return Set.of();
		}
		Set<Integer> indexes = new TreeSet<>();
		for (String part : correct.split("[,;\\s]+")) {
			if (part.isBlank()) {
				continue;
			}
			try {
				indexes.add(Integer.parseInt(part) - 1);
			}
			catch (NumberFormatException e) {
				return null;
			}
		}
		return indexes;
	}

	public ActivityDetails details(ActivityType type, String deckLanguage) {
		Map<String, ActivityText> texts = new LinkedHashMap<>();
		translations.forEach((lang, t) -> {
			if (!t.isEmpty() && !lang.equals(deckLanguage)) {
				texts.put(lang, new ActivityText(t.prompt.strip(), t.options, t.lowLabel, t.highLabel));
			}
		});
		Set<Integer> right = type == ActivityType.QUIZ ? correctIndexes() : Set.of();
		return new ActivityDetails(new ActivityText(nz(prompt).strip(), type.hasOptions() ? options : null,
				type.isScaled() ? lowLabel : null, type.isScaled() ? highLabel : null), minValue,
				maxValue, right == null || right.isEmpty() ? null
						: String.join(",", right.stream().map(String::valueOf).toList()),
				type == ActivityType.QUIZ ? timeLimit : null, type.isText() && moderated, texts);
	}

	/** All text fields, for the personal-identifier check. */
	public String[] texts() {
		List<String> all = new ArrayList<>(List.of(nz(prompt), nz(options), nz(lowLabel), nz(highLabel)));
		translations.values().forEach(t -> all.addAll(List.of(nz(t.prompt), nz(t.options))));
		return all.toArray(String[]::new);
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	public Integer getMinValue() {
		return minValue;
	}

	public void setMinValue(Integer minValue) {
		this.minValue = minValue;
	}

	public Integer getMaxValue() {
		return maxValue;
	}

	public void setMaxValue(Integer maxValue) {
		this.maxValue = maxValue;
	}

	public String getCorrect() {
		return correct;
	}

	public void setCorrect(String correct) {
		this.correct = correct;
	}

	public Integer getTimeLimit() {
		return timeLimit;
	}

	public void setTimeLimit(Integer timeLimit) {
		this.timeLimit = timeLimit;
	}

	public boolean isModerated() {
		return moderated;
	}

	public void setModerated(boolean moderated) {
		this.moderated = moderated;
	}

	public Map<String, ActivityWords> getTranslations() {
		return translations;
	}

	public void setTranslations(Map<String, ActivityWords> translations) {
		this.translations = translations;
	}
}
