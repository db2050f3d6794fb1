package org.convene.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class SubmitOnceTest {

	/** One database, as the nodes of a cluster share it. */
	static final JdbcTemplate DATABASE = database();

	final SubmitOnce once = new SubmitOnce(DATABASE);

	@Test
	void aFormSentAgainToAnotherNodeGetsTheFirstResultWithoutRunningAgain() {
		SubmitOnce otherNode = new SubmitOnce(DATABASE);
		AtomicInteger runs = new AtomicInteger();
		String token = once.token();
		String first = once.run(token, () -> "redirect:/events/" + runs.incrementAndGet());
		assertThat(otherNode.run(token, () -> "redirect:/events/" + runs.incrementAndGet())).isEqualTo(first);
		assertThat(runs).hasValue(1);
		// a day later the token is forgotten (a form is not kept open that long)
		DATABASE.update("update submitted_forms set created_at = ? where token = ?",
				Timestamp.from(Instant.now().minus(Duration.ofDays(2))), token);
		otherNode.forgetOld();
		assertThat(DATABASE.queryForObject("select count(*) from submitted_forms where token = ?", Integer.class, token))
			.isZero();
	}

	private static JdbcTemplate database() {
		JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(
				"jdbc:h2:mem:submit-once;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", ""));
		try {
			jdbc.execute(new String(SubmitOnceTest.class.getResourceAsStream(
					"/db/migration/V16__platform_submitted_forms.sql").readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return jdbc;
	}

	@Test
	void aSecondSubmitWithTheSameTokenGetsTheFirstResultWithoutRunningAgain() {
		AtomicInteger runs = new AtomicInteger();
		String token = once.token();
		String first = once.run(token, () -> "redirect:/events/" + runs.incrementAndGet());
		String second = once.run(token, () -> "redirect:/events/" + runs.incrementAndGet());
		assertThat(first).isEqualTo("redirect:/events/1");
		assertThat(second).isEqualTo(first);
		assertThat(runs).hasValue(1);
	}

	@Test
	void simultaneousSubmitsRunOnce() throws Exception {
		AtomicInteger runs = new AtomicInteger();
		String token = once.token();
		CountDownLatch start = new CountDownLatch(1);
		try (var pool = Executors.newFixedThreadPool(4)) {
			List<Future<String>> results = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				results.add(pool.submit(() -> {
					start.await();
					return once.run(token, () -> {
						sleep(100);
						return "redirect:/x/" + runs.incrementAndGet();
					});
				}));
			}
			start.countDown();
			for (Future<String> r : results) {
				assertThat(r.get()).isEqualTo("redirect:/x/1");
			}
		}
		assertThat(runs).hasValue(1);
	}

	@Test
	void aFormShownAgainWithErrorsCanBeSentAgainWithTheSameToken() {
		AtomicInteger runs = new AtomicInteger();
		String token = once.token();
		assertThat(once.run(token, () -> {
			runs.incrementAndGet();
			return "events/edit";
		})).isEqualTo("events/edit");
		assertThat(once.run(token, () -> "redirect:/events/" + runs.incrementAndGet()))
			.isEqualTo("redirect:/events/2");
	}

	@Test
	void aFailureLetsTheSameTokenTryAgain() {
		String token = once.token();
		// the first attempt fails, and the failure reaches the caller (it is not swallowed)
		assertThatThrownBy(() -> once.run(token, () -> {
			throw new IllegalStateException("database down");
		})).isInstanceOf(IllegalStateException.class).hasMessage("database down");
		assertThat(once.run(token, () -> "redirect:/ok")).isEqualTo("redirect:/ok");
	}

	@Test
	void formsWithoutATokenAlwaysRun() {
		AtomicInteger runs = new AtomicInteger();
		once.run(null, () -> "redirect:/" + runs.incrementAndGet());
		once.run("", () -> "redirect:/" + runs.incrementAndGet());
		assertThat(runs).hasValue(2);
	}

	@Test
	void memoryKeepsTheNewestTenThousandAndTheDatabaseTheRest() {
		String first = once.token();
		once.run(first, () -> "redirect:/first");
		for (int i = 0; i < 10_000; i++) {
			once.run(once.token(), () -> "redirect:/other");
		}
		assertThat(once.run(first, () -> "redirect:/again")).as("out of memory, still in the database")
			.isEqualTo("redirect:/first");
	}

	private static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
