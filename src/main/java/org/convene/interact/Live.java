package org.convene.interact;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import org.convene.events.EventDeleted;
import org.convene.events.SessionDeleted;
import org.convene.events.Sex;
import org.convene.events.StakeholderType;
import org.convene.interact.internal.ActivityRepository;
import org.convene.interact.internal.Answers;
import org.convene.interact.internal.DeckRepository;
import org.convene.interact.internal.LiveStore;
import org.convene.interact.internal.Tally;
import org.convene.platform.UserError;
import org.convene.platform.batch.BatchWriter;
import org.convene.platform.batch.BatchWriter.Statement;
import org.convene.platform.cluster.Fanout;
import org.convene.platform.text.Folding;
import org.convene.platform.text.PersonalIdentifiers;
import org.convene.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs decks live: the rooms in memory (found by join code) and what the audience does in them — answers,
 * questions, upvotes, nicknames, whole questionnaires. The presenter's controls are {@link LiveControls}', the
 * pushes {@link LivePush}'s, the SQL {@code internal.LiveStore}'s. Every change — an answer, a question, an upvote, the presenter moving on — is
 * committed through the {@link BatchWriter} first and only then applied to the {@link Room} in memory
 * and pushed: so whatever a phone was told is stored, a restart loses nothing acknowledged, and the
 * projector never shows an answer the database does not hold. A person's own requests run one at a
 * time, so a double submit cannot store an answer twice.
 *
 * <p>Somewhat over 400 lines on purpose: the audience's six commands share the room cache, the per-person locks
 * and the commit-then-apply sequence; split apart, each piece would need the others' internals.
 */
@Service
public class Live {

	public static final int MAX_QUESTIONS_PER_PERSON = 20;
	public static final int MAX_NICKNAME = 24;
	/** The fan-out channel of live rooms. */
	private static final String CHANNEL = "convene_live";
	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** An answer taken: what is stored, and how many answers the activity's tally holds with it. */
	public record Receipt(Response response, int tally) {
	}

	private final DeckRepository decks;
	private final ActivityRepository activities;
	private final LiveStore store;
	private final BatchWriter writer;
	private final LivePush push;
	private final Fanout fanout;
	private final Map<Long, Room> rooms = new ConcurrentHashMap<>();
	private final Map<String, Long> codes = new ConcurrentHashMap<>();
	private final ReentrantLock[] personLocks = new ReentrantLock[1024];

