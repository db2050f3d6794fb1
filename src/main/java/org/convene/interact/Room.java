package org.convene.interact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.convene.events.Sex;
import org.convene.events.StakeholderType;
import org.convene.platform.UserError;

/**
 * A deck while it runs: its activities, where the room is, and every committed answer, in memory so a
 * vote costs no read. Loaded from the database (so it resumes after a restart) and changed only after
 * the database committed the change.
 */
public final class Room {

	/** How long a computed ranking serves phones asking where they stand (see rankedRecently). */
	private static final long RANKING_FOR_NANOS = 1_000_000_000L;

	/**
	 * Someone who joined: an optional nickname; an account only for decks that are not anonymous; the sex
	 * and stakeholder type they chose to give (questionnaires), for breakdowns.
	 */
	public record Member(String nickname, String account, Sex sex, StakeholderType stakeholder) {

		public Member(String nickname, String account) {
			this(nickname, account, null, null);
		}
	}

	/** An activity's live state and its answers. */
	public static final class LiveActivity {

		private final Activity activity;
		volatile boolean locked;
		volatile boolean shown;
		volatile Instant openedAt;
		/** By token: one answer per person (every type but Q&amp;A). */
		final Map<String, Response> answers = new ConcurrentHashMap<>();
		/** By id: Q&amp;A questions. */
		final Map<Long, Response> questions = new ConcurrentHashMap<>();

		LiveActivity(Activity activity) {
			this.activity = activity;
			this.locked = activity.isLocked();
			this.shown = activity.isResultsShown();
			this.openedAt = activity.getOpenedAt();
		}

		public Activity activity() {
			return activity;
		}

		public boolean locked() {
			return locked;
		}

		public boolean shown() {
			return shown;
		}

		public Instant openedAt() {
			return openedAt;
		}

		public Collection<Response> responses() {
			return activity.getType() == ActivityType.QA ? questions.values() : answers.values();
		}

		public Response answerOf(String token) {
			return token == null ? null : answers.get(token);
		}

		/** Seconds left on a quiz question's clock, or null when it has none. */
		public Long secondsLeft() {
			if (activity.getType() != ActivityType.QUIZ || activity.getTimeLimit() == null || openedAt == null) {
				return null;
			}
			long left = activity.getTimeLimit() - (Instant.now().getEpochSecond() - openedAt.getEpochSecond());
			return Math.max(0, left);
		}
	}

	private final Deck deck;
	volatile DeckState state;
	volatile int position;
	private final List<LiveActivity> activities;
	private final Map<Long, LiveActivity> byId = new LinkedHashMap<>();
	final Map<String, Member> members = new ConcurrentHashMap<>();
	private volatile Ranking ranking;

	Room(Deck deck, List<Activity> activities) {
		this.deck = deck;
		this.state = deck.getState();
		this.position = deck.getPosition();
		this.activities = activities.stream().map(LiveActivity::new).toList();
		for (LiveActivity l : this.activities) {
			byId.put(l.activity.getId(), l);
		}
	}

	public Deck deck() {
		return deck;
	}

	public long id() {
		return deck.getId();
	}

	public String code() {
		return deck.getJoinCode();
	}

	public DeckState state() {
		return state;
	}

	public boolean open() {
		return state == DeckState.OPEN;
	}

	/** Ended by the presenter (it may be reopened). */
	public boolean closed() {
		return state == DeckState.CLOSED;
	}

	/** Not opened yet: phones are told to wait, not that it has ended. */
	public boolean draft() {
		return state == DeckState.DRAFT;
	}

	/** Refuses audience input unless the room is open, saying whether it is not open yet or has ended. */
	void requireOpen() {
		if (state != DeckState.OPEN) {
			throw new UserError(state == DeckState.DRAFT ? "interact.error.notOpen" : "interact.error.closed");
		}
	}

	public int position() {
		return position;
	}

	public List<LiveActivity> activities() {
		return activities;
	}

	public LiveActivity live(long activityId) {
		return byId.get(activityId);
	}

	/** The activity the room is on, or null for an empty deck. */
	public LiveActivity current() {
		return position >= 0 && position < activities.size() ? activities.get(position) : null;
	}

