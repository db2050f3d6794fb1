package org.convene.community;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.convene.platform.UserError;
import org.convene.platform.i18n.Languages;
import org.convene.platform.notify.Notifications;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each country's designated contact points, by theme. Regional cooperation rests on "two or more designated contact
 * points per country": {@link #gaps} says where a country has fewer than two for a theme. A contact point is a member
 * (their name, organisation and work address are shown to members: being reachable is the point); the coordinators
 * for the country (and administrators) designate and remove them, and the person is told.
 */
@Service
@Transactional
public class ContactPoints {

	/** The fewest contact points a country should have for each theme. */
	public static final int ENOUGH = 2;

	private final JdbcTemplate jdbc;
	private final Accounts accounts;
	private final Notifications notifications;
	private final Clock clock;

	ContactPoints(JdbcTemplate jdbc, Accounts accounts, Notifications notifications, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.notifications = notifications;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** One designated person. */
	public record ContactPoint(long id, String country, String member, String name, String organisation,
			Theme theme) {
	}

	@Transactional(readOnly = true)
	public List<ContactPoint> of(String country) {
		return of(List.of(country));
	}

	/** The contact points of these countries, by country and name. */
	@Transactional(readOnly = true)
	public List<ContactPoint> of(Collection<String> countries) {
		if (countries.isEmpty()) {
			return List.of();
		}
		String in = countries.stream().map(c -> "?").collect(Collectors.joining(","));
		List<Object[]> rows = jdbc.query("select id, country, member, theme from contact_points where country in ("
				+ in + ") order by country, id", (rs, i) -> new Object[] { rs.getLong(1), rs.getString(2),
						rs.getString(3), rs.getString(4) }, countries.toArray());
		return rows.stream().map(r -> {
			Optional<Account> account = accounts.find((String) r[2]).filter(Account::isActive);
			return account.map(a -> new ContactPoint((long) r[0], (String) r[1], a.getEmail(), a.getDisplayName(),
					a.getOrganisation(), Theme.valueOf((String) r[3])));
		}).flatMap(Optional::stream).toList();
	}

	/** The themes for which a country has fewer than {@link #ENOUGH} contact points, with how many it has. */
	@Transactional(readOnly = true)
	public Map<Theme, Long> gaps(String country) {
		List<ContactPoint> points = of(country);
		Map<Theme, Long> gaps = new TreeMap<>();
		for (Theme theme : List.of(Theme.TIP, Theme.SOM)) {
			long n = points.stream().filter(p -> p.theme().covers(theme)).map(ContactPoint::member).distinct().count();
			if (n < ENOUGH) {
				gaps.put(theme, n);
			}
		}
		return gaps;
	}

	/** How many contact points each country has (countries with none are absent). */
	@Transactional(readOnly = true)
	public Map<String, Long> counts() {
		return of(jdbc.queryForList("select distinct country from contact_points", String.class)).stream()
			.collect(Collectors.groupingBy(ContactPoint::country, TreeMap::new, Collectors.counting()));
	}

	/** Designates a member as a contact point of a country for a theme; they are told. */
	public void designate(String country, String email, Theme theme, String by) {
		checkDecider(country, by);
		if (theme == null) {
			throw new UserError("contacts.error.theme");
		}
		Account member = accounts.find(email).filter(Account::isActive)
			.orElseThrow(() -> new UserError("groups.error.noSuchMember"));
		try {
			jdbc.update("insert into contact_points (country, member, theme, designated_by, since) values (?, ?, ?, ?, ?)",
					country, member.getEmail(), theme.name(), Account.normaliseEmail(by),
					Timestamp.from(clock.instant()));
		}
		catch (DuplicateKeyException e) {
			throw new UserError("contacts.error.already");
		}
		notifications.notify(member.getEmail(), "contacts.notify.designated", "/countries/" + country,
				country, theme.name());
	}

	public void remove(String country, long id, String by) {
		checkDecider(country, by);
		jdbc.update("delete from contact_points where id = ? and country = ?", id, country);
	}

	/** Whether {@code viewer} designates the contact points of {@code country}. */
	@Transactional(readOnly = true)
	public boolean designates(String country, String viewer) {
		return accounts.find(viewer).map(a -> a.decidesFor(country)).orElse(false);
	}

	private void checkDecider(String country, String by) {
		if (!Languages.isCountry(country)) {
			throw new UserError("join.error.country");
		}
		if (!designates(country, by)) {
			throw new AccessDeniedException("not a coordinator for " + country);
		}
	}
}
