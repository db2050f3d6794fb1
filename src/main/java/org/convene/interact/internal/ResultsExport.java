package org.convene.interact.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.convene.interact.Activity;
import org.convene.interact.Pseudonyms;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every answer of a deck as table rows, read from the database (what is stored, not what memory
 * holds): activity, question, a pseudonym instead of the participant's secret token, the nickname,
 * the answer in words, quiz score and time, moderation status, flags and votes.
 */
@Component
public class ResultsExport {

	public static final List<String> COLUMNS = List.of("number", "type", "question", "participant", "nickname",
			"answer", "score", "seconds", "status", "flagged", "votes", "time");

	private final JdbcTemplate jdbc;
	private final ActivityRepository activities;

	ResultsExport(JdbcTemplate jdbc, ActivityRepository activities) {
		this.jdbc = jdbc;
		this.activities = activities;
	}

	@Transactional(readOnly = true)
	public List<List<Object>> rows(long deckId) {
		Map<Long, Activity> byId = activities.findByDeckIdOrderByPosition(deckId).stream()
			.collect(Collectors.toMap(Activity::getId, a -> a));
		Map<String, String> nicknames = new HashMap<>();
		jdbc.query("select token, nickname from interact_members where deck_id = ? and nickname is not null",
				rs -> {
					nicknames.put(rs.getString(1), rs.getString(2));
				}, deckId);
		List<List<Object>> rows = new ArrayList<>();
		jdbc.query("select r.id, r.activity_id, r.token, r.answer, r.score, r.elapsed_ms, r.status, r.flagged,"
				+ " r.created_at, (select count(*) from interact_upvotes u where u.response_id = r.id)"
				+ " from interact_responses r join interact_activities a on a.id = r.activity_id where a.deck_id = ?"
				+ " order by a.position, r.created_at, r.id", rs -> {
					Activity a = byId.get(rs.getLong(2));
					Integer elapsed = (Integer) rs.getObject(6);
					List<Object> row = new ArrayList<>();
					row.add(a.getPosition() + 1);
					row.add(a.getType().name().toLowerCase());
					row.add(a.getText().getPrompt());
					row.add(Pseudonyms.of(rs.getString(3)));
					row.add(nicknames.getOrDefault(rs.getString(3), ""));
					row.add(words(a, rs.getString(4)));
					row.add(rs.getObject(5) == null ? "" : rs.getInt(5));
					row.add(elapsed == null ? "" : elapsed / 1000.0);
					row.add(rs.getString(7).toLowerCase());
					row.add(rs.getBoolean(8) ? "yes" : "no");
					row.add(rs.getInt(10));
					row.add(rs.getObject(9, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC).toString());
					rows.add(row);
				}, deckId);
		return rows;
	}

	/** A canonical answer in the deck's own words: option labels instead of numbers. */
	static String words(Activity a, String answer) {
		List<String> options = a.options();
		return switch (a.getType()) {
			case SINGLE, MULTIPLE, QUIZ -> Answers.indexes(answer).stream().map(i -> label(options, i))
				.collect(Collectors.joining("; "));
			case RANKING -> Answers.indexes(answer).stream().map(i -> label(options, i)).collect(Collectors.joining(" > "));
			case POINTS -> {
				List<Integer> points = Answers.indexes(answer);
				List<String> parts = new ArrayList<>();
				for (int i = 0; i < points.size(); i++) {
					parts.add(label(options, i) + ": " + points.get(i));
				}
				yield String.join("; ", parts);
			}
			case GRID -> {
				List<Integer> ratings = Answers.indexes(answer);
				List<String> parts = new ArrayList<>();
				for (int i = 0; i < ratings.size(); i++) {
					parts.add(label(options, i) + ": " + ratings.get(i));
				}
				yield String.join("; ", parts);
			}
			case WORDS -> answer.replace("\n", "; ");
			default -> answer;
		};
	}

	private static String label(List<String> options, int i) {
		return i < options.size() ? options.get(i) : String.valueOf(i + 1);
	}

}
