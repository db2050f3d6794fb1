package org.convene.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.convene.ConveneTest;
import org.convene.cafe.Cafe;
import org.convene.cafe.Cafes;
import org.convene.community.Accounts;
import org.convene.community.Networks;
import org.convene.community.Role;
import org.convene.events.Event;
import org.convene.events.EventDetails;
import org.convene.events.Events;
import org.convene.events.Visibility;
import org.convene.groups.Groups;
import org.convene.interact.Deck;
import org.convene.interact.Decks;
import org.convene.knowledge.Practices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every page in every language: answers 200, carries the right language and direction, the
 * Content-Security-Policy header, and no inline script or style.
 */
@ConveneTest
public class PagesTest {

	private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
	private static final Pattern STYLE_ATTRIBUTE = Pattern.compile("\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);
	private static final Pattern STYLE_ELEMENT = Pattern.compile("<style", Pattern.CASE_INSENSITIVE);
	private static final Pattern EVENT_HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

	@Autowired
	Practices practices;

	@Autowired
	MockMvc mvc;

	@Autowired
	Events events;

	@Autowired
	Decks decks;

	@Autowired
	Cafes cafes;

	@Autowired
	Groups groups;

	@Autowired
	Networks networks;

	@Autowired
	Accounts accounts;

	private static final Pattern POST_FORM = Pattern.compile("<form[^>]*method=\"post\"", Pattern.CASE_INSENSITIVE);

	private static final Pattern CSRF_FIELD = Pattern.compile("<input type=\"hidden\" name=\"_csrf\"");

	/** A deck's code still opens its page: standalone, or its event ended less than 30 days ago. */
	private boolean codeWorks(Deck d) {
		return d.getEventId() == null
				|| !LocalDate.now().isAfter(events.get(d.getEventId()).getEndDate().plusDays(30));
	}

	List<String> pages() {
		List<String> pages = new ArrayList<>(List.of("/", "/login", "/events", "/events/new", "/account",
				"/admin/accounts", "/admin/audit", "/admin/privacy", "/privacy", "/practices", "/practices/new",
				"/practices/review", "/practices/compendium", "/practices/import", "/groups", "/notifications", "/members", "/members?country=PK", "/members/1", "/account/profile", "/countries", "/countries/PK", "/countries/AF", "/networks", "/join", "/join/sent",
				"/members/requests", "/login/forgot", "/unsubscribe?r=member%40demo.convene&s=wrong", "/practices?q=network&crimeType=BOTH", "/decks", "/j", "/j/DEMO42", "/indicators", "/indicators?country=PK&from=2019-01-01"));
		// the demo's questionnaires belong to workshops long over, whose codes have expired (410): one that is open
		if (decks.all().stream().noneMatch(d -> d.isSelfPaced() && codeWorks(d))) {
			Event coming = events.create(new EventDetails("Pages test workshop", LocalDate.of(2031, 5, 5),
					LocalDate.of(2031, 5, 6), "UTC", null, null, List.of("en"), null, null, Visibility.PUBLIC));
			decks.fromTemplate(Decks.Template.EVALUATION, Locale.ENGLISH, coming.getId(), null);
		}
		for (Deck d : decks.all()) {
			if (d.isSelfPaced() && codeWorks(d)) {
				pages.add("/j/" + d.getJoinCode()); // a questionnaire
			}
			pages.addAll(List.of("/decks/" + d.getId(), "/decks/" + d.getId() + "/present",
					"/decks/" + d.getId() + "/results"));
			decks.activities(d.getId()).stream().limit(1)
				.forEach(a -> pages.add("/decks/" + d.getId() + "/activities/" + a.getId()));
		}
		networks.all().forEach(n -> pages.add("/networks/" + n.id()));
		// the demo's groups and their discussions
		groups.visibleTo("admin@demo.convene").forEach(g -> {
			pages.add("/groups/" + g.id());
			groups.topics(g, "admin@demo.convene").forEach(t -> pages.add("/groups/" + g.id() + "/t/" + t.id()));
		});
		// the demo's practices (one each in English, French and Arabic), as a coordinator sees and edits them
		practices.list(new Practices.Viewer("admin@demo.convene", true), Practices.Filter.NONE).stream().limit(3)
			.forEach(p -> pages.addAll(List.of("/practices/" + p.getId(), "/practices/" + p.getId() + "/edit",
				"/practices/" + p.getId() + "/history")));
		for (Event e : events.listVisible(true)) {
			long id = e.getId();
			if (!e.isOver(Instant.now())) {
				pages.add("/events/" + id + "/register"); // past events take no registration
			}
			pages.addAll(List.of("/events/" + id, "/events/" + id + "/edit",
					"/events/" + id + "/participants", "/events/" + id + "/participants/new",
					"/events/" + id + "/participants/import", "/events/" + id + "/annex/participants",
					"/events/" + id + "/annex/biographies", "/events/" + id + "/sessions/new", "/events/" + id + "/report",
					"/events/" + id + "/report/edit"));
			events.agenda(id).stream().limit(2).forEach(
					s -> pages.add("/events/" + id + "/sessions/" + s.getId() + "/edit"));
			events.participants(id).stream().limit(1).forEach(
					p -> pages.add("/events/" + id + "/participants/" + p.getId() + "/edit"));
		}
		for (Event e : events.listVisible(true)) {
			for (Cafe c : cafes.forEvent(e.getId())) {
				pages.addAll(List.of("/cafes/" + c.id(), "/cafes/" + c.id() + "/run", "/cafes/" + c.id() + "/harvest", "/c"));
				// a café made by another test may have nobody in it yet
				cafes.people(c.id()).stream().limit(1).forEach(p -> pages.add("/c/" + p.key()));
			}
		}
		return pages;
	}

	/** The pages reached by a one-time link: an invitation and a password reset (the set-up page: FirstStartTest). */
	List<String> linkPages() {
		String invitation = accounts.invite("pages-" + System.nanoTime() + "@example.org", Role.MEMBER);
		long member = accounts.find("member@demo.convene").orElseThrow().getId();
		String reset = accounts.issueResetLink(member).url();
		return List.of(URI.create(invitation).getPath(), URI.create(reset).getPath());
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr", "es", "ar", "ru", "ur" })
	void everyPageRendersInEveryLanguage(String language) throws Exception {
		for (String page : pages()) {
			MockHttpServletResponse response = mvc
				.perform(get(page).header("Accept-Language", language)
					.with(user("admin@demo.convene").roles("ADMIN")))
				.andReturn()
				.getResponse();
			assertIsAGoodPage(page, language, response);
		}
		for (String page : linkPages()) {
			assertIsAGoodPage(page, language,
					mvc.perform(get(page).header("Accept-Language", language)).andReturn().getResponse());
		}
	}

	/**
	 * What a page shows depends on who reads it (an organiser's controls, a member's view, a guest's): every page a
	 * role may open renders for that role in every language. Pages a role may not open are the authorisation walk's.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "COORDINATOR", "MEMBER", "GUEST" })
	void everyPageARoleMayOpenRendersForItInEveryLanguage(String role) throws Exception {
		int rendered = 0;
		for (String language : List.of("en", "fr", "es", "ar", "ru", "ur")) {
			for (String page : pages()) {
				var request = get(page).header("Accept-Language", language);
				if (!role.equals("GUEST")) {
					request = request.with(user(role.toLowerCase() + "@demo.convene").roles(role));
				}
				MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
				String location = response.getRedirectedUrl();
				if (response.getStatus() == 403 || response.getStatus() == 302 && location != null
						&& location.endsWith("/login")) {
					continue;
				}
				assertIsAGoodPage(page + " as " + role, language, response);
				rendered++;
			}
		}
		assertThat(rendered).as("pages rendered for " + role).isGreaterThan(role.equals("GUEST") ? 30 : 60);
	}

	/** 200, the reader's language and direction, no missing message, no inline code, CSRF on every post form, CSP. */
	public static void assertIsAGoodPage(String page, String language, MockHttpServletResponse response)
			throws Exception {
		boolean rtl = language.equals("ar") || language.equals("ur");
		String html = response.getContentAsString();
		assertThat(response.getStatus()).as(page + " in " + language).isEqualTo(200);
		assertThat(html).as(page).contains("<html lang=\"" + language + "\" dir=\"" + (rtl ? "rtl" : "ltr") + "\"");
		assertThat(html).as(page).doesNotContain("??");
		assertNoInlineCode(page, html);
		assertEveryPostFormHasACsrfToken(page, html);
		assertThat(response.getHeader("Content-Security-Policy")).as(page).contains("script-src 'self'")
			.contains("style-src 'self'")
			.doesNotContain("unsafe-inline");
	}

	@Test
	void guestsSeeThePublicPagesWithSecurityHeaders() throws Exception {
		for (String page : List.of("/", "/login", "/events", "/events/1")) {
			MockHttpServletResponse response = mvc.perform(get(page)).andReturn().getResponse();
			assertThat(response.getStatus()).as(page).isEqualTo(200);
			assertThat(response.getHeader("Content-Security-Policy")).as(page).contains("default-src 'self'");
			assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
			assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
			assertNoInlineCode(page, response.getContentAsString());
		}
	}

	@Test
	void aPastEventOffersNoRegistrationAndRefusesOneWithAReason() throws Exception {
		// the demo's Vienna workshop (2019) is over
		String page = mvc.perform(get("/events/1")).andReturn().getResponse().getContentAsString();
		assertThat(page).doesNotContain("/events/1/register");
		MockHttpServletResponse register = mvc.perform(get("/events/1/register")).andReturn().getResponse();
		assertThat(register.getStatus()).isEqualTo(400);
		assertThat(register.getContentAsString()).contains("Registration for this event has closed");
	}

	@Test
	void errorPagesAreTranslatedAndCarryTheLayout() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/events/999999").header("Accept-Language", "ar"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getContentAsString()).contains("dir=\"rtl\"").contains("حدث خطأ ما");
	}

