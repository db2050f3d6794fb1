package org.convene.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.convene.ConveneTest;
import org.convene.demo.DemoCommunity;
import org.convene.platform.UserError;
import org.convene.platform.security.Totp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two-factor sign-in (issue 14) through the real sign-in form: the password alone does not sign in; a wrong code is
 * refused in the person's language; the right code signs in, once; a recovery code works once; five wrong codes
 * send the person back to the password; an administrator without it is sent to set it up before anything else,
 * and may not turn it off.
 */
@ConveneTest
class TwoFactorTest {

	private static final Pattern KEY = Pattern.compile("<code dir=\"ltr\">([A-Z2-7 ]+)</code>");

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	MockHttpServletResponse password(MockHttpSession session, String email, String password) throws Exception {
		return mvc.perform(post("/login").session(session).param("username", email).param("password", password)
			.with(csrf())).andReturn().getResponse();
	}

	MockHttpServletResponse code(MockHttpSession session, String code, String language) throws Exception {
		return mvc.perform(post("/login/code").session(session).param("code", code).header("Accept-Language", language)
			.with(csrf())).andReturn().getResponse();
	}

	int account(MockHttpSession session) throws Exception {
		return mvc.perform(get("/account").session(session)).andReturn().getResponse().getStatus();
	}

	@Test
	void thePasswordAloneDoesNotSignInTheRightCodeDoesOnce() throws Exception {
		String email = "two.factor@example.org";
		accounts.create(email, "Two Factor", Role.MEMBER, "a long enough password", "en");
		String secret = Totp.newSecret();
		List<String> recovery = accounts.enableTwoFactor(email, secret, Totp.code(secret, Instant.now().minusSeconds(30)));
		assertThat(recovery).hasSize(Accounts.RECOVERY_CODES).doesNotHaveDuplicates();
		// at rest the key is sealed with the server's secret, and recovery codes are only hashes
		Map<String, Object> stored = jdbc.queryForMap("select totp_secret, recovery_codes from accounts where email = ?",
				email);
		assertThat((String) stored.get("totp_secret")).startsWith("v1:").doesNotContain(secret);
		assertThat((String) stored.get("recovery_codes")).doesNotContain(recovery.getFirst());

		MockHttpSession session = new MockHttpSession();
		assertThat(password(session, email, "a long enough password").getRedirectedUrl()).isEqualTo("/login/code");
		assertThat(account(session)).as("not signed in yet").isEqualTo(302);
		MockHttpServletResponse wrong = code(session, "000000", "fr");
		assertThat(wrong.getStatus()).isEqualTo(422);
		assertThat(wrong.getContentAsString()).contains("Ce code n’est pas bon");
		String now = Totp.code(secret, Instant.now());
		MockHttpServletResponse right = code(session, now, "en");
		assertThat(right.getRedirectedUrl()).as("on to where they were going").endsWith("/account?continue");
		assertThat(account(session)).isEqualTo(200);

		// the same code again, in a new sign-in: used already
		MockHttpSession again = new MockHttpSession();
		password(again, email, "a long enough password");
		assertThat(code(again, now, "en").getStatus()).isEqualTo(422);
		// a recovery code works, once
		assertThat(code(again, recovery.getFirst().toUpperCase(), "en").getRedirectedUrl()).isEqualTo("/");
		MockHttpSession third = new MockHttpSession();
		password(third, email, "a long enough password");
		assertThat(code(third, recovery.getFirst(), "en").getStatus()).isEqualTo(422);
		assertThat(accounts.recoveryCodesLeft(email)).isEqualTo(Accounts.RECOVERY_CODES - 1);
		// five wrong codes (the used recovery code was the first): back to the password
		for (int i = 0; i < 3; i++) {
			assertThat(code(third, "11111" + i, "en").getStatus()).isEqualTo(422);
		}
		assertThat(code(third, "111115", "en").getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(code(third, Totp.code(secret, Instant.now().plusSeconds(30)), "en").getRedirectedUrl())
			.as("the half-way sign-in is gone").isEqualTo("/login?expired");

		// a lost phone: an administrator resets it, and the password alone signs in again
		long id = accounts.find(email).orElseThrow().getId();
		assertThat(mvc.perform(post("/admin/accounts/" + id + "/two-factor/reset")
			.with(SecurityMockMvcRequestPostProcessors.user("admin@demo.convene").roles("ADMIN")).with(csrf()))
			.andReturn().getResponse().getStatus()).isEqualTo(302);
		assertThat(password(new MockHttpSession(), email, "a long enough password").getRedirectedUrl()).isEqualTo("/");

		// a member may turn it off with a code
		String secondSecret = Totp.newSecret();
		List<String> more = accounts.enableTwoFactor(email, secondSecret, Totp.code(secondSecret, Instant.now()));
		accounts.disableTwoFactor(email, more.get(1));
		assertThat(accounts.find(email).orElseThrow().isTwoFactor()).isFalse();
	}

	@Test
	void theDemoAdministratorSignsInWithThePrintedKey() throws Exception {
		MockHttpSession session = new MockHttpSession();
		assertThat(password(session, "admin@demo.convene", "demo-admin").getRedirectedUrl()).isEqualTo("/login/code");
		// a code works once: if an earlier sign-in used this step's, the next step's is also accepted
		Instant now = Instant.now();
		MockHttpServletResponse signedIn = code(session, Totp.code(DemoCommunity.ADMIN_TWO_FACTOR_KEY, now), "en");
		if (signedIn.getStatus() == 422) {
			signedIn = code(session, Totp.code(DemoCommunity.ADMIN_TWO_FACTOR_KEY, now.plusSeconds(30)), "en");
		}
		assertThat(signedIn.getRedirectedUrl()).isEqualTo("/");
		assertThat(mvc.perform(get("/admin/accounts").session(session)).andReturn().getResponse().getStatus())
			.isEqualTo(200);
	}

	@Test
	void anAdministratorWithoutItSetsItUpBeforeAnythingElseAndKeepsIt() throws Exception {
		String email = "new.admin@example.org";
		accounts.create(email, "New Admin", Role.ADMIN, "a long enough password", "en");
		MockHttpSession session = new MockHttpSession();
		assertThat(password(session, email, "a long enough password").getRedirectedUrl()).isEqualTo("/");
		for (String page : List.of("/", "/events", "/admin/accounts", "/admin/audit")) {
			assertThat(mvc.perform(get(page).session(session)).andReturn().getResponse().getRedirectedUrl()).as(page)
				.isEqualTo("/account/two-factor");
		}
		String setup = mvc.perform(get("/account/two-factor").session(session).header("Accept-Language", "ar"))
			.andReturn().getResponse().getContentAsString();
		assertThat(setup).contains("يجب على المسؤولين إعداد تسجيل الدخول بخطوتين").contains("<svg");
		Matcher key = KEY.matcher(setup);
		assertThat(key.find()).isTrue();
		String secret = key.group(1).replace(" ", "");
		MockHttpServletResponse wrong = mvc.perform(post("/account/two-factor").session(session).param("code", "000000")
			.with(csrf())).andReturn().getResponse();
		assertThat(wrong.getStatus()).isEqualTo(422);
		MockHttpServletResponse on = mvc.perform(post("/account/two-factor").session(session)
			.param("code", Totp.code(secret, Instant.now())).with(csrf())).andReturn().getResponse();
		assertThat(on.getStatus()).isEqualTo(200);
		assertThat(on.getContentAsString()).contains("recovery-codes");
		assertThat(mvc.perform(get("/admin/audit").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThatThrownBy(() -> accounts.disableTwoFactor(email, Totp.code(secret, Instant.now().plusSeconds(30))))
			.isInstanceOf(UserError.class).extracting(e -> ((UserError) e).messageKey())
			.isEqualTo("twoFactor.error.adminRequired");
	}
}
