package org.convene.platform.cluster;

/**
 * How the nodes of one Convene tell each other what changed, so that a phone on one node sees what was done on
 * another: a room moved on, an answer given, a café round advanced. One node alone needs nothing ({@link LocalFanout});
 * several nodes on one PostgreSQL use its {@code LISTEN/NOTIFY} ({@link PostgresFanout}); a broker can take its place
 * by implementing this interface (decision 33 says when that would pay).
 *
 * <p>The contract every implementation keeps:
 * <ul>
 * <li>{@link #send} delivers to the other nodes only once the current database transaction commits (at once outside
 * one), so no node hears of a change the database does not hold; a node does not hear its own messages.</li>
 * <li>Messages on one channel arrive in the order they were committed.</li>
 * <li>A node that lost its link may have missed messages: once linked again, it calls {@link Listener#missed} on
 * every listener, which must then read what it keeps in memory from the database again.</li>
 * </ul>
 */
public interface Fanout {

	/** The largest message, in UTF-8 bytes, every implementation carries (PostgreSQL's limit is 8,000 with the channel). */
	int MAX_MESSAGE_BYTES = 7_000;

	/** What a node does with the messages on a channel. */
	interface Listener {

		void received(String message);

		/** Messages may have been lost (the link to the other nodes was down): read the state again. */
		default void missed() {
		}
	}

	/** Tells the other nodes, once the current transaction commits. Longer messages than {@link #MAX_MESSAGE_BYTES} are refused. */
	void send(String channel, String message);

	/** Hears what other nodes send on the channel (a name of letters, digits and underscores). */
	void listen(String channel, Listener listener);

	/** Whether other nodes may exist: when not, callers can skip making messages at all. */
	boolean clustered();
}
