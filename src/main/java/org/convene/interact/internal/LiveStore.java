package org.convene.interact.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import org.convene.events.Sex;
import org.convene.events.StakeholderType;
import org.convene.interact.DeckState;
import org.convene.interact.Response;
import org.convene.platform.DatabaseUnavailable;
import org.convene.platform.batch.BatchWriter.Statement;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where live rooms are stored: the rows a room is loaded from after a restart, the statements that store each
 * change (handed to the batch writer, which commits them before the room in memory changes), and the ids of new
 * answers. All of the live engine's SQL is here.
 */
@Component
public class LiveStore {

	/** Someone who joined a deck, as stored. */
	public record MemberRow(String token, String nickname, String account, Sex sex, StakeholderType stakeholder) {
	}

	/** One upvote of a question. */
	public record UpvoteRow(long responseId, String token) {
	}

	private final JdbcTemplate jdbc;
	private final Object idLock = new Object();
	private long nextId;
	private long lastId = -1;

	LiveStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	// ---- loading a room

	public List<MemberRow> members(long deckId) {
		return jdbc.query("select token, nickname, account, sex, stakeholder from interact_members where deck_id = ?",
				(rs, n) -> new MemberRow(rs.getString(1), rs.getString(2), rs.getString(3),
						rs.getString(4) == null ? null : Sex.valueOf(rs.getString(4)),
						rs.getString(5) == null ? null : StakeholderType.valueOf(rs.getString(5))),
				deckId);
	}

	/** Every answer and question of a deck (upvoters empty: see {@link #upvotes}). */
	public List<Response> responses(long deckId) {
		return jdbc.query("select r.id, r.activity_id, r.token, r.slot, r.answer, r.elapsed_ms, r.score, r.flagged,"
				+ " r.status, r.created_at from interact_responses r join interact_activities a on a.id = r.activity_id"
				+ " where a.deck_id = ?", (rs, n) -> new Response(rs.getLong(1), rs.getLong(2), rs.getString(3),
						rs.getInt(4), rs.getString(5), (Integer) rs.getObject(6), (Integer) rs.getObject(7),
						rs.getBoolean(8), Response.Status.valueOf(rs.getString(9)), ConcurrentHashMap.newKeySet(),
						rs.getObject(10, OffsetDateTime.class).toInstant()),
				deckId);
	}

	public List<UpvoteRow> upvotes(long deckId) {
		return jdbc.query("select u.response_id, u.token from interact_upvotes u join interact_responses r"
				+ " on r.id = u.response_id join interact_activities a on a.id = r.activity_id where a.deck_id = ?",
				(rs, n) -> new UpvoteRow(rs.getLong(1), rs.getString(2)), deckId);
	}

	/** Ids come from a database sequence in blocks of 100, so an answer costs no extra round trip. */
	public long nextId() {
		synchronized (idLock) {
			if (nextId > lastId) {
				Long base;
				try {
					base = jdbc.queryForObject("select nextval('interact_responses_seq')", Long.class);
				}
				catch (DataAccessException e) {
					throw DatabaseUnavailable.causedBy(e) ? new DatabaseUnavailable(e) : e;
				}
				nextId = base;
				lastId = base + 99;
			}
			return nextId++;
		}
	}

	// ---- the audience's changes

	/** The statement that stores a person's answer: a new row, or the changed one. */
	public Statement save(Response r, boolean existed, Instant now) {
		if (!existed) {
			return insert(r, now);
		}
		return new Statement("update interact_responses set answer = ?, elapsed_ms = ?, score = ?, flagged = ?,"
				+ " status = ?, updated_at = ? where id = ?", r.answer(), r.elapsedMs(), r.score(), r.flagged(),
				r.status().name(), Timestamp.from(now), r.id());
	}

	public Statement insert(Response r, Instant now) {
		Timestamp at = Timestamp.from(now);
		return new Statement("insert into interact_responses (id, activity_id, token, slot, answer, elapsed_ms, score,"
				+ " flagged, status, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", r.id(),
				r.activityId(), r.token(), r.slot(), r.answer(), r.elapsedMs(), r.score(), r.flagged(),
				r.status().name(), at, at);
	}

	/** Joining twice is joining once: two nodes may each take a first answer from the same phone. */
	public Statement join(long deckId, String token, String nickname, String account) {
		return new Statement("insert into interact_members (deck_id, token, nickname, account, joined_at)"
				+ " values (?, ?, ?, ?, ?) on conflict do nothing", deckId, token, nickname, account, Timestamp.from(Instant.now()));
	}

	public Statement profile(long deckId, String token, Sex sex, StakeholderType stakeholder) {
		return new Statement("update interact_members set sex = ?, stakeholder = ? where deck_id = ? and token = ?",
				sex == null ? null : sex.name(), stakeholder == null ? null : stakeholder.name(), deckId, token);
	}

	public Statement nickname(long deckId, String token, String nickname) {
		return new Statement("update interact_members set nickname = ? where deck_id = ? and token = ?", nickname,
				deckId, token);
	}

	public Statement upvote(long responseId, String token) {
		return new Statement("insert into interact_upvotes (response_id, token) values (?, ?) on conflict do nothing", responseId, token);
	}

	// ---- the presenter's changes

	public Statement locked(long activityId, boolean locked) {
		return new Statement("update interact_activities set locked = ? where id = ?", locked, activityId);
	}

	public Statement resultsShown(long activityId, boolean shown) {
		return new Statement("update interact_activities set results_shown = ? where id = ?", shown, activityId);
	}

	/** An activity starts again: its answers go, its clock restarts, it is unlocked and its results hidden. */
	public List<Statement> reset(long activityId, Instant now) {
		return List.of(new Statement("delete from interact_responses where activity_id = ?", activityId),
				new Statement("update interact_activities set opened_at = ?, locked = false, results_shown = false"
						+ " where id = ?", Timestamp.from(now), activityId));
	}

	public Statement state(long deckId, DeckState state) {
		return new Statement("update interact_decks set state = ? where id = ?", state.name(), deckId);
	}

	public Statement position(long deckId, int position) {
		return new Statement("update interact_decks set position = ? where id = ?", position, deckId);
	}

	public Statement opened(long activityId, Instant now) {
		return new Statement("update interact_activities set opened_at = ? where id = ?", Timestamp.from(now),
				activityId);
	}

	public Statement status(long responseId, Response.Status status) {
		return new Statement("update interact_responses set status = ? where id = ?", status.name(), responseId);
	}
}
