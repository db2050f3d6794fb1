package org.convene.interact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import org.convene.interact.internal.ActivityRepository;
import org.convene.interact.internal.Answers;
import org.convene.interact.internal.DeckRepository;
import org.convene.interact.internal.Stages;
import org.convene.interact.internal.Tally;
import org.convene.platform.UserError;
import org.convene.platform.batch.BatchWriter;
import org.convene.platform.batch.BatchWriter.Statement;
import org.convene.platform.i18n.Languages;
import org.convene.platform.push.PushHub;
import org.convene.platform.text.Folding;
import org.convene.platform.text.PersonalIdentifiers;
import org.convene.platform.web.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Runs decks live. Every change — an answer, a question, an upvote, the presenter moving on — is
 * committed through the {@link BatchWriter} first and only then applied to the {@link Room} in memory
 * and pushed: so whatever a phone was told is stored, a restart loses nothing acknowledged, and the
 * projector never shows an answer the database does not hold. A person's own requests run one at a
 * time, so a double submit cannot store an answer twice.
 */
@Service
public class Live {

	public static final int MAX_QUESTIONS_PER_PERSON = 20;
	public static final int MAX_NICKNAME = 24;

	/** An answer taken: what is stored, and how many answers the activity's tally holds with it. */
	public record Receipt(Response response, int tally) {
	}

	private final DeckRepository decks;
	private final ActivityRepository activities;
	private final JdbcTemplate jdbc;
	private final BatchWriter writer;
	private final PushHub hub;
	private final Stages stages;
	private final Map<Long, Room> rooms = new ConcurrentHashMap<>();
	private final Map<String, Long> codes = new ConcurrentHashMap<>();
	private final ReentrantLock[] personLocks = new ReentrantLock[1024];
	private final Object idLock = new Object();
	private long nextId;
	private long lastId = -1;

	Live(DeckRepository decks, ActivityRepository activities, JdbcTemplate jdbc, BatchWriter writer, PushHub hub,
			Stages stages) {
		this.decks = decks;
		this.activities = activities;
		this.jdbc = jdbc;
		this.writer = writer;
		this.hub = hub;
		this.stages = stages;
		for (int i = 0; i < personLocks.length; i++) {
			personLocks[i] = new ReentrantLock();
		}
	}

	// ---- finding rooms

	/** The room behind a join code (any case, spaces ignored); unknown codes are not found. */
	public Room byCode(String code) {
		String normal = code == null ? "" : code.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
		Long id = codes.get(normal);
		if (id == null) {
			id = decks.findByJoinCode(normal).map(Deck::getId).orElseThrow(NotFoundException::new);
			codes.put(normal, id);
		}
		return room(id);
	}

	public Room room(long deckId) {
		Room room = rooms.get(deckId);
		if (room != null) {
			return room;
		}
		synchronized (rooms) {
			room = rooms.get(deckId);
			if (room == null) {
				room = load(deckId);
				rooms.put(deckId, room);
				publishState(room);
			}
			return room;
		}
	}

	/** Forgets the in-memory room after its deck was edited; the next request loads it again. */
	public void reload(long deckId) {
		Room old;
		synchronized (rooms) {
			old = rooms.remove(deckId);
			codes.values().removeIf(id -> id == deckId);
		}
		if (old != null && decks.existsById(deckId)) {
			Room fresh = room(deckId);
			presenterChanged(fresh);
		}
	}

