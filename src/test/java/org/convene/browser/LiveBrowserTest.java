package org.convene.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.convene.interact.Activity;
import org.convene.interact.ActivityDetails;
import org.convene.interact.ActivityText;
import org.convene.interact.ActivityType;
import org.convene.interact.Deck;
import org.convene.interact.Decks;
import org.convene.interact.Live;
import org.convene.interact.LiveControls;
import org.convene.interact.LivePush;
import org.convene.interact.Room;
import org.convene.platform.push.PushHub;
import org.convene.platform.web.PhonePosts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A live session in real browsers: a coordinator builds a deck in the editor (with an Arabic
 * translation) and presents it; three phones (one in Arabic) join by code and answer a multiple-choice
 * poll, a word cloud and a quiz. The projector's results change without a reload, the phones follow the
 * presenter over their live socket (and come back to the current activity when it is cut), the leaderboard
 * ranks by correctness and speed, and a phone sending faster than anyone taps is told to wait in its language.
 */
class LiveBrowserTest extends BrowserTest {

	@Autowired
	Decks decks;

	@Autowired
	Live live;

	@Autowired
	LiveControls controls;

	@Autowired
	PushHub hub;

	/**
	 * A presenter shortcut: waits until the presenter's scripts have run (a key pressed earlier is lost),
	 * presses the key and waits for the presenter page the control redirects to.
	 */
	void presenterKey(String key) {
		page.waitForFunction("() => document.readyState === 'complete'");
		page.waitForResponse(r -> r.url().endsWith("/present") && r.request().method().equals("GET"),
				() -> page.keyboard().press(key));
		page.waitForFunction("() => document.readyState === 'complete'");
	}

