package org.convene.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

class SubmitOnceTest {

	final SubmitOnce once = new SubmitOnce();
	final MockHttpSession session = new MockHttpSession();

	@Test
	void aSecondSubmitWithTheSameTokenGetsTheFirstResultWithoutRunningAgain() {
		AtomicInteger runs = new AtomicInteger();
		String token = once.token();
		String first = once.run(session, token, () -> "redirect:/events/" + runs.incrementAndGet());
		String second = once.run(session, token, () -> "redirect:/events/" + runs.incrementAndGet());
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
					return once.run(session, token, () -> {
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
		assertThat(once.run(session, token, () -> {
			runs.incrementAndGet();
			return "events/edit";
		})).isEqualTo("events/edit");
		assertThat(once.run(session, token, () -> "redirect:/events/" + runs.incrementAndGet()))
			.isEqualTo("redirect:/events/2");
	}

	@Test
	void aFailureLetsTheSameTokenTryAgain() {
		String token = once.token();
		// the first attempt fails, and the failure reaches the caller (it is not swallowed)
		assertThatThrownBy(() -> once.run(session, token, () -> {
			throw new IllegalStateException("database down");
		})).isInstanceOf(IllegalStateException.class).hasMessage("database down");
		assertThat(once.run(session, token, () -> "redirect:/ok")).isEqualTo("redirect:/ok");
	}

	@Test
	void formsWithoutATokenAlwaysRun() {
		AtomicInteger runs = new AtomicInteger();
		once.run(session, null, () -> "redirect:/" + runs.incrementAndGet());
		once.run(session, "", () -> "redirect:/" + runs.incrementAndGet());
		assertThat(runs).hasValue(2);
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
