package org.convene.platform.push;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A page's live socket as js/socket.js holds it, for tests and harnesses: messages by name ("name\ncontent"), and —
 * when {@code reconnect} — a new socket 0.5–2 s after a cut, as the browser does.
 */
public final class LiveSocket implements AutoCloseable {

	/** One message: its name, its content and when it arrived (System.nanoTime). */
	public record Message(String name, String data, long at) {
	}

	private final HttpClient http;
	private final URI uri;
	private final boolean reconnect;
	private final String origin;
	private final BlockingQueue<Message> messages = new LinkedBlockingQueue<>();
	private final List<Message> all = Collections.synchronizedList(new ArrayList<>());
	private final AtomicInteger connections = new AtomicInteger();
	private final List<Long> openedAt = Collections.synchronizedList(new ArrayList<>());
	private final List<Long> lostAt = Collections.synchronizedList(new ArrayList<>());
	private final CompletableFuture<HttpResponse<?>> firstAnswer = new CompletableFuture<>();
	private volatile WebSocket socket;
	private volatile boolean closed;
	private final CompletableFuture<Integer> closedBy = new CompletableFuture<>();

	private LiveSocket(HttpClient http, String url, boolean reconnect, String origin) {
		this.http = http;
		this.uri = URI.create(url.replaceFirst("^http", "ws"));
		this.reconnect = reconnect;
		this.origin = origin;
	}

	/** Opens a socket on {@code url} (http:// or ws://) and keeps reading it until closed. */
	public static LiveSocket open(HttpClient http, String url, boolean reconnect) {
		return open(http, url, reconnect, null);
	}

	/** The same, with the {@code Origin} a browser would send from a page at {@code origin}. */
	public static LiveSocket open(HttpClient http, String url, boolean reconnect, String origin) {
		LiveSocket s = new LiveSocket(http, url, reconnect, origin);
		s.connect();
		return s;
	}

	/**
	 * The first handshake's status: 101 when the socket opened, else what the server answered (429, 404, …), -1 when
	 * it did not answer; waits for it.
	 */
	public int status(Duration wait) throws Exception {
		HttpResponse<?> answer = firstAnswer.get(wait.toMillis(), TimeUnit.MILLISECONDS);
		return answer == null ? (connections.get() > 0 ? 101 : -1) : answer.statusCode();
	}

	/** The server's answer to a refused first handshake (its status and headers), or null if it opened. */
	public HttpResponse<?> refusal(Duration wait) throws Exception {
		return firstAnswer.get(wait.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void connect() {
		if (closed) {
			return;
		}
		WebSocket.Builder builder = http.newWebSocketBuilder();
		if (origin != null) {
			builder.header("Origin", origin);
		}
		builder.buildAsync(uri, new Listener()).whenComplete((ws, error) -> {
			if (error == null) {
				socket = ws;
				openedAt.add(System.nanoTime());
				connections.incrementAndGet();
				firstAnswer.complete(null);
				if (closed) {
					ws.abort();
				}
				return;
			}
			Throwable cause = error instanceof CompletionException ? error.getCause() : error;
			firstAnswer.complete(cause instanceof WebSocketHandshakeException refused ? refused.getResponse() : null);
			comeBack();
		});
	}

	private void comeBack() {
		lostAt.add(System.nanoTime());
		if (reconnect && !closed) {
			CompletableFuture.delayedExecutor(ThreadLocalRandom.current().nextLong(500, 2_001), TimeUnit.MILLISECONDS)
				.execute(this::connect);
		}
	}

	/** The next message of that name (any name for null) that matches, waiting at most {@code wait}; null if none. */
	public Message next(String name, Duration wait, Predicate<Message> matching) throws InterruptedException {
		long deadline = System.nanoTime() + wait.toNanos();
		while (System.nanoTime() < deadline) {
			Message m = messages.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
			if (m != null && (name == null || name.equals(m.name())) && matching.test(m)) {
				return m;
			}
		}
		return null;
	}

	/** The first message of that name after {@code nanos} (System.nanoTime), or null. */
	public Message firstAfter(long nanos, String name) {
		synchronized (all) {
			return all.stream().filter(m -> m.at() > nanos && name.equals(m.name())).findFirst().orElse(null);
		}
	}

	/** Every message so far. */
	public List<Message> all() {
		synchronized (all) {
			return List.copyOf(all);
		}
	}

	/** The close code the server sent first (1001 going away, {@link PushHub#GONE}, …), waiting at most {@code wait}. */
	public int closeCode(Duration wait) throws Exception {
		return closedBy.get(wait.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** When the socket last opened after {@code nanos} (System.nanoTime), or -1. */
	public long openedAfter(long nanos) {
		synchronized (openedAt) {
			return openedAt.stream().filter(t -> t > nanos).findFirst().orElse(-1L);
		}
	}

	/** When the socket was first found cut (or a handshake refused) after {@code nanos}, or -1. */
	public long lostAfter(long nanos) {
		synchronized (lostAt) {
			return lostAt.stream().filter(t -> t > nanos).findFirst().orElse(-1L);
		}
	}

	/** How many times the socket has opened. */
	public int connections() {
		return connections.get();
	}

	@Override
	public void close() {
		closed = true;
		WebSocket s = socket;
		if (s != null) {
			s.abort();
		}
	}

	private final class Listener implements WebSocket.Listener {

		private final StringBuilder text = new StringBuilder();

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			text.append(data);
			if (last) {
				String message = text.toString();
				text.setLength(0);
				int cut = message.indexOf('\n');
				Message m = new Message(message.substring(0, cut), message.substring(cut + 1), System.nanoTime());
				messages.add(m);
				all.add(m);
			}
			webSocket.request(1);
			return null;
		}

		@Override
		public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
			closedBy.complete(statusCode);
			if (statusCode != PushHub.GONE) {
				comeBack();
			}
			return null;
		}

		@Override
		public void onError(WebSocket webSocket, Throwable error) {
			comeBack();
		}
	}
}
