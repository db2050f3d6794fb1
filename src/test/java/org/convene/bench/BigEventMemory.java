package org.convene.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.convene.ConveneApplication;
import org.convene.cafe.Cafe;
import org.convene.cafe.CafePlanning;
import org.convene.cafe.Cafes;
import org.convene.events.Event;
import org.convene.events.EventDetails;
import org.convene.events.Events;
import org.convene.events.ParticipantDetails;
import org.convene.events.Sex;
import org.convene.events.StakeholderType;
import org.convene.events.Visibility;
import org.convene.interact.Decks;
import org.convene.interact.Live;
import org.convene.interact.LiveControls;
import org.convene.interact.Room;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 14, item 6: seat cards and reports for 5,000 people within a 512 MB heap. Starts Convene in this JVM (demo
 * profile, in-memory H2), registers 5,000 people to one event, seats them at a café of 500 tables for 3 rounds,
 * has all 5,000 answer the evaluation, then downloads as the coordinator does — seat cards (PDF), the report (PDF
 * and DOCX, English and Arabic) and the participant list (XLSX) — and prints each download's status, size and
 * time, and the peak heap used. Run it with the heap it is meant to fit:
 *
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
 * java -Xmx512m -cp target/classes:target/test-classes:$(cat target/cp.txt) org.convene.bench.BigEventMemory [people]
 * </pre>
 *
 * Exits with status 1 when a download fails (an out-of-memory error included).
 */
public final class BigEventMemory {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private BigEventMemory() {
	}

	public static void main(String[] args) throws Exception {
		int people = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
		SpringApplication app = new SpringApplication(ConveneApplication.class);
		app.setDefaultProperties(Map.of("server.port", "0", "spring.datasource.url",
				"jdbc:h2:mem:bigevent;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"convene.data-dir", "target/bench-data", "logging.level.root", "WARN", "spring.main.banner-mode", "off"));
		boolean failed = false;
		try (ConfigurableApplicationContext context = app.run("--spring.profiles.active=demo")) {
			long started = System.nanoTime();
			Events events = context.getBean(Events.class);
			Event event = events.create(new EventDetails("Regional conference", LocalDate.of(2031, 10, 6),
					LocalDate.of(2031, 10, 8), "UTC", "Vienna", null, List.of("en", "ar"), "Why.", "What.",
					Visibility.PUBLIC));
			List<ParticipantDetails> rows = new ArrayList<>();
			StakeholderType[] types = StakeholderType.values();
			for (int i = 0; i < people; i++) {
				rows.add(new ParticipantDetails("Participant " + i + " Example-Name", "Organisation " + (i % 300),
						types[i % types.length], i % 3 == 0 ? "PK" : (i % 3 == 1 ? "AT" : "NG"), "Officer",
						i % 2 == 0 ? Sex.FEMALE : Sex.MALE, "p" + i + "@example.org", i % 4 != 0, null));
			}
			events.importAll(event.getId(), rows);
			Cafes cafes = context.getBean(Cafes.class);
			Cafe cafe = cafes.create(event.getId(), null, "Conference café",
					List.of("What works?", "What does not?", "What next?"));
			List<Cafes.TableForm> tables = new ArrayList<>();
			for (int t = 0; t < people / 10; t++) {
				tables.add(new Cafes.TableForm(null, String.valueOf(t + 1), 10, null));
			}
			cafes.saveTables(cafe.id(), tables);
			context.getBean(CafePlanning.class).planNow(cafe.id(), 5, 200_000);
			evaluate(context, event.getId(), people);
			System.out.printf("BigEventMemory: %d people set up in %.1f s; max heap %d MB, %d cores, Java %s%n", people,
					(System.nanoTime() - started) / 1e9, Runtime.getRuntime().maxMemory() >> 20,
					Runtime.getRuntime().availableProcessors(), Runtime.version());
			String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
			HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			signIn(http, base);
			for (String path : List.of("/cafes/" + cafe.id() + "/cards.pdf", "/events/" + event.getId() + "/report.pdf",
					"/events/" + event.getId() + "/report.docx", "/events/" + event.getId() + "/participants.xlsx")) {
				for (String language : List.of("en", "ar")) {
					long start = System.nanoTime();
					HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
						.header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofByteArray());
					System.out.printf("%-40s %-2s status %d, %,9d KB, %6.1f s, heap committed %d MB%n", path, language,
							response.statusCode(), response.body().length / 1024, (System.nanoTime() - start) / 1e9,
							Runtime.getRuntime().totalMemory() >> 20);
					failed |= response.statusCode() != 200;
				}
			}
		}
		System.out.println(failed ? "RESULT failed" : "RESULT ok within a heap of "
				+ (Runtime.getRuntime().maxMemory() >> 20) + " MB");
		System.exit(failed ? 1 : 0);
	}

	private static void evaluate(ConfigurableApplicationContext context, long eventId, int people) {
		Decks decks = context.getBean(Decks.class);
		Live live = context.getBean(Live.class);
		var deck = decks.fromTemplate(Decks.Template.EVALUATION, Locale.ENGLISH, eventId, null);
		Room room = live.room(deck.getId());
		context.getBean(LiveControls.class).control(room, LiveControls.Control.OPEN);
		var items = room.activities().stream().map(Room.LiveActivity::activity).toList();
		for (int i = 0; i < people; i++) {
			Map<Long, Map<String, String[]>> forms = new HashMap<>();
			for (int q = 0; q < 4; q++) {
				forms.put(items.get(q).getId(), Map.of("value", new String[] { String.valueOf(1 + (i + q) % 5) }));
			}
			forms.put(items.get(6).getId(), Map.of("text", new String[] { "Useful point number " + i }));
			live.submitAll(room, "big-" + i, null, forms, i % 2 == 0 ? Sex.FEMALE : Sex.MALE,
					StakeholderType.values()[i % 5], false);
		}
	}

	private static void signIn(HttpClient http, String base) throws Exception {
		String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = CSRF.matcher(page);
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the sign-in page");
		}
		http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=coordinator%40demo.convene&password=demo-coordinator&_csrf="
					+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.discarding());
	}
}