	@Test
	void theLanguageSwitcherRemembersTheChoiceInACookie() throws Exception {
		var cookie = mvc.perform(post("/language").param("lang", "ur").param("back", "/events").with(csrf()))
			.andReturn()
			.getResponse()
			.getCookie("convene-lang");
		assertThat(cookie).isNotNull();
		String html = mvc.perform(get("/events").cookie(cookie).header("Accept-Language", "fr"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("lang=\"ur\" dir=\"rtl\"");
	}

	@Test
	void theLanguageSwitcherDoesNotRedirectElsewhere() throws Exception {
		String location = mvc
			.perform(post("/language").param("lang", "fr").param("back", "https://evil.example/").with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).isEqualTo("/");
	}

	@Test
	void anUnsupportedBrowserLanguageFallsBackToEnglish() throws Exception {
		String html = mvc.perform(get("/").header("Accept-Language", "de-DE,de;q=0.9,fr;q=0.5"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("<html lang=\"fr\"");
		html = mvc.perform(get("/").header("Accept-Language", "de-DE")).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("<html lang=\"en\" dir=\"ltr\"");
	}

	/** Every form that posts carries the CSRF token (forms without th:action do not get one). */
	static void assertEveryPostFormHasACsrfToken(String page, String html) {
		long forms = POST_FORM.matcher(html).results().count();
		long tokens = CSRF_FIELD.matcher(html).results().count();
		assertThat(tokens).as(page + ": post forms and CSRF fields").isEqualTo(forms);
	}

	static void assertNoInlineCode(String page, String html) {
		assertThat(INLINE_SCRIPT.matcher(html).find()).as(page + " has an inline <script>").isFalse();
		assertThat(STYLE_ATTRIBUTE.matcher(html).find()).as(page + " has a style= attribute").isFalse();
		assertThat(STYLE_ELEMENT.matcher(html).find()).as(page + " has a <style> element").isFalse();
		assertThat(EVENT_HANDLER.matcher(html).find()).as(page + " has an on…= handler").isFalse();
	}
}
