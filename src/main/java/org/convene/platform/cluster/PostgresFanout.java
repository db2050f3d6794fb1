package org.convene.platform.cluster;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fan-out through PostgreSQL's {@code LISTEN/NOTIFY}: no server besides the database the nodes share. A message is
 * sent with {@code pg_notify} on the caller's connection, inside its transaction, so PostgreSQL delivers it only if
 * that commits, in commit order. One connection per node (outside the pool) listens; when it breaks (PostgreSQL
 * restarted, the network cut) the node connects again every second, says so in the log, and tells every listener
 * it may have missed messages.
 */
final class PostgresFanout implements Fanout, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(PostgresFanout.class);
	private static final long PING_MILLIS = 10_000;

	private final JdbcTemplate jdbc;
	private final String url;
	private final String user;
	private final String password;
	/** Sent with every message, so a node skips its own. */
	private final String node = UUID.randomUUID().toString().substring(0, 8);
	private final Map<String, List<Listener>> listeners = new ConcurrentHashMap<>();
	private final Thread thread;
	private volatile boolean running = true;
	private volatile boolean channelsChanged;

	PostgresFanout(JdbcTemplate jdbc, String url, String user, String password) {
		this.jdbc = jdbc;
		this.url = url;
		this.user = user;
		this.password = password;
		this.thread = Thread.ofPlatform().name("fanout-listener").daemon().start(this::run);
	}

	@Override
	public void send(String channel, String message) {
		if (message.getBytes(StandardCharsets.UTF_8).length > MAX_MESSAGE_BYTES) {
			throw new IllegalArgumentException("A fan-out message is limited to " + MAX_MESSAGE_BYTES + " bytes");
		}
		jdbc.query("select pg_notify(?, ?)", rows -> null, channel, node + ' ' + message);
	}

	@Override
	public void listen(String channel, Listener listener) {
		if (!channel.matches("[a-z0-9_]{1,60}")) {
			throw new IllegalArgumentException("Not a channel name: " + channel);
		}
		listeners.computeIfAbsent(channel, k -> new CopyOnWriteArrayList<>()).add(listener);
		channelsChanged = true;
	}

	@Override
	public boolean clustered() {
		return true;
	}

	private void run() {
		boolean wasDown = false;
		while (running) {
			try (Connection connection = DriverManager.getConnection(url, user, password)) {
				connection.setAutoCommit(true);
				PGConnection pg = connection.unwrap(PGConnection.class);
				listenAll(connection);
				if (wasDown) {
					log.warn("Fan-out: linked to PostgreSQL again; every node's rooms are read again");
				}
				wasDown = false;
				// the first link too: whatever was loaded before it may have missed messages
				listeners.values().forEach(list -> list.forEach(Fanout.Listener::missed));
				long pinged = System.currentTimeMillis();
				while (running) {
					if (channelsChanged) {
						listenAll(connection);
						listeners.values().forEach(list -> list.forEach(Fanout.Listener::missed));
					}
					PGNotification[] received = pg.getNotifications(500);
					if (received != null) {
						for (PGNotification n : received) {
							deliver(n.getName(), n.getParameter());
						}
					}
					if (System.currentTimeMillis() - pinged > PING_MILLIS) {
						try (Statement ping = connection.createStatement()) {
							ping.execute("select 1");
						}
						pinged = System.currentTimeMillis();
					}
				}
			}
			catch (SQLException | RuntimeException e) {
				if (!running) {
					return;
				}
				if (!wasDown) {
					log.warn("Fan-out: lost the link to PostgreSQL ({}); trying again every second", e.getMessage());
				}
				wasDown = true;
				try {
					Thread.sleep(1_000);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	private void listenAll(Connection connection) throws SQLException {
		channelsChanged = false;
		try (Statement statement = connection.createStatement()) {
			for (String channel : listeners.keySet()) {
				statement.execute("LISTEN " + channel);
			}
		}
	}

	private void deliver(String channel, String payload) {
		int space = payload.indexOf(' ');
		if (space < 0 || payload.substring(0, space).equals(node)) {
			return;
		}
		String message = payload.substring(space + 1);
		for (Listener listener : listeners.getOrDefault(channel, List.of())) {
			try {
				listener.received(message);
			}
			catch (RuntimeException e) {
				log.warn("Fan-out: a message on {} could not be applied", channel, e);
			}
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		running = false;
		thread.join(2_000);
	}
}
