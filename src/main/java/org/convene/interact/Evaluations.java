package org.convene.interact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.convene.events.Events;
import org.convene.events.ParticipantCounts;
import org.convene.events.Sex;
import org.convene.events.StakeholderType;
import org.convene.interact.internal.Answers;
import org.convene.interact.internal.Tally;
import org.convene.platform.ConveneProperties;
import org.convene.platform.web.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * A questionnaire's results as a report needs them: per question the respondents, the average of a
 * scale, each option's count and percentage (adding up to 100, {@link Statistics#percentages}), the same
 * broken down by sex and by stakeholder type with small cells suppressed, the open comments; and the
 * response rate against the event's attendance.
 */
@Service
public class Evaluations {

	/**
	 * A deck's results: who answered, out of how many attended, and each question; for the "after"
	 * questionnaire of a pre/post pair, the change since "before".
	 */
	public record Summary(Deck deck, int respondents, long attendance, Attendance basis, List<Item> items,
			int minCell, List<Change> changes) {

		/**
		 * Respondents as a whole percentage of those who could answer, or null when no count of them holds
		 * everyone who answered (never over 100 %).
		 */
		public Integer responseRate() {
			return basis == null ? null : (int) Math.min(100, Math.round(100.0 * respondents / attendance));
		}

		/** The question whose prompt in the deck's template order is {@code position} (0-based), or null. */
		public Item item(int position) {
			return position < items.size() ? items.get(position) : null;
		}
	}

	/**
	 * Whom a response rate counts against, said on the page: the participants who checked in, when check-in was
	 * used and everyone who answered can be among them; else the registered participants.
	 */
	public enum Attendance {
		CHECKED_IN, REGISTERED;

		/**
		 * The basis for {@code respondents}: checked-in people when at least as many as answered; else the
		 * registered when at least as many; else none (more answered than registered: a rate would mislead).
		 */
		static Attendance of(int respondents, long checkedIn, long registered) {
			if (checkedIn > 0 && checkedIn >= respondents) {
				return CHECKED_IN;
			}
			if (registered > 0 && registered >= respondents) {
				return REGISTERED;
			}
			return null;
		}

		long count(long checkedIn, long registered) {
			return this == CHECKED_IN ? checkedIn : registered;
		}
	}

	/**
	 * One question's figures. {@code chart} is the same SVG the results page shows; {@code figures} are the
	 * lines behind it (for a rating grid: each statement with its average).
	 */
	public record Item(long activityId, ActivityType type, String prompt, int respondents, Double average,
			String averageText, Integer scaleHigh, List<Share> shares, List<Group> bySex, List<Group> byStakeholder, List<Comment> comments,
			String chart, List<Results.Entry> figures) {

		public boolean grid() {
			return type == ActivityType.GRID;
		}

		public boolean scale() {
			return type == ActivityType.SCALE;
		}

		public boolean choice() {
			return type == ActivityType.SINGLE || type == ActivityType.MULTIPLE;
		}
	}

	/** An option (or a scale value) with how many chose it and their whole percentage. */
	public record Share(String label, int count, int percent) {
	}

	/**
	 * A group of respondents (a sex, a stakeholder type, or "not given"): how many, and — unless the group
	 * is smaller than the minimum cell — its average and its percentages per option.
	 */
	/**
	 * One group of a breakdown. {@code suppressed}: nothing of it is shown; {@code small}: it is hidden for its own
	 * size (its count reads "fewer than N"), else it is hidden with it so that it cannot be worked out by
	 * subtraction (no count at all).
	 */
	public record Group(String labelKey, int respondents, boolean suppressed, boolean small, Double average,
			String averageText, List<Integer> percents, List<String> statementAverages) {
	}

	public record Comment(String text, boolean flagged) {
	}

	/** One rated line (a scale question, or a statement of a grid) before and after, and the difference. */
	public record Change(String label, String before, String after, String change, int beforeRespondents,
			int afterRespondents) {
	}

	private final Live live;
	private final Events events;
	private final ConveneProperties properties;

	Evaluations(Live live, Events events, ConveneProperties properties) {
		this.live = live;
		this.events = events;
		this.properties = properties;
	}