	private Room load(long deckId) {
		Deck deck = decks.findById(deckId).orElseThrow(NotFoundException::new);
		Room room = new Room(deck, activities.findByDeckIdOrderByPosition(deckId));
		jdbc.query("select token, nickname, account, sex, stakeholder from interact_members where deck_id = ?",
				rs -> {
					room.members.put(rs.getString(1), new Room.Member(rs.getString(2), rs.getString(3),
							rs.getString(4) == null ? null : org.convene.events.Sex.valueOf(rs.getString(4)),
							rs.getString(5) == null ? null : org.convene.events.StakeholderType.valueOf(rs.getString(5))));
				}, deckId);
		Map<Long, Response> byId = new java.util.HashMap<>();
		jdbc.query("select r.id, r.activity_id, r.token, r.slot, r.answer, r.elapsed_ms, r.score, r.flagged, r.status,"
				+ " r.created_at from interact_responses r join interact_activities a on a.id = r.activity_id"
				+ " where a.deck_id = ?", rs -> {
					Integer elapsed = (Integer) rs.getObject(6);
					Integer score = (Integer) rs.getObject(7);
					Response r = new Response(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
							rs.getString(5), elapsed, score, rs.getBoolean(8), Response.Status.valueOf(rs.getString(9)),
							ConcurrentHashMap.newKeySet(), rs.getObject(10, java.time.OffsetDateTime.class).toInstant());
					byId.put(r.id(), r);
					Room.Live live = room.live(r.activityId());
					if (live.activity().getType() == ActivityType.QA) {
						live.questions.put(r.id(), r);
					}
					else {
						live.answers.put(r.token(), r);
					}
				}, deckId);
		jdbc.query("select u.response_id, u.token from interact_upvotes u join interact_responses r on r.id = u.response_id"
				+ " join interact_activities a on a.id = r.activity_id where a.deck_id = ?", rs -> {
					Response r = byId.get(rs.getLong(1));
					if (r != null) {
						r.upvoters().add(rs.getString(2));
					}
				}, deckId);
		return room;
	}

	// ---- the audience

	/**
	 * Takes one person's answer to the current activity. The same answer sent twice is taken once; a
	 * changed answer replaces the first while the deck allows it.
	 */
	public Receipt answer(Room room, long activityId, String token, String account, Map<String, String[]> form,
			boolean confirmed) {
		Room.Live live = openActivity(room, activityId);
		Activity activity = live.activity();
		String answer = Answers.parse(activity, form);
		boolean flagged = checkIdentifiers(activity, answer, confirmed);
		if (activity.getType() == ActivityType.QA) {
			return ask(room, live, token, account, answer, flagged);
		}
		ReentrantLock lock = lockFor(token);
		lock.lock();
		try {
			Response existing = live.answers.get(token);
			if (existing != null) {
				if (existing.answer().equals(answer)) {
					return new Receipt(existing, live.answers.size());
				}
				if (!room.deck().isChangeable() || activity.getType() == ActivityType.QUIZ) {
					throw new UserError("interact.error.answered");
				}
			}
			Integer elapsed = null;
			Integer score = null;
			if (activity.getType() == ActivityType.QUIZ) {
				Instant opened = live.openedAt == null ? Instant.now() : live.openedAt;
				long millis = Math.max(0, Instant.now().toEpochMilli() - opened.toEpochMilli());
				int limit = activity.getTimeLimit() == null ? 30 : activity.getTimeLimit();
				if (millis > limit * 1000L + 1500) {
					throw new UserError("interact.error.timeUp");
				}
				elapsed = (int) millis;
				score = Tally.quizScore(correct(activity, answer), millis, limit);
			}
			Response.Status status = statusOf(activity, flagged);
			Instant now = Instant.now();
			Response response = new Response(existing == null ? nextId() : existing.id(), activityId, token, 0, answer,
					elapsed, score, flagged, status, ConcurrentHashMap.newKeySet(),
					existing == null ? now : existing.createdAt());
			List<Statement> statements = new ArrayList<>(memberStatements(room, token, account, null));
			statements.add(save(response, existing != null, now));
			AtomicInteger tally = new AtomicInteger();
			writer.write(() -> {
				addMember(room, token, account, null);
				synchronized (live) {
					live.answers.put(token, response);
					tally.set(live.answers.size());
				}
				presenterChanged(room);
			}, statements.toArray(Statement[]::new));
			return new Receipt(response, tally.get());
		}
		finally {
			lock.unlock();
		}
	}

