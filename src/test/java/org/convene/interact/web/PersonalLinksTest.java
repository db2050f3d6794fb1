package org.convene.interact.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.convene.ConveneTest;
import org.convene.events.Event;
import org.convene.events.EventDetails;
import org.convene.events.Events;
import org.convene.events.Participant;
import org.convene.events.ParticipantDetails;
import org.convene.events.Sex;
import org.convene.events.StakeholderType;
import org.convene.events.Visibility;
import org.convene.interact.Deck;
import org.convene.interact.Decks;
import org.convene.interact.Evaluations;
import org.convene.interact.Live;
import org.convene.interact.LiveControls;
import org.convene.interact.Room;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A questionnaire where a ballot must be one per person (issue 14): it opens only through personal links, one per
 * registered participant; a link cannot be made up or turned into another person's; the same person from two
 * phones is one respondent; the coordinator gets every link on the results page and as CSV; the response rate
 * can never pass 100 %.
 */
@ConveneTest
class PersonalLinksTest {

	private static final Pattern LINK = Pattern.compile("value=\"(http[^\"]*/j/[A-Z0-9]+\\?p=([0-9]+\\.[A-Za-z0-9_-]+))\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	Events events;

	@Autowired
	Decks decks;

	@Autowired
	Live live;

	@Autowired
	LiveControls controls;

	@Autowired
	Evaluations evaluations;

	@Test
	void aBallotIsOnePerRegisteredPersonAndALinkCannotBeMadeUp() throws Exception {
		Event event = events.create(new EventDetails("Ballot workshop", LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 1),
				"UTC", null, null, List.of("en"), null, null, Visibility.PUBLIC));
		for (String name : List.of("Amina Aziz", "Bilal Khan", "Chen Wei")) {
			events.register(event.getId(), new ParticipantDetails(name, "Org", StakeholderType.MINISTRY, "PK", null,
					Sex.FEMALE, name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.org", true, null),
					Participant.Source.COORDINATOR);
		}
		Deck deck = decks.fromTemplate(Decks.Template.EVALUATION, Locale.ENGLISH, event.getId(), null);
		MockHttpServletResponse saved = mvc.perform(post("/decks/" + deck.getId()).param("title", deck.getTitle())
			.param("language", "en").param("anonymous", "true").param("changeable", "true").param("selfPaced", "true")
			.param("personalLinks", "true").with(user("coordinator@demo.convene").roles("COORDINATOR")).with(csrf()))
			.andReturn().getResponse();
		assertThat(saved.getStatus()).isEqualTo(302);
		Room room = live.room(deck.getId());
		assertThat(room.deck().requiresPersonalLink()).isTrue();
		controls.control(room, LiveControls.Control.OPEN);
		long overall = room.activities().get(0).activity().getId();

		// the coordinator's list: one link per registered participant, in the page and as CSV
		String results = mvc.perform(get("/decks/" + deck.getId() + "/results").header("Accept-Language", "fr")
			.with(user("coordinator@demo.convene").roles("COORDINATOR"))).andReturn().getResponse().getContentAsString();
		assertThat(results).contains("Liens personnels des 3 participants inscrits");
		Matcher m = LINK.matcher(results);
		List<String> keys = m.results().map(r -> r.group(2)).toList();
		assertThat(keys).hasSize(3).doesNotHaveDuplicates();
		assertThat(results).as("each link has its own e-mail, carrying it").contains("mailto:amina.aziz@example.org?subject=");
		MockHttpServletResponse csv = mvc.perform(get("/decks/" + deck.getId() + "/links.csv")
			.with(user("coordinator@demo.convene").roles("COORDINATOR"))).andReturn().getResponse();
		assertThat(csv.getContentAsString(StandardCharsets.UTF_8)).contains("Bilal Khan").contains("?p=" + keys.get(1));

		// without a link, or with a made-up or altered one: the way in is explained, and nothing is taken
		String code = deck.getJoinCode();
		String amina = keys.getFirst();
		String otherId = keys.get(1).substring(0, keys.get(1).indexOf('.'));
		for (String bad : List.of("", "12345.AAAAAAAAAAAAAAAAAAAAAA", otherId + amina.substring(amina.indexOf('.')),
				amina.substring(0, amina.length() - 1) + (amina.endsWith("A") ? "B" : "A"))) {
			MockHttpServletResponse page = mvc.perform(get("/j/" + code).param("p", bad).header("Accept-Language", "es"))
				.andReturn().getResponse();
			assertThat(page.getStatus()).as(bad).isEqualTo(403);
			assertThat(page.getContentAsString()).contains("ábralo con el enlace personal");
			MockHttpServletResponse sent = mvc.perform(post("/j/" + code + "/all").param("p", bad)
				.param("a" + overall + ".value", "1").with(csrf())).andReturn().getResponse();
			assertThat(sent.getStatus()).as(bad).isEqualTo(403);
		}
		assertThat(room.live(overall).responses()).isEmpty();

		// Amina, from her link: the page keeps the link in its form, and her answer is in
		String page = mvc.perform(get("/j/" + code).param("p", amina)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("name=\"p\" value=\"" + amina + "\"").contains("This link is yours alone");
		MockHttpServletResponse first = mvc.perform(post("/j/" + code + "/all").param("p", amina)
			.param("a" + overall + ".value", "2").with(csrf())).andReturn().getResponse();
		assertThat(first.getStatus()).isEqualTo(302);
		assertThat(first.getRedirectedUrl()).isEqualTo("/j/" + code + "?p=" + amina + "&sent");
		// …and again from another phone (no cookie in common): still one respondent, her answer replaced
		MockHttpServletResponse again = mvc.perform(post("/j/" + code + "/all").param("p", amina)
			.param("a" + overall + ".value", "5").with(csrf())).andReturn().getResponse();
		assertThat(again.getStatus()).isEqualTo(302);
		assertThat(room.live(overall).responses()).singleElement().satisfies(r -> assertThat(r.answer()).isEqualTo("5"));

		// a participant removed from the event loses their link
		Participant chen = events.participants(event.getId()).stream().filter(p -> p.getName().equals("Chen Wei"))
			.findFirst().orElseThrow();
		events.removeParticipant(event.getId(), chen.getId());
		String chenKey = keys.stream().filter(k -> k.startsWith(chen.getId() + ".")).findFirst().orElseThrow();
		assertThat(mvc.perform(get("/j/" + code).param("p", chenKey)).andReturn().getResponse().getStatus())
			.isEqualTo(403);

		assertThat(evaluations.summary(deck.getId(), Locale.ENGLISH).respondents()).isEqualTo(1);
		assertThat(evaluations.summary(deck.getId(), Locale.ENGLISH).responseRate()).isEqualTo(50);
	}
}
