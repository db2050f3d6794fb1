package org.convene.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.convene.cafe.CafePerson;
import org.convene.cafe.Cafes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole workshop as a new coordinator runs it, in one go, starting where the README starts: the home page and
 * the demo sign-in; a new event with a session; participants imported and checked in at the door; a live poll
 * opened and answered by two phones; a World Café planned, its seat cards printed and a phone joining with its
 * card's code; the evaluation opened and answered; the report on the page and as a PDF holding the poll, the café
 * and the evaluation; and the indicators counting the new event by sex.
 */
class WalkThroughBrowserTest extends BrowserTest {

	@Autowired
	Cafes cafes;

	@Test
	void fromTheReadmeToTheReport() throws Exception {
		// the README: open the address, sign in with the demo coordinator it lists
		page.navigate(url("/"));
		page.locator("#main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sign in")).click();
		page.locator("#username").fill("coordinator@demo.convene");
		page.locator("#password").fill("demo-coordinator");
		page.locator("main button[type=submit]").click();
		page.waitForURL(url("/"));
		page.locator(".language-switcher button[value=en]").click();
		page.waitForURL(url("/"));

		// the event and a session
		String id = createEvent("Walk-through workshop");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a session")).click();
		field("Title").fill("Regional cooperation");
		field("Day").fill("2031-06-10");
		field("Starts").fill("09:00");
		field("Ends").fill("12:00");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.locator(".notice")).containsText("The session has been saved");

		// participants: a spreadsheet of six, then four checked in at the door
		page.navigate(url("/events/" + id + "/participants/import"));
		String[] names = { "Amina Aziz", "Bilal Khan", "Chen Wei", "Dina Haddad", "Emre Yilmaz", "Farah Noor" };
		StringBuilder csv = new StringBuilder("name,organisation,stakeholder,country,sex\n");
		for (int i = 0; i < names.length; i++) {
			csv.append(names[i]).append(",Org ").append(i % 3).append(',').append(i % 2 == 0 ? "police" : "prosecutor")
				.append(',').append(i % 3 == 0 ? "Pakistan" : "AF").append(',').append(i % 2 == 0 ? "F" : "male").append('\n');
		}
		field("File").setInputFiles(new FilePayload("people.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the file")).click();
		assertThat(page.locator("#import-preview")).containsText("All 6 rows are ready to import");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import 6 participants")).click();
		assertThat(page.locator(".notice")).containsText("6 participants have been imported");
		for (String name : List.of(names).subList(0, 4)) {
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check in " + name)).click();
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Undo check-in of " + name)))
				.isVisible();
		}

		// a live poll from the event page: opened and presented, two phones answer, the projector shows it
		page.navigate(url("/events/" + id));
		page.locator(".decks-section input[name=title]").fill("Warm-up poll");
		page.locator(".decks-section button[type=submit]").click();
		page.waitForURL("**/decks/*");
		String deckUrl = page.url();
		addActivity("SINGLE");
		page.locator("#prompt").fill("Which partner do you call first?");
		page.locator("#options").fill("Police abroad\nProsecutors abroad\nAn NGO");
		page.locator("main form button[type=submit].primary").click();
		page.waitForURL(deckUrl);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open and present")).click();
		page.waitForURL("**/present");
		String code = page.locator(".join-code").innerText().strip();
		Page amina = phone("en-GB");
		Page bilal = phone("ar");
		for (Page p : List.of(amina, bilal)) {
			p.navigate(url("/j/" + code));
			p.locator("#stage input[type=radio]").first().check();
			p.locator("#stage button[type=submit]").click();
			assertThat(p.locator("#stage .notice").first()).isVisible();
		}
		assertThat(page.locator("#presenter-stage")).hasAttribute("data-responses", "2");

		// a World Café: set up and planned, the seat cards printed, a phone joins with its card's code
		page.navigate(url("/events/" + id));
		page.locator(".cafes-section input[name=title]").fill("Cooperation café");
		page.locator(".cafes-section button[type=submit]").click();
		page.waitForURL("**/cafes/*");
		long cafeId = Long.parseLong(page.url().replaceAll(".*/cafes/(\\d+).*", "$1"));
		page.locator("#plan input[name=seconds]").fill("1");
		page.locator("#plan button.primary").click();
		assertThat(page.locator("#figures .big-number")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
		Download cards = page.waitForDownload(() -> page.locator("a[href$='cards.pdf']").first().click());
		CafePerson chen = cafes.seating(cafeId).people().stream().filter(p -> p.name().equals("Chen Wei")).findFirst()
			.orElseThrow();
		try (var doc = Loader.loadPDF(Files.readAllBytes(cards.path()))) {
			assertThat(new PDFTextStripper().getText(doc)).contains("Chen Wei").contains(chen.key());
		}
		Page chenPhone = phone("en-GB");
		chenPhone.navigate(url("/c"));
		chenPhone.locator("#key").fill(chen.key());
		chenPhone.locator("main button[type=submit]").click();
		assertThat(chenPhone.locator("#stage")).containsText("In round 1 you sit at table");

		// the evaluation: started from the event page, opened, answered by two phones
		page.navigate(url("/events/" + id));
		page.locator(".decks-section select[name=template]").selectOption("EVALUATION");
		page.locator(".decks-section button[type=submit]").click();
		page.waitForURL("**/decks/*");
		page.locator("main .actions button[value=OPEN]").click();
		String evaluationCode = page.locator("main .actions").innerText().replaceAll("(?s).*code:\\s*([A-Z0-9]+).*", "$1");
		for (Page p : List.of(amina, bilal)) {
			p.navigate(url("/j/" + evaluationCode));
			Locator questions = p.locator("fieldset.question");
			for (int i = 0; i < 4; i++) {
				questions.nth(i).locator("input[value='5']").check();
			}
			p.locator("form.stack button[type=submit]").last().click();
			assertThat(p.locator("main .notice").first()).isVisible();
		}

		// the report: the poll, the café and the evaluation, on the page and in the PDF
		page.navigate(url("/events/" + id + "/report"));
		Locator report = page.locator(".report");
		assertThat(report).containsText("Which partner do you call first?");
		assertThat(report).containsText("Cooperation café");
		assertThat(report).containsText("5.0 / 5");
		Download pdf = page.waitForDownload(() -> page.locator("a[href$='report.pdf']").click());
		try (var doc = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
			assertThat(text).contains("Walk-through workshop").contains("Which partner do you call first?")
				.contains("Regional cooperation").contains("Pakistan");
		}
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "walk-through-report.png")));

		// the indicators count the new event: six participants, three women and three men, and its response rate
		page.navigate(url("/indicators?from=2031-01-01&to=2031-12-31"));
		Locator row = page.locator("main tr").filter(new Locator.FilterOptions().setHasText("Walk-through workshop"));
		assertThat(row).hasCount(1);
		assertThat(row.locator("td").nth(1)).hasText("6");
		assertThat(row.locator("td").nth(2)).hasText("3");
		assertThat(row.locator("td").nth(3)).hasText("3");
		// two answered the evaluation, of the four checked in
		assertThat(row.locator("td").nth(5)).hasText("50% (2)");
		for (Page p : List.of(amina, bilal, chenPhone)) {
			p.context().close();
		}
	}
}
