package org.convene.interact.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.http.Cookie;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.convene.ConveneTest;
import org.convene.interact.ActivityDetails;
import org.convene.interact.ActivityText;
import org.convene.interact.ActivityType;
import org.convene.interact.Deck;
import org.convene.interact.Decks;
import org.convene.interact.Live;
import org.convene.interact.LiveControls;
import org.convene.interact.Room;
import org.convene.platform.push.LiveSocket;
import org.convene.platform.security.Devices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The audience's side end to end through the real security chain: plain forms without JavaScript
 * (with the CSRF token the page itself carries), htmx requests, refusals in the person's language,
 * nothing stored twice, moderation, quiz scores, exports, copies and templates, and the page budget.
 */
@ConveneTest
class LiveFlowTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
	private static final Duration WAIT = Duration.ofSeconds(10);

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

	@LocalServerPort
	int port;

	/** A phone: its signed device cookie (no HTTP session) and the page's CSRF token. */
	record Phone(Cookie token, String csrf, String language) {

		MockHttpServletRequestBuilder post(String url) {
			return MockMvcRequestBuilders.post(url)
				.cookie(token)
				.header("Accept-Language", language)
				.param("_csrf", csrf);
		}
	}

	Phone join(String code, String language) throws Exception {
		MvcResult page = mvc.perform(get("/j/" + code).header("Accept-Language", language)).andReturn();
		assertThat(page.getResponse().getStatus()).isEqualTo(200);
		Matcher m = CSRF.matcher(page.getResponse().getContentAsString());
		assertThat(m.find()).as("the page carries its CSRF token").isTrue();
		Cookie token = page.getResponse().getCookie(Devices.COOKIE);
		assertThat(token).isNotNull();
		assertThat(token.isHttpOnly()).isTrue();
		return new Phone(token, m.group(1), language);
	}

	Deck deck(ActivityType type, String options, Integer min, Integer max, String correct, boolean moderated) {
		Deck deck = decks.create("Flow " + type, "en", null, null);
		decks.addActivity(deck.getId(), type, new ActivityDetails(new ActivityText("Question " + type, options, null, null),
				min, max, correct, type == ActivityType.QUIZ ? 20 : null, moderated,
				Map.of("fr", new ActivityText("Question en français", options, null, null))));
		controls.moveTo(live.room(deck.getId()), 0);
		controls.control(live.room(deck.getId()), LiveControls.Control.OPEN);
		return deck;
	}

	long activityId(Deck deck) {
		return live.room(deck.getId()).current().activity().getId();
	}

	List<String> stored(Deck deck) {
		return jdbc.queryForList("select answer from interact_responses where activity_id = ?", String.class,
				activityId(deck));
	}

	@Test
	void aPlainFormAnswerIsStoredOnceAndCanBeChangedUntilLocked() throws Exception {
		Deck deck = deck(ActivityType.SINGLE, "Yes\nNo", null, null, null, false);
		Phone phone = join(deck.getJoinCode(), "en");
		String url = "/j/" + deck.getJoinCode() + "/a";
		long activity = activityId(deck);
		MockHttpServletResponse first = mvc.perform(phone.post(url).param("activity", "" + activity).param("choice", "1"))
			.andReturn().getResponse();
		assertThat(first.getStatus()).isEqualTo(302);
		assertThat(first.getRedirectedUrl()).endsWith("/j/" + deck.getJoinCode() + "?sent");
		assertThat(first.getHeader("X-Convene-Tally")).isEqualTo("1");
		mvc.perform(phone.post(url).param("activity", "" + activity).param("choice", "1"));
		assertThat(stored(deck)).containsExactly("1");
		mvc.perform(phone.post(url).param("activity", "" + activity).param("choice", "0"));
		assertThat(stored(deck)).containsExactly("0");
		String page = mvc.perform(get("/j/" + deck.getJoinCode()).cookie(phone.token()))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("value=\"0\" checked");

		controls.control(live.room(deck.getId()), LiveControls.Control.LOCK);
		Phone french = new Phone(phone.token(), phone.csrf(), "fr");
		MockHttpServletResponse locked = mvc.perform(french.post(url).param("activity", "" + activity).param("choice", "1"))
			.andReturn().getResponse();
		assertThat(locked.getStatus()).isEqualTo(422);
		assertThat(locked.getContentAsString()).contains("Les réponses à cette question sont verrouillées.");
		assertThat(stored(deck)).containsExactly("0");
	}

	@Test
	void refusalsSpeakThePersonsLanguageAndStoreNothing() throws Exception {
		MockHttpServletResponse unknown = mvc.perform(get("/j/NOPE99").header("Accept-Language", "ar")).andReturn()
			.getResponse();
		assertThat(unknown.getStatus()).isEqualTo(404);
		assertThat(unknown.getContentAsString()).contains("لا توجد جلسة مباشرة بهذا الرمز");

		Deck deck = deck(ActivityType.OPEN, null, null, null, null, true);
		Phone phone = join(deck.getJoinCode(), "es");
		String url = "/j/" + deck.getJoinCode() + "/a";
		MockHttpServletResponse tooLong = mvc.perform(phone.post(url).param("activity", "" + activityId(deck))
			.param("text", "x".repeat(501))).andReturn().getResponse();
		assertThat(tooLong.getStatus()).isEqualTo(422);
		assertThat(tooLong.getContentAsString()).contains("Su texto es demasiado largo");

		MockHttpServletResponse stale = mvc.perform(phone.post(url).param("activity", "999999").param("text", "hola"))
			.andReturn().getResponse();
		assertThat(stale.getContentAsString()).contains("El presentador ha avanzado");

		controls.control(live.room(deck.getId()), LiveControls.Control.CLOSE);
		MockHttpServletResponse closed = mvc.perform(phone.post(url).param("activity", "" + activityId(deck))
			.param("text", "hola")).andReturn().getResponse();
		assertThat(closed.getContentAsString()).contains("Esta sesión ha terminado");
		assertThat(stored(deck)).isEmpty();

		MockHttpServletResponse noToken = mvc.perform(post(url).param("activity", "1")).andReturn().getResponse();
		assertThat(noToken.getStatus()).as("CSRF is on for the audience too").isEqualTo(403);
	}

	@Test
	void textWithPersonalIdentifiersIsHeldBackUntilConfirmedThenFlaggedForTheModerator() throws Exception {
		Deck deck = deck(ActivityType.OPEN, null, null, null, null, false);
		Phone phone = join(deck.getJoinCode(), "en");
		String url = "/j/" + deck.getJoinCode() + "/a";
		String text = "Call the witness on +92 300 1234567";
		MockHttpServletResponse warned = mvc.perform(phone.post(url).param("activity", "" + activityId(deck))
			.param("text", text)).andReturn().getResponse();
		assertThat(warned.getContentAsString()).contains("identifiersConfirmed").contains(text);
		assertThat(stored(deck)).isEmpty();
		mvc.perform(phone.post(url).param("activity", "" + activityId(deck)).param("text", text)
			.param("identifiersConfirmed", "true"));
		Map<String, Object> row = jdbc.queryForMap("select flagged, status from interact_responses where activity_id = ?",
				activityId(deck));
		assertThat(row.get("flagged")).isEqualTo(true);
		assertThat(row.get("status")).as("flagged text waits for a moderator even when the activity is not moderated")
			.isEqualTo("PENDING");
		String results = mvc.perform(get("/decks/" + deck.getId() + "/results").with(user("c").roles("COORDINATOR")))
			.andReturn().getResponse().getContentAsString();
		assertThat(results).contains("may hold personal data");
	}

	@Test
	void htmxGetsAnEmptyAcknowledgementWhenAcceptedTheStageWhenRefusedAndTheDeckIsAnonymous() throws Exception {
		Deck deck = deck(ActivityType.WORDS, null, null, 3, null, false);
		Phone phone = join(deck.getJoinCode(), "fr");
		String url = "/j/" + deck.getJoinCode() + "/a";
		MockHttpServletResponse response = mvc.perform(phone.post(url)
			.header("HX-Request", "true").header("User-Agent", "Phone/1.0")
			.param("activity", "" + activityId(deck)).param("word", "Confiance", "réseaux"))
			.andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("X-Convene-Tally")).as("the acknowledgement").isEqualTo("1");
		assertThat(response.getHeader("HX-Reswap")).as("the phone keeps its stage and marks it answered (live.js)")
			.isEqualTo("none");
		assertThat(response.getContentAsString()).isEmpty();
		assertThat(stored(deck)).isNotEmpty();

		// a refusal still brings the stage back, with the reason in the phone's language
		MockHttpServletResponse stale = mvc.perform(phone.post(url).header("HX-Request", "true")
			.param("activity", "999999").param("word", "Confiance")).andReturn().getResponse();
		assertThat(stale.getHeader("HX-Reswap")).isNull();
		assertThat(stale.getContentAsString()).startsWith("<div id=\"stage\"").contains("Question en français")
			.contains("Modifier ma réponse");

		Map<String, Object> member = jdbc.queryForMap("select * from interact_members where deck_id = ?", deck.getId());
		assertThat(member.get("account")).isNull();
		assertThat(member.values()).noneMatch(v -> v != null && v.toString().contains("Phone/1.0"));
		assertThat(member.values()).noneMatch(v -> v != null && v.toString().contains("127.0.0.1"));
	}

	@Test
	void aQuestionAskedOverHtmxBringsBackAnEmptyFormToAskAnother() throws Exception {
		Deck deck = deck(ActivityType.QA, null, null, null, null, false);
		Phone phone = join(deck.getJoinCode(), "en");
		MockHttpServletResponse asked = mvc.perform(phone.post("/j/" + deck.getJoinCode() + "/a")
			.header("HX-Request", "true").param("activity", "" + activityId(deck))
			.param("text", "Who keeps the shelter list current?")).andReturn().getResponse();
		assertThat(asked.getHeader("X-Convene-Tally")).isNotNull();
		assertThat(asked.getHeader("HX-Reswap")).isNull();
		assertThat(asked.getContentAsString()).startsWith("<div id=\"stage\"").contains("your answer is in")
			.contains("name=\"text\"");
	}

	@Test
	void quizAnswersAreFinalScoredBySpeedAndRanked() throws Exception {
		Deck deck = deck(ActivityType.QUIZ, "2010\n2020", null, null, "1", false);
		Phone fast = join(deck.getJoinCode(), "en");
		Phone wrong = join(deck.getJoinCode(), "en");
		String url = "/j/" + deck.getJoinCode() + "/a";
		mvc.perform(fast.post("/j/" + deck.getJoinCode() + "/name").param("nickname", "Amina"));
		mvc.perform(fast.post(url).param("activity", "" + activityId(deck)).param("choice", "1"));
		mvc.perform(wrong.post(url).param("activity", "" + activityId(deck)).param("choice", "0"));
		MockHttpServletResponse again = mvc.perform(fast.post(url).param("activity", "" + activityId(deck))
			.param("choice", "0")).andReturn().getResponse();
		assertThat(again.getContentAsString()).contains("You have already answered");
		Room room = live.room(deck.getId());
		var leaders = room.leaderboard(10);
		assertThat(leaders).hasSize(2);
		assertThat(leaders.get(0).name()).isEqualTo("Amina");
		assertThat(leaders.get(0).score()).isBetween(900, 1000);
		assertThat(leaders.get(1).score()).isZero();
		assertThat(leaders.get(1).name()).startsWith("P-");
		controls.control(room, LiveControls.Control.SHOW);
		Phone late = join(deck.getJoinCode(), "en");
		assertThat(mvc.perform(get("/j/" + deck.getJoinCode())).andReturn().getResponse().getContentAsString())
			.as("no form once the answer is revealed").doesNotContain("name=\"choice\"");
		MockHttpServletResponse afterReveal = mvc.perform(late.post(url).param("activity", "" + activityId(deck))
			.param("choice", "1")).andReturn().getResponse();
		assertThat(afterReveal.getContentAsString()).contains("Answers to this question are locked.");
		assertThat(room.leaderboard(10)).hasSize(2);
	}

	@Test
	void questionsWaitForTheModeratorAndCollectOneUpvoteEach() throws Exception {
		Deck deck = deck(ActivityType.QA, null, null, null, null, true);
		Phone asker = join(deck.getJoinCode(), "en");
		Phone voter = join(deck.getJoinCode(), "en");
		String code = deck.getJoinCode();
		mvc.perform(asker.post("/j/" + code + "/a").param("activity", "" + activityId(deck))
			.param("text", "How do we share data safely?"));
		mvc.perform(asker.post("/j/" + code + "/a").param("activity", "" + activityId(deck))
			.param("text", "how do we share data safely? "));
		long question = jdbc.queryForObject("select id from interact_responses where activity_id = ?", Long.class,
				activityId(deck));
		assertThat(mvc.perform(get("/j/" + code)).andReturn().getResponse().getContentAsString())
			.doesNotContain("How do we share data safely?");
		mvc.perform(post("/decks/" + deck.getId() + "/responses/" + question).param("status", "SHOWN")
			.with(user("c").roles("COORDINATOR"))
			.with(SecurityMockMvcRequestPostProcessors.csrf()));
		assertThat(mvc.perform(get("/j/" + code)).andReturn().getResponse().getContentAsString())
			.contains("How do we share data safely?");
		for (int i = 0; i < 2; i++) {
			mvc.perform(voter.post("/j/" + code + "/q/" + question).param("activity", "" + activityId(deck)));
		}
		mvc.perform(asker.post("/j/" + code + "/q/" + question).param("activity", "" + activityId(deck)));
		assertThat(jdbc.queryForObject("select count(*) from interact_upvotes where response_id = ?", Long.class,
				question)).isEqualTo(1);
	}

	@Test
	void resultsExportDuplicateAndTemplates() throws Exception {
		Deck deck = deck(ActivityType.MULTIPLE, "=cmd\nB\nC", null, 2, null, false);
		Phone phone = join(deck.getJoinCode(), "en");
		mvc.perform(phone.post("/j/" + deck.getJoinCode() + "/a").param("activity", "" + activityId(deck))
			.param("choice", "0", "2"));
		var coordinator = user("c").roles("COORDINATOR");
		MockHttpServletResponse csv = mvc.perform(get("/decks/" + deck.getId() + "/results.csv").with(coordinator))
			.andReturn().getResponse();
		String body = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(body).contains("Question MULTIPLE").contains("'=cmd; C").contains("P-");
		assertThat(body).doesNotContain(phone.token().getValue());
		MockHttpServletResponse xlsx = mvc.perform(get("/decks/" + deck.getId() + "/results.xlsx").with(coordinator))
			.andReturn().getResponse();
		try (var book = new XSSFWorkbook(
				new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
			assertThat(book.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(2);
		}

		Deck copy = decks.duplicate(deck.getId(), "Copy");
		assertThat(copy.getJoinCode()).isNotEqualTo(deck.getJoinCode());
		assertThat(decks.activities(copy.getId())).hasSize(1)
			.allSatisfy(a -> assertThat(a.getTranslations()).containsKey("fr"));
		assertThat(live.room(copy.getId()).activities().get(0).responses()).isEmpty();

		Deck learning = decks.fromTemplate(Decks.Template.LEARNING, Locale.FRENCH, null, null);
		var activities = decks.activities(learning.getId());
		assertThat(activities).extracting(a -> a.getType())
			.containsExactly(ActivityType.WORDS, ActivityType.SCALE, ActivityType.OPEN);
		assertThat(activities.get(0).getText().getPrompt()).isEqualTo("En un à trois mots : qu’avez-vous appris ?");
		assertThat(activities.get(0).textIn("ar").getPrompt()).isEqualTo("في كلمة إلى ثلاث كلمات: ماذا تعلمت؟");
	}

	/**
	 * A phone whose socket was cut while the presenter moved on gets the current state as soon as it is back (and
	 * not the old one); changes after that arrive on the open socket; a page just loaded is not sent what it shows.
	 */
	@Test
	void aReconnectingPhoneLandsOnTheCurrentActivity() throws Exception {
		Deck deck = decks.create("Reconnect", "en", null, null);
		for (String prompt : List.of("First question", "Second question")) {
			decks.addActivity(deck.getId(), ActivityType.SINGLE, new ActivityDetails(
					new ActivityText(prompt, "Yes\nNo", null, null), null, null, null, null, false, Map.of()));
		}
		Room room = live.room(deck.getId());
		controls.moveTo(room, 0);
		controls.control(room, LiveControls.Control.OPEN);
		String url = "http://localhost:" + port + "/j/" + deck.getJoinCode() + "/live";
		HttpClient http = HttpClient.newHttpClient();
		try (LiveSocket first = LiveSocket.open(http, url, false)) {
			assertThat(first.next("state", WAIT, m -> m.data().contains("First question"))).isNotNull();
		}
		// a page just loaded opens its socket with what it was rendered with: nothing is sent again
		String page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/j/"
				+ deck.getJoinCode())).build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher since = Pattern.compile("socket-connect=\"(/j/[^\"]+\\?since=[^\"]+)\"").matcher(page);
		assertThat(since.find()).as("the page says what it has seen").isTrue();
		try (LiveSocket loaded = LiveSocket.open(http, "http://localhost:" + port + since.group(1), false)) {
			assertThat(loaded.status(WAIT)).isEqualTo(101);
			assertThat(loaded.next("state", Duration.ofMillis(800), m -> true)).as("nothing resent").isNull();
		}
		controls.moveTo(room, 1);
		try (LiveSocket back = LiveSocket.open(http, url, false)) {
			LiveSocket.Message landed = back.next("state", WAIT, m -> true);
			assertThat(landed).isNotNull();
			assertThat(landed.data()).contains("Second question").doesNotContain("First question");
			controls.moveTo(room, 0);
			assertThat(back.next("state", WAIT, m -> m.data().contains("First question")))
				.as("a change while the socket is open").isNotNull();
		}
		finally {
			http.shutdownNow();
		}
	}

	/** The audience page's first load — HTML, CSS, scripts, icon, compressed as served — stays within 25 KB. */
	@Test
	void theAudiencePageFirstLoadFitsIn25KilobytesAsServed() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String base = "http://localhost:" + port;
		HttpResponse<byte[]> page = http.send(HttpRequest.newBuilder(URI.create(base + "/j/DEMO42"))
			.header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(page.statusCode()).isEqualTo(200);
		long total = page.body().length;
		String html = text(page);
		List<String> assets = new ArrayList<>();
		Matcher m = Pattern.compile("(?:src|href)=\"(/[^\"]+\\.(?:js|css|svg))\"").matcher(html);
		while (m.find()) {
			assets.add(m.group(1));
		}
		assertThat(assets).as("htmx, its SSE extension, the stylesheet").hasSizeGreaterThanOrEqualTo(4);
		StringBuilder report = new StringBuilder("/j/DEMO42 " + page.body().length);
		for (String asset : assets) {
			HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + asset))
				.header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(r.statusCode()).as(asset).isEqualTo(200);
			total += r.body().length;
			report.append(", ").append(asset).append(' ').append(r.body().length);
		}
		System.out.println("Audience page first load: " + total + " bytes (" + report + ")");
		assertThat(total).as(report.toString()).isLessThanOrEqualTo(25 * 1024);
	}

	private static String text(HttpResponse<byte[]> response) throws IOException {
		boolean gzip = response.headers().firstValue("Content-Encoding").filter("gzip"::equals).isPresent();
		byte[] body = gzip ? new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes()
				: response.body();
		return new String(body, StandardCharsets.UTF_8);
	}
}
