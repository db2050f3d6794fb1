package org.convene.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
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
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.convene.FreePort;
import org.convene.platform.ServerSecret;
import org.convene.platform.security.Devices;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * "A restart loses nothing acknowledged", tried the hard way: Convene runs as a child process (the demo, as
 * {@code ./mvnw spring-boot:run} starts it, plus {@link KillTestSetup}'s open questionnaire and coming event) on the
 * embedded default and on PostgreSQL; a burst of phones answers the demo's open poll, sends the questionnaire and
 * registers for the event; when part of the burst is acknowledged the process is killed with SIGKILL (no shutdown
 * hook, no flush); it is started again on the same data and stopped; then everything acknowledged — answers,
 * questionnaires, registrations — must be in the database. A normal stop proves nothing here: it flushes what a
 * kill loses.
 */
class KillMidBurstTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
	private static final Pattern ACTIVITY = Pattern.compile("name=\"activity\" value=\"(\\d+)\"");
	private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");
	/** Per kind: poll answers, questionnaires, registrations. */
	private static final int PER_KIND = 120;
	/** Killed once this many are acknowledged (of the five kinds together), with the rest still in flight. */
	private static final int KILL_AFTER = 250;

	@Test
	void theEmbeddedDefaultKeepsEveryAcknowledgedAnswerThroughAHardKill() throws Exception {
		Path data = Path.of("target", "kill-test-h2").toAbsolutePath();
		FileSystemUtils.deleteRecursively(data);
		Files.createDirectories(data);
		List<String> settings = List.of("--convene.data-dir=" + data);
		Burst burst = killMidBurst(settings, data, data.resolve("app.log"));
		try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("convene")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "")) {
			assertDurable(burst, db);
		}
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
			Burst burst = killMidBurst(settings, logs, logs.resolve("app.log"));
			try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
				assertDurable(burst, db);
			}
		}
	}

	private static void assertDurable(Burst burst, Connection db) throws SQLException {
		int acknowledged = burst.answers().size() + burst.questionnaires().size() + burst.registrations().size()
				+ burst.notes().size() + burst.dots().size();
		assertThat(acknowledged).as("acknowledged before the kill").isGreaterThanOrEqualTo(KILL_AFTER);
		assertThat(acknowledged).as("the kill came mid-burst").isLessThan(5 * PER_KIND);
		// each kind took part: a burst of refusals would prove nothing
		assertThat(burst.answers()).as("poll answers acknowledged").hasSizeGreaterThan(10);
		assertThat(burst.questionnaires()).as("questionnaires acknowledged").hasSizeGreaterThan(10);
		assertThat(burst.registrations()).as("registrations acknowledged").hasSizeGreaterThan(10);
		assertThat(burst.notes()).as("café notes acknowledged").hasSizeGreaterThan(10);
		assertThat(burst.dots()).as("dots acknowledged").hasSizeGreaterThan(10);
		System.out.printf("KillMidBurstTest: acknowledged %d answers, %d questionnaires, %d registrations, %d notes, "
				+ "%d dots before SIGKILL%n", burst.answers().size(), burst.questionnaires().size(),
				burst.registrations().size(), burst.notes().size(), burst.dots().size());
		assertKept("poll answers", burst.answers(), values(db, "select token from interact_responses where activity_id = ?",
				burst.poll()));
		assertKept("questionnaires", burst.questionnaires(), values(db,
				"select token from interact_responses where activity_id = ?", burst.setup().overall()));
		assertKept("registrations", burst.registrations(), values(db, "select name from participants where event_id = ?",
				burst.setup().event()));
		assertKept("café notes", burst.notes(), values(db, "select text from cafe_notes where cafe_id = ?",
				burst.setup().cafe()));
		assertKept("dots", burst.dots(), values(db, "select p.phone_key || ':' || d.note_id from cafe_dots d "
				+ "join cafe_people p on p.id = d.person_id where p.cafe_id = ?", burst.setup().cafe()));
	}

	static void assertKept(String what, Set<String> acknowledged, Set<String> stored) {
		Set<String> lost = new HashSet<>(acknowledged);
		lost.removeAll(stored);
		System.out.printf("KillMidBurstTest: %s: %d acknowledged, %d stored, %d lost%n", what, acknowledged.size(),
				stored.size(), lost.size());
		assertThat(lost).as(what + " acknowledged but not stored, of " + acknowledged.size() + " acknowledged and "
				+ stored.size() + " stored").isEmpty();
	}

	/** Starts the app, prepares the clients, fires the burst, kills the app mid-way, restarts it, stops it. */
	private static Burst killMidBurst(List<String> settings, Path data, Path log) throws Exception {
		int port = FreePort.next();
		String base = "http://localhost:" + port;
		Process app = start(port, settings, log);
		Set<String> answers = ConcurrentHashMap.newKeySet();
		Set<String> questionnaires = ConcurrentHashMap.newKeySet();
		Set<String> registrations = ConcurrentHashMap.newKeySet();
		Set<String> notes = ConcurrentHashMap.newKeySet();
		Set<String> dots = ConcurrentHashMap.newKeySet();
		Setup setup;
		long poll;
		try {
			waitUntilUp(base, app);
			setup = Setup.read(data.resolve("killtest.properties"));
			ServerSecret secret = ServerSecret.of(data);
			poll = Phone.join(base, "DEMO42").activity();
			assertThat(poll).as("the demo poll is open").isPositive();
			List<Runnable> burst = new ArrayList<>();
			AtomicInteger acks = new AtomicInteger();
			Runnable counted = () -> {
				if (acks.incrementAndGet() == KILL_AFTER) {
					app.destroyForcibly(); // SIGKILL: what a power cut or the OOM killer does to the process
				}
			};
			for (int i = 0; i < PER_KIND; i++) {
				Phone voter = Phone.join(base, "DEMO42");
				int choice = i % 5;
				Phone respondent = Phone.join(base, setup.questionnaire());
				Registrant registrant = Registrant.open(base, setup.event(), "Kill Test Person " + i);
				burst.add(() -> {
					if (voter.answer(base, "DEMO42", choice)) {
						answers.add(voter.participant(secret, setup.pollDeck()));
						counted.run();
					}
				});
				burst.add(() -> {
					if (respondent.sendQuestionnaire(base, setup.questionnaire(), setup.overall())) {
						questionnaires.add(respondent.participant(secret, setup.questionnaireDeck()));
						counted.run();
					}
				});
				burst.add(() -> {
					if (registrant.register(base, setup.event())) {
						registrations.add(registrant.name());
						counted.run();
					}
				});
				String hostKey = setup.hosts().get(i % setup.hosts().size());
				Phone host = Phone.join(base, "/c/" + hostKey);
				String note = "Kill test note " + i;
				burst.add(() -> {
					if (host.note(base, hostKey, note)) {
						notes.add(note);
						counted.run();
					}
				});
				// each voter puts a dot on two of the three insights (a person's dots are one at a time)
				String voterKey = setup.voters().get(i % setup.voters().size());
				String seed = setup.seeds().get((i / setup.voters().size()) % setup.seeds().size());
				Phone voterPhone = Phone.join(base, "/c/" + voterKey);
				burst.add(() -> {
					if (voterPhone.dot(base, voterKey, seed)) {
						dots.add(voterKey + ":" + seed);
						counted.run();
					}
				});
			}
			ExecutorService pool = Executors.newFixedThreadPool(48);
			burst.forEach(pool::submit);
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
		return new Burst(setup, poll, Set.copyOf(answers), Set.copyOf(questionnaires), Set.copyOf(registrations),
				Set.copyOf(notes), Set.copyOf(dots));
	}

	/** What everything acknowledged names: phones' tokens per kind, registrants' names. */
	record Burst(Setup setup, long poll, Set<String> answers, Set<String> questionnaires, Set<String> registrations,
			Set<String> notes, Set<String> dots) {
	}

	/** What {@link KillTestSetup} opened: the event, its questionnaire and first question. */
	record Setup(long event, String questionnaire, long questionnaireDeck, long pollDeck, long overall, long cafe,
			List<String> hosts, List<String> voters, List<String> seeds) {

		static Setup read(Path file) throws Exception {
			Properties p = new Properties();
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			while (!Files.exists(file) && System.nanoTime() < deadline) {
				Thread.sleep(200);
			}
			try (var in = Files.newBufferedReader(file)) {
				p.load(in);
			}
			return new Setup(Long.parseLong(p.getProperty("event")), p.getProperty("questionnaire"),
					Long.parseLong(p.getProperty("questionnaireDeck")), Long.parseLong(p.getProperty("pollDeck")),
					Long.parseLong(p.getProperty("overall")), Long.parseLong(p.getProperty("cafe")),
					List.of(p.getProperty("hosts").split(",")), List.of(p.getProperty("voters").split(",")),
					List.of(p.getProperty("seeds").split(",")));
		}
	}

	static Set<String> values(Connection db, String query, long id) throws SQLException {
		Set<String> tokens = new HashSet<>();
		try (var statement = db.prepareStatement(query)) {
			statement.setLong(1, id);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					tokens.add(rows.getString(1));
				}
			}
		}
		return tokens;
	}

	static Process start(int port, List<String> settings, Path log) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx768m", "-XX:TieredStopAtLevel=1"));
		// -Dconvene.node-options="…" adds JVM options to each node (a flight recording, a full JIT for a benchmark)
		String options = System.getProperty("convene.node-options", "").strip();
		if (!options.isEmpty()) {
			command.addAll(List.of(options.split("\\s+")));
		}
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.convene.ConveneApplication",
				"--server.port=" + port, "--spring.profiles.active=demo,killtest", "--logging.level.root=WARN",
				"--spring.main.banner-mode=off"));
		command.addAll(settings);
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	static void waitUntilUp(String base, Process app) throws Exception {
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

	/**
	 * The status of a form post, or -1 when the connection was cut. With {@code ack}, it posts as the page's script
	 * does (htmx) and a response without that header (how the server says it kept it) counts as -2.
	 */
	static int post(HttpClient http, String url, String form, String ack) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(form));
		if (ack != null) {
			request.header("HX-Request", "true");
		}
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return ack != null && response.headers().firstValue(ack).isEmpty() ? -2 : response.statusCode();
		}
		catch (IOException | InterruptedException cut) {
			return -1;
		}
	}

	/** A guest on the registration form of the coming event, with its CSRF token and one-time form token. */
	record Registrant(HttpClient http, String csrf, String formToken, String name) {

		static Registrant open(String base, long event, String name) throws Exception {
			HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
				.connectTimeout(Duration.ofSeconds(5)).build();
			String page = http.send(HttpRequest.newBuilder(URI.create(base + "/events/" + event + "/register")).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			Matcher csrf = CSRF.matcher(page);
			Matcher token = FORM_TOKEN.matcher(page);
			assertThat(csrf.find() && token.find()).as("the registration form is open").isTrue();
			return new Registrant(http, csrf.group(1), token.group(1), name);
		}

		/** True when the registration was acknowledged (the redirect to the event page). */
		boolean register(String base, long event) {
			String form = "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8) + "&formToken="
					+ URLEncoder.encode(formToken, StandardCharsets.UTF_8) + "&name=" + URLEncoder.encode(name,
							StandardCharsets.UTF_8) + "&organisation=Org&stakeholderType=MINISTRY&country=PK&sex=FEMALE";
			return post(http, base + "/events/" + event + "/register", form, null) == 302;
		}
	}

	/**
	 * A phone with its own cookies (session, participant token), the page's CSRF token and the open activity; its
	 * client shares one connection pool and selector with every other phone ({@link CookieJarClient}).
	 */
	record Phone(HttpClient http, CookieManager cookies, String csrf, long activity) {

		/** Opens a poll or questionnaire by its code, or any phone page by its path ("/c/KEY"). */
		static Phone join(String base, String code) throws Exception {
			CookieManager cookies = new CookieManager();
			HttpClient http = new CookieJarClient(cookies);
			String path = code.startsWith("/") ? code : "/j/" + code;
			String page = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			Matcher csrf = CSRF.matcher(page);
			Matcher activity = ACTIVITY.matcher(page);
			assertThat(csrf.find()).as("the page takes answers: " + code).isTrue();
			// a poll names its current activity; a questionnaire names each question in its fields instead
			return new Phone(http, cookies, csrf.group(1), activity.find() ? Long.parseLong(activity.group(1)) : -1);
		}

		/** The participant token the server stores with this phone's answers in a deck (from its signed cookie). */
		String participant(ServerSecret secret, long deck) {
			String signed = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(Devices.COOKIE))
				.map(HttpCookie::getValue).findFirst().orElseThrow();
			return Devices.participant(secret, "deck:" + deck, signed.substring(0, signed.indexOf('.')));
		}

		/** A host's note for their table; true when acknowledged (200 with X-Convene-Saved). */
		boolean note(String base, String key, String text) {
			return post(http, base + "/c/" + key + "/notes", "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)
					+ "&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&tag=WORKS", "X-Convene-Saved") == 200;
		}

		/**
		 * A dot on an insight; true when acknowledged: the ballot the server sends back shows this person's dot on it
		 * (a refusal sends the ballot without it, and its message).
		 */
		boolean dot(String base, String key, String noteId) {
			HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/c/" + key + "/dots/" + noteId))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("HX-Request", "true")
				.timeout(Duration.ofSeconds(30))
				.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)
						+ "&on=true"))
				.build();
			try {
				String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
				Matcher mine = Pattern.compile("dots/" + noteId + "\".*?aria-pressed=\"(true|false)\"", Pattern.DOTALL)
					.matcher(body);
				return mine.find() && mine.group(1).equals("true");
			}
			catch (IOException | InterruptedException cut) {
				return false;
			}
		}

		/** Sends the questionnaire with its first question answered; true when acknowledged (the redirect back). */
		boolean sendQuestionnaire(String base, String code, long overall) {
			return post(http, base + "/j/" + code + "/all", "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)
					+ "&a" + overall + ".value=5", null) == 302;
		}

		/** True when the server acknowledged the answer (200 with its tally); a refused or cut request is false. */
		boolean answer(String base, String code, int choice) {
			return post(http, base + "/j/" + code + "/a", "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)
					+ "&activity=" + activity + "&choice=" + choice, "X-Convene-Tally") == 200;
		}

	}
}
