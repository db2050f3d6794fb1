package org.convene.events.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.convene.platform.privacy.PersonalData;
import org.convene.platform.privacy.Retention;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Registrations as personal data: anonymised after their retention (from the event's last day) or on request —
 * name, e-mail, job title and biography go, and the person leaves the public list; sex, stakeholder type,
 * country, organisation and check-in stay, so every figure already reported stays as it was.
 */
@Component
class RegistrationsPersonalData implements PersonalData {

	private static final String ANONYMISE = "update participants set name = concat('#', id), email = null, job_title = null,"
			+ " biography = null, consent_to_list = false, anonymised_at = ? where anonymised_at is null and ";

	private final JdbcTemplate jdbc;

	RegistrationsPersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int anonymiseExpired(Retention retention, LocalDate today) {
		return jdbc.update(ANONYMISE + "event_id in (select id from events where end_date < ?)",
				Timestamp.from(Instant.now()), Date.valueOf(today.minus(retention.registrations())));
	}

	@Override
	public Map<String, List<Map<String, Object>>> about(String email) {
		return Map.of("registrations", jdbc.queryForList("select e.title as event, e.start_date, e.end_date, p.name,"
				+ " p.organisation, p.job_title, p.stakeholder_type, p.country, p.sex, p.email, p.consent_to_list,"
				+ " p.biography, p.checked_in_at, p.source, p.created_at from participants p join events e"
				+ " on e.id = p.event_id where lower(p.email) = lower(?) order by e.start_date", email.strip()));
	}

	@Override
	public int erase(String email) {
		return jdbc.update(ANONYMISE + "lower(email) = lower(?)", Timestamp.from(Instant.now()), email.strip());
	}
}
