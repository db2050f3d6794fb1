package org.convene.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.convene.ConveneApplication;
import org.convene.charts.Charts;
import org.convene.events.Events;
import org.convene.events.Sex;
import org.convene.events.StakeholderType;
import org.convene.interact.Decks;
import org.convene.interact.Live;
import org.convene.interact.Room;
import org.convene.platform.pdf.Pdfs;
import org.convene.report.Reports;
import org.convene.report.internal.DocxReport;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How long the workshop report takes to generate, as the PDF and DOCX endpoints do it (build the report,
 * render, print): for the demo Vienna workshop and for a 200-participant, 20-session event whose
 * evaluation 150 people answered. Starts Convene in this JVM on an in-memory database; prints the median
 * and the slowest of the timed runs after warm-up.
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.convene.bench.ReportBench</pre>
 *
 * Optional argument: timed runs per figure (default 10).
 */
public final class ReportBench {

	public static void main(String[] args) throws Exception {
		int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
		SpringApplication app = new SpringApplication(ConveneApplication.class);
		app.setDefaultProperties(Map.of("server.port", "0", "spring.datasource.url",
				"jdbc:h2:mem:reportbench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"convene.data-dir", "target/bench-data", "logging.level.root", "WARN", "spring.main.banner-mode", "off"));
		try (ConfigurableApplicationContext context = app.run("--spring.profiles.active=demo")) {
			Events events = context.getBean(Events.class);
			Reports reports = context.getBean(Reports.class);
			Pdfs pdfs = context.getBean(Pdfs.class);
			DocxReport docx = context.getBean(DocxReport.class);
			long vienna = events.listVisible(true).stream()
				.filter(e -> e.getTitle().startsWith("GLO.ACT Community of Practice Workshop"))
				.findFirst().orElseThrow().getId();
			long big = PageLatency.bigEvent(events);
			evaluate(context, big, 150);
			System.out.printf("ReportBench: %d timed runs after 3 warm-ups, %d cores, Java %s%n", runs,
					Runtime.getRuntime().availableProcessors(), Runtime.version());
			System.out.printf("%-44s %10s %10s %10s%n", "report", "p50 ms", "max ms", "size KB");
			for (long event : List.of(vienna, big)) {
				String name = event == vienna ? "Vienna demo" : "200 participants, 20 sessions";
				for (String language : List.of("en", "ar")) {
					Locale locale = Locale.of(language);
					time(name + ", PDF, " + language, runs, () -> pdfs.print(
							Charts.forPrint(pdfs.xhtml("report/pdf", Map.of("r", reports.build(event, locale)), locale)),
							locale));
					time(name + ", DOCX, " + language, runs, () -> docx.write(reports.build(event, locale)));
				}
			}
		}
	}

	/** The standard evaluation with {@code people} answers spread over the scale, both sexes, several stakeholder types. */
	private static void evaluate(ConfigurableApplicationContext context, long eventId, int people) {
		Decks decks = context.getBean(Decks.class);
		Live live = context.getBean(Live.class);
		var deck = decks.fromTemplate(Decks.Template.EVALUATION, Locale.ENGLISH, eventId, null);
		Room room = live.room(deck.getId());
		var items = room.activities().stream().map(Room.LiveActivity::activity).toList();
		for (int i = 0; i < people; i++) {
			Map<Long, Map<String, String[]>> forms = new HashMap<>();
			for (int q = 0; q < 4; q++) {
				forms.put(items.get(q).getId(), Map.of("value", new String[] { String.valueOf(1 + (i + q) % 5) }));
			}
			forms.put(items.get(4).getId(), Map.of("choice", new String[] { String.valueOf(i % 5) }));
			forms.put(items.get(5).getId(), Map.of("choice", new String[] { String.valueOf(i % 7 == 0 ? 1 : 0) }));
			forms.put(items.get(6).getId(), Map.of("text", new String[] { "Useful point number " + i }));
			live.submitAll(room, "bench-" + i, null, forms, i % 3 == 0 ? Sex.FEMALE : Sex.MALE,
					StakeholderType.values()[i % 5], false);
		}
	}

	private static void time(String label, int runs, Supplier<byte[]> work) {
		for (int i = 0; i < 3; i++) {
			work.get();
		}
		double[] ms = new double[runs];
		int size = 0;
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			size = work.get().length;
			ms[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(ms);
		System.out.printf("%-44s %10.0f %10.0f %10.0f%n", label, ms[runs / 2], ms[runs - 1], size / 1024.0);
	}
}
