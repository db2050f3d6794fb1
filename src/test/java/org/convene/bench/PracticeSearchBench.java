package org.convene.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.convene.ConveneApplication;
import org.convene.events.Objective;
import org.convene.knowledge.Compendium;
import org.convene.knowledge.CrimeType;
import org.convene.knowledge.EvidenceLevel;
import org.convene.knowledge.Practice;
import org.convene.knowledge.Practices;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The practice search at scale (plain Java, a documented command in docs/benchmarks.md): starts Convene on a fresh
 * data directory (embedded H2 and Lucene, no demo), inserts N synthetic published practices in six languages by SQL,
 * builds the index with the mass indexer, then runs the list page's query (full text in every language's field,
 * one or two facets, who-may-see, six facet counts, 200 results) from 1, 10 and 50 concurrent users, and finally
 * makes a compendium of 100 practices as PDF and Word. Usage: {@code PracticeSearchBench [N [hits]]} (default 100,000
 * practices, 200 hits per query as the list page fetches).
 */
public final class PracticeSearchBench {

	private static final String[][] WORDS = {
		{ "en", "victim referral shelter border guard prosecutor network joint investigation training hotline evidence "
				+ "cooperation police court protection interview child labour exploitation smuggling route document" },
		{ "fr", "victime orientation refuge garde frontière procureur réseau enquête commune formation ligne preuve "
				+ "coopération police tribunal protection entretien enfant travail exploitation trafic route" },
		{ "es", "víctima derivación refugio guardia frontera fiscal red investigación conjunta formación línea prueba "
				+ "cooperación policía tribunal protección entrevista niño trabajo explotación tráfico ruta" },
		{ "ar", "الضحية الإحالة المأوى حرس الحدود المدعي الشبكة التحقيق المشترك التدريب الخط الدليل التعاون الشرطة "
				+ "المحكمة الحماية المقابلة الطفل العمل الاستغلال التهريب الطريق" },
		{ "ru", "жертва направление приют пограничник прокурор сеть совместное расследование обучение линия "
				+ "доказательство сотрудничество полиция суд защита допрос ребёнок труд эксплуатация контрабанда маршрут" },
		{ "ur", "متاثرہ حوالگی پناہ گاہ سرحدی محافظ استغاثہ نیٹ ورک مشترکہ تفتیش تربیت ہیلپ لائن ثبوت تعاون پولیس "
				+ "عدالت تحفظ انٹرویو بچہ مزدوری استحصال اسمگلنگ راستہ" },
	};
	private static final String[] COUNTRIES = { "PK", "AF", "IR", "EG", "JO", "KZ", "NE", "ML", "MX", "BR", "NG", "TR",
		"UA", "BD", "LK" };

	/** Practices fetched per query (the list page shows 200). */
	private static int limit;

	private PracticeSearchBench() {
	}