	private Receipt ask(Room room, Room.Live live, String token, String account, String text, boolean flagged) {
		ReentrantLock lock = lockFor(token);
		lock.lock();
		try {
			List<Response> mine = live.questions.values().stream().filter(q -> q.token().equals(token)).toList();
			for (Response q : mine) {
				if (Folding.fold(q.answer()).equals(Folding.fold(text))) {
					return new Receipt(q, live.questions.size());
				}
			}
			if (mine.size() >= MAX_QUESTIONS_PER_PERSON) {
				throw new UserError("interact.error.tooManyQuestions");
			}
			Response.Status status = live.activity().isModerated() || flagged ? Response.Status.PENDING
					: Response.Status.SHOWN;
			Instant now = Instant.now();
			int slot = mine.stream().mapToInt(Response::slot).max().orElse(0) + 1;
			Response question = new Response(nextId(), live.activity().getId(), token, slot, text, null, null, flagged,
					status, ConcurrentHashMap.newKeySet(), now);
			List<Statement> statements = new ArrayList<>(memberStatements(room, token, account, null));
			statements.add(insert(question, now));
			AtomicInteger tally = new AtomicInteger();
			writer.write(() -> {
				addMember(room, token, account, null);
				live.questions.put(question.id(), question);
				tally.set(live.questions.size());
				presenterChanged(room);
				if (status.visible()) {
					publishBoard(room);
				}
			}, statements.toArray(Statement[]::new));
			return new Receipt(question, tally.get());
		}
		finally {
			lock.unlock();
		}
	}

