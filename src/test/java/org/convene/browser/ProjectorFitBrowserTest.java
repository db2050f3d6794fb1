package org.convene.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.convene.interact.Activity;
import org.convene.interact.ActivityDetails;
import org.convene.interact.ActivityText;
import org.convene.interact.ActivityType;
import org.convene.interact.Deck;
import org.convene.interact.Decks;
import org.convene.interact.Live;
import org.convene.interact.LiveControls;
import org.convene.interact.Room;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The projector in the sizes rooms have (a 1366×800 laptop on a beamer, a 1920×1080 screen): a quiz question
 * with six long options, its results and a full leaderboard, and every control, are all above the fold —
 * measured, not eyeballed.
 */
class ProjectorFitBrowserTest extends BrowserTest {

	@Autowired
	Decks decks;

	@Autowired
	Live live;

	@Autowired
	LiveControls controls;

	@Test
	void aQuizWithSixOptionsAndItsLeaderboardFitsTheProjectorWithTheControls() {
		Deck deck = decks.create("Projector fit", "en", null, null);
		Activity quiz = decks.addActivity(deck.getId(), ActivityType.QUIZ, new ActivityDetails(new ActivityText(
				"Which instrument first defined trafficking in persons in international law?",
				"The Palermo Protocol (2000)\nThe Council of Europe Convention (2005)\nThe Slavery Convention (1926)\n"
						+ "The ILO Forced Labour Convention (1930)\nThe EU Directive 2011/36/EU\nThe Smuggling of Migrants Protocol (2000)",
				null, null), null, null, "0", 30, false, Map.of()));
		Room room = live.room(deck.getId());
		controls.moveTo(room, 0);
		controls.control(room, LiveControls.Control.OPEN);
		for (int i = 0; i < 12; i++) {
			String token = String.format("projector-fit-phone-%02d", i);
			live.nickname(room, token, null, "Participant number " + (i + 1));
			live.answer(room, quiz.getId(), token, null, Map.of("choice", new String[] { String.valueOf(i % 6) }), false);
		}
		controls.control(room, LiveControls.Control.SHOW);
		signIn("coordinator@demo.convene", "demo-coordinator");
		for (int[] size : List.of(new int[] { 1366, 800 }, new int[] { 1920, 1080 })) {
			page.setViewportSize(size[0], size[1]);
			page.navigate(url("/decks/" + deck.getId() + "/present"));
			assertThat(page.locator("#presenter-stage .leaders li")).hasCount(10);
			page.screenshot(new Page.ScreenshotOptions()
				.setPath(Path.of("target", "screenshots", "projector-" + size[0] + "x" + size[1] + ".png")));
			for (String part : List.of("#presenter-stage .chart", "#presenter-stage .leaders", "nav.controls button[value=NEXT]",
					"nav.controls button[value=CLOSE]", ".join-code")) {
				// wholly on the screen (retried: the projector's stream may be swapping in fresh results just now)
				assertThat(page.locator(part).first())
					.isInViewport(new LocatorAssertions.IsInViewportOptions().setRatio(1.0));
			}
			assertThat((Number) page.evaluate("document.documentElement.scrollWidth")).as("no sideways scrolling")
				.satisfies(w -> assertThat(w.intValue()).isLessThanOrEqualTo(size[0]));
		}
	}
}
