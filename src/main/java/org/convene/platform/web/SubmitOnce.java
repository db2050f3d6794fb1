package org.convene.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Makes a form that creates something safe to send twice (a double click, a retry after a dropped
 * connection): each form carries a one-time token, and a second request with the same token gets the
 * first one's result — the redirect to what was created — instead of creating it again. Templates put
 * {@code <input type="hidden" name="formToken" th:value="${@submitOnce.token()}">} in the form.
 * The tokens are random (UUIDs), so they are remembered by themselves — the newest 10,000 results, in memory —
 * and not in an HTTP session: a visitor who registers for an event costs no session.
 */
@Component("submitOnce")
public class SubmitOnce {

	private static final int REMEMBERED = 10_000;

	private final Map<String, CompletableFuture<String>> results = new LinkedHashMap<>() {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<String>> eldest) {
			return size() > REMEMBERED;
		}
	};

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
			String result = action.get();
			if (result == null || !result.startsWith("redirect:")) {
				synchronized (results) {
					results.remove(token);
				}
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
