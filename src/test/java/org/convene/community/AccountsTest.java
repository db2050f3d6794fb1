package org.convene.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convene.FromAddress.from;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.convene.ConveneTest;
import org.convene.community.internal.AccountRepository;
import org.convene.platform.UserError;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@ConveneTest
class AccountsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountRepository repository;

	private MockHttpServletResponse signIn(String email, String password) throws Exception {
		return signIn(email, password, "127.0.0.1");
	}

	private MockHttpServletResponse signIn(String email, String password, String client) throws Exception {
		return mvc.perform(post("/login").param("username", email).param("password", password).with(csrf())
			.with(from(client)))
			.andReturn()
			.getResponse();
	}

	@Test
	void demoAccountsSignInWithTheirPrintedPasswords() throws Exception {
		// the administrator's second factor comes from the printed key (TwoFactorTest follows it through)
		assertThat(signIn("admin@demo.convene", "demo-admin").getRedirectedUrl()).isEqualTo("/login/code");
		assertThat(signIn("coordinator@demo.convene", "demo-coordinator").getRedirectedUrl()).isEqualTo("/");
		assertThat(signIn("member@demo.convene", "demo-member").getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void passwordsAreStoredHashed() {
		Account admin = accounts.find("admin@demo.convene").orElseThrow();
		assertThat(admin.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("demo-admin");
	}

	@Test
	void repeatedFailuresBlockTheClientThatMadeThemNotTheOwnerAndEveryRefusalLooksTheSame() throws Exception {
		accounts.create("lock@example.org", "Lock test", Role.MEMBER, "right-password", "en");
		for (int i = 0; i < 5; i++) {
			assertThat(signIn("lock@example.org", "wrong-password", "10.0.0.66").getRedirectedUrl()).isEqualTo("/login?error");
		}
		// the stranger is blocked even with the right password, and cannot tell a block from a wrong password
		assertThat(signIn("lock@example.org", "right-password", "10.0.0.66").getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(signIn("nobody@example.org", "any-password", "10.0.0.77").getRedirectedUrl()).isEqualTo("/login?error");
		// the owner, elsewhere, signs in as usual: a stranger can no longer lock anyone out
		assertThat(signIn("lock@example.org", "right-password", "10.0.0.5").getRedirectedUrl()).isEqualTo("/");
		long id = accounts.find("lock@example.org").orElseThrow().getId();
		// the administrator sees the block and can lift it
		assertThat(mvc.perform(get("/admin/accounts").with(user("admin@demo.convene").roles("ADMIN"))).andReturn()
			.getResponse().getContentAsString()).contains("/admin/accounts/" + id + "/unlock");
		accounts.unlock(id);
		assertThat(mvc.perform(get("/admin/accounts").with(user("admin@demo.convene").roles("ADMIN"))).andReturn()
			.getResponse().getContentAsString()).doesNotContain("/admin/accounts/" + id + "/unlock");
		assertThat(signIn("lock@example.org", "right-password", "10.0.0.66").getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void oneClientTryingManyAccountsIsBlockedForAll() throws Exception {
		for (int i = 0; i < 20; i++) {
			signIn("spray" + i + "@example.org", "Summer2026!", "10.0.0.99");
		}
		assertThat(signIn("member@demo.convene", "demo-member", "10.0.0.99").getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(signIn("member@demo.convene", "demo-member", "10.0.0.98").getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void aSuccessfulSignInResetsTheFailureCount() throws Exception {
		accounts.create("reset@example.org", "Reset test", Role.MEMBER, "right-password", "en");
		// failures from their own address, so they count against no other test's sign-ins
		for (int i = 0; i < 4; i++) {
			signIn("reset@example.org", "wrong-password", "10.0.1.1");
		}
		signIn("reset@example.org", "right-password", "10.0.1.1");
		for (int i = 0; i < 4; i++) {
			signIn("reset@example.org", "wrong-password", "10.0.1.1");
		}
		assertThat(signIn("reset@example.org", "right-password", "10.0.1.1").getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void anInvitationCreatesOneAccountWithItsRoleAndCannotBeUsedTwice() throws Exception {
		String link = mvc
			.perform(post("/admin/invitations").param("email", "New.Coordinator@Example.org")
				.param("role", "COORDINATOR")
				.with(csrf())
				.with(user("admin@demo.convene").roles("ADMIN")))
			.andReturn()
			.getFlashMap()
			.get("invitationLink")
			.toString();
		String path = link.substring(link.indexOf("/invite/"));
		assertThat(mvc.perform(get(path)).andReturn().getResponse().getContentAsString())
			.contains("new.coordinator@example.org");
		var response = mvc.perform(post(path).param("displayName", "New Coordinator")
			.param("password", "a good long password")
			.param("confirmation", "a good long password")
			.with(csrf())).andReturn().getResponse();
		assertThat(response.getRedirectedUrl()).isEqualTo("/login");
		assertThat(accounts.find("new.coordinator@example.org").orElseThrow().getRole()).isEqualTo(Role.COORDINATOR);
		assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(410);
		assertThat(signIn("new.coordinator@example.org", "a good long password").getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void anInvitationKeepsWhatWasTypedWhenThePasswordsDiffer() throws Exception {
		String link = accounts.invite("typo@example.org", Role.MEMBER);
		String path = link.substring(link.indexOf("/invite/"));
		String html = mvc.perform(post(path).param("displayName", "Typed Name")
			.param("password", "a good long password")
			.param("confirmation", "another long password")
			.with(csrf())).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("The two passwords are not the same").contains("value=\"Typed Name\"");
		assertThat(accounts.find("typo@example.org")).isEmpty();
	}

	@Test
	void changingThePasswordNeedsTheCurrentOne() throws Exception {
		accounts.create("change@example.org", "Change test", Role.MEMBER, "old-password-1", "en");
		var member = user("change@example.org").roles("MEMBER");
		String html = mvc.perform(post("/account/password").param("currentPassword", "not-the-password")
			.param("password", "new-password-1")
			.param("confirmation", "new-password-1")
			.with(csrf())
			.with(member)).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("The current password is not right");
		mvc.perform(post("/account/password").param("currentPassword", "old-password-1")
			.param("password", "new-password-1")
			.param("confirmation", "new-password-1")
			.with(csrf())
			.with(member));
		assertThat(signIn("change@example.org", "new-password-1").getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void anAdministratorsResetLinkSetsANewPasswordUnlocksAndWorksOnce() throws Exception {
		accounts.create("forgot@example.org", "Forgetful", Role.COORDINATOR, "forgotten-password", "en");
		for (int i = 0; i < 5; i++) {
			signIn("forgot@example.org", "wrong-password", "10.0.1.2");
		}
		long id = accounts.find("forgot@example.org").orElseThrow().getId();
		String link = mvc
			.perform(post("/admin/accounts/" + id + "/reset-link").with(csrf())
				.with(user("admin@demo.convene").roles("ADMIN")))
			.andReturn()
			.getFlashMap()
			.get("resetLink")
			.toString();
		String path = link.substring(link.indexOf("/reset/"));
		assertThat(mvc.perform(get(path)).andReturn().getResponse().getContentAsString()).contains("forgot@example.org");
		var response = mvc.perform(post(path).param("password", "remembered-password")
			.param("confirmation", "remembered-password")
			.with(csrf())).andReturn().getResponse();
		assertThat(response.getRedirectedUrl()).isEqualTo("/login");
		assertThat(signIn("forgot@example.org", "remembered-password", "10.0.1.2").getRedirectedUrl()).isEqualTo("/");
		assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(410);
	}

	@Test
	void shortPasswordsAreRefused() {
		assertThatThrownBy(() -> accounts.create("short@example.org", "Short", Role.MEMBER, "short", "en"))
			.isInstanceOf(UserError.class)
			.hasMessage("account.error.passwordLength");
	}

	@Test
	void formsWithoutACsrfTokenAreRefused() throws Exception {
		assertThat(mvc.perform(post("/login").param("username", "admin@demo.convene").param("password", "demo-admin"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void aSignInSwitchesToTheLanguageTheAccountChoseLastTime() throws Exception {
		accounts.create("arabic@example.org", "Arabic reader", Role.MEMBER, "arabic-password", "en");
		mvc.perform(post("/language").param("lang", "ar").with(csrf()).with(user("arabic@example.org").roles("MEMBER")));
		assertThat(accounts.find("arabic@example.org").orElseThrow().getLanguage()).isEqualTo("ar");
		var cookie = signIn("arabic@example.org", "arabic-password").getCookie("convene-lang");
		assertThat(cookie).isNotNull();
		assertThat(cookie.getValue()).isEqualTo("ar");
	}

	@Test
	void anAdministratorCannotDemoteThemself() {
		long id = accounts.find("admin@demo.convene").orElseThrow().getId();
		assertThatThrownBy(() -> accounts.changeRole(id, Role.MEMBER, "admin@demo.convene"))
			.isInstanceOf(UserError.class);
		assertThat(repository.findById(id).orElseThrow().getRole()).isEqualTo(Role.ADMIN);
	}
}