	Live(DeckRepository decks, ActivityRepository activities, LiveStore store, BatchWriter writer, LivePush push,
			Fanout fanout) {
		this.decks = decks;
		this.activities = activities;
		this.store = store;
		this.writer = writer;
		this.push = push;
		this.fanout = fanout;
		for (int i = 0; i < personLocks.length; i++) {
			personLocks[i] = new ReentrantLock();
		}
		fanout.listen(CHANNEL, new Fanout.Listener() {

			@Override
			public void received(String message) {
				heard(change(message));
			}

			@Override
			public void missed() {
				List.copyOf(rooms.keySet()).forEach(Live.this::reloadHere);
			}
		});
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
				push.publishState(room);
			}
			return room;
		}
	}

	/**
	 * Forgets the in-memory room after its deck was edited (here and on every other node); the next request loads it
	 * again.
	 */
	public void reload(long deckId) {
		reloadHere(deckId);
		if (fanout.clustered()) {
			fanout.send(CHANNEL, message(new RoomChange.Reload(deckId)));
		}
	}

	private void reloadHere(long deckId) {
		Room old;
		synchronized (rooms) {
			old = rooms.remove(deckId);
			codes.values().removeIf(id -> id == deckId);
		}
		if (decks.existsById(deckId)) {
			if (old != null) {
				push.presenterChanged(room(deckId));
			}
		}
		else {
			push.close(deckId);
		}
	}

	/** A deleted event took its decks with it: their rooms stop answering, their streams end. */
	@TransactionalEventListener(fallbackExecution = true)
	void on(EventDeleted deleted) {
		rooms.values().stream().filter(r -> Long.valueOf(deleted.eventId()).equals(r.deck().getEventId()))
			.map(Room::id).toList().forEach(this::reload);
	}

	/** A deleted session's decks stay with the event: their rooms are loaded again without it. */
	@TransactionalEventListener(fallbackExecution = true)
	void on(SessionDeleted deleted) {
		rooms.values().stream().filter(r -> Long.valueOf(deleted.sessionId()).equals(r.deck().getSessionId()))
			.map(Room::id).toList().forEach(this::reload);
	}

	private Room load(long deckId) {
		Deck deck = decks.findById(deckId).orElseThrow(NotFoundException::new);
		Room room = new Room(deck, activities.findByDeckIdOrderByPosition(deckId));
		store.members(deckId).forEach(m -> room.members.put(m.token(),
				new Room.Member(m.nickname(), m.account(), m.sex(), m.stakeholder())));
		Map<Long, Response> byId = new HashMap<>();
		for (Response r : store.responses(deckId)) {
			byId.put(r.id(), r);
			Room.LiveActivity live = room.live(r.activityId());
			if (live.activity().getType() == ActivityType.QA) {
				live.questions.put(r.id(), r);
			}
			else {
				live.answers.put(r.token(), r);
			}
		}
		store.upvotes(deckId).forEach(u -> {
			Response r = byId.get(u.responseId());
			if (r != null) {
				r.upvoters().add(u.token());
			}
		});
		return room;
	}

	// ---- the audience

	/**
	 * Takes one person's answer to the current activity. The same answer sent twice is taken once; a
	 * changed answer replaces the first while the deck allows it.
	 */
	public Receipt answer(Room room, long activityId, String token, String account, Map<String, String[]> form,
			boolean confirmed) {
		Room.LiveActivity live = openActivity(room, activityId);
		Activity activity = live.activity();
		String answer = Answers.parse(activity, form);
		boolean flagged = Answers.checkIdentifiers(activity, answer, confirmed);
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
				score = Tally.quizScore(Answers.correct(activity, answer), millis, limit);
			}
			Response.Status status = Answers.statusOf(activity, flagged);
			Instant now = Instant.now();
			Response response = new Response(existing == null ? store.nextId() : existing.id(), activityId, token, 0, answer,
					elapsed, score, flagged, status, ConcurrentHashMap.newKeySet(),
					existing == null ? now : existing.createdAt());
			List<Statement> statements = new ArrayList<>(memberStatements(room, token, account, null));
			statements.add(store.save(response, existing != null, now));
			AtomicInteger tally = new AtomicInteger();
			RoomChange change = new RoomChange.Answered(room.id(), accountIn(room, account), response);
			writer.write(() -> {
				applyHere(room, change);
				tally.set(live.answers.size());
			}, tell(change), statements.toArray(Statement[]::new));
			return new Receipt(response, tally.get());
		}
		finally {
			lock.unlock();
		}
	}

	private Receipt ask(Room room, Room.LiveActivity live, String token, String account, String text, boolean flagged) {
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
			Response question = new Response(store.nextId(), live.activity().getId(), token, slot, text, null, null, flagged,
					status, ConcurrentHashMap.newKeySet(), now);
			List<Statement> statements = new ArrayList<>(memberStatements(room, token, account, null));
			statements.add(store.insert(question, now));
			AtomicInteger tally = new AtomicInteger();
			RoomChange change = new RoomChange.Answered(room.id(), accountIn(room, account), question);
			writer.write(() -> {
				applyHere(room, change);
				tally.set(live.questions.size());
			}, tell(change), statements.toArray(Statement[]::new));
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
		Room.LiveActivity live = room.live(activityId);
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
			Response r = new Response(store.nextId(), activityId, tokens.get(i), 0, answers.get(i), null, null, false,
					Response.Status.SHOWN, ConcurrentHashMap.newKeySet(), now);
			statements.addAll(memberStatements(room, tokens.get(i), null, null));
			statements.add(store.insert(r, now));
			responses.add(r);
		}
		writer.write(() -> {
			for (Response r : responses) {
				room.join(r.token(), null);
				live.answers.put(r.token(), r);
			}
			push.answersChanged(room);
		}, tell(new RoomChange.Reload(room.id())), statements.toArray(Statement[]::new));
	}

	/**
	 * Takes a whole questionnaire (a self-paced deck) at once: the answers given (blank questions are
	 * skipped), and the sex and stakeholder type the person chose to give. Committed together; sent
	 * again, it replaces the earlier answers while the deck allows changes. Returns how many answers it holds.
	 */
	public int submitAll(Room room, String token, String account, Map<Long, Map<String, String[]>> forms,
			Sex sex, StakeholderType stakeholder, boolean confirmed) {
		room.requireOpen();
		if (!room.deck().isSelfPaced()) {
			throw new UserError("interact.error.notCurrent");
		}
		ReentrantLock lock = lockFor(token);
		lock.lock();
		try {
			Instant now = Instant.now();
			List<Statement> statements = new ArrayList<>(memberStatements(room, token, account, null));
			statements.add(store.profile(room.id(), token, sex, stakeholder));
			List<Response> taken = new ArrayList<>();
			List<PersonalIdentifiers.Finding> findings = new ArrayList<>();
			for (Room.LiveActivity live : room.activities()) {
				Map<String, String[]> form = forms.get(live.activity().getId());
				if (form == null || Answers.blank(form) || live.activity().getType() == ActivityType.QA) {
					continue;
				}
				Activity activity = live.activity();
				String answer = Answers.parse(activity, form);
				List<PersonalIdentifiers.Finding> found = Answers.identifiersIn(activity, answer);
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
						: Tally.quizScore(Answers.correct(activity, answer), 0,
								activity.getTimeLimit() == null ? 30 : activity.getTimeLimit());
				Response r = new Response(existing == null ? store.nextId() : existing.id(), activity.getId(), token, 0, answer,
						null, score, flagged, Answers.statusOf(activity, flagged), ConcurrentHashMap.newKeySet(),
						existing == null ? now : existing.createdAt());
				statements.add(store.save(r, existing != null, now));
				taken.add(r);
			}
			if (!findings.isEmpty() && !confirmed) {
				throw new PersonalIdentifiers.Found(findings);
			}
			Room.Member before = room.member(token);
			RoomChange change = new RoomChange.Submitted(room.id(), token, new Room.Member(
					before == null ? null : before.nickname(), accountIn(room, account), sex, stakeholder), taken);
			writer.write(() -> applyHere(room, change), tell(change), statements.toArray(Statement[]::new));
			return (int) room.activities().stream().filter(l -> l.answers.containsKey(token)).count();
		}
		finally {
			lock.unlock();
		}
	}

	/** One upvote per person per question; one's own question and hidden ones cannot be upvoted. */
	public void upvote(Room room, long activityId, long questionId, String token) {
		Room.LiveActivity live = openActivity(room, activityId);
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
			RoomChange change = new RoomChange.Upvoted(room.id(), activityId, questionId, token);
			writer.write(() -> applyHere(room, change), tell(change), store.upvote(questionId, token));
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
		// a name can be chosen while waiting for the deck to open, not once it has ended
		if (room.closed()) {
			throw new UserError("interact.error.closed");
		}
		String stored = name.isEmpty() ? null : name;
		ReentrantLock lock = lockFor(token);
		lock.lock();
		try {
			List<Statement> statements = new ArrayList<>(memberStatements(room, token, account, stored));
			if (room.member(token) != null) {
				statements.add(store.nickname(room.id(), token, stored));
			}
			Room.Member before = room.member(token);
			RoomChange change = new RoomChange.Named(room.id(), token, new Room.Member(stored, accountIn(room, account),
					before == null ? null : before.sex(), before == null ? null : before.stakeholder()));
			writer.write(() -> applyHere(room, change), tell(change), statements.toArray(Statement[]::new));
		}
		finally {
			lock.unlock();
		}
	}

	private Room.LiveActivity openActivity(Room room, long activityId) {
		room.requireOpen();
		Room.LiveActivity live = room.live(activityId);
		if (live == null || live != room.current()) {
			throw new UserError("interact.error.notCurrent");
		}
		// once a quiz question's answer is revealed, nobody may still answer it
		if (live.locked || (live.shown && live.activity().getType() == ActivityType.QUIZ)) {
			throw new UserError("interact.error.locked");
		}
		return live;
	}

	private List<Statement> memberStatements(Room room, String token, String account, String nickname) {
		if (room.member(token) != null) {
			return List.of();
		}
		return List.of(store.join(room.id(), token, nickname, room.deck().isAnonymous() ? null : account));
	}

	/** The account kept with a person's answers: none in an anonymous deck. */
	private static String accountIn(Room room, String account) {
		return room.deck().isAnonymous() ? null : account;
	}

	// ---- the other nodes

	/** Applies a committed change to the room here and tells its screens here. */
	void applyHere(Room room, RoomChange change) {
		change.apply(room);
		change.announce(room, push);
	}

	/**
	 * What tells the other nodes of a change, run in the transaction that commits it (so they hear only of what is
	 * stored); nothing on a single node. A change too long for a message has them read the room again instead.
	 */
	Runnable tell(RoomChange change) {
		if (!fanout.clustered()) {
			return null;
		}
		return () -> {
			String message = message(change);
			fanout.send(CHANNEL, message.getBytes(StandardCharsets.UTF_8).length <= Fanout.MAX_MESSAGE_BYTES ? message
					: message(new RoomChange.Reload(change.deck())));
		};
	}

	/** A change as the other nodes read it (JSON, its kind in "k"). */
	static String message(RoomChange change) {
		return JSON.writerFor(RoomChange.class).writeValueAsString(change);
	}

	static RoomChange change(String message) {
		return JSON.readValue(message, RoomChange.class);
	}

	/** A change another node committed: applied if this node holds the room (else it reads it when needed). */
	private void heard(RoomChange change) {
		if (change instanceof RoomChange.Reload) {
			reloadHere(change.deck());
			return;
		}
		Room room;
		// a room being loaded now is waited for, so a change committed during the load is not missed
		synchronized (rooms) {
			room = rooms.get(change.deck());
		}
		if (room != null) {
			applyHere(room, change);
		}
	}

	private ReentrantLock lockFor(String token) {
		return personLocks[(token.hashCode() & 0x7fffffff) % personLocks.length];
	}

}
