package org.convene.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.convene.cafe.Cafes;
import org.convene.community.Networks;
import org.convene.events.Event;
import org.convene.events.EventDetails;
import org.convene.events.Events;
import org.convene.events.Visibility;
import org.convene.groups.Groups;
import org.convene.interact.Deck;
import org.convene.interact.Decks;
import org.convene.knowledge.Practices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Basic accessibility on every page a person uses — the phones and the projector too — checked in the browser:
 * landmarks, one main heading, a label for every form field and a name for every button, in English and in Arabic.
 */
class AccessibilityBrowserTest extends BrowserTest {

	@Autowired
	Practices practices;

	@Autowired
	Events events;

	@Autowired
	Cafes cafes;

	@Autowired
	Groups groups;

	@Autowired
	Networks networks;

	@Autowired
	Decks decks;

	private static final String CHECK = """
			(landmarks) => {
			  const problems = [];
			  for (const tag of landmarks) {
			    if (!document.querySelector(tag)) problems.push('no <' + tag + '>');
			  }
			  const h1 = document.querySelectorAll('h1').length;
			  if (h1 !== 1) problems.push(h1 + ' <h1> elements');
			  if (!document.documentElement.lang) problems.push('no lang on <html>');
			  for (const field of document.querySelectorAll('input, select, textarea')) {
			    if (field.type === 'hidden') continue;
			    const named = field.labels.length > 0 || field.getAttribute('aria-label') || field.getAttribute('aria-labelledby');
			    if (!named) problems.push('unlabelled ' + field.tagName + ' ' + (field.name || field.id));
			  }
			  for (const button of document.querySelectorAll('button, a')) {
			    const name = (button.getAttribute('aria-label') || button.textContent || '').trim();
			    if (!name) problems.push('nameless ' + button.tagName + ' ' + button.outerHTML.slice(0, 80));
			  }
			  const ids = [...document.querySelectorAll('[id]')].map(e => e.id);
			  const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
			  if (dup.length) problems.push('duplicate ids ' + dup);
			  return problems;
			}""";

	List<String> pages() {
		List<String> pages = new ArrayList<>(List.of("/", "/login", "/events", "/events/new", "/account",
				"/admin/accounts", "/admin/audit", "/admin/privacy", "/privacy", "/practices", "/practices/new",
				"/practices/review", "/practices/compendium", "/practices/import", "/groups", "/notifications", "/members", "/members?country=PK", "/members/1", "/account/profile", "/countries", "/countries/PK", "/countries/AF", "/networks", "/join", "/join/sent",
				"/members/requests", "/login/forgot", "/unsubscribe?r=member%40demo.convene&s=wrong"));
		// the demo's Vienna workshop: sessions, participants, a report (other tests add bare events of their own)
		Event event = events.listVisible(true).stream()
			.filter(e -> e.getTitle().startsWith("GLO.ACT Community of Practice Workshop")).findFirst().orElseThrow();
		long id = event.getId();
		// registration is open for events not yet over (the demo's are past: take one that is not, if any)
		events.listVisible(true).stream().filter(e -> !e.isOver(Instant.now())).findFirst()
			.ifPresent(e -> pages.add("/events/" + e.getId() + "/register"));
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
		pages.addAll(List.of("/events/" + id, "/events/" + id + "/edit",
				"/events/" + id + "/participants", "/events/" + id + "/participants/new",
				"/events/" + id + "/participants/import", "/events/" + id + "/annex/participants",
				"/events/" + id + "/annex/biographies", "/events/" + id + "/sessions/new",
				"/events/" + id + "/sessions/" + events.agenda(id).getFirst().getId() + "/edit",
				"/events/" + id + "/participants/" + events.participants(id).getFirst().getId() + "/edit",
				"/events/" + id + "/report", "/events/" + id + "/report/edit", "/indicators"));
		for (Event e : events.listVisible(true)) {
			for (var cafe : cafes.forEvent(e.getId())) {
				pages.addAll(List.of("/cafes/" + cafe.id(), "/cafes/" + cafe.id() + "/harvest"));
			}
			decks.forEvent(e.getId()).stream().filter(Deck::isSelfPaced).findFirst()
				.ifPresent(d -> pages.add("/decks/" + d.getId() + "/results"));
		}
		return pages;
	}

	/** The pages most people use: phones (polls, questionnaires, cafés) and the projector. */
	List<String> roomPages() {
		List<String> pages = new ArrayList<>(List.of("/j", "/j/DEMO42", "/c"));
		// the demo's workshops are long over and their codes expired: a questionnaire of a coming one, to check
		Event coming = events.create(new EventDetails("Accessibility workshop", LocalDate.of(2031, 5, 7),
				LocalDate.of(2031, 5, 8), "UTC", null, null, List.of("en", "ar"), null, null, Visibility.PUBLIC));
		Deck questionnaire = decks.fromTemplate(Decks.Template.EVALUATION, Locale.ENGLISH, coming.getId(), null);
		pages.add("/j/" + questionnaire.getJoinCode());
		for (Event e : events.listVisible(true)) {
			for (var cafe : cafes.forEvent(e.getId())) {
				pages.add("/cafes/" + cafe.id() + "/run");
				cafes.people(cafe.id()).stream().findFirst().ifPresent(p -> pages.add("/c/" + p.key()));
			}
			for (Deck d : decks.forEvent(e.getId())) {
				if (!d.isSelfPaced()) {
					pages.add("/decks/" + d.getId() + "/present");
				}
			}
		}
		return pages;
	}

	@Test
	void everyPageHasLandmarksOneHeadingAndNamedControls() {
		signIn("admin@demo.convene", "demo-admin");
		List<String> problems = new ArrayList<>();
		for (String language : List.of("en", "ar")) {
			page.navigate(url("/")); // the last page of a round may be a projector, which has no language switcher
			page.locator(".language-switcher button[value=" + language + "]").click();
			for (String path : pages()) {
				check(path, language, List.of("header", "nav", "main", "footer"), problems);
			}
			// phones and the projector carry no site navigation or footer (nothing to leave the room by)
			for (String path : roomPages()) {
				check(path, language, List.of("header", "main"), problems);
			}
		}
		assertThat(problems).isEmpty();
	}

	private void check(String path, String language, List<String> landmarks, List<String> problems) {
		page.navigate(url(path));
		@SuppressWarnings("unchecked")
		List<String> found = (List<String>) page.evaluate(CHECK, landmarks);
		found.forEach(p -> problems.add(language + " " + path + ": " + p));
	}

	@Test
	void keyboardUsersCanSkipToTheContent() {
		page.navigate(url("/events"));
		page.keyboard().press("Tab");
		assertThat(page.evaluate("() => document.activeElement.className")).isEqualTo("skip-link");
		page.keyboard().press("Enter");
		// following the link changes the address a moment later: wait for it (a busy machine showed the old one)
		page.waitForURL("**#main");
		assertThat(page.url()).endsWith("#main");
	}
}
