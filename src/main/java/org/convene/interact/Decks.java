package org.convene.interact;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.convene.interact.internal.ActivityRepository;
import org.convene.interact.internal.DeckRepository;
import org.convene.platform.AfterCommit;
import org.convene.platform.UserError;
import org.convene.platform.i18n.Languages;
import org.convene.platform.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing decks: create (empty, from a template, or as a copy), settings, activities and their
 * translations. A deck that is running picks up every edit at once: its room is reloaded after the
 * edit commits.
 */
@Service
@Transactional
public class Decks {

	private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * Ready-made decks: expectations at the start of a workshop, what people learned at its end, and the
	 * standard workshop evaluation (a self-paced questionnaire with the items of GLO.ACT's reports).
	 */
	public enum Template {
		EXPECTATIONS(false, ActivityType.WORDS, ActivityType.SCALE, ActivityType.QA),
		LEARNING(false, ActivityType.WORDS, ActivityType.SCALE, ActivityType.OPEN),
		/** Overall, relevance, expectations met, knowledge gained (1–5); helpfulness; safe environment; most useful; improve. */
		EVALUATION(true, ActivityType.SCALE, ActivityType.SCALE, ActivityType.SCALE, ActivityType.SCALE,
				ActivityType.SINGLE, ActivityType.SINGLE, ActivityType.OPEN, ActivityType.OPEN),
		/** A self-assessment asked before and after (a pre/post pair: two questionnaires, the second shows the change). */
		SELF_ASSESSMENT(true, ActivityType.GRID);

		private final boolean selfPaced;
		private final List<ActivityType> types;

		Template(boolean selfPaced, ActivityType... types) {
			this.selfPaced = selfPaced;
			this.types = List.of(types);
		}

		public boolean selfPaced() {
			return selfPaced;
		}
	}

	private final DeckRepository decks;
	private final ActivityRepository activities;
	private final Live live;
	private final MessageSource messages;

	Decks(DeckRepository decks, ActivityRepository activities, Live live, MessageSource messages) {
		this.decks = decks;
		this.activities = activities;
		this.live = live;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	public Deck get(long deckId) {
		return decks.findById(deckId).orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	public Optional<Deck> byCode(String code) {
		return decks.findByJoinCode(code);
	}

	@Transactional(readOnly = true)
	public List<Deck> all() {
		return decks.findAllByOrderByCreatedAtDesc();
	}

	@Transactional(readOnly = true)
	public List<Deck> forEvent(long eventId) {
		return decks.findByEventIdOrderByCreatedAt(eventId);
	}

	@Transactional(readOnly = true)
	public List<Activity> activities(long deckId) {
		return activities.findByDeckIdOrderByPosition(deckId);
	}

	@Transactional(readOnly = true)
	public Activity activity(long deckId, long activityId) {
		Activity a = activities.findById(activityId).orElseThrow(NotFoundException::new);
		if (a.getDeckId() != deckId) {
			throw new NotFoundException();
		}
		return a;
	}

	public Deck create(String title, String language, Long eventId, Long sessionId) {
		return decks.save(new Deck(title, language, eventId, sessionId, freshCode()));
	}

	/** A deck with a join code chosen by hand (the demo's DEMO42). */
	public Deck create(String title, String language, Long eventId, Long sessionId, String code) {
		if (decks.existsByJoinCode(code)) {
			throw new IllegalArgumentException("Join code in use: " + code);
		}
		return decks.save(new Deck(title, language, eventId, sessionId, code));
	}

	public Deck fromTemplate(Template template, Locale locale, Long eventId, Long sessionId) {
		String prefix = "interact.template." + template.name().toLowerCase(Locale.ROOT) + ".";
		Deck deck = create(text(prefix + "title", locale), locale.getLanguage(), eventId, sessionId);
		deck.setSelfPaced(template.selfPaced());
		if (template == Template.SELF_ASSESSMENT) {
			deck.update(text(prefix + "before", locale), deck.getLanguage(), sessionId, true, true);
		}
		List<ActivityType> types = template.types;
		for (int i = 0; i < types.size(); i++) {
			String key = prefix + (i + 1) + ".";
			Map<String, ActivityText> translations = new LinkedHashMap<>();
			for (Locale other : Languages.SUPPORTED) {
				if (!other.getLanguage().equals(locale.getLanguage())) {
					translations.put(other.getLanguage(), templateText(key, types.get(i), other));
				}
			}
			ActivityType type = types.get(i);
			Integer min = type.isScaled() ? Integer.valueOf(1) : null;
			Integer max = switch (type) {
				case SCALE, GRID -> 5;
				case WORDS -> 3;
				default -> null;
			};
			// live open text waits for a moderator; a questionnaire's comments are listed (flagged when needed)
			addActivity(deck.getId(), type, new ActivityDetails(templateText(key, type, locale), min, max, null, null,
					type.isText() && !template.selfPaced(), translations));
		}
		if (template == Template.SELF_ASSESSMENT) {
			Deck after = duplicate(deck.getId(), text(prefix + "after", locale));
			after.setSelfPaced(true);
			after.setPreDeckId(deck.getId());
		}
		return deck;
	}

	private ActivityText templateText(String key, ActivityType type, Locale locale) {
		return new ActivityText(text(key + "prompt", locale), type.hasOptions() ? text(key + "options", locale) : null,
				type.isScaled() ? text(key + "low", locale) : null,
				type.isScaled() ? text(key + "high", locale) : null);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	public void update(long deckId, String title, String language, Long sessionId, boolean anonymous,
			boolean changeable, boolean selfPaced, boolean personalLinks) {
		Deck deck = get(deckId);
		deck.update(title, language, sessionId, anonymous, changeable);
		deck.setSelfPaced(selfPaced);
		deck.setPersonalLinks(personalLinks);
		reloadAfterCommit(deckId);
	}

	public void delete(long deckId) {
		decks.delete(get(deckId));
		reloadAfterCommit(deckId);
	}

	/** A copy with a new join code and no answers, ready to run again. */
	public Deck duplicate(long deckId, String copyTitle) {
		Deck source = get(deckId);
		Deck copy = create(copyTitle, source.getLanguage(), source.getEventId(), source.getSessionId());
		copy.update(copyTitle, source.getLanguage(), source.getSessionId(), source.isAnonymous(), source.isChangeable());
		for (Activity a : activities(deckId)) {
			addActivity(copy.getId(), a.getType(), new ActivityDetails(a.getText(), a.getMinValue(), a.getMaxValue(),
					a.getCorrect(), a.getTimeLimit(), a.isModerated(), Map.copyOf(a.getTranslations())));
		}
		return copy;
	}

	public Activity addActivity(long deckId, ActivityType type, ActivityDetails details) {
		get(deckId);
		int position = activities(deckId).size();
		Activity activity = new Activity(deckId, position, type);
		activity.update(details.text(), details.minValue(), details.maxValue(), details.correct(), details.timeLimit(),
				details.moderated());
		details.translations().forEach(activity::translate);
		reloadAfterCommit(deckId);
		return activities.save(activity);
	}

	public void updateActivity(long deckId, long activityId, ActivityDetails details) {
		Activity activity = activity(deckId, activityId);
		activity.update(details.text(), details.minValue(), details.maxValue(), details.correct(), details.timeLimit(),
				details.moderated());
		for (Locale l : Languages.SUPPORTED) {
			activity.translate(l.getLanguage(), details.translations().get(l.getLanguage()));
		}
		reloadAfterCommit(deckId);
	}

	/** How many answers (or questions) each activity of a deck holds now, by activity id. */
	public Map<Long, Integer> answerCounts(long deckId) {
		Map<Long, Integer> counts = new HashMap<>();
		live.room(deckId).activities().forEach(l -> counts.put(l.activity().getId(), l.responses().size()));
		return counts;
	}

	/**
	 * Deletes an activity; one that holds answers only when {@code confirmed} (its answers go with it). The room
	 * stays on a real activity: deleting one before the current one keeps the same one current, deleting the
	 * current one moves to the next (or the last).
	 */
	public void deleteActivity(long deckId, long activityId, boolean confirmed) {
		Activity doomed = activity(deckId, activityId);
		int answers = answerCounts(deckId).getOrDefault(activityId, 0);
		if (answers > 0 && !confirmed) {
			throw new UserError("activity.error.confirmDelete", answers);
		}
		List<Activity> rest = activities(deckId).stream().filter(a -> a.getId() != activityId).toList();
		Deck deck = get(deckId);
		int position = deck.getPosition();
		if (doomed.getPosition() < position) {
			position--;
		}
		deck.moveTo(Math.max(0, Math.min(position, rest.size() - 1)));
		activities.delete(doomed);
		renumber(deckId, rest);
	}

	/** Moves an activity one place up ({@code -1}) or down ({@code +1}). */
	public void move(long deckId, long activityId, int delta) {
		List<Activity> list = new ArrayList<>(activities(deckId));
		int from = list.indexOf(activity(deckId, activityId));
		int to = from + Integer.signum(delta);
		if (from < 0 || to < 0 || to >= list.size()) {
			return;
		}
		list.add(to, list.remove(from));
		renumber(deckId, list);
	}

	private void renumber(long deckId, List<Activity> ordered) {
		for (int i = 0; i < ordered.size(); i++) {
			ordered.get(i).moveTo(i);
		}
		reloadAfterCommit(deckId);
	}

	private String freshCode() {
		for (int attempt = 0; attempt < 100; attempt++) {
			StringBuilder code = new StringBuilder(6);
			for (int i = 0; i < 6; i++) {
				code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
			}
			if (!decks.existsByJoinCode(code.toString())) {
				return code.toString();
			}
		}
		throw new IllegalStateException("No free join code found");
	}

	private void reloadAfterCommit(long deckId) {
		AfterCommit.run(() -> live.reload(deckId));
	}
}
