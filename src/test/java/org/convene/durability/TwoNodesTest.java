package org.convene.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
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
import org.convene.FreePort;
import org.convene.durability.KillMidBurstTest.Phone;
import org.convene.durability.KillMidBurstTest.Setup;
import org.convene.platform.ServerSecret;
import org.convene.platform.push.LiveSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.util.FileSystemUtils;

/**
 * Two Convene nodes on one PostgreSQL behind nginx (Debian's, which {@code .ci/run} installs), as
 * {@code docs/operations.md} sets them up: no sticky sessions, one shared data directory. What is done on one node
 * reaches phones on the other (the presenter's moves, answers on the projector, a café's round); a coordinator's
 * sign-in holds on both; a restart of PostgreSQL refuses what comes meanwhile and recovers by itself; a node killed
 * with SIGKILL mid-burst loses nothing acknowledged and its phones land on the other node, on the current activity,
 * within 5 s. Each node runs as its own process, as in production.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
	private static final Pattern ACTIVITY = Pattern.compile("name=\"activity\" value=\"(\\d+)\"");
	private static final Pattern RESPONSES = Pattern.compile("data-responses=\"(\\d+)\"");
	/** "4,489 connected": the count as the projector writes it, with its thousands separator. */
	private static final Pattern CONNECTED = Pattern.compile("(\\d[\\d,]*) connected");
	private static final Duration FAILOVER = Duration.ofSeconds(5);

	private final Path dir = Path.of("target", "two-nodes").toAbsolutePath();
	private EmbeddedPostgres postgres;
	private int postgresPort;
	private String url;
	private final Process[] nodes = new Process[2];
	private final String[] bases = new String[2];
	private Process nginx;
	private String proxy;
	private Setup setup;
	private ServerSecret secret;

	@BeforeAll
	void start() throws Exception {
		FileSystemUtils.deleteRecursively(dir);
		Files.createDirectories(dir.resolve("data"));
		postgresPort = FreePort.next();
		postgres = startPostgres();
		try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
			admin.createStatement().execute("create database twonodes");
		}
		url = postgres.getJdbcUrl("postgres", "twonodes");
		for (int i = 0; i < 2; i++) {
			int port = FreePort.next();
			bases[i] = "http://localhost:" + port;
			nodes[i] = KillMidBurstTest.start(port, List.of("--convene.data-dir=" + dir.resolve("data"),
					"--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
					"--spring.datasource.password=", "--convene.fanout=postgres", "--convene.joins-per-minute=0",
					// every simulated phone comes from this machine's one address, as a venue behind one NAT would
					"--convene.streams-per-address=0",
					// the shared data directory holds files; each node's search index is its own
					"--convene.index-dir=" + dir.resolve("index-" + "ab".charAt(i)),
					"--server.forward-headers-strategy=native"), dir.resolve("node-" + "ab".charAt(i) + ".log"));
			// one after the other: the first loads the demo, the second finds it
			KillMidBurstTest.waitUntilUp(bases[i], nodes[i]);
		}
		int proxyPort = FreePort.next();
		proxy = "http://localhost:" + proxyPort;
		nginx = startNginx(proxyPort);
		KillMidBurstTest.waitUntilUp(proxy, nginx);
		setup = Setup.read(dir.resolve("data").resolve("killtest.properties"));
		secret = ServerSecret.of(dir.resolve("data"));
	}

	@AfterAll
	void stop() throws Exception {
		if (nginx != null) {
			nginx.destroy();
		}
		for (Process node : nodes) {
			if (node != null) {
				// a stop, not a kill: a flight recording (-Dconvene.node-options) is written at the end
				node.destroy();
				if (!node.waitFor(30, TimeUnit.SECONDS)) {
					node.destroyForcibly();
				}
			}
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	@Order(1)
	void aCoordinatorSignedInOnOneNodeIsSignedInOnTheOther() throws Exception {
		Browser coordinator = Browser.signIn(bases[0], "coordinator@demo.convene", "demo-coordinator");
		long deck = setup.pollDeck();
		assertThat(coordinator.get(bases[1] + "/decks/" + deck + "/present").statusCode())
			.as("the session made on node A, used on node B").isEqualTo(200);
		assertThat(coordinator.get(proxy + "/decks/" + deck + "/present").statusCode()).as("through the proxy")
			.isEqualTo(200);
	}

	@Test
	@Order(2)
	void whatThePresenterDoesOnEitherNodeReachesPhonesOnTheOther() throws Exception {
		Browser coordinator = Browser.signIn(bases[1], "coordinator@demo.convene", "demo-coordinator");
		long deck = setup.pollDeck();
		Phone phone = Phone.join(bases[0], "DEMO42");
		long first = phone.activity();
		try (LiveSocket onA = LiveSocket.open(phone.http(), bases[0] + "/j/DEMO42/live", false)) {
			onA.next("state", FAILOVER, e -> e.data().contains("value=\"" + first + "\""));
			coordinator.post(bases[1], "/decks/" + deck + "/control", "action=NEXT");
			LiveSocket.Message moved = onA.next("state", FAILOVER, e -> !e.data().contains("value=\"" + first + "\""));
			assertThat(moved).as("the move made on node B reached the phone on node A").isNotNull();
			coordinator.post(bases[0], "/decks/" + deck + "/control", "action=PREVIOUS");
			assertThat(onA.next("state", FAILOVER, e -> e.data().contains("value=\"" + first + "\"")))
				.as("and the move back, made on node A").isNotNull();
		}
		// node B hears of the move back too (milliseconds later): an answer sent before it does is refused there as
		// not the current question, so the timed answers below start once B is back on the first activity
		long deadline = System.nanoTime() + FAILOVER.toNanos();
		while (Phone.join(bases[1], "DEMO42").activity() != first && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(Phone.join(bases[1], "DEMO42").activity()).as("node B is back on the first activity").isEqualTo(first);

		// answers given on node B reach the projector on node A: each answer's arrival, timed
		List<Long> millis = new ArrayList<>();
		try (LiveSocket projector = LiveSocket.open(coordinator.http, bases[0] + "/decks/" + deck + "/present/live", false)) {
			LiveSocket.Message shown = projector.next("results", FAILOVER, e -> true);
			int count = responses(shown);
			for (int i = 0; i < 20; i++) {
				Phone voter = Phone.join(bases[1], "DEMO42");
				long sent = System.nanoTime();
				assertThat(voter.answer(bases[1], "DEMO42", i % 3)).as("answer acknowledged on node B").isTrue();
				int expected = count + 1;
				LiveSocket.Message seen = projector.next("results", FAILOVER, e -> responses(e) >= expected);
				assertThat(seen).as("answer " + i + " on node A's projector").isNotNull();
				millis.add((seen.at() - sent) / 1_000_000);
				count = responses(seen);
			}
		}
		Collections.sort(millis);
		System.out.printf("TwoNodesTest: answer on node B -> projector on node A: median %d ms, max %d ms (20 answers)%n",
				millis.get(millis.size() / 2), millis.getLast());
	}

	@Test
	@Order(3)
	void aPracticePublishedOnOneNodeIsFoundOnTheOther() throws Exception {
		Browser coordinator = Browser.signIn(bases[0], "coordinator@demo.convene", "demo-coordinator");
		coordinator.post(bases[0], "/practices", "title=Cross-border+hotline+for+shelters&summary=A+shared+hotline"
				+ "&language=en&countries=PK&crimeType=TIP&evidenceLevel=MONITORED&visibility=PUBLIC"
				+ "&formToken=two-nodes-practice");
		HttpResponse<String> mine = coordinator.get(bases[0] + "/practices?q=hotline");
		Matcher id = Pattern.compile("/practices/(\\d+)\"").matcher(mine.body());
		assertThat(id.find()).as("the draft is listed for its author").isTrue();
		coordinator.post(bases[0], "/practices/" + id.group(1) + "/submit", "x=1");
		coordinator.post(bases[0], "/practices/" + id.group(1) + "/review", "approve=true");
		HttpClient guest = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + FAILOVER.toNanos();
		String found = "";
		while (System.nanoTime() < deadline && !found.contains("Cross-border hotline for shelters")) {
			found = guest.send(HttpRequest.newBuilder(URI.create(bases[1] + "/practices?q=hotlines")).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			Thread.sleep(100);
		}
		assertThat(found).as("node B's own index has the practice published on node A").contains(
				"Cross-border hotline for shelters");
	}

	@Test
	@Order(4)
	void aCafeRoundAdvancedOnOneNodeReachesPhonesOnTheOther() throws Exception {
		Browser coordinator = Browser.signIn(bases[1], "coordinator@demo.convene", "demo-coordinator");
		String host = setup.hosts().getFirst();
		Phone phone = Phone.join(bases[0], "/c/" + host);
		try (LiveSocket onA = LiveSocket.open(phone.http(), bases[0] + "/c/" + host + "/live", false)) {
			onA.next(null, FAILOVER, e -> true);
			coordinator.post(bases[1], "/cafes/" + setup.cafe() + "/round", "to=2");
			assertThat(onA.next("round", FAILOVER, e -> true)).as("round 2, set on node B, told on node A").isNotNull();
			coordinator.post(bases[1], "/cafes/" + setup.cafe() + "/round", "to=1");
			assertThat(onA.next("round", FAILOVER, e -> true)).as("and back to round 1").isNotNull();
		}
	}

	@Test
	@Order(5)
	void aRestartOfPostgresRefusesWhatComesMeanwhileAndRecoversByItself() throws Exception {
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		List<Phone> phones = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			phones.add(Phone.join(proxy, "DEMO42"));
		}
		for (Phone p : phones.subList(0, 20)) {
			if (p.answer(proxy, "DEMO42", 1)) {
				acknowledged.add(p.participant(secret, setup.pollDeck()));
			}
		}
		assertThat(acknowledged).as("answers before the restart").hasSize(20);
		postgres.close();
		AtomicInteger refused = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(20);
		for (Phone p : phones.subList(20, 40)) {
			pool.submit(() -> {
				if (p.answer(proxy, "DEMO42", 2)) {
					acknowledged.add(p.participant(secret, setup.pollDeck()));
				}
				else {
					refused.incrementAndGet();
				}
			});
		}
		pool.shutdown();
		assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
		assertThat(refused.get()).as("answers while PostgreSQL is down are refused, not acknowledged").isEqualTo(20);
		Phone down = phones.get(20);
		String said = down.http().send(HttpRequest.newBuilder(URI.create(proxy + "/j/DEMO42/a"))
			.header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "fr")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(down.csrf(), StandardCharsets.UTF_8)
					+ "&activity=" + down.activity() + "&choice=2"))
			.build(), HttpResponse.BodyHandlers.ofString()).body();
		assertThat(said).as("the phone is told, in its language, to send again").contains("Veuillez renvoyer");

		postgres = startPostgres();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		List<Phone> after = new ArrayList<>(phones.subList(20, 60));
		while (!after.isEmpty() && System.nanoTime() < deadline) {
			Phone p = after.getFirst();
			if (p.answer(proxy, "DEMO42", 3)) {
				acknowledged.add(p.participant(secret, setup.pollDeck()));
				after.removeFirst();
			}
			else {
				Thread.sleep(500);
			}
		}
		assertThat(after).as("answers are taken again without anyone restarting a node").isEmpty();
		// both nodes take answers again, and hear each other again
		for (String base : bases) {
			Phone p = Phone.join(base, "DEMO42");
			assertThat(p.answer(base, "DEMO42", 4)).as("answer on " + base).isTrue();
			acknowledged.add(p.participant(secret, setup.pollDeck()));
		}
		Browser coordinator = Browser.signIn(bases[1], "coordinator@demo.convene", "demo-coordinator");
		Phone watcher = Phone.join(bases[0], "DEMO42");
		try (LiveSocket onA = LiveSocket.open(watcher.http(), bases[0] + "/j/DEMO42/live", false)) {
			onA.next("state", FAILOVER, e -> true);
			coordinator.post(bases[1], "/decks/" + setup.pollDeck() + "/control", "action=NEXT");
			assertThat(onA.next("state", FAILOVER, e -> !e.data().contains("value=\"" + watcher.activity() + "\"")))
				.as("node A hears node B again after the restart").isNotNull();
			coordinator.post(bases[1], "/decks/" + setup.pollDeck() + "/control", "action=PREVIOUS");
		}
		try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
			KillMidBurstTest.assertKept("answers around a PostgreSQL restart", acknowledged,
					KillMidBurstTest.values(db, "select token from interact_responses where activity_id = ?",
							watcher.activity()));
		}
	}

	@Test
	@Order(6)
	void aNodeKilledMidBurstLosesNothingAcknowledgedAndItsPhonesMoveToTheOther() throws Exception {
		// 300 in ./mvnw verify; -Dconvene.two-nodes.phones=1500 for a bigger run (docs/benchmarks.md)
		int phonesCount = Integer.getInteger("convene.two-nodes.phones", 300);
		List<Phone> phones = new ArrayList<>();
		List<LiveSocket> streams = new ArrayList<>();
		for (int i = 0; i < phonesCount; i++) {
			Phone p = Phone.join(proxy, "DEMO42");
			phones.add(p);
			streams.add(LiveSocket.open(p.http(), proxy + "/j/DEMO42/live", true));
		}
		long current = phones.getFirst().activity();
		for (LiveSocket s : streams) {
			assertThat(s.next("state", FAILOVER, e -> true)).as("every phone's socket is open").isNotNull();
		}
		// the node to kill: the one holding more of the streams (the proxy's round robin decides, as it would)
		Browser coordinator = Browser.signIn(bases[1], "coordinator@demo.convene", "demo-coordinator");
		int[] held = { connected(coordinator, 0), connected(coordinator, 1) };
		int victim = held[0] >= held[1] ? 0 : 1;
		System.out.printf("TwoNodesTest: streams held by node A %d, node B %d%n", held[0], held[1]);
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		AtomicInteger acks = new AtomicInteger();
		long[] killedAt = new long[1];
		Instant[] killedWhen = new Instant[1];
		ExecutorService pool = Executors.newFixedThreadPool(32);
		for (Phone p : phones) {
			pool.submit(() -> {
				if (p.answer(proxy, "DEMO42", 0)) {
					acknowledged.add(p.participant(secret, setup.pollDeck()));
					if (acks.incrementAndGet() == phonesCount / 3) {
						killedAt[0] = System.nanoTime();
						killedWhen[0] = Instant.now();
						nodes[victim].destroyForcibly(); // SIGKILL, mid-burst
					}
				}
			});
		}
		pool.shutdown();
		assertThat(pool.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
		assertThat(nodes[victim].waitFor(30, TimeUnit.SECONDS)).as("the node was killed").isTrue();
		assertThat(killedAt[0]).as("the kill came mid-burst").isPositive();
		assertThat(acknowledged.size()).as("the other node went on taking answers").isGreaterThan(phonesCount / 3);

		// first what matters most: every acknowledged answer is in the database
		try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
			KillMidBurstTest.assertKept("answers around a node's kill", acknowledged,
					KillMidBurstTest.values(db, "select token from interact_responses where activity_id = ?", current));
		}
		// the phones whose stream was on the killed node: back within 5 s, through the proxy, on the current activity
		Thread.sleep(FAILOVER.toMillis() + 1_000);
		int moved = 0;
		long slowest = 0;
		List<Long> back = new ArrayList<>();
		List<Long> handshakes = new ArrayList<>();
		List<Long> noticed = new ArrayList<>();
		for (LiveSocket s : streams) {
			LiveSocket.Message after = s.firstAfter(killedAt[0], "state");
			if (s.connections() > 1) {
				moved++;
				assertThat(after).as("a phone that lost its node has the state again").isNotNull();
				assertThat(after.data()).as("on the current activity").contains("value=\"" + current + "\"");
				slowest = Math.max(slowest, after.at() - killedAt[0]);
				back.add((after.at() - killedAt[0]) / 1_000_000);
				long lost = s.lostAfter(killedAt[0]);
				if (lost > 0) {
					noticed.add((lost - killedAt[0]) / 1_000_000);
				}
				long reopened = s.openedAfter(killedAt[0]);
				if (reopened > 0) {
					handshakes.add((reopened - killedAt[0]) / 1_000_000);
				}
			}
			s.close();
		}
		System.out.printf("TwoNodesTest: cuts noticed after %s%n", spread(noticed));
		System.out.printf("TwoNodesTest: sockets open again after %s%n", spread(handshakes));
		System.out.printf("TwoNodesTest: kill -9 of node %s at %s (for a flight recording's window) after %d "
				+ "acknowledged answers; %d acknowledged in all, all persisted; %d phones' streams moved to the other "
				+ "node, back after %s%n", "AB".charAt(victim), killedWhen[0], phonesCount / 3, acknowledged.size(), moved,
				spread(back));
		assertThat(moved).as("the killed node's streams moved").isGreaterThanOrEqualTo(held[victim] - 5)
			.isGreaterThan(phonesCount / 3);
		assertThat(Duration.ofNanos(slowest)).as("every phone was back within 5 s").isLessThanOrEqualTo(FAILOVER);
	}

	/** "p50 …, p95 …, slowest …" of times in milliseconds. */
	private static String spread(List<Long> millis) {
		if (millis.isEmpty()) {
			return "(none)";
		}
		List<Long> sorted = millis.stream().sorted().toList();
		return "p50 %d ms, p95 %d ms, slowest %d ms".formatted(sorted.get(sorted.size() / 2),
				sorted.get(sorted.size() * 95 / 100), sorted.getLast());
	}

	/** How many phones' streams a node holds in the demo poll's room, as its projector page counts them. */
	private int connected(Browser coordinator, int node) throws Exception {
		String page = coordinator.get(bases[node] + "/decks/" + setup.pollDeck() + "/present").body();
		Matcher m = CONNECTED.matcher(page);
		assertThat(m.find()).as("the projector counts connected phones").isTrue();
		return Integer.parseInt(m.group(1).replace(",", ""));
	}

	private EmbeddedPostgres startPostgres() throws IOException {
		return EmbeddedPostgres.builder().setPort(postgresPort).setDataDirectory(dir.resolve("postgres"))
			.setCleanDataDirectory(false).start();
	}

	private Process startNginx(int port) throws IOException {
		Path conf = dir.resolve("nginx");
		Files.createDirectories(conf);
		String upstreams = String.join("\n", List.of(bases).stream()
			.map(b -> "    server " + b.substring("http://".length()) + " max_fails=1 fail_timeout=30s;").toList());
		Files.writeString(conf.resolve("nginx.conf"), """
				%s
				worker_processes 1;
				pid %s/nginx.pid;
				error_log %s/error.log warn;
				worker_rlimit_nofile 20000;
				events { worker_connections 16384; }
				http {
				  access_log off;
				  client_body_temp_path %s/body;
				  proxy_temp_path %s/proxy;
				  fastcgi_temp_path %s/fastcgi;
				  uwsgi_temp_path %s/uwsgi;
				  scgi_temp_path %s/scgi;
				  map $http_upgrade $connection_upgrade { default upgrade; '' ''; }
				  upstream convene {
				    least_conn;
				%s
				    keepalive 64;
				  }
				  server {
				    listen 127.0.0.1:%d;
				    location / {
				      proxy_pass http://convene;
				      proxy_http_version 1.1;
				      proxy_set_header Upgrade $http_upgrade;
				      proxy_set_header Connection $connection_upgrade;
				      proxy_set_header Host $http_host;
				      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
				      proxy_set_header X-Forwarded-Proto $scheme;
				      proxy_buffering off;
				      proxy_read_timeout 1h;
				      proxy_connect_timeout 2s;
				      proxy_next_upstream error timeout;
				    }
				  }
				}
				""".formatted("root".equals(System.getProperty("user.name")) ? "user root;" : "", conf, conf, conf, conf,
				conf, conf, conf, upstreams, port));
		return new ProcessBuilder("/usr/sbin/nginx", "-p", conf.toString(), "-c", conf.resolve("nginx.conf").toString(),
				"-g", "daemon off;").redirectErrorStream(true).redirectOutput(conf.resolve("nginx.out").toFile()).start();
	}

	private static int responses(LiveSocket.Message e) {
		Matcher m = RESPONSES.matcher(e.data());
		return m.find() ? Integer.parseInt(m.group(1)) : -1;
	}

	/** A signed-in browser: its cookies (the database-kept session among them) and the page's CSRF token. */
	static final class Browser {

		final HttpClient http;
		String csrf;

		private Browser(HttpClient http) {
			this.http = http;
		}

		static Browser signIn(String base, String email, String password) throws Exception {
			Browser b = new Browser(HttpClient.newBuilder().cookieHandler(new CookieManager())
				.connectTimeout(Duration.ofSeconds(5)).build());
			b.csrf = csrfOf(b.get(base + "/login").body());
			HttpResponse<String> signedIn = b.send(base, "/login", "username=" + URLEncoder.encode(email,
					StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8));
			assertThat(signedIn.headers().firstValue("Location").orElse("")).as("signed in").doesNotContain("login");
			b.csrf = csrfOf(b.get(base + "/").body());
			return b;
		}

		HttpResponse<String> get(String url) throws Exception {
			return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
		}

		void post(String base, String path, String form) throws Exception {
			HttpResponse<String> response = send(base, path, form);
			assertThat(response.statusCode()).as("POST " + path + " on " + base).isEqualTo(302);
			assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("login");
		}

		private HttpResponse<String> send(String base, String path, String form) throws Exception {
			return http.send(HttpRequest.newBuilder(URI.create(base + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8) + "&"
						+ form))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		private static String csrfOf(String page) {
			Matcher m = CSRF.matcher(page);
			assertThat(m.find()).as("the page has a CSRF token").isTrue();
			return m.group(1);
		}
	}
}