	public Member member(String token) {
		return token == null ? null : members.get(token);
	}

	/** Someone joins with their first answer (an account only where the deck is not anonymous); joining again changes nothing. */
	void join(String token, String account) {
		members.putIfAbsent(token, new Member(null, deck.isAnonymous() ? null : account));
	}

	public int joined() {
		return members.size();
	}

	/** Quiz totals, best first: nickname (or a pseudonym), points, correct answers. */
	public List<Leader> leaderboard(int limit) {
		return ranked().stream().limit(limit).toList();
	}

	/** Where one person stands in the quiz: their line of the whole leaderboard, and how many play; null before any answer. */
	public Standing standing(String token) {
		if (token == null) {
			return null;
		}
		Ranking ranking = rankedRecently();
		Leader mine = ranking.byToken().get(token);
		return mine == null ? null : new Standing(mine.rank(), ranking.leaders().size(), mine.score());
	}

	/**
	 * The ranking, made again only when a quiz answer came in, the deck moved on, or a second passed (a new
	 * nickname): when the answer is revealed every phone asks for its standing at once, and ranking 10,000 players
	 * 10,000 times was seconds of CPU.
	 */
	private Ranking rankedRecently() {
		Ranking r = ranking;
		long now = System.nanoTime();
		long answers = position;
		for (LiveActivity l : activities) {
			if (l.activity.getType() == ActivityType.QUIZ) {
				answers = answers * 31 + l.answers.size();
			}
		}
		if (r == null || r.answers() != answers || now - r.at() > RANKING_FOR_NANOS) {
			List<Leader> leaders = ranked();
			Map<String, Leader> byToken = new HashMap<>();
			leaders.forEach(l -> byToken.put(l.token(), l));
			r = new Ranking(now, answers, leaders, byToken);
			ranking = r;
		}
		return r;
	}

	/** A ranking, when it was made, and the position and quiz answer counts it was made from (any change: again). */
	private record Ranking(long at, long answers, List<Leader> leaders, Map<String, Leader> byToken) {
	}

	/** A person's rank among everyone who answered a quiz question, and their points so far. */
	public record Standing(int rank, int players, int points) {
	}

	/** Everyone who answered a quiz question, best first (ties share a rank; the faster total time first). */
	private List<Leader> ranked() {
		Map<String, int[]> totals = new LinkedHashMap<>();
		for (LiveActivity l : activities) {
			if (l.activity.getType() != ActivityType.QUIZ) {
				continue;
			}
			for (Response r : l.answers.values()) {
				int[] t = totals.computeIfAbsent(r.token(), k -> new int[3]);
				t[0] += r.score() == null ? 0 : r.score();
				t[1] += r.score() != null && r.score() > 0 ? 1 : 0;
				t[2] += r.elapsedMs() == null ? 0 : r.elapsedMs();
			}
		}
		List<Map.Entry<String, int[]>> sorted = totals.entrySet().stream()
			.sorted((a, b) -> a.getValue()[0] != b.getValue()[0] ? Integer.compare(b.getValue()[0], a.getValue()[0])
					: Integer.compare(a.getValue()[2], b.getValue()[2]))
			.toList();
		List<Leader> leaders = new ArrayList<>();
		int rank = 0;
		int previous = Integer.MIN_VALUE;
		for (int i = 0; i < sorted.size(); i++) {
			int score = sorted.get(i).getValue()[0];
			if (score != previous) {
				rank = i + 1;
				previous = score;
			}
			Member m = members.get(sorted.get(i).getKey());
			String name = m == null || m.nickname() == null ? null : m.nickname();
			leaders.add(new Leader(sorted.get(i).getKey(), rank, name, Pseudonyms.of(sorted.get(i).getKey()), score,
					sorted.get(i).getValue()[1]));
		}
		return leaders;
	}

	/** One line of the leaderboard; {@code nickname} may be null (then the pseudonym shows). The token is never shown. */
	public record Leader(String token, int rank, String nickname, String pseudonym, int score, int correct) {

		public String name() {
			return nickname == null ? pseudonym : nickname;
		}
	}
}
