package org.convene.bench;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server for the benchmarks (the same embedded PostgreSQL 17 the tests use, from Maven Central): started
 * on the given port with its data in the given directory, it prints "ready" and runs until the process is stopped.
 * Usage: {@code BenchPostgres port dataDir}; {@code bench/two-nodes.sh} starts and stops it.
 */
public final class BenchPostgres {

	private BenchPostgres() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(Integer.parseInt(args[0]))
			.setDataDirectory(Path.of(args[1])).setCleanDataDirectory(false)
			.setServerConfig("max_connections", "200").start();
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				postgres.close();
			}
			catch (Exception e) {
				// stopping anyway
			}
			stopped.countDown();
		}));
		System.out.println("ready " + postgres.getJdbcUrl("postgres", "postgres"));
		stopped.await();
	}
}
