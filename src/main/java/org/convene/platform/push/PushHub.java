package org.convene.platform.push;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.websocket.CloseReason;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.Extension;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The one way Convene pushes to browsers: a WebSocket per page on a named topic (a phone, a projector, a café's
 * board), opened by the page's {@code socket-connect} attribute (js/socket.js).
 *
 * <p>A topic carries <em>snapshots</em>: every message replaces the one before it with the same name (the current
 * question for a phone, the current results for a projector). That keeps the hub simple and robust: a slow or
 * reconnecting browser only ever needs the latest message of each name, so each socket holds at most one pending
 * message per name, a socket that opens (or opens again after a cut, on this node or another) is sent the latest of
 * each it has not seen at once, and no queue grows with a room of 10,000 phones. Sends run on virtual threads, so
 * one slow phone holds up nobody. {@link #publishCoalesced} renders a busy topic at most every 100 ms; a ping every
 * 20 s keeps proxies from closing idle sockets, and a socket whose browser has sent nothing for 70 s
 * ({@code convene.socket-silence}) is closed: a phone that left without saying so.
 *
 * <p>Why a WebSocket and not an event stream: while a request is held open Tomcat keeps that connection's whole
 * HTTP processor (about 70 KB); after the upgrade it keeps the socket and buffers whose size is ours to set, which
 * is what lets one node hold 10,000 phones in a few hundred megabytes (docs/decisions.md 47).
 */
@Component
public class PushHub implements DisposableBean, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(PushHub.class);
	private static final long COALESCE_MILLIS = 100;
	/** The close code for a topic that ended (its room was deleted): js/socket.js then stops coming back. */
	public static final int GONE = 4404;

	private volatile boolean running;

	/** One message on a topic: its number (in this process's sequence), name and content. */
	public record Message(long sequence, String name, String data) {
	}

	/** Marks this process's sequence numbers: a page rendered by another node (or before a restart) has seen none. */
	private final String mark = UUID.randomUUID().toString().substring(0, 8);

	private final Map<String, Topic> topics = new ConcurrentHashMap<>();
	private final Map<String, Supplier<String>> dirty = new ConcurrentHashMap<>();
	private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
	private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread t = new Thread(r, "push-ticker");
		t.setDaemon(true);
		return t;
	});

	/** A browser answers every ping at once; one that has sent nothing for this long is gone. */
	private final long silentMillis;

	/**
	 * {@code convene.socket-silence} (70 s): how long a socket's browser may send nothing before the socket is
	 * closed; pings go out three and a half times as often (every 20 s), so a live browser always answers in time.
	 */
	public PushHub(@Value("${convene.socket-silence:70s}") Duration silence) {
		this.silentMillis = silence.toMillis();
		long ping = Math.max(100, silentMillis * 2 / 7);
		ticker.scheduleWithFixedDelay(this::flushCoalesced, COALESCE_MILLIS, COALESCE_MILLIS, TimeUnit.MILLISECONDS);
		ticker.scheduleWithFixedDelay(this::ping, ping, ping, TimeUnit.MILLISECONDS);
	}

	/**
	 * Turns this request into a WebSocket on {@code topic}: once open it is sent the topic's latest messages, then
	 * every new one, and {@code opened} runs. With {@code ?since=} (from {@link #since}, on the page that opens the
	 * socket) only the messages the page was rendered without are sent: a phone that has just loaded the current
	 * question is not sent it again, which could replace the form under a tap on "Send". A request that is not a
	 * WebSocket handshake is answered 426. The caller has already checked that the topic exists and that this
	 * browser may see it.
	 */
	public void connect(String topic, Runnable opened, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (!"websocket".equalsIgnoreCase(request.getHeader("Upgrade"))
				|| !(request.getServletContext().getAttribute(ServerContainer.class.getName())
						instanceof ServerContainer container)) {
			response.setStatus(426);
			response.setHeader("Upgrade", "websocket");
			response.setContentType("text/plain;charset=UTF-8");
			response.getWriter().write("This address is for live updates over a WebSocket.");
			return;
		}
		if (!sameSite(request)) {
			// a page on another site may not open a socket with this browser's cookies (a projector shows answers)
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
			return;
		}
		Runnable release = (Runnable) request.getAttribute(StreamLimits.RELEASE);
		request.removeAttribute(StreamLimits.RELEASE);
		Socket socket = new Socket(topics.computeIfAbsent(topic, k -> new Topic()), seen(request.getParameter("since")),
				opened, release == null ? () -> { } : release);
		ServerEndpointConfig config = ServerEndpointConfig.Builder.create(Socket.class, request.getRequestURI())
				.configurator(new ServerEndpointConfig.Configurator() {

					@Override
					public <T> T getEndpointInstance(Class<T> type) {
						return type.cast(socket);
					}

					/** No compression: a deflater and inflater per socket cost more memory than the whole socket. */
					@Override
					public List<Extension> getNegotiatedExtensions(List<Extension> installed, List<Extension> requested) {
						return List.of();
					}
				}).build();
		config.getUserProperties().put("org.apache.tomcat.websocket.READ_IDLE_TIMEOUT_MS", silentMillis);
		try {
			container.upgradeHttpToWebSocket(request, response, config, Map.of());
		}
		catch (DeploymentException e) {
			throw new IOException(e);
		}
	}

	/**
	 * Whether a browser's handshake comes from one of Convene's own pages: its {@code Origin} names the host the
	 * request was sent to. Browsers always send it on a WebSocket handshake; a client without it is not a page on
	 * another site.
	 */
	private static boolean sameSite(HttpServletRequest request) {
		String origin = request.getHeader("Origin");
		if (origin == null) {
			return true;
		}
		try {
			String authority = URI.create(origin).getRawAuthority();
			return authority != null && authority.equalsIgnoreCase(request.getHeader("Host"));
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	/**
	 * What a page rendered from now on has seen of the topic, for its socket's {@code ?since=}. Read it before
	 * reading what the page shows: a change in between is then sent again rather than missed.
	 */
	public String since(String topic) {
		Topic t = topics.get(topic);
		return mark + '.' + (t == null ? 0 : t.sequence.get());
	}

	/** The sequence number a page saw last, if this process rendered it; else none. */
	private long seen(String since) {
		if (since == null || !since.startsWith(mark + '.')) {
			return Long.MIN_VALUE;
		}
		try {
			return Long.parseLong(since.substring(mark.length() + 1));
		}
		catch (NumberFormatException e) {
			return Long.MIN_VALUE;
		}
	}

	/** Sends a snapshot to every socket on the topic now. */
	public void publish(String topic, String name, String data) {
		Topic t = topics.computeIfAbsent(topic, k -> new Topic());
		Message message;
		synchronized (t) {
			message = new Message(t.sequence.incrementAndGet(), name, data);
			t.last.put(name, message);
		}
		for (Subscriber s : t.subscribers) {
			s.offer(message);
		}
	}

	/**
	 * Marks a topic as changed; within 100 ms {@code render} runs once, however many changes came in
	 * between, and its result is published. For results that change with every vote.
	 */
	public void publishCoalesced(String topic, String name, Supplier<String> render) {
		dirty.put(topic + '\n' + name, render);
	}

	/**
	 * Drops the topic's latest message of that name, so a socket that opens later is not sent a stale one (for a
	 * snapshot nobody was sent while it changed).
	 */
	public void forget(String topic, String name) {
		Topic t = topics.get(topic);
		if (t != null) {
			t.last.remove(name);
		}
	}

	/** How many sockets are open on the topic now. */
	public int subscribers(String topic) {
		Topic t = topics.get(topic);
		return t == null ? 0 : t.subscribers.size();
	}

	/** How many sockets are open on all topics starting with {@code prefix}. */
	public int subscribersUnder(String prefix) {
		int count = 0;
		for (var e : topics.entrySet()) {
			if (e.getKey().startsWith(prefix)) {
				count += e.getValue().subscribers.size();
			}
		}
		return count;
	}

	/** The names of the topics starting with {@code prefix} held now. */
	public List<String> topicsUnder(String prefix) {
		return topics.keySet().stream().filter(t -> t.startsWith(prefix)).toList();
	}

	private void flushCoalesced() {
		for (String key : dirty.keySet()) {
			Supplier<String> render = dirty.remove(key);
			if (render == null) {
				continue;
			}
			String topic = key.substring(0, key.indexOf('\n'));
			try {
				publish(topic, key.substring(key.indexOf('\n') + 1), render.get());
			}
			catch (RuntimeException e) {
				log.warn("Could not render topic {}", topic, e);
			}
		}
	}

	private void ping() {
		for (Topic t : topics.values()) {
			for (Subscriber s : t.subscribers) {
				s.offerPing();
			}
		}
	}

	/**
	 * Ends every topic whose name starts with {@code prefix} (a deleted deck's or café's): its sockets are
	 * closed for good and the topic forgotten, so the hub does not grow with rooms that no longer exist.
	 */
	public void closeUnder(String prefix) {
		close(topic -> topic.startsWith(prefix));
	}

	/** Ends the topics {@code which} names: their sockets are closed for good and the topics forgotten. */
	public void close(Predicate<String> which) {
		topics.entrySet().removeIf(entry -> {
			if (!which.test(entry.getKey())) {
				return false;
			}
			for (Subscriber s : entry.getValue().subscribers) {
				s.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(GONE), "gone"));
			}
			return true;
		});
		dirty.keySet().removeIf(which);
	}

	/** Topics the hub holds now (for tests and the operator's eye). */
	public int topicCount() {
		return topics.size();
	}

	@Override
	public void start() {
		running = true;
	}

	/**
	 * Closes every socket before the web server shuts down gracefully ("going away"): browsers come back by
	 * themselves, to this server when it is back or to another node.
	 */
	@Override
	public void stop() {
		running = false;
		for (Topic t : topics.values()) {
			for (Subscriber s : t.subscribers) {
				s.close(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "restarting"));
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Stops first, before the web server's graceful shutdown waits for open requests. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

	@Override
	public void destroy() {
		stop();
		ticker.shutdownNow();
		senders.shutdownNow();
	}

	private static final class Topic {

		final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
		final Map<String, Message> last = new ConcurrentHashMap<>();
		final AtomicLong sequence = new AtomicLong();
	}

	/**
	 * One page's socket, from the handshake to its close. Tomcat calls {@code onOpen} once the upgrade is done and
	 * {@code onClose} however the socket ends; the stream's place under the per-address cap is released then.
	 */
	private final class Socket extends Endpoint {

		final Topic topic;
		final long seen;
		final Runnable opened;
		final Runnable release;
		volatile Subscriber subscriber;

		Socket(Topic topic, long seen, Runnable opened, Runnable release) {
			this.topic = topic;
			this.seen = seen;
			this.opened = opened;
			this.release = release;
		}

		/**
		 * Sends what the page has not seen on this, the handshake's thread: handed to a new sender it waited behind
		 * every request queued meanwhile, and a phone coming back to a busy node had its socket open but no stage
		 * for over a second.
		 */
		@Override
		public void onOpen(Session session, EndpointConfig config) {
			Subscriber s = new Subscriber(session, topic);
			subscriber = s;
			topic.subscribers.add(s);
			for (Message m : topic.last.values()) {
				if (m.sequence() > seen) {
					s.put(m);
				}
			}
			opened.run();
			s.sendHere();
		}

		@Override
		public void onClose(Session session, CloseReason reason) {
			log.debug("Socket closed: {}", reason);
			Subscriber s = subscriber;
			if (s != null) {
				s.leave();
			}
			release.run();
		}

		@Override
		public void onError(Session session, Throwable error) {
			onClose(session, null);
		}
	}

	/** One open socket: at most one pending message per name, sent by one sender at a time. */
	private final class Subscriber {

		private static final Object PING = new Object();

		final Session session;
		final Topic topic;
		final Map<String, Object> pending = new LinkedHashMap<>();
		final AtomicBoolean sending = new AtomicBoolean();

		Subscriber(Session session, Topic topic) {
			this.session = session;
			this.topic = topic;
		}

		void offer(Message message) {
			put(message);
			drain();
		}

		void put(Message message) {
			synchronized (pending) {
				pending.remove(message.name());
				pending.put(message.name(), message);
			}
		}

		/** Sends what is pending on the calling thread, unless a sender is already at it. */
		void sendHere() {
			if (sending.compareAndSet(false, true)) {
				sendPending();
			}
		}

		/**
		 * A ping goes out even to a socket busy with messages: the browser's answer is what keeps the socket from
		 * being closed as silent (skipping it for a busy projector closed that projector at 10,000 phones).
		 */
		void offerPing() {
			synchronized (pending) {
				pending.putIfAbsent("", PING);
			}
			drain();
		}

		private Object next() {
			synchronized (pending) {
				var it = pending.values().iterator();
				if (!it.hasNext()) {
					return null;
				}
				Object next = it.next();
				it.remove();
				return next;
			}
		}

		private boolean hasPending() {
			synchronized (pending) {
				return !pending.isEmpty();
			}
		}

		private void drain() {
			if (sending.compareAndSet(false, true)) {
				try {
					senders.execute(this::sendPending);
				}
				catch (RuntimeException e) {
					sending.set(false);
				}
			}
		}

		private void sendPending() {
			try {
				Object next;
				while ((next = next()) != null) {
					if (next instanceof Message m) {
						session.getBasicRemote().sendText(m.name() + '\n' + m.data());
					}
					else {
						session.getBasicRemote().sendPing(ByteBuffer.allocate(0));
					}
				}
			}
			catch (IOException | RuntimeException e) {
				log.debug("A socket could not be sent to and is closed", e);
				close(new CloseReason(CloseReason.CloseCodes.UNEXPECTED_CONDITION, "send failed"));
				return;
			}
			finally {
				sending.set(false);
			}
			if (hasPending()) {
				drain();
			}
		}

		void close(CloseReason reason) {
			leave();
			try {
				session.close(reason);
			}
			catch (IOException | RuntimeException e) {
				// already closed
			}
		}

		void leave() {
			topic.subscribers.remove(this);
		}
	}
}
