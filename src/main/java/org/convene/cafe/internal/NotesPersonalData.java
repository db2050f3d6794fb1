package org.convene.cafe.internal;

import java.sql.Date;
import java.time.LocalDate;

import org.convene.platform.privacy.PersonalData;
import org.convene.platform.privacy.Retention;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who wrote which World Café note: forgotten after the notes' retention (from the event's last day). The insights
 * stay — they are what the community learned — and name no one. (A person's name in a café is their
 * registration, which the events module anonymises.)
 */
@Component
class NotesPersonalData implements PersonalData {

	private final JdbcTemplate jdbc;

	NotesPersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int anonymiseExpired(Retention retention, LocalDate today) {
		return jdbc.update("update cafe_notes set author_id = null where author_id is not null and cafe_id in"
				+ " (select c.id from cafe_cafes c join events e on e.id = c.event_id where e.end_date < ?)",
				Date.valueOf(today.minus(retention.notes())));
	}
}
