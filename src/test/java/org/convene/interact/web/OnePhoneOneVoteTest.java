package org.convene.interact.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.FromAddress.from;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.convene.ConveneTest;
import org.convene.cafe.Cafe;
import org.convene.cafe.Cafes;
import org.convene.events.Event;
import org.convene.events.EventDetails;
import org.convene.events.Events;
import org.convene.events.Participant;
import org.convene.events.ParticipantDetails;
import org.convene.events.Sex;
import org.convene.events.StakeholderType;
import org.convene.events.Visibility;
import org.convene.interact.ActivityDetails;
import org.convene.interact.ActivityText;
import org.convene.interact.ActivityType;
import org.convene.interact.Deck;
import org.convene.interact.Decks;
import org.convene.interact.Live;
import org.convene.interact.LiveControls;
import org.convene.platform.ConveneProperties;
import org.convene.platform.security.Devices;
import org.convene.platform.web.PhonePosts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * One phone, one vote (issue 14): a participant's identity is a server-signed cookie, so a made-up or altered one
 * answers nothing; the token stored with an answer is bound to its room; a phone that posts faster than a person
 * can, and a network that brings in more newcomers than a room does, are refused with 429 and Retry-After, in the
 * phone's language, while everyone else goes on. Each of these passed on the code before (a script sent 500
 * answers in 1.6 s with a new cookie each time).
 */
