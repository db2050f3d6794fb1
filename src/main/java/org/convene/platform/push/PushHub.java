package org.convene.platform.push;

import java.io.IOException;
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
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The one way Convene pushes to browsers: Server-Sent Events on named topics.
 *
 * <p>A topic carries <em>snapshots</em>: every message replaces the one before it with the same event
 * name (the current question for a phone, the current results for a projector). That choice keeps the
 * hub simple and robust: a slow or reconnecting browser only ever needs the latest message of each
 * name, so each subscriber holds at most one pending message per name, a reconnect with
 * {@code Last-Event-ID} gets the latest ones it missed, and no queue grows with a room of 10,000 phones. Sends run on virtual threads, so one slow phone
 * holds up nobody. {@link #publishCoalesced} renders a busy topic at most every 100 ms; heartbeats every
 * 20 s keep proxies from closing idle streams and let the hub notice phones that left.
 */
@Component
public class PushHub implements DisposableBean, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(PushHub.class);
	private static final long STREAM_LIFETIME = Duration.ofHours(1).toMillis();
	private static final long COALESCE_MILLIS = 100;
	private static final long HEARTBEAT_SECONDS = 20;
	private static final Object HEARTBEAT = new Object();

	private volatile boolean running;

	/**
	 * One message on a topic: its number (in this process's sequence), event name and data. Its SSE id is the
	 * process's mark and the number, so a browser that reconnects to another node (or to this one after a restart)
	 * is recognised as having seen none of this process's messages, and gets the latest.
	 */
	public record Message(long sequence, String name, String data) {
	}

	/** Marks this process's message ids. */
	private final String mark = UUID.randomUUID().toString().substring(0, 8);

	private final Map<String, Topic> topics = new ConcurrentHashMap<>();
	private final Map<String, Supplier<String>> dirty = new ConcurrentHashMap<>();
	private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
	private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread t = new Thread(r, "push-ticker");
		t.setDaemon(true);
		return t;
	});

	public PushHub() {
		ticker.scheduleWithFixedDelay(this::flushCoalesced, COALESCE_MILLIS, COALESCE_MILLIS, TimeUnit.MILLISECONDS);
		ticker.scheduleWithFixedDelay(this::heartbeat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
	}

	/**
	 * A new stream on {@code topic}. The browser gets the topic's latest message at once unless its
	 * {@code Last-Event-ID} says it already has it, so a phone that reconnects lands where the room is.
	 */
	public SseEmitter subscribe(String topic, String lastEventId) {
		Topic t = topics.computeIfAbsent(topic, k -> new Topic());
		SseEmitter emitter = new SseEmitter(STREAM_LIFETIME);
		Subscriber subscriber = new Subscriber(emitter, t);
		emitter.onCompletion(subscriber::leave);
		emitter.onTimeout(subscriber::leave);
		emitter.onError(e -> subscriber.leave());
		// the messages it missed are sent here, on the request's own thread, before Spring starts the
		// stream (Spring holds them until then); later ones come through the subscriber
		long seen = parse(lastEventId);
		long replayed = seen;
		try {
			// the first line starts the stream (even with nothing to replay) and sets this browser's retry
			emitter.send(retryEvent());
		}
		catch (IOException e) {
			emitter.completeWithError(e);
			return emitter;
		}
		for (Message m : t.last.values()) {
			long id = m.sequence();
			if (id > seen) {
				try {
					emitter.send(event(m));
				}
				catch (IOException e) {
					emitter.completeWithError(e);
					return emitter;
				}
				replayed = Math.max(replayed, id);
			}
		}
		t.subscribers.add(subscriber);
		// anything published between the replay and joining the topic
		for (Message m : t.last.values()) {
			if (m.sequence() > replayed) {
				subscriber.offer(m);
			}
		}
		return emitter;
	}

	/** Sends a snapshot to every stream on the topic now. */
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
	 * Drops the topic's latest message of that name, so a stream that opens later is not sent a stale one (for a
	 * snapshot nobody was sent while it changed).
	 */
	public void forget(String topic, String name) {
		Topic t = topics.get(topic);
		if (t != null) {
			t.last.remove(name);
		}
	}

	/** How many streams are open on the topic now. */
	public int subscribers(String topic) {
		Topic t = topics.get(topic);
		return t == null ? 0 : t.subscribers.size();
	}

	/** How many streams are open on all topics starting with {@code prefix}. */
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

	/** A message as an SSE event (the stream's first line set how soon the browser comes back if it is cut). */
	private SseEmitter.SseEventBuilder event(Message m) {
		return SseEmitter.event().id(mark + '.' + m.sequence()).name(m.name()).data(m.data());
	}

	/** An empty comment: keeps proxies from closing the idle stream and shows whether the browser left. */
	private static SseEmitter.SseEventBuilder heartbeatEvent() {
		return SseEmitter.event().comment("");
	}

	/**
	 * How soon this stream's browser reconnects when the stream is cut: 0.5 to 2 s, different for each stream, so that
	 * the phones of a node that went down do not all come back to the other node in the same instant (measured:
	 * 3,682 streams coming back at once at 3 s took up to 6.2 s on 2 cores; docs/benchmarks.md).
	 */
	private static SseEmitter.SseEventBuilder retryEvent() {
		return SseEmitter.event().comment("").reconnectTime(ThreadLocalRandom.current().nextLong(500, 2_001));
	}

	/** The sequence number a browser saw last, if it saw it from this process; else none. */
	private long parse(String lastEventId) {
		if (lastEventId == null || !lastEventId.strip().startsWith(mark + '.')) {
			return Long.MIN_VALUE;
		}
		try {
			return Long.parseLong(lastEventId.strip().substring(mark.length() + 1));
		}
		catch (NumberFormatException e) {
			return Long.MIN_VALUE;
		}
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

	private void heartbeat() {
		for (Topic t : topics.values()) {
			for (Subscriber s : t.subscribers) {
				s.offerHeartbeat();
			}
		}
	}

	/**
	 * Ends every topic whose name starts with {@code prefix} (a deleted deck's or café's): its streams are
	 * closed and the topic forgotten, so the hub does not grow with rooms that no longer exist.
	 */
	public void closeUnder(String prefix) {
		close(topic -> topic.startsWith(prefix));
	}

	/** Ends the topics {@code which} names: their streams are closed and the topics forgotten. */
	public void close(Predicate<String> which) {
		topics.entrySet().removeIf(entry -> {
			if (!which.test(entry.getKey())) {
				return false;
			}
			for (Subscriber s : entry.getValue().subscribers) {
				s.leave();
				try {
					s.emitter.complete();
				}
				catch (RuntimeException e) {
					// already closed
				}
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
	 * Closes every stream before the web server shuts down gracefully: an open stream would otherwise
	 * hold the shutdown for its whole timeout. Browsers reconnect by themselves (to this server when it is
	 * back, or to another node).
	 */
	@Override
	public void stop() {
		running = false;
		for (Topic t : topics.values()) {
			for (Subscriber s : t.subscribers) {
				s.leave();
				try {
					s.emitter.complete();
				}
				catch (RuntimeException e) {
					// already closed
				}
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

	/** One open stream: at most one pending message per event name, sent by one sender at a time. */
	private final class Subscriber {

		final SseEmitter emitter;
		final Topic topic;
		final Map<String, Object> pending = new LinkedHashMap<>();
		final AtomicBoolean sending = new AtomicBoolean();

		Subscriber(SseEmitter emitter, Topic topic) {
			this.emitter = emitter;
			this.topic = topic;
		}

		void offer(Message message) {
			synchronized (pending) {
				pending.remove(message.name());
				pending.put(message.name(), message);
			}
			drain();
		}

		void offerHeartbeat() {
			synchronized (pending) {
				if (!pending.isEmpty()) {
					return;
				}
				pending.put("", HEARTBEAT);
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
					emitter.send(next instanceof Message m ? event(m) : heartbeatEvent());
				}
			}
			catch (IOException | IllegalStateException e) {
				leave();
				emitter.completeWithError(e);
				return;
			}
			finally {
				sending.set(false);
			}
			if (hasPending()) {
				drain();
			}
		}

		void leave() {
			topic.subscribers.remove(this);
		}
	}
}
