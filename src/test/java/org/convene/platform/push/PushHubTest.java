package org.convene.platform.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.convene.ConveneTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The live socket's handshake over a real connection: who may open one, and what a plain request is told. */
@ConveneTest
class PushHubTest {

	private static final Duration WAIT = Duration.ofSeconds(10);

	@LocalServerPort
	int port;

	@Test
	void aPageOnAnotherSiteCannotOpenASocketButConvenesOwnPagesCan() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String url = "http://localhost:" + port + "/j/DEMO42/live";
		try (LiveSocket foreign = open(http, url, "https://evil.example");
				LiveSocket own = open(http, url, "http://localhost:" + port)) {
			assertThat(foreign.status(WAIT)).isEqualTo(403);
			assertThat(own.status(WAIT)).isEqualTo(101);
			assertThat(own.next("state", WAIT, m -> true)).as("the room's state, sent on opening").isNotNull();
		}
	}

	@Test
	void aPlainRequestIsToldToUpgrade() throws Exception {
		HttpResponse<String> plain = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + "/j/DEMO42/live")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(plain.statusCode()).isEqualTo(426);
		assertThat(plain.headers().firstValue("Upgrade")).contains("websocket");
	}

	private static LiveSocket open(HttpClient http, String url, String origin) {
		return LiveSocket.open(http, url, false, origin);
	}
}
