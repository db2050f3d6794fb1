package org.convene.storage;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** One real PostgreSQL server per test JVM (starting one takes seconds), stopped when the JVM ends. */
final class EmbeddedPostgresDatabase {

	private static EmbeddedPostgres server;

	private EmbeddedPostgresDatabase() {
	}

	static synchronized String jdbcUrl() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.close();
				}
				catch (IOException ignored) {
					// the JVM is ending anyway
				}
			}));
		}
		return server.getJdbcUrl("postgres", "postgres");
	}
}
