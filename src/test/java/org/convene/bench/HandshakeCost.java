package org.convene.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import com.sun.management.OperatingSystemMXBean;
import org.convene.platform.push.LiveSocket;

/**
 * What one connection costs in CPU, on the server and on the simulated phone: against a running server (as
 * {@code bench/live-load.sh} starts it) with the demo poll DEMO42, N phones load the poll's page, then ask for the
 * socket's address without an upgrade (426), the health check and a static file, then open their sockets — first
 * with the JDK's WebSocket client, then with the tests' {@link LiveSocket} (Netty). Server CPU is read from
 * {@code /proc/PID/stat}, this process's own from its MXBean. Run each twice: the first round warms both JVMs up.
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.convene.bench.HandshakeCost \
 *     http://localhost:18080 3000 SERVER_PID</pre>
 */
public final class HandshakeCost {

	private HandshakeCost() {
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int n = Integer.parseInt(args[1]);
		long pid = Long.parseLong(args[2]);
		HttpClient http = HttpClient.newHttpClient();
		ExecutorService pool = Executors.newFixedThreadPool(16);

		long[] start = mark(pid);
		List<Future<String>> loads = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			loads.add(pool.submit(() -> http.send(HttpRequest.newBuilder(URI.create(base + "/j/DEMO42")).build(),
					HttpResponse.BodyHandlers.discarding()).headers().firstValue("Set-Cookie").orElse("").split(";")[0]));
		}
		List<String> cookies = new ArrayList<>();
		for (Future<String> f : loads) {
			cookies.add(f.get());
		}
		report("page /j/DEMO42", n, start, mark(pid));

		for (String path : List.of("/j/DEMO42/live", "/actuator/health", "/assets/css/convene.css")) {
			Thread.sleep(500);
			long[] before = mark(pid);
			List<Future<Integer>> gets = new ArrayList<>();
			for (String cookie : cookies) {
				gets.add(pool.submit(() -> http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie)
					.build(), HttpResponse.BodyHandlers.discarding()).statusCode()));
			}
			Map<Integer, Integer> statuses = new TreeMap<>();
			for (Future<Integer> g : gets) {
				statuses.merge(g.get(), 1, Integer::sum);
			}
			report("GET " + path + " " + statuses, n, before, mark(pid));
		}
		pool.shutdown();

		Thread.sleep(500);
		long[] before = mark(pid);
		List<WebSocket> jdk = jdkSockets(http, base, cookies);
		report("WebSocket, JDK client", n, before, mark(pid));
		jdk.forEach(WebSocket::abort);

		Thread.sleep(2_000);
		before = mark(pid);
		// the socket's handshake does not read the phone's cookie: a client without cookies costs the server the same
		HttpClient noCookies = HttpClient.newHttpClient();
		List<LiveSocket> netty = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			netty.add(LiveSocket.open(noCookies, base + "/j/DEMO42/live", false));
		}
		for (LiveSocket s : netty) {
			s.status(Duration.ofSeconds(60));
		}
		report("WebSocket, LiveSocket (Netty)", n, before, mark(pid));
		netty.forEach(LiveSocket::close);
		System.exit(0);
	}

	private static List<WebSocket> jdkSockets(HttpClient http, String base, List<String> cookies) throws Exception {
		List<WebSocket> open = new ArrayList<>();
		CountDownLatch done = new CountDownLatch(cookies.size());
		Semaphore inFlight = new Semaphore(64);
		for (String cookie : cookies) {
			inFlight.acquire();
			http.newWebSocketBuilder().header("Cookie", cookie)
				.buildAsync(URI.create(base.replaceFirst("^http", "ws") + "/j/DEMO42/live"), new WebSocket.Listener() { })
				.whenComplete((socket, error) -> {
					inFlight.release();
					if (socket != null) {
						synchronized (open) {
							open.add(socket);
						}
					}
					done.countDown();
				});
		}
		done.await();
		return open;
	}

	/** {wall nanos, server CPU ticks, own CPU nanos}. */
	private static long[] mark(long pid) throws Exception {
		String[] stat = Files.readString(Path.of("/proc/" + pid + "/stat")).split(" ");
		long ticks = Long.parseLong(stat[13]) + Long.parseLong(stat[14]);
		long own = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
		return new long[] { System.nanoTime(), ticks, own };
	}

	private static void report(String what, int n, long[] before, long[] after) {
		// Linux counts process CPU in ticks of 10 ms
		System.out.printf(Locale.ROOT, "%s: %d in %.1f s, server %.2f ms CPU each, this client %.2f ms each%n", what, n,
				(after[0] - before[0]) / 1e9, (after[1] - before[1]) * 10.0 / n, (after[2] - before[2]) / 1e6 / n);
	}
}
