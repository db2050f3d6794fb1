package org.convene.interact;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

/**
 * One question of a deck. Its text is written in the deck's language and may be translated; options
 * keep their order in every language, so answers given in Arabic and in French count together.
 * {@code minValue}/{@code maxValue} mean: the scale's ends (SCALE), the most options one may pick
 * (MULTIPLE), the most words (WORDS), the points to share (POINTS).
 */
@Entity
@Table(name = "interact_activities")
public class Activity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "deck_id", nullable = false)
	private Long deckId;

	@Column(nullable = false)
	private int position;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ActivityType type;

	@Embedded
	private ActivityText text;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "interact_translations", joinColumns = @JoinColumn(name = "activity_id"))
	@MapKeyColumn(name = "language")
	private Map<String, ActivityText> translations = new LinkedHashMap<>();

	@Column(name = "min_value")
	private Integer minValue;

	@Column(name = "max_value")
	private Integer maxValue;

	/** Correct option numbers (0-based, comma separated) of a quiz question. */
	private String correct;

	/** Seconds a quiz question stays open. */
	@Column(name = "time_limit")
	private Integer timeLimit;

	@Column(nullable = false)
	private boolean moderated;

	@Column(nullable = false)
	private boolean locked;

	@Column(name = "results_shown", nullable = false)
	private boolean resultsShown;

	@Column(name = "opened_at")
	private Instant openedAt;

	protected Activity() {
	}

	public Activity(Long deckId, int position, ActivityType type) {
		this.deckId = deckId;
		this.position = position;
		this.type = type;
		this.moderated = type.isText();
	}

	public void update(ActivityText text, Integer minValue, Integer maxValue, String correct, Integer timeLimit,
			boolean moderated) {
		this.text = text;
		this.minValue = minValue;
		this.maxValue = maxValue;
		this.correct = correct;
		this.timeLimit = timeLimit;
		this.moderated = moderated;
	}

	public void translate(String language, ActivityText translation) {
		if (translation == null) {
			translations.remove(language);
		}
		else {
			translations.put(language, translation);
		}
	}

	public void moveTo(int position) {
		this.position = position;
	}

	/** The text in {@code language}, or in the deck's own language when there is no translation. */
	public ActivityText textIn(String language) {
		ActivityText t = translations.get(language);
		return t == null ? text : t;
	}

	public Set<Integer> correctOptions() {
		if (correct == null || correct.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(correct.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Integer::valueOf)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	public List<String> options() {
		return text.optionList();
	}

	/**
	 * The options in {@code language}, in the deck's language when the translation has not as many (the
	 * order is what counts answers together across languages).
	 */
	public List<String> optionsIn(String language) {
		List<String> translated = textIn(language).optionList();
		return translated.size() == options().size() ? translated : options();
	}

	public Long getId() {
		return id;
	}

	public Long getDeckId() {
		return deckId;
	}

	public int getPosition() {
		return position;
	}

	public ActivityType getType() {
		return type;
	}

	public ActivityText getText() {
		return text;
	}

	public Map<String, ActivityText> getTranslations() {
		return translations;
	}

	public Integer getMinValue() {
		return minValue;
	}

	public Integer getMaxValue() {
		return maxValue;
	}

	public String getCorrect() {
		return correct;
	}

	public Integer getTimeLimit() {
		return timeLimit;
	}

	public boolean isModerated() {
		return moderated;
	}

	public boolean isLocked() {
		return locked;
	}

	public boolean isResultsShown() {
		return resultsShown;
	}

	public Instant getOpenedAt() {
		return openedAt;
	}
}
