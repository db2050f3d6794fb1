package org.convene.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.convene.ConveneApplication;
import org.convene.events.EventDetails;
import org.convene.events.Events;
import org.convene.events.Participant;
import org.convene.events.ParticipantDetails;
import org.convene.events.SessionDetails;
import org.convene.events.SessionKind;
import org.convene.events.Sex;
import org.convene.events.StakeholderType;
import org.convene.events.Visibility;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How fast Convene serves its public pages: starts the application on a free loopback port with an
 * in-memory database, adds a 200-participant, 20-session event, then requests each page a bounded
 * number of times, first one at a time and then from several clients at once, and prints latency
 * percentiles and throughput. Loopback only; stops by itself.
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.convene.bench.PageLatency</pre>
 *
 * Optional arguments: requests per page (default 500) and concurrent clients (default 8).
 */
public final class PageLatency {

	public static void main(String[] args) throws Exception {
		int requests = args.length > 0 ? Integer.parseInt(args[0]) : 500;
		int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
		SpringApplication app = new SpringApplication(ConveneApplication.class);
		app.setDefaultProperties(Map.of("server.port", "0", "spring.datasource.url",
				"jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"convene.data-dir", "target/bench-data", "logging.level.root", "WARN", "spring.main.banner-mode", "off"));
		try (ConfigurableApplicationContext context = app.run("--spring.profiles.active=demo")) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			long eventId = bigEvent(context.getBean(Events.class));
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
			System.out.printf("PageLatency: %d requests per page, %d concurrent clients, %d cores, Java %s%n", requests,
					clients, Runtime.getRuntime().availableProcessors(), Runtime.version());
			System.out.printf("%-34s %8s %8s %8s %8s %10s %10s%n", "page", "p50 ms", "p95 ms", "p99 ms", "max ms",
					"KB gzip", "req/s x" + clients);
			for (String path : List.of("/", "/events", "/events/" + eventId, "/events/" + eventId + "/register",
					"/events/" + eventId + "/agenda.ics")) {
				URI uri = URI.create("http://127.0.0.1:" + port + path);
				for (int i = 0; i < 50; i++) {
					get(http, uri); // warm-up
				}
				double[] sequential = new double[requests];
				for (int i = 0; i < requests; i++) {
					sequential[i] = get(http, uri);
				}
				Arrays.sort(sequential);
				double throughput = concurrent(http, uri, requests, clients);
				System.out.printf("%-34s %8.1f %8.1f %8.1f %8.1f %10.1f %10.0f%n", path, pct(sequential, 50),
						pct(sequential, 95), pct(sequential, 99), sequential[requests - 1], gzipKb(http, uri), throughput);
			}
		}
	}

	static long bigEvent(Events events) {
		var event = events.create(new EventDetails("Benchmark workshop", LocalDate.of(2031, 1, 10),
				LocalDate.of(2031, 1, 12), "Asia/Karachi", "Islamabad", null, List.of("en", "ur"), "Background ".repeat(200),
				"Objectives ".repeat(100), Visibility.PUBLIC));
		for (int i = 0; i < 20; i++) {
			LocalDateTime start = LocalDateTime.of(2031, 1, 10 + i / 8, 9 + i % 8, 0);
			events.addSession(event.getId(), new SessionDetails(start, start.plusMinutes(50), "Session " + i,
					SessionKind.SESSION, null, "Moderator, Organisation", "Presenter one\nPresenter two\nPresenter three",
					"Description ".repeat(30)));
		}
		StakeholderType[] types = StakeholderType.values();
		String[] countries = { "PK", "AF", "IQ", "BD", "IR", "EG", "MA", "NP" };
		for (int i = 0; i < 200; i++) {
			events.register(event.getId(), new ParticipantDetails("Participant " + i, "Organisation " + i % 37,
					types[i % types.length], countries[i % countries.length], "Officer", i % 3 == 0 ? Sex.FEMALE : Sex.MALE,
					null, true, "Biography " + i), Participant.Source.COORDINATOR);
		}
		return event.getId();
	}

	private static double get(HttpClient http, URI uri) throws Exception {
		long start = System.nanoTime();
		HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(uri + " answered " + response.statusCode());
		}
		return (System.nanoTime() - start) / 1e6;
	}

	private static double gzipKb(HttpClient http, URI uri) throws Exception {
		HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		return response.body().length / 1024.0;
	}

	private static double concurrent(HttpClient http, URI uri, int requests, int clients) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			List<Callable<Void>> work = new ArrayList<>();
			for (int c = 0; c < clients; c++) {
				work.add(() -> {
					for (int i = 0; i < requests / clients; i++) {
						get(http, uri);
					}
					return null;
				});
			}
			long start = System.nanoTime();
			for (Future<Void> f : pool.invokeAll(work)) {
				f.get();
			}
			return (requests / clients * clients) / ((System.nanoTime() - start) / 1e9);
		}
		finally {
			pool.shutdown();
		}
	}

	private static double pct(double[] sorted, int p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
	}
}
