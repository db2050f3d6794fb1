package org.convene.platform.notify;

import java.util.List;
import java.util.Map;

import org.convene.platform.privacy.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A person's notifications, their e-mail choice and the mail waiting for them: shown on request, deleted on erasure
 * (notifications are removed after a year anyway, sent mail after a month).
 */
@Component
class NotificationsPersonalData implements PersonalData {

	private final JdbcTemplate jdbc;

	NotificationsPersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, List<Map<String, Object>>> about(String email) {
		String who = email.strip().toLowerCase();
		return Map.of("notifications", jdbc.queryForList("select message_key, args, link, created_at, read_at"
				+ " from notifications where recipient = ? order by id", who),
				"e-mail sent", jdbc.queryForList("select subject, created_at, sent_at from mail_outbox"
						+ " where recipient = ? order by id", who));
	}

	@Override
	public int erase(String email) {
		String who = email.strip().toLowerCase();
		return jdbc.update("delete from notifications where recipient = ?", who)
				+ jdbc.update("delete from notification_settings where recipient = ?", who)
				+ jdbc.update("delete from mail_outbox where recipient = ?", who);
	}
}
