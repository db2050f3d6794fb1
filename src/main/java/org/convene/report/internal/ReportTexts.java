package org.convene.report.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The coordinator's narrative parts of a report, by part name ("summary", "conclusions", "session:12"). */
@Repository
public class ReportTexts {

	private final JdbcClient jdbc;

	ReportTexts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Map<String, String> of(long eventId) {
		Map<String, String> texts = new HashMap<>();
		jdbc.sql("select part, text from report_texts where event_id = ?").param(eventId)
			.query(rs -> {
				texts.put(rs.getString(1), rs.getString(2));
			});
		return texts;
	}

	/** Saves a part; an empty text removes it. */
	public void save(long eventId, String part, String text) {
		jdbc.sql("delete from report_texts where event_id = ? and part = ?").params(eventId, part).update();
		if (text != null && !text.isBlank()) {
			jdbc.sql("insert into report_texts (event_id, part, text, updated_at) values (?, ?, ?, ?)")
				.params(eventId, part, text.strip(), Timestamp.from(Instant.now()))
				.update();
		}
	}
}
