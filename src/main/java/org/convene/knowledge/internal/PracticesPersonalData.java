package org.convene.knowledge.internal;

import java.util.List;
import java.util.Map;

import org.convene.platform.privacy.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the knowledge base holds about a person: the practices and adoptions they recorded (and the versions they
 * saved), and where they are named as the contact. On erasure the records stay — they belong to the community —
 * but no longer name them: author, saver and a contact that is their address become {@link #ERASED}.
 */
@Component
class PracticesPersonalData implements PersonalData {

	static final String ERASED = "erased@erased.invalid";

	private final JdbcTemplate jdbc;

	PracticesPersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, List<Map<String, Object>>> about(String email) {
		String who = email.strip().toLowerCase();
		return Map.of("practices", jdbc.queryForList("select title, status, language, created_at from practices"
				+ " where author = ? or lower(contact) = ? order by id", who, who),
				"adoptions", jdbc.queryForList("select practice_id, country, created_at from practice_adoptions where author = ?"
						+ " or lower(contact) = ? order by id", who, who));
	}

	@Override
	public int erase(String email) {
		String who = email.strip().toLowerCase();
		return jdbc.update("update practices set author = ? where author = ?", ERASED, who)
				+ jdbc.update("update practices set contact = null where lower(contact) = ?", who)
				+ jdbc.update("update practice_adoptions set author = ? where author = ?", ERASED, who)
				+ jdbc.update("update practice_adoptions set contact = null where lower(contact) = ?", who)
				+ jdbc.update("update practice_versions set saved_by = ? where saved_by = ?", ERASED, who);
	}
}
