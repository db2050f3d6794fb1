package org.convene.interact;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.convene.ConveneApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.util.FileSystemUtils;

/**
 * A real restart in the middle of a deck: the server runs on a file database, phones answer at the same
 * time, the server stops and starts again. Every answer a phone was told is in must still count, and
 * the deck must resume on the activity it was on.
 */
class RestartMidDeckTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
	private static final Path DATA = Path.of("target", "restart-test");

	static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(ConveneApplication.class).properties(Map.of(
				"server.port", "0",
				"convene.data-dir", DATA.toString(),
				"spring.datasource.url", "jdbc:h2:file:./" + DATA + "/convene;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH",
				"logging.level.root", "WARN")).run();
	}

	@Test
	void acknowledgedAnswersSurviveARestartAndTheDeckResumes() throws Exception {
		FileSystemUtils.deleteRecursively(DATA);
		Files.createDirectories(DATA);
		long deckId;
		String code;
		int acknowledged = 0;
		try (ConfigurableApplicationContext app = start()) {
			Decks decks = app.getBean(Decks.class);
			Live live = app.getBean(Live.class);
			LiveControls controls = app.getBean(LiveControls.class);
			Deck deck = decks.create("Restart", "en", null, null);
			deckId = deck.getId();
			code = deck.getJoinCode();
			for (String prompt : List.of("Warm-up", "The one that matters")) {
				decks.addActivity(deckId, ActivityType.SINGLE, new ActivityDetails(
						new ActivityText(prompt, "Yes\nNo\nMaybe", null, null), null, null, null, null, false, Map.of()));
			}
			controls.moveTo(live.room(deckId), 1);
			controls.control(live.room(deckId), LiveControls.Control.OPEN);
			long activity = live.room(deckId).current().activity().getId();
			String base = "http://localhost:" + app.getBean(Environment.class).getProperty("local.server.port");
			ExecutorService phones = Executors.newFixedThreadPool(20);
			List<Future<Boolean>> results = new ArrayList<>();
			for (int i = 0; i < 60; i++) {
				int choice = i % 3;
				results.add(phones.submit((Callable<Boolean>) () -> answer(base, code, activity, choice)));
			}
			for (Future<Boolean> f : results) {
				acknowledged += f.get() ? 1 : 0;
			}
			phones.shutdown();
		}
		assertThat(acknowledged).isEqualTo(60);
		try (ConfigurableApplicationContext app = start()) {
			Live live = app.getBean(Live.class);
			Room room = live.room(deckId);
			assertThat(room.position()).isEqualTo(1);
			assertThat(room.current().responses()).hasSize(acknowledged);
			assertThat(room.joined()).isEqualTo(acknowledged);
			String base = "http://localhost:" + app.getBean(Environment.class).getProperty("local.server.port");
			assertThat(answer(base, code, room.current().activity().getId(), 2)).as("answers go on after the restart")
				.isTrue();
			assertThat(room.current().responses()).hasSize(acknowledged + 1);
		}
	}

	/** One phone: opens the page, answers with the form's own CSRF token; true when acknowledged. */
	static boolean answer(String base, String code, long activity, int choice) throws Exception {
		HttpClient phone = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String page = phone.send(HttpRequest.newBuilder(URI.create(base + "/j/" + code)).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher m = CSRF.matcher(page);
		if (!m.find()) {
			return false;
		}
		String form = "_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8) + "&activity=" + activity
				+ "&choice=" + choice;
		HttpResponse<String> response = phone.send(HttpRequest.newBuilder(URI.create(base + "/j/" + code + "/a"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		return response.statusCode() == 302 && response.headers().firstValue("X-Convene-Tally").isPresent();
	}
}
