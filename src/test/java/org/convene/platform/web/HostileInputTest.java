package org.convene.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.convene.ConveneTest;
import org.convene.cafe.Cafe;
import org.convene.cafe.Cafes;
import org.convene.events.Event;
import org.convene.events.EventDetails;
import org.convene.events.Events;
import org.convene.events.SessionDetails;
import org.convene.events.SessionKind;
import org.convene.events.Visibility;
import org.convene.interact.Activity;
import org.convene.interact.ActivityDetails;
import org.convene.interact.ActivityText;
import org.convene.interact.ActivityType;
import org.convene.interact.Deck;
import org.convene.interact.Decks;
import org.convene.interact.Live;
import org.convene.interact.LiveControls;
import org.convene.platform.text.CleanText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The security probe's findings about input (issue 14), each as it was sent then: an anonymous name or answer
 * holding U+0000, U+0001 or U+FFFE broke the report, the DOCX and the seat cards (500); a scale from −2³¹ to
 * 2³¹−1 passed as a range of −1 and broke the projector; {@code seconds=NaN} planned a café in no time; year 0000
 * made an event; an address like {@code x&cc=…&body=…@b.org} wrote its own fields into the reminder's mailto link.
 */
@ConveneTest
class HostileInputTest {

	private static final RequestPostProcessor COORDINATOR = user("coordinator@demo.convene").roles("COORDINATOR");

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
	Cafes cafes;

	@Test
	void controlAndNonCharactersNeverReachStoredTextSoReportsAndCardsPrint() throws Exception {
		Event event = events.create(new EventDetails("Hostile text", LocalDate.of(2031, 4, 1), LocalDate.of(2031, 4, 1),
				"UTC", null, null, List.of("en"), null, null, Visibility.PUBLIC));
		String register = "/events/" + event.getId() + "/register";
		for (String name : List.of("Amina\u0000 Aziz", "Bilal\u0001 Khan\uFFFE", "Chen\uDC00 Wei")) {
			var response = mvc.perform(post(register).param("name", name).param("organisation", "Org\u0007")
				.param("stakeholderType", "MINISTRY").param("country", "PK").param("sex", "FEMALE").param("consentToList", "true")
				.param("formToken", "t-" + System.nanoTime()).with(csrf())).andReturn().getResponse();
			assertThat(response.getStatus()).as(name).isEqualTo(302);
		}
		assertThat(events.participants(event.getId())).extracting(p -> p.getName())
			.containsExactlyInAnyOrder("Amina Aziz", "Bilal Khan", "Chen Wei");

		Deck deck = decks.create("Hostile words", "en", event.getId(), null);
		Activity words = decks.addActivity(deck.getId(), ActivityType.WORDS, new ActivityDetails(
				new ActivityText("One word", null, null, null), null, 3, null, null, false, Map.of()));
		var room = live.room(deck.getId());
		controls.moveTo(room, 0);
		controls.control(room, LiveControls.Control.OPEN);
		var phone = mvc.perform(get("/j/" + deck.getJoinCode())).andReturn();
		var answer = mvc.perform(post("/j/" + deck.getJoinCode() + "/a").param("activity", String.valueOf(words.getId()))
			.param("word", "trust\u0001\uFFFE").session((MockHttpSession) phone.getRequest()
				.getSession()).cookie(phone.getResponse().getCookies()).with(csrf())).andReturn().getResponse();
		assertThat(answer.getStatus()).isEqualTo(302);
		assertThat(room.live(words.getId()).responses()).extracting(r -> r.answer()).containsExactly("trust");

		// an e-mail address that carries its own mailto fields stays one address in the evaluation reminder
		var registered = mvc.perform(post(register).param("name", "Mail Field").param("email", "x&body=Click-here@b.org")
			.param("stakeholderType", "MINISTRY").param("country", "PK").param("sex", "MALE")
			.param("formToken", "t-" + System.nanoTime()).with(csrf())).andReturn().getResponse();
		assertThat(registered.getStatus()).isEqualTo(302);
		Deck evaluation = decks.fromTemplate(Decks.Template.EVALUATION, Locale.ENGLISH, event.getId(), null);
		controls.control(live.room(evaluation.getId()), LiveControls.Control.OPEN);
		String results = mvc.perform(get("/decks/" + evaluation.getId() + "/results").with(COORDINATOR)).andReturn()
			.getResponse().getContentAsString();
		assertThat(results).contains("x%26body%3Dclick-here@b.org").doesNotContain("bcc=x&amp;body=");

		Cafe cafe = cafes.create(event.getId(), null, "Hostile café", List.of("Why?"));
		for (String url : List.of("/events/" + event.getId() + "/report.pdf", "/events/" + event.getId() + "/report.docx",
				"/events/" + event.getId() + "/report", "/cafes/" + cafe.id() + "/cards.pdf",
				"/events/" + event.getId() + "/participants.xlsx")) {
			assertThat(mvc.perform(get(url).with(COORDINATOR)).andReturn().getResponse().getStatus()).as(url).isEqualTo(200);
		}
	}