	public static void main(String[] args) throws Exception {
		int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		limit = args.length > 1 ? Integer.parseInt(args[1]) : 200;
		Path data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "search-bench-");
		ConfigurableApplicationContext context = new SpringApplicationBuilder(ConveneApplication.class).run(
				"--convene.data-dir=" + data, "--server.port=0", "--logging.level.root=WARN",
				"--spring.main.banner-mode=off");
		try {
			run(context, n, data);
		}
		finally {
			context.close();
		}
		System.exit(0);
	}

	private static void run(ConfigurableApplicationContext context, int n, Path data) throws Exception {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		Practices practices = context.getBean(Practices.class);
		Random random = new Random(42);
		long started = System.nanoTime();
		List<Object[]> rows = new ArrayList<>();
		Timestamp now = Timestamp.from(Instant.now());
		for (int i = 0; i < n; i++) {
			String[] lang = WORDS[i % WORDS.length];
			String[] words = lang[1].split(" ");
			rows.add(new Object[] { sentence(words, random, 6), sentence(words, random, 80), lang[0],
				COUNTRIES[random.nextInt(COUNTRIES.length)] + "," + COUNTRIES[random.nextInt(COUNTRIES.length)],
				Objective.values()[random.nextInt(Objective.values().length)].name(),
				CrimeType.values()[random.nextInt(CrimeType.values().length)].name(),
				EvidenceLevel.values()[random.nextInt(EvidenceLevel.values().length)].name(),
				random.nextInt(4) == 0 ? "MEMBERS" : "PUBLIC", sentence(words, random, 60), sentence(words, random, 12),
				now, now, now });
			if (rows.size() == 5_000 || i == n - 1) {
				jdbc.batchUpdate("insert into practices (title, summary, language, countries, objectives, crime_type,"
						+ " evidence_level, visibility, results, takeaway, status, flagged, author, created_at, updated_at,"
						+ " published_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', false, 'bench@example.org', ?,"
						+ " ?, ?)", rows);
				rows.clear();
			}
		}
		System.out.printf(Locale.ROOT, "inserted %,d practices in %.1f s%n", n, (System.nanoTime() - started) / 1e9);
		started = System.nanoTime();
		practices.reindex();
		System.out.printf(Locale.ROOT, "indexed %,d practices in %.1f s; index %,d MB%n", n,
				(System.nanoTime() - started) / 1e9, size(data.resolve("index")) / 1_048_576);

		Practices.Viewer member = new Practices.Viewer("reader@example.org", false);
		for (int users : new int[] { 1, 10, 50 }) {
			int perUser = users == 1 ? 400 : 2_000 / users;
			try (ExecutorService pool = Executors.newFixedThreadPool(users)) {
				List<Future<long[]>> results = new ArrayList<>();
				for (int u = 0; u < users; u++) {
					int seed = u;
					results.add(pool.submit(() -> queries(practices, member, perUser, new Random(seed))));
				}
				long[] all = new long[0];
				for (Future<long[]> f : results) {
					long[] some = f.get();
					long[] merged = Arrays.copyOf(all, all.length + some.length);
					System.arraycopy(some, 0, merged, all.length, some.length);
					all = merged;
				}
				Arrays.sort(all);
				System.out.printf(Locale.ROOT, "RESULT users=%d queries=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms%n",
						users, all.length, ms(all, 0.50), ms(all, 0.95), ms(all, 0.99), ms(all, 1.0));
			}
		}

		Compendium compendium = context.getBean(Compendium.class);
		List<Practice> hundred = compendium.select(new Practices.Viewer("coordinator@example.org", true),
				new Practices.Filter(null, "PK", null, null, null, "en"), List.of()).stream().limit(100).toList();
		started = System.nanoTime();
		byte[] pdf = compendium.pdf(hundred, Locale.ENGLISH);
		System.out.printf(Locale.ROOT, "RESULT compendium of %d practices: PDF %,d KB in %.1f s", hundred.size(),
				pdf.length / 1024, (System.nanoTime() - started) / 1e9);
		started = System.nanoTime();
		byte[] docx = compendium.docx(hundred, Locale.ENGLISH);
		System.out.printf(Locale.ROOT, "; Word %,d KB in %.1f s%n", docx.length / 1024, (System.nanoTime() - started) / 1e9);
	}

	/** The list page's query: two words of a language, and one or two facets, for a signed-in member. */
	private static long[] queries(Practices practices, Practices.Viewer who, int count, Random random) {
		long[] nanos = new long[count];
		for (int i = 0; i < count; i++) {
			String[] words = WORDS[random.nextInt(WORDS.length)][1].split(" ");
			String text = words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)];
			String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
			CrimeType crime = random.nextBoolean() ? CrimeType.values()[random.nextInt(CrimeType.values().length)] : null;
			long start = System.nanoTime();
			practices.search(who, new Practices.Filter(text, country, crime, null, null, null), limit);
			nanos[i] = System.nanoTime() - start;
		}
		return nanos;
	}

	private static String sentence(String[] words, Random random, int length) {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < length; i++) {
			s.append(i == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
		}
		return s.toString();
	}

	private static double ms(long[] sorted, double q) {
		int i = (int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
		return sorted[i] / 1e6;
	}

	private static long size(Path dir) throws Exception {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
		}
	}
}
