package org.convene.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.convene.ConveneTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Taking access away takes effect on the next request of every open session (the security probe found a demoted
 * coordinator keeping coordinator rights, a password change leaving other sessions signed in, and no way to
 * deactivate an account). Real sessions over HTTP, as browsers hold them.
 */
@ConveneTest
class AccessTakenAwayTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
	private static final String PASSWORD = "a long enough password";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Test
	void aDemotedCoordinatorsOpenSessionsEndAndTheNewRoleApplies() throws Exception {
		Account account = accounts.create("demoted@example.org", "Demoted", Role.COORDINATOR, PASSWORD, "en");
		Session laptop = signedIn("demoted@example.org", PASSWORD);
		Session phone = signedIn("demoted@example.org", PASSWORD);
		assertThat(laptop.get("/decks").statusCode()).isEqualTo(200);
		assertThat(phone.get("/decks").statusCode()).isEqualTo(200);

		accounts.changeRole(account.getId(), Role.MEMBER, "admin@demo.convene");
		for (Session s : new Session[] { laptop, phone }) {
			var next = s.get("/decks");
			assertThat(next.statusCode()).isEqualTo(302);
			assertThat(next.headers().firstValue("Location").orElseThrow()).endsWith("/login?ended");
		}
		Session again = signedIn("demoted@example.org", PASSWORD);
		assertThat(again.get("/decks").statusCode()).as("a member now").isEqualTo(403);
		assertThat(again.get("/account").statusCode()).isEqualTo(200);
	}

	@Test
	void aPasswordChangeEndsEveryOtherSessionButTheOneWhereItWasMade() throws Exception {
		accounts.create("moved@example.org", "Moved", Role.COORDINATOR, PASSWORD, "en");
		Session here = signedIn("moved@example.org", PASSWORD);
		Session stolen = signedIn("moved@example.org", PASSWORD);
		var changed = here.post("/account/password", "currentPassword=" + enc(PASSWORD) + "&password="
				+ enc("another long password") + "&confirmation=" + enc("another long password"), "/account");
		assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("/account");
		assertThat(here.get("/decks").statusCode()).isEqualTo(200);
		assertThat(stolen.get("/decks").headers().firstValue("Location").orElseThrow()).endsWith("/login?ended");
	}

	@Test
	void aDeactivatedAccountCannotSignInAndItsSessionsEndAndSignOutEverywhereEndsThemToo() throws Exception {
		Account account = accounts.create("leaving@example.org", "Leaving", Role.COORDINATOR, PASSWORD, "en");
		Session open = signedIn("leaving@example.org", PASSWORD);
		accounts.endSessions(account.getId());
		assertThat(open.get("/decks").headers().firstValue("Location").orElseThrow()).endsWith("/login?ended");

		Session before = signedIn("leaving@example.org", PASSWORD);
		accounts.setActive(account.getId(), false, "admin@demo.convene");
		assertThat(before.get("/decks").headers().firstValue("Location").orElseThrow()).endsWith("/login?ended");
		Session refused = new Session(port);
		assertThat(refused.signIn("leaving@example.org", PASSWORD)).endsWith("/login?error");
		assertThat(accounts.find("leaving@example.org")).as("history kept").isPresent();

		accounts.setActive(account.getId(), true, "admin@demo.convene");
		assertThat(signedIn("leaving@example.org", PASSWORD).get("/decks").statusCode()).isEqualTo(200);
	}

	private Session signedIn(String email, String password) throws Exception {
		Session session = new Session(port);
		assertThat(session.signIn(email, password)).as("signed in").doesNotContain("error");
		return session;
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	/** One browser's session: its own cookies. */
	static final class Session {

		private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		private final String base;

		Session(int port) {
			this.base = "http://localhost:" + port;
		}

		/** Signs in with the form; returns where the server sent the browser next. */
		String signIn(String email, String password) throws Exception {
			return post("/login", "username=" + enc(email) + "&password=" + enc(password), "/login").headers()
				.firstValue("Location").orElse("");
		}

		HttpResponse<String> get(String path) throws Exception {
			return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
		}

		/** Posts a form with the CSRF token of the page {@code formPage}. */
		HttpResponse<String> post(String path, String form, String formPage) throws Exception {
			Matcher csrf = CSRF.matcher(get(formPage).body());
			assertThat(csrf.find()).as("a CSRF token on " + formPage).isTrue();
			return http.send(HttpRequest.newBuilder(URI.create(base + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + enc(csrf.group(1)))).build(),
					HttpResponse.BodyHandlers.ofString());
		}
	}
}
