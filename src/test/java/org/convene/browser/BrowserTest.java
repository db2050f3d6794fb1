package org.convene.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.convene.ConveneTest;
import org.convene.demo.DemoCommunity;
import org.convene.platform.security.Totp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Browser tests drive Debian's Chromium with Playwright against the running application (demo
 * community loaded). Each test gets a fresh browser context: no cookies, no session.
 */
@ConveneTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

	static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CONVENE_CHROMIUM", "/usr/bin/chromium"));

	@LocalServerPort
	int port;

	Playwright playwright;
	Browser browser;
	BrowserContext context;
	Page page;

	/** Errors the browser reported (a script or style blocked by the Content-Security-Policy shows up here). */
	final List<String> consoleErrors = new CopyOnWriteArrayList<>();

	@BeforeAll
	void launch() {
		// assertions retry for up to 10 s (Playwright's default is 5 s): pushed updates on a busy 2-core CI machine
		PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
		playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
			.setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--no-first-run")));
	}

	@BeforeEach
	void openContext() {
		consoleErrors.clear();
		newContext();
	}

	/**
	 * Another person at the same desk: a new browser context (no cookies), the console errors seen so far kept. Safer
	 * than clearing cookies, which a request still in flight from the last page could set again.
	 */
	void newPerson() {
		context.close();
		newContext();
	}

	private void newContext() {
		context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1200, 900));
		context.setDefaultTimeout(15_000);
		page = context.newPage();
		context.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				consoleErrors.add(message.text());
			}
		});
	}

	/** The last screen of every test is kept under target/screenshots, to see what a failing test saw. */
	@AfterEach
	void closeContext(TestInfo test) {
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", getClass().getSimpleName() + "-"
					+ test.getTestMethod().map(m -> m.getName()).orElse("test") + ".png")));
		context.close();
		Assertions.assertThat(consoleErrors).as("errors in the browser console").isEmpty();
	}

	@AfterAll
	void close() {
		browser.close();
		playwright.close();
	}

	/** A phone: a fresh context (no cookies) in a language, phone-sized; its console errors count too. */
	Page phone(String locale) {
		BrowserContext phoneContext = browser.newContext(new Browser.NewContextOptions().setLocale(locale)
			.setViewportSize(390, 800));
		phoneContext.setDefaultTimeout(15_000);
		phoneContext.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				consoleErrors.add(locale + " phone: " + message.text());
			}
		});
		return phoneContext.newPage();
	}

	/** The form field with exactly this label. */
	Locator field(String label) {
		return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
	}

	/** Creates an event through the form (10–11 June 2031, typed time zone "Karachi") and returns its id. */
	String createEvent(String title) {
		page.navigate(url("/events"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New event")).click();
		field("Title").fill(title);
		field("First day").fill("2031-06-10");
		field("Last day").fill("2031-06-11");
		field("Time zone").fill("Karachi"); // a city, as a person types it; the server finds Asia/Karachi
		field("Venue").fill("Islamabad, Pakistan");
		field("Background").fill("Why we meet.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.locator(".notice")).containsText("The event has been created");
		assertThat(page.locator("h1")).hasText(title);
		return page.url().replaceAll(".*/events/(\\d+).*", "$1");
	}

	/** On a deck's page: adds an activity of this type and waits for its form. */
	void addActivity(String type) {
		page.locator("select[name=type]").selectOption(type);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add").setExact(true)).click();
		page.waitForURL("**/activities/*");
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	/**
	 * Types the current code of a two-factor key, as an authenticator app would show it; a code works once, so when
	 * this step's code was used by an earlier sign-in the next step's is tried, then the test waits for a new step.
	 */
	static void typeSecondFactor(Page page, String key) {
		for (int attempt = 0; attempt < 4 && page.url().endsWith("/login/code"); attempt++) {
			Instant at = attempt == 2 ? waitForNextStep() : Instant.now();
			page.locator("#code").fill(Totp.code(key, at.plusSeconds(attempt % 2 == 0 ? 0 : Totp.STEP_SECONDS)));
			page.locator("main button[type=submit]").click();
			page.waitForLoadState();
		}
	}

	private static Instant waitForNextStep() {
		long next = (Totp.step(Instant.now()) + 1) * Totp.STEP_SECONDS;
		try {
			Thread.sleep(Math.max(0, next * 1000 - System.currentTimeMillis()) + 200);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return Instant.now();
	}

	void signIn(String email, String password) {
		page.navigate(url("/login"));
		page.locator("#username").fill(email);
		page.locator("#password").fill(password);
		page.locator("main button[type=submit]").click();
		page.waitForURL(u -> !u.endsWith("/login"));
		if (page.url().endsWith("/login/code")) {
			typeSecondFactor(page, DemoCommunity.ADMIN_TWO_FACTOR_KEY);
		}
		page.waitForURL(url("/"));
		// the account may remember another language from an earlier test: work in English
		page.locator(".language-switcher button[value=en]").click();
		page.waitForURL(url("/"));
	}
}
