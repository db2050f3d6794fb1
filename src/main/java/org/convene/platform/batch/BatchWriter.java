package org.convene.platform.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.convene.platform.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for the hot path (votes, answers): callers hand in SQL writes, one writer thread
 * commits everything waiting in one transaction, and only then completes each caller's future. So a
 * room of phones costs one commit per batch instead of one per answer, and an answer is acknowledged
 * only once it is durable. If a batch fails, its writes are retried one by one, so one bad write fails
 * alone; if the database cannot be reached, every write of the batch fails at once with
 * {@link DatabaseUnavailable}. Writes run in the order they were handed in.
 */
@Component
public class BatchWriter implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(BatchWriter.class);
	private static final int MAX_BATCH = 1000;

	/**
	 * One write: its statements run in order, then {@code alsoInTransaction} (if any: telling other nodes through the
	 * fan-out), all in the batch's transaction; once committed, {@code afterCommit} runs on the writer thread (in
	 * commit order) before the caller hears of it.
	 */
	public record Write(List<Statement> statements, Runnable alsoInTransaction, Runnable afterCommit,
			CompletableFuture<Void> done) {
	}

	public record Statement(String sql, Object... args) {
	}

	private final BlockingQueue<Write> queue = new LinkedBlockingQueue<>();
	private final JdbcTemplate jdbc;
	private final TransactionTemplate transactions;
	private final Thread writer;
	private volatile boolean running = true;

	public BatchWriter(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.writer = Thread.ofPlatform().name("batch-writer").daemon().start(this::run);
	}

	/** Queues the statements (one unit) and waits until they are committed. */
	public void write(Runnable afterCommit, Statement... statements) {
		write(afterCommit, null, statements);
	}

	/**
	 * Queues the statements and {@code alsoInTransaction} (one unit, null for nothing) and waits until they are
	 * committed.
	 */
	public void write(Runnable afterCommit, Runnable alsoInTransaction, Statement... statements) {
		CompletableFuture<Void> done = new CompletableFuture<>();
		if (!running) {
			throw new IllegalStateException("The writer is shutting down");
		}
		queue.add(new Write(List.of(statements), alsoInTransaction, afterCommit, done));
		try {
			done.get(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the commit", e);
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException r) {
				throw r;
			}
			throw new IllegalStateException(e.getCause());
		}
		catch (TimeoutException e) {
			throw new IllegalStateException("The database did not commit within 30 s", e);
		}
	}

	private void run() {
		List<Write> batch = new ArrayList<>();
		while (running || !queue.isEmpty()) {
			try {
				Write first = queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				queue.drainTo(batch, MAX_BATCH - 1);
				commit(batch);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException e) {
				log.error("Batch writer failed", e);
			}
			finally {
				batch.clear();
			}
		}
	}

	private void commit(List<Write> batch) {
		if (batch.isEmpty()) {
			return;
		}
		try {
			transactions.executeWithoutResult(status -> {
				for (Write w : batch) {
					execute(w);
				}
			});
			finish(batch);
		}
		catch (RuntimeException batchFailure) {
			if (DatabaseUnavailable.causedBy(batchFailure)) {
				// no write can succeed now: each caller hears at once, rather than after a retry per write
				log.warn("Database unreachable: {} writes refused ({})", batch.size(), batchFailure.getMessage());
				batch.forEach(w -> w.done().completeExceptionally(new DatabaseUnavailable(batchFailure)));
				return;
			}
			for (Write w : batch) {
				try {
					transactions.executeWithoutResult(status -> execute(w));
					finish(List.of(w));
				}
				catch (RuntimeException e) {
					w.done().completeExceptionally(DatabaseUnavailable.causedBy(e) ? new DatabaseUnavailable(e) : e);
				}
			}
		}
	}

	private void execute(Write w) {
		for (Statement s : w.statements()) {
			jdbc.update(s.sql(), s.args());
		}
		if (w.alsoInTransaction() != null) {
			w.alsoInTransaction().run();
		}
	}

	private static void finish(List<Write> committed) {
		for (Write w : committed) {
			try {
				if (w.afterCommit() != null) {
					w.afterCommit().run();
				}
				w.done().complete(null);
			}
			catch (RuntimeException e) {
				w.done().completeExceptionally(e);
			}
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		// no interrupt: H2 closes its file when a thread doing I/O is interrupted; the writer polls
		running = false;
		writer.join(10_000);
	}
}
