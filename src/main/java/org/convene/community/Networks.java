package org.convene.community;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.convene.platform.Inserts;
import org.convene.platform.UserError;
import org.convene.platform.i18n.Languages;
import org.convene.platform.text.CleanText;
import org.convene.platform.web.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Networks of countries — a regional prosecutors' network, a network of national rapporteurs — with their member
 * countries (whose contact points for the network's theme the network page lists), their meetings (events) and the
 * networks that belong to them: "networking the networks". A network cannot, through others, belong to itself.
 * Coordinators and administrators create and edit networks; members read them.
 */
@Service
@Transactional
public class Networks {

	private final JdbcTemplate jdbc;
	private final Clock clock;

	Networks(JdbcTemplate jdbc, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** A network and what belongs to it. */
	public record Network(long id, String name, String description, Theme theme, Set<String> countries,
			List<Long> memberNetworks, List<Long> eventIds) {
	}

	@Transactional(readOnly = true)
	public List<Network> all() {
		return jdbc.queryForList("select id from networks order by lower(name)", Long.class).stream()
			.map(this::get).toList();
	}

	@Transactional(readOnly = true)
	public Network get(long id) {
		List<Network> found = jdbc.query("select id, name, description, theme from networks where id = ?",
				(rs, i) -> new Network(rs.getLong(1), rs.getString(2), rs.getString(3), Theme.valueOf(rs.getString(4)),
						new TreeSet<>(jdbc.queryForList("select country from network_countries where network_id = ?",
								String.class, id)),
						jdbc.queryForList("select member_network_id from network_networks where network_id = ?",
								Long.class, id),
						jdbc.queryForList("select event_id from network_events where network_id = ?", Long.class, id)),
				id);
		if (found.isEmpty()) {
			throw new NotFoundException();
		}
		return found.getFirst();
	}

	/** The networks {@code id} belongs to. */
	@Transactional(readOnly = true)
	public List<Long> partOf(long id) {
		return jdbc.queryForList("select network_id from network_networks where member_network_id = ?", Long.class, id);
	}

	/** The networks a country belongs to. */
	@Transactional(readOnly = true)
	public List<Network> ofCountry(String country) {
		return jdbc.queryForList("select network_id from network_countries where country = ?", Long.class, country)
			.stream().map(this::get).toList();
	}

	public long create(String name, String description, Theme theme, Collection<String> countries, String by) {
		String cleanName = check(name, theme);
		checkDescription(description);
		long id = Inserts.returningId(jdbc, "insert into networks (name, description, theme, created_by, created_at)"
				+ " values (?, ?, ?, ?, ?)", cleanName, CleanText.stripToNull(description), theme.name(), by,
				Timestamp.from(clock.instant()));
		setCountries(id, countries);
		return id;
	}

	public void update(long id, String name, String description, Theme theme, Collection<String> countries) {
		get(id);
		checkDescription(description);
		jdbc.update("update networks set name = ?, description = ?, theme = ? where id = ?", check(name, theme),
				CleanText.stripToNull(description), theme.name(), id);
		setCountries(id, countries);
	}

	/** Makes {@code member} a network of {@code id}, unless that would make a network part of itself. */
	public void addNetwork(long id, long member) {
		get(id);
		get(member);
		if (id == member || contains(member, id)) {
			throw new UserError("networks.error.cycle");
		}
		if (!get(id).memberNetworks().contains(member)) {
			jdbc.update("insert into network_networks (network_id, member_network_id) values (?, ?)", id, member);
		}
	}

	public void removeNetwork(long id, long member) {
		jdbc.update("delete from network_networks where network_id = ? and member_network_id = ?", id, member);
	}

	/** Links an event to the network as one of its meetings. */
	public void addMeeting(long id, long eventId) {
		if (!get(id).eventIds().contains(eventId)) {
			jdbc.update("insert into network_events (network_id, event_id) values (?, ?)", id, eventId);
		}
	}

	public void removeMeeting(long id, long eventId) {
		jdbc.update("delete from network_events where network_id = ? and event_id = ?", id, eventId);
	}

	/** Whether {@code inner} is, directly or through others, a member of {@code outer}. */
	private boolean contains(long outer, long inner) {
		for (long member : get(outer).memberNetworks()) {
			if (member == inner || contains(member, inner)) {
				return true;
			}
		}
		return false;
	}

	private void setCountries(long id, Collection<String> countries) {
		jdbc.update("delete from network_countries where network_id = ?", id);
		for (String country : new TreeSet<>(countries == null ? List.of() : countries)) {
			if (Languages.isCountry(country)) {
				jdbc.update("insert into network_countries (network_id, country) values (?, ?)", id, country);
			}
		}
	}

	private static void checkDescription(String description) {
		if (description != null && description.length() > 4000) {
			throw new UserError("participant.error.tooLong");
		}
	}

	private static String check(String name, Theme theme) {
		String clean = CleanText.stripToNull(name);
		if (clean == null || clean.length() > 200) {
			throw new UserError("groups.error.name");
		}
		if (theme == null) {
			throw new UserError("contacts.error.theme");
		}
		return clean;
	}
}
