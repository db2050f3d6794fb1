package org.convene.platform.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import org.convene.ConveneTest;
import org.convene.interact.Live;
import org.convene.platform.ConveneProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;

/**
 * One client over its cap of live sockets is refused (429, Retry-After) while a phone on another address joins,
 * is told the room's state and answers normally; a closed socket frees its place, and handshakes that never became
 * a socket (an unknown code) are not counted. Over real sockets: the finding was one process holding 19,965 streams
 * until every page timed out.
 */
@ConveneTest
@TestPropertySource(properties = { "convene.streams-per-address=3", "convene.socket-silence=3s" })
class StreamLimitsTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
	private static final Pattern ACTIVITY = Pattern.compile("name=\"activity\" value=\"(\\d+)\"");
	private static final Duration WAIT = Duration.ofSeconds(10);

	@LocalServerPort
	int port;

	@Autowired
	StreamLimits limits;

	@Autowired
	Live live;

	@Autowired
	ConveneProperties properties;

	@Autowired
	ServletWebServerApplicationContext server;

	/** A socket from {@code from}: another address on the network, as the server sees it. */
	LiveSocket socket(InetAddress from, String code) {
		return LiveSocket.open(HttpClient.newHttpClient(), "http://127.0.0.1:" + port + "/j/" + code + "/live", false, null,
				from);
	}

	@Test
	void everyConnectionHoldsSmallSocketBuffers() {
		var connector = ((TomcatWebServer) server.getWebServer()).getTomcat().getConnector();
		assertThat(String.valueOf(connector.getProperty("socket.appReadBufSize"))).isEqualTo("2048");
		assertThat(String.valueOf(connector.getProperty("socket.appWriteBufSize"))).isEqualTo("2048");
		// and a small response buffer (LeanConnectionsTest shows what it does)
		assertThat(connector.getProtocolHandler()).isInstanceOf(LeanConnections.LeanHttp11NioProtocol.class);
		assertThat(connector.getProtocolHandler().getDesiredBufferSize()).isEqualTo(1024);
		assertThat(String.valueOf(connector.getProperty("maxHttpResponseHeaderSize"))).isEqualTo("4096");
	}

	@Test
	void socketsTogetherLeaveRoomForPagesAndAClosedSocketFreesItsPlace() throws Exception {
		// 25 connections: 20 kept for pages and sign-in, 5 for sockets (each from its own address)
		StreamLimits small = new StreamLimits(properties, 25);
		List<Runnable> sockets = new ArrayList<>();
		FilterChain upgrade = (req, res) -> {
			// what PushHub does with an admitted handshake: takes the place's release for the socket's close
			sockets.add((Runnable) req.getAttribute(StreamLimits.RELEASE));
			req.removeAttribute(StreamLimits.RELEASE);
			((HttpServletResponse) res).setStatus(HttpServletResponse.SC_SWITCHING_PROTOCOLS);
		};
		for (int i = 0; i < 5; i++) {
			MockHttpServletResponse response = new MockHttpServletResponse();
			small.doFilter(socketRequest("10.8.0." + i), response, upgrade);
			assertThat(response.getStatus()).isEqualTo(101);
		}
		MockHttpServletResponse refused = new MockHttpServletResponse();
		small.doFilter(socketRequest("10.8.0.9"), refused, upgrade);
		assertThat(refused.getStatus()).isEqualTo(503);
		assertThat(refused.getHeader("Retry-After")).isEqualTo(String.valueOf(StreamLimits.RETRY_AFTER_SECONDS));
		MockHttpServletResponse page = new MockHttpServletResponse();
		MockHttpServletRequest pageRequest = new MockHttpServletRequest("GET", "/events/1");
		small.doFilter(pageRequest, page, (req, res) -> ((HttpServletResponse) res).setStatus(200));
		assertThat(page.getStatus()).as("pages are not sockets").isEqualTo(200);

		sockets.getFirst().run();
		assertThat(small.open()).isEqualTo(4);
		// a handshake that fails after taking its place (not a WebSocket request: 426) gives it back at once
		MockHttpServletResponse notUpgraded = new MockHttpServletResponse();
		small.doFilter(socketRequest("10.8.0.9"), notUpgraded, (req, res) -> {
			req.removeAttribute(StreamLimits.RELEASE);
			((HttpServletResponse) res).setStatus(426);
		});
		assertThat(small.open()).isEqualTo(4);
		MockHttpServletResponse again = new MockHttpServletResponse();
		small.doFilter(socketRequest("10.8.0.9"), again, upgrade);
		assertThat(again.getStatus()).isEqualTo(101);
		assertThat(small.open()).isEqualTo(5);
	}

	private static MockHttpServletRequest socketRequest(String address) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/j/DEMO42/live");
		request.setRemoteAddr(address);
		return request;
	}

	@Test
	void aClientOverItsCapIsRefusedWhileAnotherPhoneAnswers() throws Exception {
		InetAddress greedy = InetAddress.getByName("127.0.0.1");
		InetAddress elsewhere = InetAddress.getByName("127.0.0.2");
		HttpClient phone = HttpClient.newBuilder().localAddress(elsewhere).build();
		List<LiveSocket> held = new ArrayList<>();
		try {
			for (int i = 0; i < 3; i++) {
				LiveSocket open = socket(greedy, "DEMO42");
				held.add(open);
				assertThat(open.status(WAIT)).isEqualTo(101);
			}
			assertThat(limits.open("127.0.0.1")).isEqualTo(3);
			LiveSocket refused = socket(greedy, "DEMO42");
			assertThat(refused.status(WAIT)).isEqualTo(429);
			assertThat(refused.refusal(WAIT).get("Retry-After")).isEqualTo(String.valueOf(StreamLimits.RETRY_AFTER_SECONDS));

			// a socket that closes gives its place back
			held.removeFirst().close();
			await(() -> limits.open("127.0.0.1") == 2);
			assertThat(limits.open("127.0.0.1")).isEqualTo(2);

			// sockets that never open are not held against anyone
			for (int i = 0; i < 5; i++) {
				assertThat(socket(elsewhere, "NOSUCH9").status(WAIT)).isEqualTo(404);
			}
			await(() -> limits.open("127.0.0.2") == 0);
			assertThat(limits.open("127.0.0.2")).isZero();

			// a phone elsewhere: joins, is told the room's state and answers as if nothing were happening
			HttpResponse<String> page = phone.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
					+ "/j/DEMO42")).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).isEqualTo(200);
			String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
			LiveSocket mine = socket(elsewhere, "DEMO42");
			held.add(mine);
			assertThat(mine.status(WAIT)).isEqualTo(101);
			assertThat(mine.next("state", WAIT, m -> m.data().contains("name=\"activity\""))).isNotNull();
			Matcher csrf = CSRF.matcher(page.body());
			Matcher activity = ACTIVITY.matcher(page.body());
			assertThat(csrf.find() && activity.find()).as("the demo poll takes answers").isTrue();
			HttpResponse<String> answer = phone.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
					+ "/j/DEMO42/a")).header("Cookie", cookie).header("HX-Request", "true")
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)
						+ "&activity=" + activity.group(1) + "&choice=0"))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).isEqualTo(200);
			assertThat(answer.headers().firstValue("X-Convene-Tally")).isPresent();
		}
		finally {
			held.forEach(LiveSocket::close);
		}
	}

	/**
	 * A phone that vanished without closing its socket (out of range, battery gone) stops answering pings: the
	 * server closes the socket and frees its place. Here a raw connection makes the handshake and then never sends
	 * a byte (with 3 s of silence allowed; Tomcat looks every 10 s; the close frame is the server letting go, it then
	 * waits up to 30 s for a reply that will not come before it drops the connection); the JDK-client sockets of the other test, which
	 * answer pings as browsers do, stay open however long they wait.
	 */
	@Test
	void aPhoneThatVanishedWithoutClosingItsSocketFreesItsPlace() throws Exception {
		try (Socket silent = new Socket()) {
			silent.bind(new InetSocketAddress("127.0.0.3", 0));
			silent.connect(new InetSocketAddress("127.0.0.1", port));
			silent.getOutputStream().write(("GET /j/DEMO42/live HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
					+ "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
					+ "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			InputStream in = silent.getInputStream();
			assertThat(new String(in.readNBytes(12), StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 101");
			await(() -> limits.open("127.0.0.3") == 1);
			assertThat(limits.open("127.0.0.3")).isEqualTo(1);
			// the rest of the handshake's headers, up to the empty line
			for (int last = 0, b; last != 0x0d0a0d0a && (b = in.read()) != -1;) {
				last = (last << 8) | b;
			}
			silent.setSoTimeout(30_000);
			long start = System.nanoTime();
			// the room's state and pings, then the server's close frame (opcode 8; it then waits for the phone's reply)
			int opcode;
			do {
				opcode = in.read() & 0x0f;
				long length = in.read() & 0x7f;
				if (length == 126) {
					length = (in.read() << 8) | in.read();
				}
				else if (length == 127) {
					length = ByteBuffer.wrap(in.readNBytes(8)).getLong();
				}
				in.skipNBytes(length);
			}
			while (opcode != 8);
			System.out.printf("StreamLimitsTest: a silent socket was closed after %d ms%n",
					(System.nanoTime() - start) / 1_000_000);
		}
		await(() -> limits.open("127.0.0.3") == 0);
		assertThat(limits.open("127.0.0.3")).as("its place is free again").isZero();
	}

	/** The server lets go just after a socket closes or a handshake is answered: waits up to 2 s for it. */
	private static void await(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + 2_000_000_000L;
		while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
	}
}
