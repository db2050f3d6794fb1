package org.convene.platform.push;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.management.UnixOperatingSystemMXBean;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.convene.platform.ConveneProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Fair connections for live sockets (every {@code GET …/live}, the WebSocket handshakes of {@link PushHub}): one
 * network address holds at most {@code convene.streams-per-address} open sockets (the next is refused with 429 and
 * Retry-After), and all sockets together leave room for pages and sign-in — at most the connection limit or the
 * process's open-files limit, whichever is lower, less a reserve (the next is refused with 503 and Retry-After, and
 * the log says so). A place is held from the handshake until the socket closes; js/socket.js tries again by itself,
 * waiting longer after each refusal. One process once held 19,965 streams and every page timed out with "Too many
 * open files".
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class StreamLimits extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(StreamLimits.class);
	static final int RETRY_AFTER_SECONDS = 30;
	/** The request attribute holding the release of an admitted stream's place; {@link PushHub} hands it to the socket. */
	static final String RELEASE = StreamLimits.class.getName() + ".release";
	/** Open files the process needs besides connections: jars, the database, logs, uploads in flight. */
	private static final int OWN_FILES = 200;

	private final Map<String, Integer> perAddress = new ConcurrentHashMap<>();
	private final AtomicInteger open = new AtomicInteger();
	private final AtomicLong lastWarned = new AtomicLong();
	private final int perAddressLimit;
	private final int totalLimit;

	StreamLimits(ConveneProperties properties, @Value("${server.tomcat.max-connections:8192}") int maxConnections) {
		this.perAddressLimit = properties.streamsPerAddress();
		long files = ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean unix
				? unix.getMaxFileDescriptorCount() - OWN_FILES : Long.MAX_VALUE;
		int usable = (int) Math.max(1, Math.min(maxConnections, files));
		this.totalLimit = usable - Math.max(20, Math.min(1000, usable / 10));
		log.info("Live connections: at most {} in all (connections {}, open files {}; the rest kept for pages), {} per "
				+ "network address", totalLimit, maxConnections, files == Long.MAX_VALUE ? "unknown" : files + OWN_FILES,
				perAddressLimit == 0 ? "any number" : perAddressLimit);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String uri = request.getRequestURI();
		return !"GET".equals(request.getMethod()) || !uri.endsWith("/live");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String address = request.getRemoteAddr();
		boolean[] admitted = {true};
		perAddress.compute(address, (k, n) -> {
			int count = n == null ? 0 : n;
			if (perAddressLimit > 0 && count >= perAddressLimit) {
				admitted[0] = false;
				return n;
			}
			return count + 1;
		});
		if (!admitted[0]) {
			warn("Refused a live connection from {}: it holds {} already (CONVENE_STREAMS_PER_ADDRESS)", address,
					perAddressLimit);
			refuse(response, 429);
			return;
		}
		if (open.incrementAndGet() > totalLimit) {
			open.decrementAndGet();
			leave(address);
			warn("Refused a live connection: {} are open, the most this server takes while keeping room for pages and "
					+ "sign-in (raise the open-files limit and CONVENE_MAX_CONNECTIONS, or add a node)", totalLimit, null);
			refuse(response, 503);
			return;
		}
		AtomicBoolean released = new AtomicBoolean();
		Runnable release = () -> {
			if (released.compareAndSet(false, true)) {
				open.decrementAndGet();
				leave(address);
			}
		};
		request.setAttribute(RELEASE, release);
		try {
			chain.doFilter(request, response);
		}
		finally {
			// the socket releases its place when it closes; a request that did not become one releases it now
			if (response.getStatus() != HttpServletResponse.SC_SWITCHING_PROTOCOLS || request.getAttribute(RELEASE) != null) {
				request.removeAttribute(RELEASE);
				release.run();
			}
		}
	}

	/** Open streams now: in all, and of one address (for tests and the log). */
	int open() {
		return open.get();
	}

	int open(String address) {
		return perAddress.getOrDefault(address, 0);
	}

	private void leave(String address) {
		perAddress.computeIfPresent(address, (k, n) -> n <= 1 ? null : n - 1);
	}

	private static void refuse(HttpServletResponse response, int status) throws IOException {
		response.setStatus(status);
		response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
		response.setContentType("text/plain;charset=UTF-8");
		response.getWriter().write(status == 429 ? "Too many live connections from this address; retry later."
				: "The server is at its limit of live connections; retry later.");
	}

	/** Logs a refusal at most once a minute (a flood of refusals must not flood the log). */
	private void warn(String message, Object first, Object second) {
		long now = System.currentTimeMillis();
		long last = lastWarned.get();
		if (now - last > 60_000 && lastWarned.compareAndSet(last, now)) {
			log.warn(message, first, second);
		}
	}
}
