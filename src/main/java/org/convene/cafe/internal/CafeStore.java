package org.convene.cafe.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.convene.cafe.ActionItem;
import org.convene.cafe.Cafe;
import org.convene.cafe.CafePerson;
import org.convene.cafe.CafeTable;
import org.convene.cafe.Note;
import org.convene.cafe.planner.Plan;
import org.convene.events.Objective;
import org.convene.events.Sex;
import org.convene.events.StakeholderType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The café tables in SQL: small records and link tables (seats, dots, pairs kept apart or allowed together) that read best
 * as plain queries. Every method runs in the caller's transaction.
 */
@Repository
public class CafeStore {

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;

	private static final String PEOPLE = "select c.id, c.participant_id, c.phone_key, c.absent_rounds, p.name,"
			+ " p.organisation, p.sex, p.stakeholder_type, p.country from cafe_people c join participants p"
			+ " on p.id = c.participant_id ";

	private static final String NOTES = "select n.*, (select count(*) from cafe_dots d where d.note_id = n.id) as dots"
			+ " from cafe_notes n ";

	public CafeStore(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	// ---- cafés and rounds

	public long insertCafe(long eventId, Long sessionId, String title, int dots) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into cafe_cafes (event_id, session_id, title, current_round, voting_open, dots_per_person,"
				+ " created_at) values (?, ?, ?, 0, false, ?, ?)")
			.params(eventId, sessionId, title, dots, Timestamp.from(Instant.now()))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public Optional<Cafe> cafe(long id) {
		return jdbc.sql("select * from cafe_cafes where id = ?").param(id).query(this::mapCafe).optional();
	}

	public List<Cafe> cafesOfEvent(long eventId) {
		return jdbc.sql("select * from cafe_cafes where event_id = ? order by id").param(eventId).query(this::mapCafe)
			.list();
	}

	private Cafe mapCafe(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		Integer repeated = (Integer) rs.getObject("repeated_pairs", Integer.class);
		Cafe.PlanFigures plan = repeated == null ? null
				: new Cafe.PlanFigures(repeated, rs.getInt("lower_bound"), rs.getInt("same_organisation_pairs"),
						rs.getLong("sum_squares"), instant(rs.getTimestamp("planned_at")), how(rs));
		return new Cafe(id, rs.getLong("event_id"), (Long) rs.getObject("session_id", Long.class),
				rs.getString("title"), rs.getInt("current_round"), instant(rs.getTimestamp("round_started_at")),
				rs.getBoolean("voting_open"), rs.getInt("dots_per_person"), plan, rounds(id));
	}

	private static Plan.How how(ResultSet rs) throws SQLException {
		String start = rs.getString("plan_start");
		String family = rs.getString("plan_family");
		return start == null ? null
				: new Plan.How(Plan.Start.valueOf(start), family == null ? null : Plan.Family.valueOf(family),
						rs.getString("plan_notation"), null, rs.getInt("plan_design_rounds"), rs.getBoolean("plan_searched"),
						rs.getBoolean("plan_annealed"));
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}

	private List<Cafe.Round> rounds(long cafeId) {
		return jdbc.sql("select * from cafe_rounds where cafe_id = ? order by number").param(cafeId)
			.query((rs, i) -> new Cafe.Round(rs.getInt("number"), rs.getString("question"), rs.getInt("minutes"),
					rs.getBoolean("return_home")))
			.list();
	}

	public void updateCafe(long id, String title, Long sessionId, int dots) {
		jdbc.sql("update cafe_cafes set title = ?, session_id = ?, dots_per_person = ? where id = ?")
			.params(title, sessionId, dots, id).update();
	}

	public void replaceRounds(long cafeId, List<Cafe.Round> rounds) {
		jdbc.sql("delete from cafe_rounds where cafe_id = ?").param(cafeId).update();
		for (Cafe.Round r : rounds) {
			jdbc.sql("insert into cafe_rounds (cafe_id, number, question, minutes, return_home) values (?, ?, ?, ?, ?)")
				.params(cafeId, r.number(), r.question(), r.minutes(), r.returnHome()).update();
		}
	}

	public void moveTo(long cafeId, int round, Instant startedAt) {
		jdbc.sql("update cafe_cafes set current_round = ?, round_started_at = ? where id = ?")
			.params(round, startedAt == null ? null : Timestamp.from(startedAt), cafeId).update();
	}

	public void setVoting(long cafeId, boolean open) {
		jdbc.sql("update cafe_cafes set voting_open = ? where id = ?").params(open, cafeId).update();
	}

	public void savePlanFigures(long cafeId, Cafe.PlanFigures f) {
		Plan.How how = f == null ? null : f.how();
		jdbc.sql("update cafe_cafes set repeated_pairs = ?, lower_bound = ?, same_organisation_pairs = ?,"
				+ " sum_squares = ?, planned_at = ?, plan_start = ?, plan_family = ?, plan_notation = ?,"
				+ " plan_design_rounds = ?, plan_searched = ?, plan_annealed = ? where id = ?")
			.params(f == null ? null : f.repeatedPairs(), f == null ? null : f.lowerBound(),
					f == null ? null : f.sameOrganisationPairs(), f == null ? null : f.sumSquares(),
					f == null ? null : Timestamp.from(f.plannedAt()), how == null ? null : how.start().name(),
					how == null || how.family() == null ? null : how.family().name(),
					how == null ? null : how.notation(), how == null ? null : how.designRounds(),
					how == null ? null : how.searched(), how == null ? null : how.annealed(), cafeId)
			.update();
	}

	// ---- people

	public void insertPerson(long cafeId, long participantId, String key) {
		jdbc.sql("insert into cafe_people (cafe_id, participant_id, phone_key, absent_rounds) values (?, ?, ?, '')")
			.params(cafeId, participantId, key).update();
	}

	public List<CafePerson> people(long cafeId) {
		return jdbc.sql(PEOPLE + "where c.cafe_id = ? order by lower(p.name), c.id").param(cafeId)
			.query(CafeStore::person).list();
	}

	public Optional<CafePersonAt> byKey(String key) {
		return jdbc.sql("select c.cafe_id, " + PEOPLE.substring("select ".length()) + "where c.phone_key = ?")
			.param(key)
			.query((rs, i) -> new CafePersonAt(rs.getLong("cafe_id"), person(rs, i)))
			.optional();
	}

	/** A person and the café they belong to. */
	public record CafePersonAt(long cafeId, CafePerson person) {
	}

	private static CafePerson person(ResultSet rs, int row) throws SQLException {
		Set<Integer> absent = Arrays.stream(rs.getString("absent_rounds").split(","))
			.filter(s -> !s.isBlank())
			.map(Integer::valueOf)
			.collect(Collectors.toCollection(TreeSet::new));
		return new CafePerson(rs.getLong("id"), rs.getLong("participant_id"), rs.getString("phone_key"),
				rs.getString("name"), rs.getString("organisation"), Sex.valueOf(rs.getString("sex")),
				StakeholderType.valueOf(rs.getString("stakeholder_type")), rs.getString("country"), absent);
	}

	public void setAbsent(long cafeId, long personId, Set<Integer> rounds) {
		jdbc.sql("update cafe_people set absent_rounds = ? where cafe_id = ? and id = ?")
			.params(new TreeSet<>(rounds).stream().map(String::valueOf).collect(Collectors.joining(",")), cafeId,
					personId)
			.update();
	}

	public boolean keyTaken(String key) {
		return jdbc.sql("select count(*) from cafe_people where phone_key = ?").param(key).query(Integer.class)
			.single() > 0;
	}

	// ---- tables

	public List<CafeTable> tables(long cafeId) {
		return jdbc.sql("select * from cafe_tables where cafe_id = ? order by position").param(cafeId)
			.query((rs, i) -> new CafeTable(rs.getLong("id"), rs.getInt("position"), rs.getString("name"),
					rs.getInt("capacity"), (Long) rs.getObject("host_id", Long.class)))
			.list();
	}

	public void insertTable(long cafeId, int position, String name, int capacity, Long hostId) {
		jdbc.sql("insert into cafe_tables (cafe_id, position, name, capacity, host_id) values (?, ?, ?, ?, ?)")
			.params(cafeId, position, name, capacity, hostId).update();
	}

	public void updateTable(long cafeId, long tableId, int position, String name, int capacity, Long hostId) {
		jdbc.sql("update cafe_tables set position = ?, name = ?, capacity = ?, host_id = ? where cafe_id = ? and id = ?")
			.params(position, name, capacity, hostId, cafeId, tableId).update();
	}

	public void deleteTable(long cafeId, long tableId) {
		jdbc.sql("delete from cafe_tables where cafe_id = ? and id = ?").params(cafeId, tableId).update();
	}

	// ---- pairs kept apart (APART) or allowed together (TOGETHER)

	public List<long[]> pairs(long cafeId, String kind) {
		return jdbc.sql("select person_a, person_b from cafe_pairs where cafe_id = ? and kind = ? order by person_a, person_b")
			.params(cafeId, kind)
			.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
	}

	/** Sets a pair's kind (a pair has one: kept apart or allowed together). */
	public void setPair(long cafeId, long a, long b, String kind) {
		removePair(cafeId, a, b);
		jdbc.sql("insert into cafe_pairs (cafe_id, person_a, person_b, kind) values (?, ?, ?, ?)")
			.params(cafeId, Math.min(a, b), Math.max(a, b), kind)
			.update();
	}

	public void removePair(long cafeId, long a, long b) {
		jdbc.sql("delete from cafe_pairs where cafe_id = ? and person_a = ? and person_b = ?")
			.params(cafeId, Math.min(a, b), Math.max(a, b)).update();
	}

	// ---- seats: round → person → table

	public Map<Integer, Map<Long, Long>> seats(long cafeId) {
		Map<Integer, Map<Long, Long>> seats = new HashMap<>();
		jdbc.sql("select round, person_id, table_id from cafe_seats where cafe_id = ?").param(cafeId)
			.query((RowCallbackHandler) rs -> {
				seats.computeIfAbsent(rs.getInt(1), r -> new HashMap<>()).put(rs.getLong(2), rs.getLong(3));
			});
		return seats;
	}

	public void replaceSeats(long cafeId, Map<Integer, Map<Long, Long>> seats) {
		jdbc.sql("delete from cafe_seats where cafe_id = ?").param(cafeId).update();
		List<Object[]> rows = new ArrayList<>();
		seats.forEach((round, people) -> people.forEach((person, table) -> rows
			.add(new Object[] { cafeId, round, person, table })));
		if (!rows.isEmpty()) {
			batch.batchUpdate("insert into cafe_seats (cafe_id, round, person_id, table_id) values (?, ?, ?, ?)",
					rows);
		}
	}

	public void clearSeats(long cafeId) {
		jdbc.sql("delete from cafe_seats where cafe_id = ?").param(cafeId).update();
		savePlanFigures(cafeId, null);
	}

	// ---- notes and dots

	public List<Note> notes(long cafeId) {
		return jdbc.sql(NOTES + "where n.cafe_id = ? order by n.round, n.table_id, n.created_at, n.id").param(cafeId)
			.query(CafeStore::note).list();
	}

	public Optional<Note> note(long cafeId, long noteId) {
		return jdbc.sql(NOTES + "where n.cafe_id = ? and n.id = ?").params(cafeId, noteId).query(CafeStore::note)
			.optional();
	}

	private static Note note(ResultSet rs, int row) throws SQLException {
		String objective = rs.getString("objective");
		return new Note(rs.getLong("id"), rs.getLong("table_id"), rs.getInt("round"),
				(Long) rs.getObject("author_id", Long.class), rs.getString("text"), Note.Tag.valueOf(rs.getString("tag")),
				objective == null ? null : Objective.valueOf(objective), rs.getString("cluster"), rs.getBoolean("flagged"),
				rs.getBoolean("hidden"), rs.getTimestamp("created_at").toInstant(), rs.getInt("dots"));
	}

	public long insertNote(long cafeId, long tableId, int round, Long authorId, String text, Note.Tag tag,
			Objective objective, boolean flagged) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into cafe_notes (cafe_id, table_id, round, author_id, text, tag, objective, flagged, hidden,"
				+ " created_at) values (?, ?, ?, ?, ?, ?, ?, ?, false, ?)")
			.params(cafeId, tableId, round, authorId, text, tag.name(), objective == null ? null : objective.name(),
					flagged, Timestamp.from(Instant.now()))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public void setHidden(long cafeId, long noteId, boolean hidden) {
		jdbc.sql("update cafe_notes set hidden = ? where cafe_id = ? and id = ?").params(hidden, cafeId, noteId).update();
	}

	public void clearFlag(long cafeId, long noteId) {
		jdbc.sql("update cafe_notes set flagged = false where cafe_id = ? and id = ?").params(cafeId, noteId).update();
	}

	public void setCluster(long cafeId, long noteId, String cluster) {
		jdbc.sql("update cafe_notes set cluster = ? where cafe_id = ? and id = ?").params(cluster, cafeId, noteId)
			.update();
	}

	public Set<Long> dotsOf(long personId) {
		return new LinkedHashSet<>(jdbc.sql("select note_id from cafe_dots where person_id = ?").param(personId)
			.query(Long.class).list());
	}

	/** Adds a dot; false when this person had already put one there. */
	public boolean addDot(long noteId, long personId) {
		return jdbc.sql("insert into cafe_dots (note_id, person_id) values (?, ?) on conflict do nothing")
			.params(noteId, personId).update() == 1;
	}

	public void removeDot(long noteId, long personId) {
		jdbc.sql("delete from cafe_dots where note_id = ? and person_id = ?").params(noteId, personId).update();
	}

	// ---- action items

	public List<ActionItem> actions(long cafeId) {
		return jdbc.sql("select * from cafe_actions where cafe_id = ? order by id").param(cafeId)
			.query((rs, i) -> {
				Date due = rs.getDate("due");
				return new ActionItem(rs.getLong("id"), (Long) rs.getObject("note_id", Long.class), rs.getString("text"),
						rs.getString("owner"), due == null ? null : due.toLocalDate(),
						ActionItem.Status.valueOf(rs.getString("status")));
			})
			.list();
	}

	public void insertAction(long cafeId, Long noteId, String text, String owner, LocalDate due) {
		jdbc.sql("insert into cafe_actions (cafe_id, note_id, text, owner, due, status, created_at)"
				+ " values (?, ?, ?, ?, ?, 'OPEN', ?)")
			.params(cafeId, noteId, text, owner, due == null ? null : Date.valueOf(due),
					Timestamp.from(Instant.now()))
			.update();
	}

	public void updateAction(long cafeId, long actionId, String text, String owner, LocalDate due,
			ActionItem.Status status) {
		jdbc.sql("update cafe_actions set text = ?, owner = ?, due = ?, status = ? where cafe_id = ? and id = ?")
			.params(text, owner, due == null ? null : Date.valueOf(due), status.name(), cafeId, actionId)
			.update();
	}

	public void deleteAction(long cafeId, long actionId) {
		jdbc.sql("delete from cafe_actions where cafe_id = ? and id = ?").params(cafeId, actionId).update();
	}
}