	public Summary summary(long deckId, Locale locale) {
		Room room = live.room(deckId);
		Deck deck = room.deck();
		long checkedIn = 0;
		long registered = 0;
		if (deck.getEventId() != null) {
			ParticipantCounts counts = events.counts(deck.getEventId());
			checkedIn = counts.checkedIn();
			registered = counts.total();
		}
		int minCell = properties.minCell();
		List<Item> items = new ArrayList<>();
		Set<String> everyone = new HashSet<>();
		for (Room.LiveActivity l : room.activities()) {
			Activity a = l.activity();
			List<Response> answers = l.responses().stream()
				.filter(r -> r.status() != Response.Status.HIDDEN)
				.toList();
			answers.forEach(r -> everyone.add(r.token()));
			Results results = Tally.of(a, answers, locale, true, true);
			List<String> labels = labels(a, results);
			List<Share> shares = new ArrayList<>();
			int[] counts = counts(a, answers, labels.size());
			int[] percents = Statistics.percentages(counts);
			for (int i = 0; i < labels.size(); i++) {
				shares.add(new Share(labels.get(i), counts[i], percents[i]));
			}
			List<Group> bySex = groups(room, a, answers, labels.size(), minCell, locale,
					m -> m == null || m.sex() == null ? null : "sex." + m.sex().name(), sexKeys());
			List<Group> byStakeholder = groups(room, a, answers, labels.size(), minCell, locale,
					m -> m == null || m.stakeholder() == null ? null : "stakeholder." + m.stakeholder().name(),
					stakeholderKeys());
			List<Comment> comments = a.getType().isText()
					? answers.stream().map(r -> new Comment(r.answer(), r.flagged())).toList() : List.of();
			items.add(new Item(a.getId(), a.getType(), results.prompt(), results.respondents(), results.average(),
					results.average() == null ? null : Statistics.oneDecimal(results.average(), locale),
					a.getType().isScaled() ? Answers.scaleHigh(a) : null, shares, bySex, byStakeholder, comments,
					results.chart(), results.entries()));
		}
		Attendance basis = Attendance.of(everyone.size(), checkedIn, registered);
		long attendance = basis == null ? registered : basis.count(checkedIn, registered);
		return new Summary(deck, everyone.size(), attendance, basis, items, minCell,
				deck.getPreDeckId() == null ? List.of() : changes(deck.getPreDeckId(), items, locale));
	}

	/**
	 * The change on every rated line from the "before" questionnaire to this one: questions are matched by
	 * position and must have the same type (scale or grid) and the same number of statements.
	 */
	private List<Change> changes(long preDeckId, List<Item> after, Locale locale) {
		Room before;
		try {
			before = live.room(preDeckId);
		}
		catch (NotFoundException gone) {
			return List.of();
		}
		List<Change> changes = new ArrayList<>();
		List<Room.LiveActivity> pre = before.activities();
		for (int i = 0; i < Math.min(pre.size(), after.size()); i++) {
			Item post = after.get(i);
			Activity a = pre.get(i).activity();
			if (a.getType() != post.type() || !a.getType().isScaled()) {
				continue;
			}
			Results earlier = Tally.of(a, pre.get(i).responses(), locale, true, true);
			if (a.getType() == ActivityType.SCALE) {
				changes.add(change(post.prompt(), earlier.average(), earlier.respondents(), post.average(),
						post.respondents(), locale));
			}
			else if (earlier.entries().size() == post.figures().size()) {
				for (int k = 0; k < post.figures().size(); k++) {
					changes.add(change(post.figures().get(k).label(),
							earlier.respondents() == 0 ? null : earlier.entries().get(k).value(), earlier.respondents(),
							post.respondents() == 0 ? null : post.figures().get(k).value(), post.respondents(), locale));
				}
			}
		}
		return changes;
	}

	private static Change change(String label, Double before, int beforeN, Double after, int afterN, Locale locale) {
		String difference = before == null || after == null ? "–"
				: (after - before >= 0 ? "+" : "") + Statistics.oneDecimal(after - before, locale);
		return new Change(label, before == null ? "–" : Statistics.oneDecimal(before, locale),
				after == null ? "–" : Statistics.oneDecimal(after, locale), difference, beforeN, afterN);
	}

