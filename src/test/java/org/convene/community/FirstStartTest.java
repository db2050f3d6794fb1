package org.convene.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.convene.community.internal.AccountRepository;
import org.convene.platform.web.PagesTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** A plain start (no demo) has no account and no default password: the log prints a set-up link. */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:first-start;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"convene.base-url=https://convene.example.org" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class FirstStartTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountRepository repository;

	@Test
	void printsAOneTimeSetUpLinkThatCreatesTheFirstAdministrator(CapturedOutput output) throws Exception {
		assertThat(repository.count()).as("no built-in account").isZero();
		String log = output.getAll();
		Matcher link = Pattern.compile("https://convene\\.example\\.org(/setup/[\\w-]+)").matcher(log);
		assertThat(link.find()).as("the start-up log prints a set-up link").isTrue();
		String path = link.group(1);
		// post the form as a browser would: with the CSRF token the page itself carries
		for (String language : List.of("en", "fr", "es", "ar", "ru", "ur")) {
			PagesTest.assertIsAGoodPage(path, language,
					mvc.perform(get(path).header("Accept-Language", language)).andReturn().getResponse());
		}
		MockHttpSession session = new MockHttpSession();
		var page = mvc.perform(get(path).session(session)).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		String html = page.getContentAsString();
		String setUpForm = html.substring(html.indexOf("<main"));
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(setUpForm);
		assertThat(token.find()).as("the set-up form itself carries a CSRF token").isTrue();
		var response = mvc.perform(post(path).session(session).cookie(page.getCookies())
			.param("_csrf", token.group(1))
			.param("email", "first@example.org")
			.param("displayName", "First Admin")
			.param("password", "first admin password")
			.param("confirmation", "first admin password")).andReturn().getResponse();
		assertThat(response.getRedirectedUrl()).isEqualTo("/login");
		assertThat(accounts.find("first@example.org").orElseThrow().getRole()).isEqualTo(Role.ADMIN);
		assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(410);
	}
}
