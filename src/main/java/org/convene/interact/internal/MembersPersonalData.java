package org.convene.interact.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.convene.interact.Live;
import org.convene.platform.privacy.PersonalData;
import org.convene.platform.privacy.Retention;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who answered, as personal data: a deck's nicknames and the accounts of named (not anonymous) answers are cleared
 * after their retention (from the event's last day, or the deck's creation when it has no event) or on request.
 * The answers stay, under participant tokens that name no one; the rooms are reloaded so no page shows them.
 */
@Component
class MembersPersonalData implements PersonalData {

	private static final String DECK_DAY = "coalesce((select e.end_date from events e where e.id = d.event_id),"
			+ " cast(d.created_at as date))";

	private final JdbcTemplate jdbc;
	private final Live live;

	MembersPersonalData(JdbcTemplate jdbc, Live live) {
		this.jdbc = jdbc;
		this.live = live;
	}

	@Override
	public int anonymiseExpired(Retention retention, LocalDate today) {
		List<Long> decks = jdbc.queryForList("select distinct m.deck_id from interact_members m join interact_decks d"
				+ " on d.id = m.deck_id where (m.nickname is not null or m.account is not null) and " + DECK_DAY + " < ?",
				Long.class, Date.valueOf(today.minus(retention.answers())));
		int changed = 0;
		for (long deck : decks) {
			changed += jdbc.update("update interact_members set nickname = null, account = null where deck_id = ?"
					+ " and (nickname is not null or account is not null)", deck);
			live.reload(deck);
		}
		return changed;
	}

	@Override
	public Map<String, List<Map<String, Object>>> about(String email) {
		return Map.of("live sessions", jdbc.queryForList("select d.title as deck, m.nickname, m.joined_at from"
				+ " interact_members m join interact_decks d on d.id = m.deck_id where lower(m.account) = lower(?)"
				+ " order by m.joined_at", email.strip()));
	}

	@Override
	public int erase(String email) {
		List<Long> decks = jdbc.queryForList("select distinct deck_id from interact_members where lower(account) = lower(?)",
				Long.class, email.strip());
		int changed = jdbc.update("update interact_members set nickname = null, account = null where lower(account) ="
				+ " lower(?)", email.strip());
		decks.forEach(live::reload);
		return changed;
	}
}
