package org.convene.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load harness for live interaction (plain Java, JDK HTTP client only), run by {@code bench/live-load.sh}
 * against a running server on this machine:
 * <ol>
 * <li>signs in as the demo coordinator, creates a deck with one single-choice question, opens the
 * presenter's live socket;</li>
 * <li>N phones each load the audience page (their own session, CSRF token and participant cookie) and
 * open their live socket (a WebSocket, as js/socket.js does);</li>
 * <li>every phone sends one answer (the htmx request a real phone sends) at a random moment within a
 * 10-second window;</li>
 * <li>reports connections held, answers acknowledged, answers persisted (read back from the database
 * through the CSV export), latency from each answer's POST to the first presenter update whose tally
 * includes it (p50/p95/p99), and the server's CPU time and peak resident memory (from /proc).</li>
 * </ol>
 * Bounded: every phase has a deadline; loopback only. Usage: {@code LiveLoad baseUrl N serverPid} — or, for
 * several nodes behind a proxy ({@code bench/two-nodes.sh}), {@code LiveLoad proxyUrl N pidA,pidB nodeAUrl}: phones
 * go through the proxy, the coordinator and the projector to node A, so about half the answers reach the projector
 * from the other node (and the tally a phone is told is its own node's).
 */
public final class LiveLoad {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
	private static final Pattern RESPONSES = Pattern.compile("data-responses=\"(\\d+)\"");
	private static final Duration WINDOW = Duration.ofSeconds(10);

	record Cookies(String header) {

		static Cookies from(HttpResponse<?> response, Cookies earlier) {
			Map<String, String> jar = new LinkedHashMap<>();
			if (earlier != null && !earlier.header().isEmpty()) {
				for (String c : earlier.header().split("; ")) {
					jar.put(c.substring(0, c.indexOf('=')), c);
				}
			}
			for (String set : response.headers().allValues("Set-Cookie")) {
				String pair = set.split(";", 2)[0];
				jar.put(pair.substring(0, pair.indexOf('=')), pair);
			}
			return new Cookies(String.join("; ", jar.values()));
		}
	}

	/** One phone: its cookies and CSRF token, its stream's state, its answer's timings. */
	static final class Phone {

		Cookies cookies;
		String csrf;
		volatile boolean streaming;
		volatile boolean ended;
		long sentNanos;
		long ackNanos;
		int tally;
	}

	/** Presenter updates: when each arrived, and the tally it showed. */
	record Update(long nanos, int responses) {
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int n = Integer.parseInt(args[1]);
		// several nodes: their pids "a,b", and the node the projector is on (phones go through the proxy at base)
		long[] pids = args.length > 2 ? Arrays.stream(args[2].split(",")).mapToLong(Long::parseLong).toArray()
				: new long[] { -1 };
		String presenterBase = args.length > 3 ? args[3] : base;
		ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
		HttpClient http = HttpClient.newBuilder()
			.executor(executor)
			.connectTimeout(Duration.ofSeconds(20))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		// 1. the coordinator: sign in, create the deck, open the presenter's stream
		Cookies coordinator = signIn(http, presenterBase);
		String csrf = csrf(get(http, presenterBase + "/decks", coordinator).body());
		HttpResponse<String> created = post(http, presenterBase + "/decks", coordinator,
				"title=Load+test&formToken=" + System.nanoTime() + "&_csrf=" + enc(csrf), false);
		String deckPath = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		long deckId = Long.parseLong(deckPath.replaceAll("\\D+", ""));
		post(http, presenterBase + "/decks/" + deckId + "/activities", coordinator,
				"type=SINGLE&formToken=" + System.nanoTime() + "&_csrf=" + enc(csrf), false);
		// a new deck takes answers once opened, as the presenter's "Open to the audience" does
		post(http, presenterBase + "/decks/" + deckId + "/control", coordinator, "action=OPEN&_csrf=" + enc(csrf), false);
		String present = get(http, presenterBase + "/decks/" + deckId + "/present", coordinator).body();
		Matcher codeMatcher = Pattern.compile("class=\"join-code\"><bdi>([A-Z0-9]+)</bdi>").matcher(present);
		if (!codeMatcher.find()) {
			throw new IllegalStateException("No join code on the presenter page");
		}
		String code = codeMatcher.group(1);
		List<Update> updates = new CopyOnWriteArrayList<>();
		AtomicInteger presenterOpen = new AtomicInteger();
		Phone projector = new Phone();
		stream(http, presenterBase + "/decks/" + deckId + "/present/live", coordinator, message -> {
			Matcher m = RESPONSES.matcher(message);
			if (m.find()) {
				updates.add(new Update(System.nanoTime(), Integer.parseInt(m.group(1))));
			}
		}, presenterOpen, projector);

		// with -Dconvene.live-heap=true: each server's live heap (after a full collection) before and after the phones
		// join, so the difference per phone is what holding a phone costs, free of the collector's headroom
		boolean measureHeap = Boolean.getBoolean("convene.live-heap");
		long heapBefore = measureHeap ? liveHeapKb(pids) : 0;
		// and resident memory (after those collections, when they run): what the machine gives the server
		long rssBefore = residentKb(pids);

		// 2. the phones join and open their streams
		List<Phone> phones = new ArrayList<>();
		Semaphore inFlight = new Semaphore(256);
		long joinStart = System.nanoTime();
		List<CompletableFuture<Void>> joins = new ArrayList<>();
		AtomicInteger streamsOpen = new AtomicInteger();
		AtomicInteger joinErrors = new AtomicInteger();
		AtomicInteger pagesLoaded = new AtomicInteger();
		Thread progress = Thread.ofPlatform().daemon().start(() -> {
			while (true) {
				try {
					Thread.sleep(5000);
				}
				catch (InterruptedException e) {
					return;
				}
				System.out.printf("  ... pages %d, streams %d, errors %d%n", pagesLoaded.get(), streamsOpen.get(),
						joinErrors.get());
			}
		});
		for (int i = 0; i < n; i++) {
			Phone phone = new Phone();
			phones.add(phone);
			inFlight.acquire();
			joins.add(http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/j/" + code))
				.header("Accept-Language", i % 6 == 0 ? "ar" : "en")
				.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString())
				.thenAccept(r -> {
					pagesLoaded.incrementAndGet();
					phone.cookies = Cookies.from(r, null);
					phone.csrf = csrf(r.body());
					stream(http, base + "/j/" + code + "/live", phone.cookies, message -> {
					}, streamsOpen, phone);
				})
				.exceptionally(e -> {
					if (joinErrors.incrementAndGet() <= 3) {
						System.out.println("  join error: " + e);
					}
					return null;
				})
				.whenComplete((v, e) -> inFlight.release()));
		}
		CompletableFuture.allOf(joins.toArray(CompletableFuture[]::new)).get(300, TimeUnit.SECONDS);
		waitFor(() -> streamsOpen.get() + joinErrors.get() >= n, Duration.ofSeconds(120));
		progress.interrupt();
		double joinSeconds = (System.nanoTime() - joinStart) / 1e9;
		System.out.printf(Locale.ROOT, "joined: %d pages, %d streams open, %d errors, in %.1f s%n", n,
				streamsOpen.get(), joinErrors.get(), joinSeconds);
		if (measureHeap) {
			long heapAfter = liveHeapKb(pids);
			System.out.printf(Locale.ROOT, "live heap: %d MB before the phones, %d MB with %d streams open: %.1f KB per phone%n",
					heapBefore / 1024, heapAfter / 1024, streamsOpen.get(), (heapAfter - heapBefore) / (double) streamsOpen.get());
		}
		long rssAfter = residentKb(pids);
		System.out.printf(Locale.ROOT, "resident: %d MB before the phones, %d MB with %d streams open: %.1f KB per phone%n",
				rssBefore / 1024, rssAfter / 1024, streamsOpen.get(), (rssAfter - rssBefore) / (double) streamsOpen.get());
		long activityId = activityId(get(http, base + "/j/" + code, phones.get(0).cookies).body());

		// 3. every phone answers once, at a random moment within the window
		long[] cpuBefore = cpu(pids);
		long windowStart = System.nanoTime();
		AtomicInteger acknowledged = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
		List<CompletableFuture<Void>> answers = new ArrayList<>();
		Semaphore answering = new Semaphore(1000);
		var scheduler = Executors.newScheduledThreadPool(4);
		for (Phone phone : phones) {
			if (phone.csrf == null) {
				continue;
			}
			CompletableFuture<Void> done = new CompletableFuture<>();
			answers.add(done);
			long at = ThreadLocalRandom.current().nextLong(WINDOW.toNanos());
			scheduler.schedule(() -> {
				try {
					answering.acquire();
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					done.complete(null);
					return;
				}
				phone.sentNanos = System.nanoTime();
				String form = "_csrf=" + enc(phone.csrf) + "&activity=" + activityId + "&choice="
						+ ThreadLocalRandom.current().nextInt(2);
				http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/j/" + code + "/a"))
					.header("Cookie", phone.cookies.header())
					.header("HX-Request", "true")
					.header("Content-Type", "application/x-www-form-urlencoded")
					.timeout(Duration.ofSeconds(60))
					.POST(HttpRequest.BodyPublishers.ofString(form))
					.build(), HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
						answering.release();
						if (r != null) {
							statuses.computeIfAbsent(r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
						}
						var tally = r == null ? Optional.<String>empty() : r.headers().firstValue("X-Convene-Tally");
						if (r != null && r.statusCode() == 200 && tally.isPresent()) {
							phone.ackNanos = System.nanoTime();
							phone.tally = Integer.parseInt(tally.get());
							acknowledged.incrementAndGet();
						}
						else {
							refused.incrementAndGet();
						}
						done.complete(null);
					});
			}, at, TimeUnit.NANOSECONDS);
		}
		CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(180, TimeUnit.SECONDS);
		double answerSeconds = (System.nanoTime() - windowStart) / 1e9;
		int ackCount = acknowledged.get();
		waitFor(() -> !updates.isEmpty() && updates.get(updates.size() - 1).responses() >= ackCount, Duration.ofSeconds(30));
		long[] cpuAfter = cpu(pids);
		int held = (int) phones.stream().filter(p -> p.streaming && !p.ended).count();

		// 4. read back what the database holds
		String csv = new String(http.send(HttpRequest.newBuilder(URI.create(presenterBase + "/decks/" + deckId + "/results.csv"))
			.header("Cookie", coordinator.header()).timeout(Duration.ofSeconds(120)).build(),
				HttpResponse.BodyHandlers.ofByteArray()).body(),
				StandardCharsets.UTF_8);
		long persisted = csv.lines().count() - 1;

		List<Long> latencies = new ArrayList<>();
		int unseen = 0;
		for (Phone p : phones) {
			if (p.ackNanos == 0) {
				continue;
			}
			long seen = updates.stream().filter(u -> u.responses() >= p.tally && u.nanos() >= p.sentNanos)
				.mapToLong(Update::nanos).min().orElse(-1);
			if (seen < 0) {
				unseen++;
			}
			else {
				latencies.add(seen - p.sentNanos);
			}
		}
		long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
		System.out.printf(Locale.ROOT, "answers: sent %d in %.1f s, acknowledged %d, refused %d, statuses %s%n",
				answers.size(), answerSeconds, ackCount, refused.get(), statuses);
		System.out.printf(Locale.ROOT, "presenter: %d updates, last tally %d, answers never seen on it %d%n",
				updates.size(), updates.isEmpty() ? 0 : updates.get(updates.size() - 1).responses(), unseen);
		String cpuText = cpuBefore == null ? "n/a"
				: String.format(Locale.ROOT, "%.1f s", (cpuAfter[0] - cpuBefore[0]) / (double) cpuAfter[1]);
		String rss = String.join(" + ", Arrays.stream(pids).mapToObj(LiveLoad::peakRss).toList());
		String files = String.join(" + ", Arrays.stream(pids).mapToObj(LiveLoad::openFiles).toList());
		System.out.printf(Locale.ROOT,
				"RESULT N=%d held=%d/%d acknowledged=%d persisted=%d p50=%s p95=%s p99=%s max=%s serverCpu=%s"
						+ " (window %.1f s) peakRss=%s serverOpenFiles=%s%n",
				n, held + (projector.streaming && !projector.ended ? 1 : 0), n + 1, ackCount, persisted, ms(sorted, 0.50), ms(sorted, 0.95),
				ms(sorted, 0.99), ms(sorted, 1.0), cpuText, answerSeconds, rss, files);
		scheduler.shutdownNow();
		System.exit(0);
	}

	private static String ms(long[] sorted, double q) {
		if (sorted.length == 0) {
			return "n/a";
		}
		int i = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
		return String.format(Locale.ROOT, "%d ms", Math.max(0, sorted[Math.max(0, i)]) / 1_000_000);
	}

	/** The servers' CPU time together in clock ticks and the tick rate, from /proc; null when unknown. */
	private static long[] cpu(long[] pids) {
		long ticks = 0;
		for (long pid : pids) {
			if (pid < 0) {
				return null;
			}
			try {
				String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
				String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
			}
			catch (IOException e) {
				return null;
			}
		}
		return new long[] { ticks, 100 };
	}

	/** The servers' heap in use right after a full collection ({@code jcmd GC.run}, then {@code GC.heap_info}), in KB. */
	private static long liveHeapKb(long[] pids) throws IOException, InterruptedException {
		String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
		long kb = 0;
		for (long pid : pids) {
			new ProcessBuilder(jcmd, String.valueOf(pid), "GC.run").redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
			Process info = new ProcessBuilder(jcmd, String.valueOf(pid), "GC.heap_info").redirectErrorStream(true).start();
			Matcher used = Pattern.compile("heap .*? used (\\d+)K").matcher(new String(info.getInputStream().readAllBytes(),
					StandardCharsets.UTF_8));
			info.waitFor();
			kb += used.find() ? Long.parseLong(used.group(1)) : 0;
		}
		return kb;
	}

	private static String openFiles(long pid) {
		String[] fds = new File("/proc/" + pid + "/fd").list();
		return fds == null ? "n/a" : String.valueOf(fds.length);
	}

	/** The servers' resident memory now (VmRSS), in KB, summed. */
	private static long residentKb(long[] pids) throws IOException {
		long total = 0;
		for (long pid : pids) {
			total += Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
				.filter(l -> l.startsWith("VmRSS:"))
				.mapToLong(l -> Long.parseLong(l.replaceAll("\\D+", "")))
				.sum();
		}
		return total;
	}

	private static String peakRss(long pid) {
		try {
			return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
				.filter(l -> l.startsWith("VmHWM:"))
				.map(l -> Long.parseLong(l.replaceAll("\\D+", "")) / 1024 + " MB")
				.findFirst()
				.orElse("n/a");
		}
		catch (IOException e) {
			return "n/a";
		}
	}

	/**
	 * Opens a live socket as js/socket.js does; every message ("name\ncontent") goes to {@code onMessage};
	 * {@code open} counts sockets that opened.
	 */
	private static void stream(HttpClient http, String url, Cookies cookies, Consumer<String> onMessage,
			AtomicInteger open, Phone phone) {
		http.newWebSocketBuilder().header("Cookie", cookies.header())
			.buildAsync(URI.create(url.replaceFirst("^http", "ws")), new WebSocket.Listener() {
				private final StringBuilder text = new StringBuilder();

				@Override
				public void onOpen(WebSocket socket) {
					open.incrementAndGet();
					if (phone != null) {
						phone.streaming = true;
					}
					socket.request(1);
				}

				@Override
				public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
					text.append(data);
					if (last) {
						onMessage.accept(text.toString());
						text.setLength(0);
					}
					socket.request(1);
					return null;
				}

				@Override
				public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
					ended(phone);
					return null;
				}

				@Override
				public void onError(WebSocket socket, Throwable error) {
					ended(phone);
				}
			})
			.exceptionally(e -> {
				ended(phone);
				return null;
			});
	}

	private static void ended(Phone phone) {
		if (phone != null) {
			phone.ended = true;
		}
	}

	private static Cookies signIn(HttpClient http, String base) throws Exception {
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		Cookies cookies = Cookies.from(login, null);
		HttpResponse<String> signedIn = post(http, base + "/login", cookies, "username=coordinator%40demo.convene"
				+ "&password=demo-coordinator&_csrf=" + enc(csrf(login.body())), false);
		return Cookies.from(signedIn, cookies);
	}

	private static HttpResponse<String> get(HttpClient http, String url, Cookies cookies) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies.header())
			.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> post(HttpClient http, String url, Cookies cookies, String form, boolean htmx)
			throws Exception {
		var request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		if (!cookies.header().isEmpty()) {
			request.header("Cookie", cookies.header());
		}
		if (htmx) {
			request.header("HX-Request", "true");
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String csrf(String html) {
		Matcher m = CSRF.matcher(html);
		return m.find() ? m.group(1) : null;
	}

	private static long activityId(String html) {
		Matcher m = Pattern.compile("name=\"activity\" value=\"(\\d+)\"").matcher(html);
		if (!m.find()) {
			throw new IllegalStateException("No activity on the audience page");
		}
		return Long.parseLong(m.group(1));
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private static void waitFor(BooleanSupplier condition, Duration limit) throws InterruptedException {
		long end = System.nanoTime() + limit.toNanos();
		while (!condition.getAsBoolean() && System.nanoTime() < end) {
			Thread.sleep(50);
		}
	}
}
