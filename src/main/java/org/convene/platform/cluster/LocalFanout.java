package org.convene.platform.cluster;

/** One node alone (the embedded default): nobody else to tell. */
final class LocalFanout implements Fanout {

	@Override
	public void send(String channel, String message) {
		// no other node
	}

	@Override
	public void listen(String channel, Listener listener) {
		// no other node sends
	}

	@Override
	public boolean clustered() {
		return false;
	}
}