	/**
	 * Answers given elsewhere (on paper, in another tool), recorded as if given live: canonical answers
	 * (see {@link org.convene.interact.internal.Answers}), one per token, committed together.
	 */
	public void record(Room room, long activityId, List<String> tokens, List<String> answers) {
		Room.Live live = room.live(activityId);
		if (live == null || tokens.size() != answers.size()) {
			throw new IllegalArgumentException("Unknown activity or uneven answers");
		}
		Instant now = Instant.now();
		List<Statement> statements = new ArrayList<>();
		List<Response> responses = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			if (live.answers.containsKey(tokens.get(i))) {
				continue;
			}
			Response r = new Response(nextId(), activityId, tokens.get(i), 0, answers.get(i), null, null, false,
					Response.Status.SHOWN, ConcurrentHashMap.newKeySet(), now);
			statements.addAll(memberStatements(room, tokens.get(i), null, null));
			statements.add(insert(r, now));
			responses.add(r);
		}
		writer.write(() -> {
			for (Response r : responses) {
				addMember(room, r.token(), null, null);
				live.answers.put(r.token(), r);
			}
			presenterChanged(room);
		}, statements.toArray(Statement[]::new));
	}

	/**
	 * Takes a whole questionnaire (a self-paced deck) at once: the answers given (blank questions are
	 * skipped), and the sex and stakeholder type the person chose to give. Committed together; sent
	 * again, it replaces the earlier answers while the deck allows changes. Returns how many answers it holds.
	 */
	public int submitAll(Room room, String token, String account, Map<Long, Map<String, String[]>> forms,
			org.convene.events.Sex sex, org.convene.events.StakeholderType stakeholder, boolean confirmed) {
		if (!room.open()) {
			throw new UserError("interact.error.closed");
		}
		if (!room.deck().isSelfPaced()) {
			throw new UserError("interact.error.notCurrent");
		}
		ReentrantLock lock = lockFor(token);
		lock.lock();
		try {
			Instant now = Instant.now();
			List<Statement> statements = new ArrayList<>(memberStatements(room, token, account, null));
			statements.add(new Statement("update interact_members set sex = ?, stakeholder = ? where deck_id = ? and token = ?",
					sex == null ? null : sex.name(), stakeholder == null ? null : stakeholder.name(), room.id(), token));
			List<Response> taken = new ArrayList<>();
			List<PersonalIdentifiers.Finding> findings = new ArrayList<>();
			for (Room.Live live : room.activities()) {
				Map<String, String[]> form = forms.get(live.activity().getId());
				if (form == null || blank(form) || live.activity().getType() == ActivityType.QA) {
					continue;
				}
				Activity activity = live.activity();
				String answer = Answers.parse(activity, form);
				List<PersonalIdentifiers.Finding> found = identifiersIn(activity, answer);
				findings.addAll(found);
				boolean flagged = !found.isEmpty();
				Response existing = live.answers.get(token);
				if (existing != null && existing.answer().equals(answer)) {
					continue;
				}
				if (existing != null && !room.deck().isChangeable()) {
					throw new UserError("interact.error.answered");
				}
				// a quiz in a questionnaire has no clock: a right answer scores full points, a wrong one none
				Integer score = activity.getType() != ActivityType.QUIZ ? null
						: Tally.quizScore(correct(activity, answer), 0,
								activity.getTimeLimit() == null ? 30 : activity.getTimeLimit());
				Response r = new Response(existing == null ? nextId() : existing.id(), activity.getId(), token, 0, answer,
						null, score, flagged, statusOf(activity, flagged), ConcurrentHashMap.newKeySet(),
						existing == null ? now : existing.createdAt());
				statements.add(save(r, existing != null, now));
				taken.add(r);
			}
			if (!findings.isEmpty() && !confirmed) {
				throw new PersonalIdentifiers.Found(findings);
			}
			writer.write(() -> {
				Room.Member before = room.member(token);
				room.members.put(token, new Room.Member(before == null ? null : before.nickname(),
						room.deck().isAnonymous() ? null : account, sex, stakeholder));
				for (Response r : taken) {
					room.live(r.activityId()).answers.put(token, r);
				}
				presenterChanged(room);
			}, statements.toArray(Statement[]::new));
			return (int) room.activities().stream().filter(l -> l.answers.containsKey(token)).count();
		}
		finally {
			lock.unlock();
		}
	}

	/** Nothing given: every field empty (points left at 0 count as empty). */
	private static boolean blank(Map<String, String[]> form) {
		return form.entrySet().stream().allMatch(e -> java.util.Arrays.stream(e.getValue())
			.allMatch(v -> v == null || v.isBlank() || (e.getKey().startsWith("points_") && v.strip().equals("0"))));
	}

	/** One upvote per person per question; one's own question and hidden ones cannot be upvoted. */
	public void upvote(Room room, long activityId, long questionId, String token) {
		Room.Live live = openActivity(room, activityId);
		Response question = live.questions.get(questionId);
		if (question == null || !question.status().visible()) {
			throw new UserError("interact.error.invalid");
		}
		if (question.token().equals(token) || question.upvoters().contains(token)) {
			return;
		}
		ReentrantLock lock = lockFor(token);
		lock.lock();
		try {
			if (question.upvoters().contains(token)) {
				return;
			}
			writer.write(() -> {
				question.upvoters().add(token);
				presenterChanged(room);
			}, new Statement("insert into interact_upvotes (response_id, token) values (?, ?)", questionId, token));
		}
		finally {
			lock.unlock();
		}
	}

	/** Sets (or clears) the nickname shown on the leaderboard. */
	public void nickname(Room room, String token, String account, String nickname) {
		String name = nickname == null ? "" : nickname.strip().replaceAll("\\s+", " ");
		if (name.length() > MAX_NICKNAME) {
			throw new UserError("interact.error.nicknameTooLong");
		}
		if (!room.open()) {
			throw new UserError("interact.error.closed");
		}
		String stored = name.isEmpty() ? null : name;
		ReentrantLock lock = lockFor(token);
		lock.lock();
		try {
			List<Statement> statements = new ArrayList<>(memberStatements(room, token, account, stored));
			if (room.member(token) != null) {
				statements.add(new Statement("update interact_members set nickname = ? where deck_id = ? and token = ?",
						stored, room.id(), token));
			}
			Room.Member before = room.member(token);
			writer.write(() -> {
				room.members.put(token, new Room.Member(stored, room.deck().isAnonymous() ? null : account,
						before == null ? null : before.sex(), before == null ? null : before.stakeholder()));
				presenterChanged(room);
			}, statements.toArray(Statement[]::new));
		}
		finally {
			lock.unlock();
		}
	}

	private Room.Live openActivity(Room room, long activityId) {
		if (!room.open()) {
			throw new UserError("interact.error.closed");
		}
		Room.Live live = room.live(activityId);
		if (live == null || live != room.current()) {
			throw new UserError("interact.error.notCurrent");
		}
		// once a quiz question's answer is revealed, nobody may still answer it
		if (live.locked || (live.shown && live.activity().getType() == ActivityType.QUIZ)) {
			throw new UserError("interact.error.locked");
		}
		return live;
	}

	private static boolean checkIdentifiers(Activity activity, String answer, boolean confirmed) {
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
	private static List<PersonalIdentifiers.Finding> identifiersIn(Activity activity, String answer) {
		return activity.getType().isText() || activity.getType() == ActivityType.WORDS ? PersonalIdentifiers.find(answer)
				: List.of();
	}

	/** Typed answers wait for a moderator when the activity is moderated or they look like personal data. */
	private static Response.Status statusOf(Activity activity, boolean flagged) {
		return activity.getType().isText() && (activity.isModerated() || flagged) ? Response.Status.PENDING
				: Response.Status.SHOWN;
	}

	private static boolean correct(Activity activity, String answer) {
		return activity.correctOptions().equals(new java.util.TreeSet<>(Answers.indexes(answer)));
	}

	/** The statement that stores a person's answer: a new row, or the changed one. */
	private static Statement save(Response r, boolean existed, Instant now) {
		if (!existed) {
			return insert(r, now);
		}
		return new Statement("update interact_responses set answer = ?, elapsed_ms = ?, score = ?, flagged = ?,"
				+ " status = ?, updated_at = ? where id = ?", r.answer(), r.elapsedMs(), r.score(), r.flagged(),
				r.status().name(), java.sql.Timestamp.from(now), r.id());
	}

	private List<Statement> memberStatements(Room room, String token, String account, String nickname) {
		if (room.member(token) != null) {
			return List.of();
		}
		return List.of(new Statement("insert into interact_members (deck_id, token, nickname, account, joined_at)"
				+ " values (?, ?, ?, ?, ?)", room.id(), token, nickname, room.deck().isAnonymous() ? null : account,
				java.sql.Timestamp.from(Instant.now())));
	}

	private static void addMember(Room room, String token, String account, String nickname) {
		room.members.putIfAbsent(token, new Room.Member(nickname, room.deck().isAnonymous() ? null : account));
	}

	private static Statement insert(Response r, Instant now) {
		java.sql.Timestamp at = java.sql.Timestamp.from(now);
		return new Statement("insert into interact_responses (id, activity_id, token, slot, answer, elapsed_ms, score,"
				+ " flagged, status, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", r.id(),
				r.activityId(), r.token(), r.slot(), r.answer(), r.elapsedMs(), r.score(), r.flagged(),
				r.status().name(), at, at);
	}

	private ReentrantLock lockFor(String token) {
		return personLocks[(token.hashCode() & 0x7fffffff) % personLocks.length];
	}

	/** Ids come from a database sequence in blocks of 100, so an answer costs no extra round trip. */
	private long nextId() {
		synchronized (idLock) {
			if (nextId > lastId) {
				Long base = jdbc.queryForObject("select nextval('interact_responses_seq')", Long.class);
				nextId = base;
				lastId = base + 99;
			}
			return nextId++;
		}
	}

	// ---- the presenter

	/** What the presenter can do to the room. */
	public enum Control {
		NEXT, PREVIOUS, LOCK, UNLOCK, SHOW, HIDE, RESET, CLOSE, REOPEN
	}

	public void control(Room room, Control control) {
		Room.Live current = room.current();
		switch (control) {
			case NEXT, PREVIOUS -> {
				int to = Math.max(0, Math.min(room.activities().size() - 1,
						room.position + (control == Control.NEXT ? 1 : -1)));
				moveTo(room, to);
			}
			case LOCK, UNLOCK -> {
				if (current != null) {
					boolean locked = control == Control.LOCK;
					writer.write(() -> current.locked = locked, new Statement(
							"update interact_activities set locked = ? where id = ?", locked, current.activity().getId()));
				}
			}
			case SHOW, HIDE -> {
				if (current != null) {
					boolean shown = control == Control.SHOW;
					writer.write(() -> current.shown = shown, new Statement(
							"update interact_activities set results_shown = ? where id = ?", shown,
							current.activity().getId()));
				}
			}
			case RESET -> {
				if (current != null) {
					Instant now = Instant.now();
					writer.write(() -> {
						current.answers.clear();
						current.questions.clear();
						current.openedAt = now;
						current.locked = false;
						current.shown = false;
					}, new Statement("delete from interact_responses where activity_id = ?", current.activity().getId()),
							new Statement("update interact_activities set opened_at = ?, locked = false,"
									+ " results_shown = false where id = ?", java.sql.Timestamp.from(now),
									current.activity().getId()));
				}
			}
			case CLOSE, REOPEN -> {
				DeckState state = control == Control.CLOSE ? DeckState.CLOSED : DeckState.OPEN;
				writer.write(() -> room.state = state,
						new Statement("update interact_decks set state = ? where id = ?", state.name(), room.id()));
			}
		}
		publishState(room);
		presenterChanged(room);
	}

	/** Moves the room to an activity; a quiz question's clock starts the first time it is shown. */
	public void moveTo(Room room, int position) {
		if (position < 0 || position >= room.activities().size()) {
			return;
		}
		Room.Live target = room.activities().get(position);
		Instant now = Instant.now();
		boolean start = target.openedAt == null;
		List<Statement> statements = new ArrayList<>();
		statements.add(new Statement("update interact_decks set position = ? where id = ?", position, room.id()));
		if (start) {
			statements.add(new Statement("update interact_activities set opened_at = ? where id = ?",
					java.sql.Timestamp.from(now), target.activity().getId()));
		}
		writer.write(() -> {
			room.position = position;
			if (start) {
				target.openedAt = now;
			}
		}, statements.toArray(Statement[]::new));
		publishState(room);
		presenterChanged(room);
	}

	/** A moderator's decision on an open answer or a question. */
	public void moderate(Room room, long responseId, Response.Status status) {
		for (Room.Live live : room.activities()) {
			Response q = live.questions.get(responseId);
			Response a = q != null ? null
					: live.answers.values().stream().filter(r -> r.id() == responseId).findFirst().orElse(null);
			Response target = q != null ? q : a;
			if (target == null) {
				continue;
			}
			writer.write(() -> {
				Response changed = target.with(status);
				if (q != null) {
					live.questions.put(responseId, changed);
				}
				else {
					live.answers.put(changed.token(), changed);
				}
			}, new Statement("update interact_responses set status = ? where id = ?", status.name(), responseId));
			publishBoard(room);
			presenterChanged(room);
			return;
		}
		throw new NotFoundException();
	}

	// ---- pushing

	public static String audienceTopic(long deckId, String language) {
		return "deck:" + deckId + ":audience:" + language;
	}

	public static String presenterTopic(long deckId, String language) {
		return "deck:" + deckId + ":presenter:" + language;
	}

	/**
	 * Phones get the new state in their own language: one message per phone per change. The board (the
	 * results or questions under the form) goes with it, so a late board never belongs to an earlier
	 * activity.
	 */
	void publishState(Room room) {
		for (Locale locale : Languages.SUPPORTED) {
			String topic = audienceTopic(room.id(), locale.getLanguage());
			hub.publish(topic, "state", stages.audience(room, locale));
			hub.publish(topic, "board", stages.board(room, locale));
		}
	}

	/** The board alone (approved questions, moderated texts), without touching what people are typing. */
	void publishBoard(Room room) {
		for (Locale locale : Languages.SUPPORTED) {
			hub.publishCoalesced(audienceTopic(room.id(), locale.getLanguage()), "board",
					() -> stages.board(room, locale));
		}
	}

	/** Projectors get fresh results at most ten times a second, however fast answers arrive. */
	public void presenterChanged(Room room) {
		for (Locale locale : Languages.SUPPORTED) {
			String topic = presenterTopic(room.id(), locale.getLanguage());
			if (hub.subscribers(topic) > 0) {
				hub.publishCoalesced(topic, "results", () -> stages.presenter(room, locale));
			}
		}
	}

	/** A phone's stream: state changes in its language; the projector's counter goes up. */
	public SseEmitter subscribeAudience(Room room, Locale locale, String lastEventId) {
		SseEmitter emitter = hub.subscribe(audienceTopic(room.id(), locale.getLanguage()), lastEventId);
		presenterChanged(room);
		return emitter;
	}

	/** A projector's stream: fresh results within 100 ms, then whenever answers come in. */
	public SseEmitter subscribePresenter(Room room, Locale locale, String lastEventId) {
		String topic = presenterTopic(room.id(), locale.getLanguage());
		SseEmitter emitter = hub.subscribe(topic, lastEventId);
		hub.publishCoalesced(topic, "results", () -> stages.presenter(room, locale));
		return emitter;
	}

	/** People connected to the room now (streams open). */
	public int connected(Room room) {
		return hub.subscribersUnder("deck:" + room.id() + ":audience:");
	}
}
