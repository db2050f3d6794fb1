package org.convene.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * "A restart loses no acknowledged answer", tried the hard way: Convene runs as a child process (the demo, as
 * {@code ./mvnw spring-boot:run} starts it) on the embedded default and on PostgreSQL; a burst of phones answers
 * the demo's open poll; when part of the burst is acknowledged the process is killed with SIGKILL (no shutdown
 * hook, no flush); it is started again on the same data and stopped; then every acknowledged answer must be in
 * the database. A normal stop proves nothing here: it flushes what a kill loses.
 */
class KillMidBurstTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
	private static final Pattern ACTIVITY = Pattern.compile("name=\"activity\" value=\"(\\d+)\"");
	private static final int PHONES = 300;
	/** Killed once this many answers are acknowledged, with the rest of the burst still in flight. */
	private static final int KILL_AFTER = 120;

	@Test
	void theEmbeddedDefaultKeepsEveryAcknowledgedAnswerThroughAHardKill() throws Exception {
		Path data = Path.of("target", "kill-test-h2").toAbsolutePath();
		FileSystemUtils.deleteRecursively(data);
		Files.createDirectories(data);
		List<String> settings = List.of("--convene.data-dir=" + data);
		Burst burst = killMidBurst(settings, data.resolve("app.log"));
		Set<String> persisted;
		try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("convene")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "")) {
			persisted = tokens(db, burst.activity());
		}
		assertDurable(burst, persisted);
	}

	@Test
	void postgresKeepsEveryAcknowledgedAnswerThroughAHardKill() throws Exception {
		Path logs = Path.of("target", "kill-test-pg").toAbsolutePath();
		FileSystemUtils.deleteRecursively(logs);
		Files.createDirectories(logs);
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
				admin.createStatement().execute("create database killtest");
			}
			String url = postgres.getJdbcUrl("postgres", "killtest");
			List<String> settings = List.of("--convene.data-dir=" + logs, "--spring.datasource.url=" + url,
					"--spring.datasource.username=postgres", "--spring.datasource.password=");
			Burst burst = killMidBurst(settings, logs.resolve("app.log"));
			Set<String> persisted;
			try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
				persisted = tokens(db, burst.activity());
			}
			assertDurable(burst, persisted);
		}
	}

	private static void assertDurable(Burst burst, Set<String> persisted) {
		assertThat(burst.acknowledged()).as("acknowledged before the kill").hasSizeGreaterThanOrEqualTo(KILL_AFTER);
		assertThat(burst.acknowledged().size()).as("the kill came mid-burst").isLessThan(PHONES);
		Set<String> lost = new HashSet<>(burst.acknowledged());
		lost.removeAll(persisted);
		assertThat(lost).as("acknowledged but not persisted, of " + burst.acknowledged().size() + " acknowledged and "
				+ persisted.size() + " persisted").isEmpty();
	}

	/** Starts the app, prepares the phones, fires the burst, kills the app mid-way, restarts it, stops it. */
	private static Burst killMidBurst(List<String> settings, Path log) throws Exception {
		int port = freePort();
		String base = "http://localhost:" + port;
		Process app = start(port, settings, log);
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		long activity;
		try {
			waitUntilUp(base, app);
			List<Phone> phones = new ArrayList<>();
			for (int i = 0; i < PHONES; i++) {
				phones.add(Phone.join(base, "DEMO42"));
			}
			activity = phones.get(0).activity();
			AtomicInteger acks = new AtomicInteger();
			ExecutorService pool = Executors.newFixedThreadPool(48);
			for (int i = 0; i < phones.size(); i++) {
				Phone phone = phones.get(i);
				int choice = i % 5;
				pool.submit(() -> {
					if (phone.answer(base, "DEMO42", choice)) {
						acknowledged.add(phone.token());
						if (acks.incrementAndGet() == KILL_AFTER) {
							app.destroyForcibly(); // SIGKILL: what a power cut or the OOM killer does to the process
						}
					}
					return null;
				});
			}
			pool.shutdown();
			assertThat(pool.awaitTermination(120, TimeUnit.SECONDS)).as("the burst ended").isTrue();
			assertThat(app.waitFor(30, TimeUnit.SECONDS)).as("the app was killed").isTrue();
		}
		finally {
			app.destroyForcibly();
		}
		// the same data again: it must start, and what it holds is what was kept
		Process again = start(port, settings, log.resolveSibling("app-restarted.log"));
		try {
			waitUntilUp(base, again);
		}
		finally {
			again.destroy();
			again.waitFor(60, TimeUnit.SECONDS);
			again.destroyForcibly();
		}
		return new Burst(activity, Set.copyOf(acknowledged));
	}

	record Burst(long activity, Set<String> acknowledged) {
	}

	private static Set<String> tokens(Connection db, long activity) throws SQLException {
		Set<String> tokens = new HashSet<>();
		try (var statement = db.prepareStatement("select token from interact_responses where activity_id = ?")) {
			statement.setLong(1, activity);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					tokens.add(rows.getString(1));
				}
			}
		}
		return tokens;
	}

	private static Process start(int port, List<String> settings, Path log) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx768m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				"org.convene.ConveneApplication", "--server.port=" + port, "--spring.profiles.active=demo",
				"--logging.level.root=WARN", "--spring.main.banner-mode=off"));
		command.addAll(settings);
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	private static void waitUntilUp(String base, Process app) throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
		while (System.nanoTime() < deadline) {
			assertThat(app.isAlive()).as("the app is running (see its log under target/)").isTrue();
			try {
				var response = http.send(HttpRequest.newBuilder(URI.create(base + "/j/DEMO42")).build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(500);
		}
		throw new AssertionError("the app did not start within 180 s");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** A phone with its own cookies (session, participant token), the page's CSRF token and the open activity. */
	record Phone(HttpClient http, CookieManager cookies, String csrf, long activity) {

		static Phone join(String base, String code) throws Exception {
			CookieManager cookies = new CookieManager();
			HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
			String page = http.send(HttpRequest.newBuilder(URI.create(base + "/j/" + code)).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			Matcher csrf = CSRF.matcher(page);
			Matcher activity = ACTIVITY.matcher(page);
			assertThat(csrf.find() && activity.find()).as("the poll is open on the phone").isTrue();
			return new Phone(http, cookies, csrf.group(1), Long.parseLong(activity.group(1)));
		}

		String token() {
			return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("convene-p"))
				.map(HttpCookie::getValue).findFirst().orElseThrow();
		}

		/** True when the server acknowledged the answer (200 with its tally); a refused or cut request is false. */
		boolean answer(String base, String code, int choice) {
			String form = "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8) + "&activity=" + activity
					+ "&choice=" + choice;
			try {
				HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/j/" + code + "/a"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.header("HX-Request", "true")
					.timeout(Duration.ofSeconds(30))
					.POST(HttpRequest.BodyPublishers.ofString(form))
					.build(), HttpResponse.BodyHandlers.ofString());
				return response.statusCode() == 200 && response.headers().firstValue("X-Convene-Tally").isPresent();
			}
			catch (IOException | InterruptedException cut) {
				return false;
			}
		}
	}
}
