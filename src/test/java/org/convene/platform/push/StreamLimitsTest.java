package org.convene.platform.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import org.convene.ConveneTest;
import org.convene.interact.Live;
import org.convene.platform.ConveneProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.mock.web.MockAsyncContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;

/**
 * One client over its cap of event streams is refused (429, Retry-After) while a phone on another address joins,
 * streams and answers normally; streams that never started (an unknown code) are not counted. Over real sockets:
 * the finding was one process holding 19,965 streams until every page timed out.
 */
@ConveneTest
@TestPropertySource(properties = "convene.streams-per-address=3")
class StreamLimitsTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
	private static final Pattern ACTIVITY = Pattern.compile("name=\"activity\" value=\"(\\d+)\"");

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

	HttpResponse<InputStream> stream(HttpClient http, String code) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/j/" + code + "/events"))
			.header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
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
	void streamsTogetherLeaveRoomForPagesAndAFinishedStreamFreesItsPlace() throws Exception {
		// 25 connections: 20 kept for pages and sign-in, 5 for streams (each from its own address)
		StreamLimits small = new StreamLimits(properties, 25);
		List<MockHttpServletRequest> streams = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			MockHttpServletRequest request = streamRequest("10.8.0." + i);
			MockHttpServletResponse response = new MockHttpServletResponse();
			small.doFilter(request, response, (req, res) -> req.startAsync());
			assertThat(response.getStatus()).isEqualTo(200);
			streams.add(request);
		}
		MockHttpServletResponse refused = new MockHttpServletResponse();
		small.doFilter(streamRequest("10.8.0.9"), refused, (req, res) -> req.startAsync());
		assertThat(refused.getStatus()).isEqualTo(503);
		assertThat(refused.getHeader("Retry-After")).isEqualTo(String.valueOf(StreamLimits.RETRY_AFTER_SECONDS));
		MockHttpServletResponse page = new MockHttpServletResponse();
		MockHttpServletRequest pageRequest = new MockHttpServletRequest("GET", "/events/1");
		small.doFilter(pageRequest, page, (req, res) -> ((HttpServletResponse) res).setStatus(200));
		assertThat(page.getStatus()).as("pages are not streams").isEqualTo(200);

		((MockAsyncContext) streams.getFirst().getAsyncContext()).complete();
		assertThat(small.open()).isEqualTo(4);
		MockHttpServletResponse again = new MockHttpServletResponse();
		small.doFilter(streamRequest("10.8.0.9"), again, (req, res) -> req.startAsync());
		assertThat(again.getStatus()).isEqualTo(200);
	}

	private static MockHttpServletRequest streamRequest(String address) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/j/DEMO42/events");
		request.setRemoteAddr(address);
		request.setAsyncSupported(true);
		return request;
	}

	@Test
	void aClientOverItsCapIsRefusedWhileAnotherPhoneAnswers() throws Exception {
		HttpClient greedy = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.1")).build();
		HttpClient phone = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.2")).build();
		List<InputStream> held = new ArrayList<>();
		try {
			for (int i = 0; i < 3; i++) {
				HttpResponse<InputStream> open = stream(greedy, "DEMO42");
				assertThat(open.statusCode()).isEqualTo(200);
				held.add(open.body());
			}
			assertThat(limits.open("127.0.0.1")).isEqualTo(3);
			HttpResponse<InputStream> refused = stream(greedy, "DEMO42");
			refused.body().close();
			assertThat(refused.statusCode()).isEqualTo(429);
			assertThat(refused.headers().firstValue("Retry-After")).contains(String.valueOf(StreamLimits.RETRY_AFTER_SECONDS));

			// streams that never start are not held against anyone
			for (int i = 0; i < 5; i++) {
				HttpResponse<InputStream> unknown = stream(phone, "NOSUCH9");
				unknown.body().close();
				assertThat(unknown.statusCode()).isEqualTo(404);
			}
			// (the server lets go just after the response is sent: wait a moment for it)
			long deadline = System.nanoTime() + 2_000_000_000L;
			while (limits.open("127.0.0.2") > 0 && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
			assertThat(limits.open("127.0.0.2")).isZero();

			// a phone elsewhere: joins, streams and answers as if nothing were happening
			HttpResponse<String> page = phone.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
					+ "/j/DEMO42")).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).isEqualTo(200);
			String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
			HttpResponse<InputStream> mine = phone.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
					+ "/j/DEMO42/events")).header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofInputStream());
			held.add(mine.body());
			assertThat(mine.statusCode()).isEqualTo(200);
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
			for (InputStream in : held) {
				in.close();
			}
		}
	}
}
