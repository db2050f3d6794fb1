package org.convene.community.internal;

import java.util.List;
import java.util.Map;

import org.convene.community.Accounts;
import org.convene.platform.privacy.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An account as personal data (with the person's requests to join and contact-point roles): shown on request,
 * erased on request; accounts have no retention period of their own.
 */
@Component
class AccountPersonalData implements PersonalData {

	private final JdbcTemplate jdbc;
	private final Accounts accounts;

	AccountPersonalData(JdbcTemplate jdbc, Accounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	@Override
	public Map<String, List<Map<String, Object>>> about(String email) {
		String who = email.strip().toLowerCase();
		return Map.of("account", jdbc.queryForList("select email, display_name, role, language, active, created_at,"
				+ " organisation, country, stakeholder_type, job_title, languages, expertise, biography, in_directory,"
				+ " shown_fields, totp_secret is not null as two_factor from accounts where email = ?", who),
				"requests to join", jdbc.queryForList("select email, display_name, organisation, country, job_title,"
						+ " sponsor, nomination, motivation, status, created_at from join_requests where email = ?"
						+ " or sponsor = ?", who, who),
				"contact point", jdbc.queryForList("select country, theme, since from contact_points where member = ?",
						who));
	}

	/** The account is anonymised; requests to join are deleted, and so are the person's contact-point roles. */
	@Override
	public int erase(String email) {
		String who = email.strip().toLowerCase();
		return jdbc.update("delete from join_requests where email = ?", who)
				+ jdbc.update("update join_requests set sponsor = null where sponsor = ?", who)
				+ jdbc.update("delete from contact_points where member = ?", who) + accounts.erase(email);
	}
}
