package org.convene.platform;

import java.sql.PreparedStatement;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Inserting a row written in plain SQL and getting its generated {@code id} back (H2 and PostgreSQL alike). */
public final class Inserts {

	private Inserts() {
	}

	/** Runs the insert with the values in order and returns the new row's {@code id}. */
	public static long returningId(JdbcTemplate jdbc, String sql, Object... values) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			PreparedStatement statement = connection.prepareStatement(sql, new String[] { "id" });
			for (int i = 0; i < values.length; i++) {
				statement.setObject(i + 1, values[i]);
			}
			return statement;
		}, key);
		return key.getKey().longValue();
	}
}
