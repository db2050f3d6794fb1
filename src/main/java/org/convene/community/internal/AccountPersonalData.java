package org.convene.community.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.convene.community.Accounts;
import org.convene.platform.privacy.PersonalData;
import org.convene.platform.privacy.Retention;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** An account as personal data: shown on request, erased on request; accounts have no retention period of their own. */
@Component
class AccountPersonalData implements PersonalData {

	private final JdbcTemplate jdbc;
	private final Accounts accounts;

	AccountPersonalData(JdbcTemplate jdbc, Accounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	@Override
	public int anonymiseExpired(Retention retention, LocalDate today) {
		return 0;
	}

	@Override
	public Map<String, List<Map<String, Object>>> about(String email) {
		return Map.of("account", jdbc.queryForList("select email, display_name, role, language, active, created_at,"
				+ " totp_secret is not null as two_factor from accounts where email = lower(?)", email.strip()));
	}

	@Override
	public int erase(String email) {
		return accounts.erase(email);
	}
}