@ConveneTest
class OnePhoneOneVoteTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	Decks decks;

	@Autowired
	Live live;

	@Autowired
	LiveControls controls;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Events events;

	@Autowired
	Cafes cafes;

	@Autowired
	ConveneProperties properties;

	@LocalServerPort
	int port;

	record Phone(Cookie device, String csrf) {
	}

	Phone join(String code) throws Exception {
		MvcResult page = mvc.perform(get("/j/" + code)).andReturn();
		Matcher m = CSRF.matcher(page.getResponse().getContentAsString());
		assertThat(m.find()).isTrue();
		return new Phone(page.getResponse().getCookie(Devices.COOKIE), m.group(1));
	}

	Deck poll(String title) {
		Deck deck = decks.create(title, "en", null, null);
		decks.addActivity(deck.getId(), ActivityType.SINGLE, new ActivityDetails(new ActivityText("Which?", "A\nB", null,
				null), null, null, null, null, false, Map.of()));
		controls.moveTo(live.room(deck.getId()), 0);
		controls.control(live.room(deck.getId()), LiveControls.Control.OPEN);
		return deck;
	}

	long activity(Deck deck) {
		return live.room(deck.getId()).current().activity().getId();
	}

	MockHttpServletResponse answer(Deck deck, Phone phone, String choice, String address) throws Exception {
		return mvc.perform(post("/j/" + deck.getJoinCode() + "/a").cookie(phone.device()).param("_csrf", phone.csrf())
			.param("activity", String.valueOf(activity(deck))).param("choice", choice).with(from(address))
			.header("Accept-Language", "fr")).andReturn().getResponse();
	}

	List<String> tokens(Deck deck) {
		return jdbc.queryForList("select token from interact_responses where activity_id = ?", String.class,
				activity(deck));
	}

	@Test
	void aPhoneCostsTheServerNoHttpSessionOverARealConnection() throws Exception {
		Deck deck = poll("No sessions");
		HttpClient http = HttpClient.newHttpClient();
		String base = "http://localhost:" + port + "/j/" + deck.getJoinCode();
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base)).build(),
				HttpResponse.BodyHandlers.ofString());
		List<String> cookies = page.headers().allValues("Set-Cookie");
		assertThat(cookies).singleElement().asString().startsWith(Devices.COOKIE + "=");
		Matcher csrf = CSRF.matcher(page.body());
		assertThat(csrf.find()).isTrue();
		String cookie = cookies.getFirst().substring(0, cookies.getFirst().indexOf(';'));
		HttpResponse<String> sent = http.send(HttpRequest.newBuilder(URI.create(base + "/a"))
			.header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded").header("HX-Request", "true")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)
					+ "&activity=" + activity(deck) + "&choice=1"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(sent.statusCode()).isEqualTo(200);
		assertThat(sent.headers().firstValue("X-Convene-Tally")).contains("1");
		assertThat(sent.headers().allValues("Set-Cookie")).as("no JSESSIONID, no new device").isEmpty();
	}

	@Test
	void aMadeUpOrAlteredDeviceCookieAnswersNothing() throws Exception {
		Deck deck = poll("Forged cookies");
		Phone phone = join(deck.getJoinCode());
		String signed = phone.device().getValue();
		assertThat(signed).as("id.signature").matches("[A-Za-z0-9_-]{24}\\.[A-Za-z0-9_-]{43}");
		String id = signed.substring(0, signed.indexOf('.'));
		// the signature with its first character changed (to one it is not: a fixed 'x' was the same 1 time in 64)
		char first = signed.charAt(id.length() + 1);
		String altered = id + "." + (first == 'x' ? 'y' : 'x') + signed.substring(id.length() + 2);
		for (String forged : List.of("AAAAAAAAAAAAAAAAAAAAAAAA", id, altered,
				"BBBBBBBBBBBBBBBBBBBBBBBB" + signed.substring(id.length()))) {
			MockHttpServletResponse refused = answer(deck, new Phone(new Cookie(Devices.COOKIE, forged), phone.csrf()),
					"0", "10.9.0.1");
			assertThat(refused.getStatus()).as(forged).isEqualTo(403);
		}
		assertThat(tokens(deck)).isEmpty();
		assertThat(answer(deck, phone, "0", "10.9.0.1").getStatus()).isEqualTo(302);
		assertThat(tokens(deck)).hasSize(1);
	}

	@Test
	void theTokenStoredWithAnAnswerIsBoundToItsRoomAndIsNotTheCookie() throws Exception {
		Deck first = poll("Room one");
		Deck second = poll("Room two");
		Phone phone = join(first.getJoinCode());
		assertThat(answer(first, phone, "0", "10.9.0.2").getStatus()).isEqualTo(302);
		assertThat(answer(second, phone, "1", "10.9.0.2").getStatus()).isEqualTo(302);
		String id = phone.device().getValue().substring(0, phone.device().getValue().indexOf('.'));
		assertThat(tokens(first)).singleElement().isNotEqualTo(tokens(second).getFirst())
			.satisfies(t -> assertThat(t).doesNotContain(id));
		// the same phone coming back is the same participant: its answer is replaced, not added
		assertThat(answer(first, phone, "1", "10.9.0.2").getStatus()).isEqualTo(302);
		assertThat(tokens(first)).hasSize(1);
	}

	@Test
	void aPhoneSendingFasterThanAPersonIsRefusedAndOthersGoOn() throws Exception {
		Deck deck = poll("Too fast");
		Phone fast = join(deck.getJoinCode());
		for (int i = 0; i < PhonePosts.PER_WINDOW; i++) {
			assertThat(answer(deck, fast, String.valueOf(i % 2), "10.9.0.3").getStatus()).isEqualTo(302);
		}
		MockHttpServletResponse refused = answer(deck, fast, "0", "10.9.0.3");
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(Integer.parseInt(refused.getHeader("Retry-After"))).isBetween(1, 10);
		assertThat(refused.getContentAsString()).contains("Trop d’envois depuis ce téléphone");
		assertThat(live.room(deck.getId()).current().answerOf(tokens(deck).getFirst()).answer())
			.as("the refused answer changed nothing").isEqualTo("1");

		Phone other = join(deck.getJoinCode());
		assertThat(answer(deck, other, "0", "10.9.0.3").getStatus()).as("another phone on the same network")
			.isEqualTo(302);
		assertThat(tokens(deck)).hasSize(2);
	}

	@Test
	void oneNetworkBringsAtMostSoManyNewcomersIntoARoomPerMinute() throws Exception {
		Deck deck = poll("Stuffed ballot");
		int joins = properties.joinsPerMinute();
		assertThat(joins).isPositive();
		// a script that drops its cookie before every answer is a new participant each time
		for (int i = 0; i < joins; i++) {
			MockHttpServletResponse sent = mvc.perform(post("/j/" + deck.getJoinCode() + "/a").with(csrf())
				.with(from("10.9.0.4")).param("activity", String.valueOf(activity(deck))).param("choice", "0"))
				.andReturn().getResponse();
			assertThat(sent.getStatus()).isEqualTo(302);
		}
		MockHttpServletResponse refused = mvc.perform(post("/j/" + deck.getJoinCode() + "/a").with(csrf())
			.with(from("10.9.0.4")).header("Accept-Language", "ar").param("activity", String.valueOf(activity(deck)))
			.param("choice", "0")).andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isNotNull();
		assertThat(refused.getContentAsString()).contains("ينضم الآن عدد كبير من الأشخاص من شبكتك");
		assertThat(tokens(deck)).hasSize(joins);

		Phone elsewhere = join(deck.getJoinCode());
		assertThat(answer(deck, elsewhere, "1", "10.9.0.5").getStatus()).as("a phone on another network")
			.isEqualTo(302);
		assertThat(tokens(deck)).hasSize(joins + 1);
	}

	@Test
	void aSeatCardPhoneSendingFasterThanAPersonIsRefused() throws Exception {
		Event event = events.create(new EventDetails("Fast café", LocalDate.of(2031, 6, 1), LocalDate.of(2031, 6, 1),
				"UTC", null, null, List.of("en"), null, null, Visibility.PUBLIC));
		events.register(event.getId(), new ParticipantDetails("Quick Hand", "Org", StakeholderType.MINISTRY, "AT", null,
				Sex.FEMALE, null, true, null), Participant.Source.COORDINATOR);
		Cafe cafe = cafes.create(event.getId(), null, "Fast café", List.of("Why?"));
		String key = cafes.people(cafe.id()).getFirst().key();
		for (int i = 0; i < PhonePosts.PER_WINDOW; i++) {
			// voting is not open: each dot is refused for that reason, and counted all the same
			assertThat(mvc.perform(post("/c/" + key + "/dots/1").with(csrf())).andReturn().getResponse().getStatus())
				.isEqualTo(422);
		}
		MockHttpServletResponse refused = mvc.perform(post("/c/" + key + "/dots/1").header("Accept-Language", "es")
			.with(csrf())).andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isNotNull();
		assertThat(refused.getContentAsString()).contains("Demasiados envíos desde este teléfono");
	}
}