	/** The results of every activity of a deck that has answers (for event pages and reports). */
	public List<Results> pollResults(long deckId, Locale locale) {
		return live.room(deckId).activities().stream()
			.filter(l -> !l.responses().isEmpty())
			.map(l -> Tally.of(l.activity(), l.responses(), locale, false, true))
			.toList();
	}

	/** Option labels, or the values of a scale (with the end labels), in the reader's language. */
	private static List<String> labels(Activity a, Results results) {
		return switch (a.getType()) {
			case SINGLE, MULTIPLE, QUIZ, SCALE -> results.entries().stream().map(Results.Entry::label).toList();
			default -> List.of();
		};
	}

	/** How many chose each option (or each scale value). */
	private static int[] counts(Activity a, Collection<Response> answers, int size) {
		int[] counts = new int[size];
		if (size == 0) {
			return counts;
		}
		for (Response r : answers) {
			if (a.getType() == ActivityType.SCALE) {
				int index = Integer.parseInt(r.answer()) - Answers.scaleLow(a);
				if (index >= 0 && index < size) {
					counts[index]++;
				}
			}
			else {
				for (int i : Answers.indexes(r.answer())) {
					if (i < size) {
						counts[i]++;
					}
				}
			}
		}
		return counts;
	}

	private static List<Group> groups(Room room, Activity a, List<Response> answers, int size, int minCell,
			Locale locale, Function<Room.Member, String> key, List<String> keys) {
		Map<String, List<Response>> byGroup = new LinkedHashMap<>();
		keys.forEach(k -> byGroup.put(k, new ArrayList<>()));
		byGroup.put("evaluation.notGiven", new ArrayList<>());
		for (Response r : answers) {
			String k = key.apply(room.member(r.token()));
			byGroup.get(k == null || !byGroup.containsKey(k) ? "evaluation.notGiven" : k).add(r);
		}
		byGroup.entrySet().removeIf(e -> e.getValue().isEmpty() && !e.getKey().equals("sex.FEMALE")
				&& !e.getKey().equals("sex.MALE")); // empty groups are left out, but women and men are always listed
		int[] sizes = byGroup.values().stream().mapToInt(List::size).toArray();
		boolean[] hidden = Statistics.hidden(sizes, minCell);
		List<Group> groups = new ArrayList<>();
		int index = 0;
		for (Map.Entry<String, List<Response>> group : byGroup.entrySet()) {
			List<Response> list = group.getValue();
			boolean suppressed = hidden[index++];
			Double average = null;
			List<Integer> percents = List.of();
			List<String> statements = List.of();
			if (!suppressed) {
				if (a.getType() == ActivityType.SCALE) {
					average = Statistics.average(list.stream().mapToInt(r -> Integer.parseInt(r.answer())).toArray());
				}
				if (size > 0) {
					percents = Arrays.stream(Statistics.percentages(counts(a, list, size))).boxed().toList();
				}
				if (a.getType() == ActivityType.GRID) {
					statements = statementAverages(a, list, locale);
				}
			}
			groups.add(new Group(group.getKey(), list.size(), suppressed, Statistics.suppressed(list.size(), minCell),
					average, average == null ? null : Statistics.oneDecimal(average, locale), percents, statements));
		}
		return groups;
	}

	/** A rating grid's average per statement over some answers ("–" when nobody answered). */
	private static List<String> statementAverages(Activity a, List<Response> answers, Locale locale) {
		List<String> averages = new ArrayList<>();
		for (int i = 0; i < a.options().size(); i++) {
			int statement = i;
			int[] ratings = answers.stream().map(r -> Answers.indexes(r.answer()))
				.filter(v -> v.size() > statement)
				.mapToInt(v -> v.get(statement))
				.toArray();
			Double avg = Statistics.average(ratings);
			averages.add(avg == null ? "–" : Statistics.oneDecimal(avg, locale));
		}
		return averages;
	}

	private static List<String> sexKeys() {
		return List.of("sex." + Sex.FEMALE.name(), "sex." + Sex.MALE.name(), "sex." + Sex.ANOTHER.name());
	}

	private static List<String> stakeholderKeys() {
		return Arrays.stream(StakeholderType.values()).map(s -> "stakeholder." + s.name()).toList();
	}
}
