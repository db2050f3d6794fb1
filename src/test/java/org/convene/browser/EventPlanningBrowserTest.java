package org.convene.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** A coordinator plans a workshop in the browser; a guest registers; a spreadsheet is imported. */
class EventPlanningBrowserTest extends BrowserTest {

	@Test
	void aCoordinatorCreatesAnEventAndAddsASessionWithAMaterial() {
		signIn("coordinator@demo.convene", "demo-coordinator");
		String id = createEvent("Browser workshop");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a session")).click();
		assertThat(page.locator("main .hint").first()).containsText("Asia/Karachi"); // the typed city, resolved
		field("Title").fill("Session 1: Legislative assistance");
		field("Day").fill("2031-06-10");
		field("Starts").fill("09:00");
		field("Ends").fill("10:30");
		field("Project objective").selectOption("LEGISLATIVE_ASSISTANCE");
		field("Moderator").fill("Crime Prevention Officer, UNODC");
		field("Presenters").fill("Director (UN-I), Ministry of Foreign Affairs of Pakistan");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.locator(".notice")).containsText("The session has been saved");

		field("Title (optional)").fill("Gap analysis slides");
		field("File").setInputFiles(new FilePayload("gaps.pdf",
				"application/pdf", "%PDF-1.4\n% a tiny test document\n".getBytes(StandardCharsets.US_ASCII)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add material")).click();
		assertThat(page.locator(".notice")).containsText("The material has been added");

		page.navigate(url("/events/" + id));
		assertThat(page.locator(".agenda")).containsText("Session 1: Legislative assistance");
		assertThat(page.locator(".agenda")).containsText("Director (UN-I), Ministry of Foreign Affairs of Pakistan");
		assertThat(page.locator(".agenda .tag.objective")).hasText("1 Legislative assistance");
		var download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Gap analysis slides")).click());
		assertThat(download.suggestedFilename()).isEqualTo("gaps.pdf");
	}

	@Test
	void aGuestRegistersAndTheCoordinatorImportsTheRest() throws Exception {
		signIn("coordinator@demo.convene", "demo-coordinator");
		String id = createEvent("Registration workshop");
		newPerson();

		// a guest registers through the public form
		page.navigate(url("/events/" + id));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Register")).click();
		field("Name").fill("Guest Example");
		field("Organisation").fill("Federal Investigation Agency");
		field("Stakeholder type").selectOption("LAW_ENFORCEMENT");
		field("Country").selectOption("PK");
		field("Female").check();
		page.getByLabel("List my name").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register")).click();
		assertThat(page.locator(".notice")).containsText("you are registered");
		assertThat(page.locator("#participant-total")).containsText("1 participants: 1 female, 0 male");

		// the coordinator imports a spreadsheet with one bad row, then the corrected one
		signIn("coordinator@demo.convene", "demo-coordinator");
		page.navigate(url("/events/" + id + "/participants/import"));
		String csv = "name,organisation,stakeholder,country,sex\nJudge Example,High Court,judiciary,PK,male\n"
				+ "Bad Row,Nowhere,astronaut,PK,female\n";
		field("File").setInputFiles(new FilePayload("list.csv", "text/csv", csv.getBytes()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the file")).click();
		assertThat(page.locator("#import-preview")).containsText("1 of 2 rows has problems");
		assertThat(page.locator("tr.bad")).containsText("Stakeholder type “astronaut” is not one of the list");
		assertThat(page.locator("tr.ok")).containsText("Judiciary");
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "import-preview-with-an-error.png")));

		// the refused row comes back as a file to correct; the good one is imported now
		Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Download the refused row to correct (CSV)")).click());
		String refused = Files.readString(download.path());
		assertThat(refused).contains("Bad Row").doesNotContain("Judge Example");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import the row without problems")).click();
		assertThat(page.locator(".notice")).containsText("1 participant has been imported");

		Path fixed = Files.createTempFile("fixed", ".csv");
		Files.writeString(fixed, refused.replace("astronaut", "ngo"));
		page.navigate(url("/events/" + id + "/participants/import"));
		field("File").setInputFiles(fixed);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the file")).click();
		assertThat(page.locator("#import-preview")).containsText("The row is ready to import");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import 1 participant")).click();
		assertThat(page.locator(".notice")).containsText("1 participant has been imported");
		assertThat(page.locator("table")).containsText("Bad Row");
		assertThat(page.locator("table")).containsText("Judge Example");
		assertThat(page.locator("table")).containsText("Guest Example");

		// at the door: find someone by typing, check them in without the page reloading
		page.evaluate("() => window.stillThisPage = true");
		field("Find a participant").fill("judge");
		assertThat(page.locator("#participant-rows tr")).hasCount(1);
		assertThat(page.locator("#participant-rows")).containsText("Judge Example");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check in Judge Example")).click();
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Undo check-in of Judge Example")))
			.isVisible();
		assertThat(page.locator("#participant-summary")).containsText("1 checked in");
		Assertions.assertThat(page.evaluate("() => window.stillThisPage === true")).isEqualTo(true);
	}
}