	@Test
	void aRatingGridCanBeAddedAndAMultipartTitleIsCleanedToo() throws Exception {
		Deck deck = decks.create("Grid", "en", null, null);
		var added = mvc.perform(post("/decks/" + deck.getId() + "/activities").param("type", "GRID")
			.param("formToken", "t-" + System.nanoTime()).with(csrf()).with(COORDINATOR)).andReturn().getResponse();
		assertThat(added.getStatus()).as("the probe found a missing message key here (500)").isEqualTo(302);
		String form = mvc.perform(get(added.getRedirectedUrl()).with(COORDINATOR)).andReturn().getResponse()
			.getContentAsString();
		assertThat(form).contains("Rating grid");

		Event event = events.create(new EventDetails("Multipart", LocalDate.of(2031, 4, 3), LocalDate.of(2031, 4, 3),
				"UTC", null, null, List.of("en"), null, null, Visibility.PUBLIC));
		var session = events.addSession(event.getId(), new SessionDetails(LocalDateTime.of(2031, 4, 3, 9, 0),
				LocalDateTime.of(2031, 4, 3, 10, 0), "Opening", SessionKind.SESSION, null, null, null, null));
		mvc.perform(multipart("/events/" + event.getId() + "/sessions/" + session.getId() + "/materials")
			.file(new MockMultipartFile("file", "a.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes()))
			.param("title", "Guide\u0000\uFFFE").param("formToken", "t-" + System.nanoTime()).with(csrf())
			.with(COORDINATOR));
		assertThat(events.materials(event.getId())).extracting(m -> m.getTitle()).containsExactly("Guide");
	}

	@Test
	void cleanTextKeepsLettersLineBreaksAndEmojiAndComposesAccents() {
		assertThat(CleanText.clean("Jose\u0301 M\u00fcller\n\t😀")).isEqualTo("José Müller\n\t😀");
		assertThat(CleanText.clean("a\u0000b\u0085c\u007Fd\uFDD0e\uFFFFf\uD83D")).isEqualTo("abcdef");
	}

	@Test
	void aScaleRangeThatOverflowsIsRefusedAndTheProjectorStillShows() throws Exception {
		Deck deck = decks.create("Overflow", "en", null, null);
		Activity scale = decks.addActivity(deck.getId(), ActivityType.SCALE, new ActivityDetails(new ActivityText("Rate", null, null, null), 1, 5, null, null, false, Map.of()));
		var saved = mvc.perform(post("/decks/" + deck.getId() + "/activities/" + scale.getId()).param("prompt", "Rate")
			.param("minValue", "-2147483648").param("maxValue", "2147483647").with(csrf()).with(COORDINATOR))
			.andReturn().getResponse();
		assertThat(saved.getStatus()).isEqualTo(200); // the form again, with the reason
		assertThat(saved.getContentAsString()).contains("field-error");
		assertThat(decks.activity(deck.getId(), scale.getId()).getMinValue()).isNotEqualTo(Integer.MIN_VALUE);
		assertThat(mvc.perform(get("/decks/" + deck.getId() + "/present").with(COORDINATOR)).andReturn().getResponse()
			.getStatus()).isEqualTo(200);
	}

	@Test
	void aPlanningTimeThatIsNotANumberAndAYearZeroAreRefused() throws Exception {
		Event event = events.create(new EventDetails("NaN café", LocalDate.of(2031, 4, 2), LocalDate.of(2031, 4, 2),
				"UTC", null, null, List.of("en"), null, null, Visibility.PUBLIC));
		Cafe cafe = cafes.create(event.getId(), null, "NaN", List.of("Why?"));
		var plan = mvc.perform(post("/cafes/" + cafe.id() + "/plan").param("seconds", "NaN")
			.header("Referer", "http://localhost/cafes/" + cafe.id()).with(csrf()).with(COORDINATOR)).andReturn();
		assertThat(plan.getResponse().getStatus()).isEqualTo(303);
		assertThat(plan.getFlashMap().get("alertText")).asString().contains("between 1 and 60");

		var year = mvc.perform(post("/events").param("title", "Year zero").param("startDate", "0000-01-01")
			.param("endDate", "0000-01-02").param("timeZone", "UTC").param("languages", "en").param("visibility", "PUBLIC")
			.param("formToken", "t-" + System.nanoTime()).with(csrf()).with(COORDINATOR)).andReturn().getResponse();
		assertThat(year.getStatus()).isEqualTo(200);
		assertThat(year.getContentAsString()).contains("between the years 1900 and 2200");
		assertThat(events.listVisible(true)).noneMatch(e -> e.getTitle().equals("Year zero"));
	}
}