	@Test
	void aPresenterAndThreePhonesRunAPollAWordCloudAndAQuiz() {
		signIn("coordinator@demo.convene", "demo-coordinator");
		page.navigate(url("/decks"));
		page.locator("#title").fill("Browser live session");
		page.locator("main form.stack button[type=submit]").click();
		page.waitForURL("**/decks/*");
		String deckUrl = page.url();

		addActivity("MULTIPLE");
		page.locator("#prompt").fill("Which partners do you work with?");
		page.locator("#options").fill("Police\nProsecutors\nNGOs");
		page.locator("#maxValue2").fill("2");
		page.locator("#tp-ar").fill("مع أي شركاء تعمل؟");
		page.locator("#to-ar").fill("الشرطة\nالنيابة العامة\nالمنظمات غير الحكومية");
		page.locator("main form button[type=submit].primary").click();
		page.waitForURL(deckUrl);
		addActivity("WORDS");
		page.locator("#prompt").fill("One word for cooperation");
		page.locator("main form button[type=submit].primary").click();
		page.waitForURL(deckUrl);
		addActivity("QUIZ");
		page.locator("#prompt").fill("When did the Protocol turn 20?");
		page.locator("#options").fill("2010\n2020");
		page.locator("#correct").fill("2");
		page.locator("#timeLimit").fill("60");
		page.locator("main form button[type=submit].primary").click();
		page.waitForURL(deckUrl);
		assertThat(page.locator(".activities li")).hasCount(3);

		// a new deck is not open: the deck page offers to open and present it, the list says so
		assertThat(page.locator("main .actions .tag")).hasText("not open yet");
		page.navigate(deckUrl + "/present");
		String code = page.locator(".join-code").innerText().strip();
		assertThat(page.locator(".join-qr svg")).isVisible();

		Page amina = phone("en-GB");
		Page boris = phone("en-GB");
		Page chen = phone("ar");
		for (Page p : List.of(amina, boris, chen)) {
			p.navigate(url("/j/" + code));
		}
		assertThat(amina.locator("#stage .notice")).containsText("Not open yet");
		assertThat(amina.locator("#stage form")).hasCount(0);
		// opening on the projector starts every phone that is waiting, without a reload
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open to the audience")).click();
		assertThat(page.locator("button[value=CLOSE]")).isVisible();
		presenterKey("r"); // show results while people answer
		assertThat(page.locator("#presenter-stage .chart")).isVisible();
		assertThat(amina.locator("#stage h1")).hasText("Which partners do you work with?");
		assertThat(chen.locator("html")).hasAttribute("dir", "rtl");
		assertThat(chen.locator("#stage h1")).hasText("مع أي شركاء تعمل؟");
		page.evaluate("window.stillTheSamePage = true");

		// the poll: answers arrive on the projector without a reload
		answerChoices(amina, "Police", "NGOs");
		answerChoices(boris, "Police");
		answerChoices(chen, "الشرطة");
		// an accepted answer comes back empty: the phone marks its stage answered by itself, in its language
		assertThat(chen.locator("#stage .sent-note")).hasText("شكرًا — تم تسجيل إجابتك.");
		assertThat(chen.locator("#stage button[type=submit]")).hasText("غيّر إجابتي");
		assertThat(chen.locator("#stage label").filter(new Locator.FilterOptions().setHasText("الشرطة")).locator("input"))
			.isChecked();
		assertThat(page.locator("#presenter-stage")).hasAttribute("data-responses", "3");
		assertThat(page.locator("#presenter-stage .chart")).containsText("3 · 100%");
		assertThat(page.evaluate("window.stillTheSamePage === true")).isEqualTo(true);

		// the word cloud: the phones follow the presenter by themselves
		presenterKey("ArrowRight");
		for (Page p : List.of(amina, boris)) {
			assertThat(p.locator("#stage h1")).hasText("One word for cooperation");
		}
		amina.locator("#stage input[name=word]").first().fill("Trust");
		amina.locator("#stage button[type=submit]").click();
		boris.locator("#stage input[name=word]").first().fill("  trust ");
		boris.locator("#stage input[name=word]").nth(1).fill("Networks");
		boris.locator("#stage button[type=submit]").click();
		assertThat(boris.locator("#stage .notice")).isVisible();
		presenterKey("r");
		// the pushed stage is the same for everyone; each phone shows its own answer again
		assertThat(amina.locator("#stage .sent-note")).isVisible();
		assertThat(amina.locator("#stage input[name=word]").first()).hasValue("Trust");
		assertThat(page.locator("#presenter-stage .cloud-word").first()).containsText("Trust");
		assertThat(page.locator("#presenter-stage .cloud-word")).hasCount(2);

		// the quiz: nicknames, then answers in order; the leaderboard ranks right answers by speed
		presenterKey("ArrowRight");
		nickname(amina, "Amina");
		nickname(boris, "Boris");
		nickname(chen, "Chen");
		for (Page p : List.of(amina, boris, chen)) {
			assertThat(p.locator("#stage h1")).containsText("When did the Protocol");
		}
		answerChoices(amina, "2020");
		amina.waitForTimeout(400);
		answerChoices(boris, "2020");
		answerChoices(chen, "2010");
		presenterKey("r");
		assertThat(page.locator("#presenter-stage .leaders li")).hasCount(3);
		List<String> ranking = page.locator("#presenter-stage .leaders li bdi").allInnerTexts();
		assertThat(ranking).containsExactly("Amina", "Boris", "Chen");
		// the phones see the results too, pushed when the presenter showed them, and each its own outcome
		assertThat(amina.locator("#stage .leaders li")).hasCount(3);
		assertThat(amina.locator("#you .right")).containsText("Right! +");
		assertThat(amina.locator("#you .standing")).containsText("rank 1 of 3");
		assertThat(boris.locator("#you .standing")).containsText("rank 2 of 3");
		assertThat(chen.locator("#you .wrong")).hasText("ليس هذه المرة.");
		assertThat(chen.locator("#you .standing")).containsText("3");
		// a reload renders the same outcome without fetching it
		boris.reload();
		assertThat(boris.locator("#you .right")).isVisible();
		assertThat(boris.locator("#you")).not().hasAttribute("hx-get", Pattern.compile(".*"));
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "live-presenter.png")));
		chen.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "live-phone-ar.png")));
		for (Page p : List.of(amina, boris, chen)) {
			p.context().close();
		}
	}

	/**
	 * A phone that joins (or reloads) in the middle of a Q&amp;A sees every question at once and can upvote; while
	 * the results are shown, phones follow the projector's figures as answers come in — new joiners too.
	 */
	@Test
	void lateJoinersSeeTheQuestionsAndPhonesFollowTheFiguresAsAnswersArrive() {
		Deck deck = decks.create("Late joiners", "en", null, null);
		Activity qa = decks.addActivity(deck.getId(), ActivityType.QA, new ActivityDetails(
				new ActivityText("Questions for the panel", null, null, null), null, null, null, null, false, Map.of()));
		Activity poll = decks.addActivity(deck.getId(), ActivityType.SINGLE, new ActivityDetails(
				new ActivityText("Is the hotline known?", "Yes\nNo", null, null), null, null, null, null, false,
				Map.of()));
		Room room = live.room(deck.getId());
		controls.moveTo(room, 0);
		controls.control(room, LiveControls.Control.OPEN);
		live.answer(room, qa.getId(), "early-phone-one-000", null, Map.of("text", new String[] { "Who funds the hotline?" }),
				false);
		live.answer(room, qa.getId(), "early-phone-two-000", null, Map.of("text", new String[] { "How do shelters refer?" }),
				false);

		Page late = phone("en-GB");
		late.navigate(url("/j/" + deck.getJoinCode()));
		// the page came with the questions; its socket is open
		String topic = LivePush.audienceTopic(deck.getId(), "en");
		late.waitForCondition(() -> hub.subscribers(topic) == 1);
		assertThat(late.locator("#board .questions li")).hasCount(2);
		late.locator("#board .questions li").filter(new Locator.FilterOptions().setHasText("Who funds"))
			.locator("button.vote").click();
		assertThat(late.locator("#board .questions li").filter(new Locator.FilterOptions().setHasText("Who funds"))
			.locator("button.vote")).containsText("1");
		// a question asked now reaches the late joiner too
		live.answer(room, qa.getId(), "early-phone-one-000", null, Map.of("text", new String[] { "Is data shared?" }), false);
		assertThat(late.locator("#board .questions li")).hasCount(3);

		// results shown: the phones' figures follow every answer, and a phone joining now sees the latest
		controls.moveTo(room, 1);
		controls.control(room, LiveControls.Control.SHOW);
		assertThat(late.locator("#stage h1")).hasText("Is the hotline known?");
		for (int i = 1; i <= 3; i++) {
			live.answer(room, poll.getId(), "poll-phone-" + i + "-0000000", null, Map.of("choice", new String[] { "0" }),
					false);
		}
		assertThat(late.locator("#board .respondents")).hasText("3 answered");
		Page later = phone("en-GB");
		later.navigate(url("/j/" + deck.getJoinCode()));
		live.answer(room, poll.getId(), "poll-phone-4-0000000", null, Map.of("choice", new String[] { "1" }), false);
		for (Page p : List.of(late, later)) {
			assertThat(p.locator("#board .respondents")).hasText("4 answered");
			p.context().close();
		}
	}

	/**
	 * Free text with a phone number is held back with a warning; confirmed, it is accepted with an empty answer and
	 * the phone clears the warning and marks its stage answered itself, in its language.
	 */
	@Test
	void aWarningAboutPersonalDataIsGoneOnceTheConfirmedAnswerIsIn() {
		Deck deck = decks.create("Held back", "en", null, null);
		Page phone = openOnAPhone(deck, ActivityType.OPEN, new ActivityText("What helped most?", null, null, null), "es-ES");
		phone.locator("#stage textarea[name=text]").fill("Llamar al +92 300 1234567");
		phone.locator("#stage button[type=submit]").click();
		assertThat(phone.locator("#identifier-warning")).containsText("+92 300 1234567");
		assertThat(phone.locator("#stage .sent-note")).isHidden();
		phone.locator("#identifier-warning input[name=identifiersConfirmed]").check();
		phone.locator("#stage button[type=submit]").click();
		assertThat(phone.locator("#stage .sent-note")).hasText("Gracias: su respuesta está registrada.");
		assertThat(phone.locator("#identifier-warning")).hasCount(0);
		assertThat(phone.locator("#stage textarea[name=text]")).hasValue("Llamar al +92 300 1234567");
		assertThat(live.room(deck.getId()).activities().getFirst().responses()).hasSize(1);
		phone.context().close();
	}

	/**
	 * A phone sending faster than anyone taps (more than {@link PhonePosts#PER_WINDOW} answers within the window) is
	 * refused with 429: js/live.js shows the reason on the stage in the phone's language, nothing of that send is
	 * recorded, and the answer already in stays.
	 */
	@Test
	void aPhoneSendingFasterThanAnyoneTapsIsToldToWaitInItsLanguageAndKeepsItsAnswer() {
		Deck deck = decks.create("Too fast", "en", null, null);
		Page phone = openOnAPhone(deck, ActivityType.SINGLE, new ActivityText("Pick one", "Yes\nNo", null, null), "fr-FR");
		Locator send = phone.locator("#stage button[type=submit]");
		for (int i = 0; i < PhonePosts.PER_WINDOW; i++) {
			phone.locator("#stage input[type=radio]").nth(i % 2).check();
			Response accepted = phone.waitForResponse(r -> r.url().endsWith("/a"), send::click);
			assertThat(accepted.status()).as("send %d", i + 1).isEqualTo(200);
		}
		phone.locator("#stage input[type=radio]").first().check();
		Response refused = phone.waitForResponse(r -> r.url().endsWith("/a"), send::click);
		assertThat(refused.status()).isEqualTo(429);
		assertThat(phone.locator("#stage .error")).hasText("Trop d’envois depuis ce téléphone en quelques secondes : rien "
				+ "n’a été enregistré. Attendez un instant et renvoyez.");
		// the twentieth answer (the second choice, "1") is the one kept; the refused first choice ("0") was not recorded
		assertThat(live.room(deck.getId()).activities().getFirst().responses()).singleElement()
			.satisfies(response -> assertThat(response.answer()).isEqualTo("1"));
		// the browser logs the refused request itself; nothing else went wrong on the page
		assertThat(consoleErrors).singleElement().asString().contains("status of 429");
		consoleErrors.clear();
		phone.context().close();
	}

	/**
	 * The server closes every socket (as it does when it restarts); the phone comes back by itself and lands on the
	 * activity the presenter moved to while it was away, in its language.
	 */
	@Test
	void aPhoneWhoseSocketIsCutComesBackToTheCurrentActivity() {
		Deck deck = decks.create("Cut and back", "en", null, null);
		for (String prompt : List.of("Before the cut", "After the cut")) {
			decks.addActivity(deck.getId(), ActivityType.SINGLE, new ActivityDetails(
					new ActivityText(prompt, "Yes\nNo", null, null), null, null, null, null, false, Map.of()));
		}
		Room room = live.room(deck.getId());
		controls.moveTo(room, 0);
		controls.control(room, LiveControls.Control.OPEN);
		Page phone = phone("fr-FR");
		phone.navigate(url("/j/" + deck.getJoinCode()));
		String topic = LivePush.audienceTopic(deck.getId(), "fr");
		phone.waitForCondition(() -> hub.subscribers(topic) == 1);
		assertThat(phone.locator("#stage h1")).hasText("Before the cut");

		hub.stop();
		hub.start();
		assertThat(hub.subscribers(topic)).isZero();
		controls.moveTo(room, 1);
		assertThat(phone.locator("#stage h1")).hasText("After the cut");
		assertThat(phone.locator("#stage button[type=submit]")).hasText("Envoyer");
		assertThat(hub.subscribers(topic)).isEqualTo(1);
		phone.context().close();
	}

	/** The deck's one activity, open, and a phone joined in {@code locale} ("fr-FR") that is on the live socket. */
	private Page openOnAPhone(Deck deck, ActivityType type, ActivityText text, String locale) {
		decks.addActivity(deck.getId(), type, new ActivityDetails(text, null, null, null, null, false, Map.of()));
		Room room = live.room(deck.getId());
		controls.moveTo(room, 0);
		controls.control(room, LiveControls.Control.OPEN);
		Page phone = phone(locale);
		phone.navigate(url("/j/" + deck.getJoinCode()));
		String topic = LivePush.audienceTopic(deck.getId(), locale.substring(0, 2));
		phone.waitForCondition(() -> hub.subscribers(topic) == 1);
		return phone;
	}

	static void answerChoices(Page phone, String... labels) {
		for (String label : labels) {
			phone.locator("#stage label").filter(new Locator.FilterOptions().setHasText(label))
				.locator("input").check();
		}
		phone.locator("#stage button[type=submit]").click();
		assertThat(phone.locator("#stage .notice")).isVisible();
	}

	static void nickname(Page phone, String name) {
		phone.locator("input[name=nickname]").fill(name);
		phone.locator("form.nickname button").click();
		assertThat(phone.locator("form.nickname [role=status]")).isVisible();
	}
}
