package org.convene.platform.web;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes a form that creates something safe to send twice (a double click, a retry after a dropped
 * connection): each form carries a one-time token, and a second request with the same token gets the
 * first one's result — the redirect to what was created — instead of creating it again. Templates put
 * {@code <input type="hidden" name="formToken" th:value="${@submitOnce.token()}">} in the form.
 * The tokens are random (UUIDs), so they are remembered by themselves and not in an HTTP session (a visitor who
 * registers for an event costs no session): in memory while a request runs (two at once on one node run once),
 * and in the database once taken (table {@code submitted_forms}, one day), so a form sent again to another node
 * of a cluster gets the first result too.
 */
@Component("submitOnce")
public class SubmitOnce {

	private static final Duration KEPT = Duration.ofDays(1);

	private final JdbcTemplate jdbc;

	private static final int REMEMBERED = 10_000;

	private final Map<String, CompletableFuture<String>> results = new LinkedHashMap<>() {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<String>> eldest) {
			return size() > REMEMBERED;
		}
	};

	public SubmitOnce(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A fresh token for one form. */
	public String token() {
		return UUID.randomUUID().toString();
	}

	/**
	 * Runs {@code action} once per token. Only a redirect (a saved result) is remembered: a form shown
	 * again with errors can be corrected and sent with the same token.
	 */
	public String run(String token, Supplier<String> action) {
		if (token == null || token.isBlank()) {
			return action.get();
		}
		CompletableFuture<String> mine = new CompletableFuture<>();
		CompletableFuture<String> earlier;
		synchronized (results) {
			earlier = results.putIfAbsent(token, mine);
		}
		if (earlier != null) {
			String result = await(earlier);
			if (result != null && result.startsWith("redirect:")) {
				return result;
			}
			return action.get();
		}
		try {
			List<String> taken = jdbc.queryForList("select result from submitted_forms where token = ?", String.class,
					token);
			if (!taken.isEmpty()) {
				mine.complete(taken.getFirst());
				return taken.getFirst();
			}
			String result = action.get();
			if (result == null || !result.startsWith("redirect:")) {
				synchronized (results) {
					results.remove(token);
				}
			}
			else if (result.length() <= 1000) {
				jdbc.update("insert into submitted_forms (token, result, created_at) values (?, ?, ?) on conflict do nothing",
						token, result, Timestamp.from(Instant.now()));
			}
			mine.complete(result);
			return result;
		}
		catch (RuntimeException e) {
			synchronized (results) {
				results.remove(token);
			}
			mine.complete(null);
			throw e;
		}
	}

	/** Forgets forms taken more than a day ago (a form page is not kept open that long). */
	@Scheduled(fixedDelay = 1, timeUnit = TimeUnit.HOURS)
	public void forgetOld() {
		jdbc.update("delete from submitted_forms where created_at < ?", Timestamp.from(Instant.now().minus(KEPT)));
	}

	private static String await(CompletableFuture<String> earlier) {
		try {
			return earlier.get(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException e) {
			return null;
		}
	}
}
