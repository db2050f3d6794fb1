package org.convene.knowledge.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.convene.knowledge.Spread;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How far practices travel, for the indicators: per country and year, the published practices from that country
 * (by the year they were published; translations not counted twice) and the adoptions recorded in it.
 */
@Component
public class PracticeFigures {

	private final JdbcTemplate jdbc;

	PracticeFigures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The rows within the dates (either may be null) and for one country (null: all), by country then year. */
	public List<Spread> rows(LocalDate from, LocalDate to, String country) {
		Map<String, long[]> counts = new TreeMap<>();
		jdbc.query("select countries, published_at from practices where status = 'PUBLISHED' and translation_of is null",
				rs -> {
					LocalDate day = day(rs.getTimestamp(2));
					if (within(day, from, to)) {
						for (String c : rs.getString(1).split(",")) {
							if (country == null || country.isBlank() || country.equals(c)) {
								counts.computeIfAbsent(c + ":" + day.getYear(), k -> new long[2])[0]++;
							}
						}
					}
				});
		jdbc.query("select a.country, a.created_at from practice_adoptions a join practices p on p.id = a.practice_id"
				+ " where p.status = 'PUBLISHED'", rs -> {
					LocalDate day = day(rs.getTimestamp(2));
					String c = rs.getString(1);
					if (within(day, from, to) && (country == null || country.isBlank() || country.equals(c))) {
						counts.computeIfAbsent(c + ":" + day.getYear(), k -> new long[2])[1]++;
					}
				});
		List<Spread> rows = new ArrayList<>();
		counts.forEach((key, n) -> rows.add(new Spread(key.substring(0, key.indexOf(':')),
				Integer.parseInt(key.substring(key.indexOf(':') + 1)), n[0], n[1])));
		return rows;
	}

	private static LocalDate day(Timestamp at) {
		return at == null ? LocalDate.MIN : at.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
	}

	private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
		return !day.equals(LocalDate.MIN) && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
	}
}
