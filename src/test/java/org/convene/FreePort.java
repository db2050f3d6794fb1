package org.convene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * A TCP port nobody listens on right now: for a child process to listen on (a node, S3Mock, OpenSearch), or to
 * stand for a server that cannot be reached.
 */
public final class FreePort {

	private FreePort() {
	}

	public static int next() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
