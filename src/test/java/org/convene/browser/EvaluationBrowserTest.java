package org.convene.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.convene.events.Event;
import org.convene.events.EventDetails;
import org.convene.events.Events;
import org.convene.events.Participant;
import org.convene.events.ParticipantDetails;
import org.convene.events.Sex;
import org.convene.events.StakeholderType;
import org.convene.events.Visibility;
import org.convene.interact.Deck;
import org.convene.interact.Decks;
import org.convene.interact.Live;
import org.convene.interact.Room;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The evaluation in real browsers: the coordinator starts the standard evaluation from the event page;
 * three phones (one in Arabic) fill it in without an account; the coordinator sees the averages, the
 * response rate and the breakdown by sex with the small group hidden, writes the report's summary with
 * the live preview, then downloads the report as PDF and as DOCX.
 */
class EvaluationBrowserTest extends BrowserTest {

	@Autowired
	Events events;

	@Autowired
	Decks decks;

	@Autowired
	Live live;


	@Test
	void threePhonesAnswerTheEvaluationAndTheCoordinatorSeesTheFiguresAndDownloadsTheReport() throws Exception {
		Event event = events.create(new EventDetails("Evaluated workshop", LocalDate.of(2030, 4, 2),
				LocalDate.of(2030, 4, 3), "UTC", "Vienna International Centre", null, List.of("en", "ar"),
				"Why we met.", "What we wanted.", Visibility.PUBLIC));
		for (int i = 0; i < 8; i++) {
			events.register(event.getId(), new ParticipantDetails("Participant " + i, "Org " + i,
					StakeholderType.MINISTRY, "PK", null, i % 2 == 0 ? Sex.FEMALE : Sex.MALE, null, true, null),
					Participant.Source.COORDINATOR);
		}

		// the coordinator starts the standard evaluation from the event page
		signIn("coordinator@demo.convene", "demo-coordinator");
		page.navigate(url("/events/" + event.getId()));
		page.locator(".decks-section select[name=template]").selectOption("EVALUATION");
		page.locator(".decks-section button[type=submit]").click();
		page.waitForURL("**/decks/*");
		Deck deck = decks.forEvent(event.getId()).stream().filter(Deck::isSelfPaced).findFirst().orElseThrow();
		// a new questionnaire is not open yet: a phone is told so, then the coordinator opens it on the deck page
		Page early = phone("en-GB");
		early.navigate(url("/j/" + deck.getJoinCode()));
		assertThat(early.locator("main .notice")).containsText("This questionnaire is not open yet");
		assertThat(early.locator("fieldset.question")).hasCount(0);
		early.context().close();
		assertThat(page.locator("main .actions .tag")).hasText("not open yet");
		page.locator("main .actions button[value=OPEN]").click();
		assertThat(page.locator("main .actions .tag")).hasText("open");
		Room room = live.room(deck.getId());
		// two earlier answers (women), sent as a phone sends them
		for (int i = 0; i < 2; i++) {
			live.submitAll(room, "earlier-" + i, null, Map.of(room.activities().get(0).activity().getId(),
					Map.of("value", new String[] { "4" })), Sex.FEMALE, StakeholderType.MINISTRY, false);
		}

		Page amina = phone("en-GB");
		Page boris = phone("en-GB");
		Page chen = phone("ar");
		String code = deck.getJoinCode();
		answer(amina, code, "5", "Female", "The peer exchange");
		answer(boris, code, "3", "Male", null);
		answer(chen, code, "5", null, "تبادل الخبرات");
		assertThat(chen.locator("html")).hasAttribute("dir", "rtl");
		assertThat(chen.locator("fieldset.question legend").first()).containsText("بشكل عام، كيف تقيّم ورشة العمل؟");
		// coming back, a phone finds its answers (to change them until the questionnaire closes)
		amina.navigate(url("/j/" + code));
		assertThat(amina.locator("fieldset.question").first().locator("input[value='5']")).isChecked();
		assertThat(amina.locator("select[name=sex]")).hasValue("FEMALE");

		// the coordinator's results: averages, response rate, the breakdown by sex with the small group hidden
		page.navigate(url("/decks/" + deck.getId() + "/results"));
		assertThat(page.locator("main > p.big-number")).hasText("5 of 8 registered participants answered (63%)");
		Locator overall = page.locator("section.result-block").first();
		assertThat(overall.locator("p.big-number")).hasText("Average 4.2 / 5"); // (4 + 4 + 5 + 3 + 5) / 5
		Locator bySex = overall.locator("table.breakdown").first();
		assertThat(bySex.locator("caption")).hasText("By sex");
		assertThat(bySex.locator("tbody tr").nth(0)).containsText("Female");
		// three women beside two men: shown, the women's figures would give the men's away by subtraction
		assertThat(bySex.locator("tbody tr").nth(0).locator("td").nth(0)).hasText("—");
		assertThat(bySex.locator("tbody tr").nth(0)).containsText("hidden with a small group");
		assertThat(bySex.locator("tbody tr").nth(1)).containsText("Male");
		assertThat(bySex.locator("tbody tr").nth(1)).containsText("fewer than 3");
		assertThat(bySex.locator("tbody tr").nth(1)).containsText("hidden so that no one can be singled out");
		assertThat(bySex.locator("tbody tr").nth(1)).not().containsText("3.0");
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "evaluation-results.png")));

		// the coordinator writes the summary with the preview beside it, then saves
		page.navigate(url("/events/" + event.getId() + "/report/edit"));
		page.locator("#text-summary").fill("Eight practitioners compared how they refer victims across borders.");
		assertThat(page.locator("#preview #background")).containsText("Eight practitioners compared how they refer");
		page.locator("#text-conclusions").fill("Meet again in six months.");
		assertThat(page.locator("#preview #conclusions")).containsText("Meet again in six months.");
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "report-editor.png")));
		page.locator("form.stack button[type=submit].primary").click();
		page.waitForURL("**/events/" + event.getId() + "/report");
		assertThat(page.locator(".notices .notice")).hasText("The report texts are saved.");
		assertThat(page.locator(".report #conclusions")).containsText("Meet again in six months.");

		// the report, in both formats
		page.navigate(url("/events/" + event.getId() + "/report"));
		assertThat(page.locator(".report #outcome")).containsText("4.2 / 5");
		Download pdf = page.waitForDownload(() -> page.locator("a[href$='report.pdf']").click());
		Download docx = page.waitForDownload(() -> page.locator("a[href$='report.docx']").click());
		byte[] pdfBytes = Files.readAllBytes(pdf.path());
		byte[] docxBytes = Files.readAllBytes(docx.path());
		assertThat(new String(pdfBytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(new String(docxBytes, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
		assertThat(pdf.suggestedFilename()).endsWith("-report-en.pdf");
		assertThat(docx.suggestedFilename()).endsWith("-report-en.docx");
		chen.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "evaluation-phone-ar.png")));
		for (Page p : List.of(amina, boris, chen)) {
			p.context().close();
		}
	}

	@Test
	void whereABallotMustBeOnePerPersonEachParticipantAnswersThroughTheirOwnLink() throws Exception {
		Event event = events.create(new EventDetails("Ballot by link", LocalDate.of(2030, 5, 2), LocalDate.of(2030, 5, 2),
				"UTC", null, null, List.of("en", "ur"), null, null, Visibility.PUBLIC));
		for (String name : List.of("Ayesha Malik", "Bilal Khan")) {
			events.register(event.getId(), new ParticipantDetails(name, "Org", StakeholderType.PROSECUTION, "PK", null,
					Sex.FEMALE, null, true, null), Participant.Source.COORDINATOR);
		}
		Deck deck = decks.fromTemplate(Decks.Template.EVALUATION, Locale.ENGLISH, event.getId(), null);
		signIn("coordinator@demo.convene", "demo-coordinator");
		page.navigate(url("/decks/" + deck.getId()));
		page.locator("input[name=personalLinks]").check();
		page.locator("#settings-heading + form button[type=submit]").click();
		assertThat(page.locator("input[name=personalLinks]")).isChecked();
		page.locator("main .actions button[value=OPEN]").click();
		assertThat(page.locator("main .actions .tag")).hasText("open");

		page.navigate(url("/decks/" + deck.getId() + "/results"));
		Locator links = page.locator("details.reminder table input.copy");
		assertThat(links).hasCount(2);
		String ayesha = links.first().inputValue();
		assertThat(page.locator("details.reminder tbody tr").first()).containsText("Ayesha Malik");

		// the general code is not enough: the phone is told how to get in, in its language (right to left)
		Page stranger = phone("ur");
		stranger.navigate(url("/j/" + deck.getJoinCode()));
		assertThat(stranger.locator("html")).hasAttribute("dir", "rtl");
		assertThat(stranger.locator("main .error")).containsText("ذاتی لنک");
		assertThat(stranger.locator("fieldset.question")).hasCount(0);
		stranger.context().close();
		// the refusal's 403 is what the browser reports, on purpose
		assertThat(consoleErrors).singleElement().asString().contains("status of 403");
		consoleErrors.clear();

		Page phone = phone("en-GB");
		answer(phone, ayesha.substring(ayesha.indexOf("/j/")), "4", "Female", null);
		assertThat(phone.locator("main .privacy").last()).containsText("This link is yours alone");
		phone.context().close();
		page.navigate(url("/decks/" + deck.getId() + "/results"));
		assertThat(page.locator("main > p.big-number")).hasText("1 of 2 registered participants answered (50%)");
	}

	/** Fills in the questionnaire: {@code overall} for the four scales, the first option of the others. */
	private void answer(Page phone, String path, String overall, String sex, String useful) {
		phone.navigate(url(path.startsWith("/") ? path : "/j/" + path));
		Locator questions = phone.locator("fieldset.question");
		assertThat(questions).hasCount(8);
		for (int i = 0; i < 4; i++) {
			questions.nth(i).locator("input[value='" + overall + "']").check();
		}
		questions.nth(4).locator("input[type=radio]").first().check();
		questions.nth(5).locator("input[type=radio]").first().check();
		if (useful != null) {
			questions.nth(6).locator("textarea").fill(useful);
		}
		if (sex != null) {
			phone.locator("select[name=sex]").selectOption(new SelectOption().setLabel(sex));
		}
		phone.locator("main form.stack button[type=submit]").click();
		assertThat(phone.locator("main .notice[role=status]")).isVisible();
	}
}
