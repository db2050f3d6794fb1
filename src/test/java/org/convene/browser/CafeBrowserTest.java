package org.convene.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.convene.cafe.ActionItem;
import org.convene.cafe.Cafe;
import org.convene.cafe.CafeHarvest;
import org.convene.cafe.CafePerson;
import org.convene.cafe.Cafes;
import org.convene.cafe.Note;
import org.convene.cafe.Seating;
import org.convene.cafe.planner.Plan;
import org.convene.events.Event;
import org.convene.events.EventDetails;
import org.convene.events.Events;
import org.convene.events.Participant;
import org.convene.events.ParticipantDetails;
import org.convene.events.Sex;
import org.convene.events.StakeholderType;
import org.convene.events.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A World Café in real browsers: the coordinator sets one up from the event page, chooses a host,
 * plans the rotation, swaps two people by hand, and runs the rounds from the projector page while two phones (one in Arabic)
 * follow their tables by Server-Sent Events; the host writes notes (one caught for a phone number);
 * both phones dot-vote; on the harvest board the top insight is clustered and becomes an action item.
 */
class CafeBrowserTest extends BrowserTest {

	@Autowired
	Events events;

	@Autowired
	Cafes cafes;

	@Autowired
	CafeHarvest harvest;


	@Test
	void aCoordinatorPlansAndRunsACafeWhileTwoPhonesFollowAndVote() {
		Event event = events.create(new EventDetails("Café in the browser", LocalDate.of(2030, 3, 1),
				LocalDate.of(2030, 3, 1), "UTC", null, null, List.of("en", "ar"), null, null, Visibility.PUBLIC));
		String[] names = { "Amina Host", "Bilal Traveller", "Chen", "Dina", "Emre", "Farah", "Gul", "Hamid", "Irina" };
		for (int i = 0; i < names.length; i++) {
			events.register(event.getId(), new ParticipantDetails(names[i], "Org " + (i % 3),
					StakeholderType.values()[i % 3], i % 2 == 0 ? "PK" : "AF", null, i % 2 == 0 ? Sex.FEMALE : Sex.MALE,
					null, true, null), Participant.Source.COORDINATOR);
		}

		// set up from the event page
		signIn("coordinator@demo.convene", "demo-coordinator");
		page.navigate(url("/events/" + event.getId()));
		page.locator(".cafes-section input[name=title]").fill("Browser roundtable café");
		page.locator(".cafes-section button[type=submit]").click();
		page.waitForURL("**/cafes/*");
		assertThat(page.locator("h1")).hasText("Browser roundtable café");
		assertThat(page.locator(".notices .notice")).containsText("The café is set up");
		String setupUrl = page.url();
		long cafeId = Long.parseLong(setupUrl.replaceAll(".*/cafes/(\\d+).*", "$1"));

		// Amina hosts the first table, Chen the second
		page.locator("#tables select[name$=\".host\"]").first().selectOption(new SelectOption()
			.setLabel("Amina Host"));
		page.locator("#tables select[name$=\".host\"]").nth(1).selectOption(new SelectOption()
			.setLabel("Chen"));
		page.locator("#tables button[type=submit]").click();
		page.waitForURL("**/cafes/" + cafeId + "#tables");
		assertThat(page.locator("#people tbody tr").filter(new Locator.FilterOptions()
			.setHasText("Amina Host")).locator(".tag")).hasText("host");

		// plan: progress while the planner works, then the figures in plain words
		page.locator("#plan input[name=seconds]").fill("2");
		page.locator("#plan button.primary").click();
		assertThat(page.locator("#figures .big-number")).isVisible(
				new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
		Cafe planned = cafes.get(cafeId);
		assertThat(planned.plan()).isNotNull();
		assertThat(page.locator("table.plan-grid tbody tr")).hasCount(2);
		assertThat(page.locator("table.plan-grid li.host").first()).hasText("Amina Host");

		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "cafe-setup.png")));

		// a swap by hand: the figures are recomputed and the page says so
		Seating seating = cafes.seating(cafeId);
		CafePerson amina = person(seating, "Amina Host");
		CafePerson bilal = person(seating, "Bilal Traveller");
		CafePerson other = seating.people().stream()
			.filter(p -> p.id() != amina.id() && p.id() != bilal.id() && !p.name().equals("Chen")
					&& !seating.tableOf(p.id(), 1).equals(seating.tableOf(bilal.id(), 1)))
			.findFirst().orElseThrow();
		page.locator("#plan select[name=round]").selectOption("1");
		page.locator("#plan select[name=a]").selectOption(String.valueOf(bilal.id()));
		page.locator("#plan select[name=b]").selectOption(String.valueOf(other.id()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Swap").setExact(true)).click();
		assertThat(page.locator(".notices .notice")).containsText("Swapped");
		Seating afterSwap = cafes.seating(cafeId);
		assertThat(afterSwap.tableOf(bilal.id(), 1)).isEqualTo(seating.tableOf(other.id(), 1));

		// two phones join with the codes on their seat cards; Bilal's phone speaks Arabic
		Page host = phone("en-GB");
		Page traveller = phone("ar");
		host.navigate(url("/c"));
		host.locator("#key").fill(amina.key().toLowerCase());
		host.locator("main button[type=submit]").click();
		host.waitForURL("**/c/" + amina.key());
		traveller.navigate(url("/c/" + bilal.key()));
		assertThat(traveller.locator("html")).hasAttribute("dir", "rtl");
		assertThat(host.locator("#stage h1")).hasText("The café starts soon.");
		assertThat(host.locator("#stage")).containsText("In round 1 you sit at table 1.");

		// the projector starts round 1; the phones follow by themselves
		page.navigate(url("/cafes/" + cafeId + "/run"));
		assertThat(page.locator(".join-qr svg")).isVisible();
		page.locator("#cafe-stage button[name=to][value='1']").click();
		page.waitForURL("**/run");
		assertThat(page.locator("#cafe-stage .step")).hasText("Round 1 of 3");
		assertThat(page.locator("#cafe-stage .countdown")).containsText(":");
		String bilalTable = afterSwap.tableOf(bilal.id(), 1).name();
		assertThat(host.locator("#stage h1")).hasText("Round 1 — you host table 1: stay there");
		assertThat(traveller.locator("#stage h1")).hasText("الجولة 1 — اذهب إلى الطاولة " + bilalTable);
		assertThat(traveller.locator("#stage .countdown")).containsText(":");
		assertThat(traveller.locator("#notepad form")).hasCount(0);

		// the host's note pad: a note, then one caught for a phone number and saved once confirmed
		host.locator("#note-text").fill("Joint investigation teams work when prosecutors join early");
		host.locator("#note-tag").selectOption("WORKS");
		host.locator("#note-objective").selectOption("REGIONAL_COOPERATION");
		sendNote(host);
		assertThat(host.locator("#notepad .notice")).hasText("Your note is saved.");
		assertThat(host.locator("#note-text")).hasValue("");
		assertThat(host.locator("#note-objective")).hasValue(""); // the objective resets with the note
		assertThat(host.locator(".notepad .notes li")).hasCount(1);
		host.locator("#note-text").fill("Call the hotline on +92 300 1234567 for referrals");
		sendNote(host);
		assertThat(host.locator("#identifier-warning")).isVisible();
		assertThat(host.locator("#note-text")).hasValue("Call the hotline on +92 300 1234567 for referrals");
		host.locator("#identifier-warning input[name=identifiersConfirmed]").check();
		sendNote(host);
		assertThat(host.locator(".notepad .notes li")).hasCount(2);

		// round 2: the host still sees the earlier notes to brief the newcomers
		page.locator("#cafe-stage button[name=to][value='2']").click();
		page.waitForURL("**/run");
		assertThat(host.locator("#stage h1")).hasText("Round 2 — you host table 1: stay there");
		assertThat(host.locator(".notepad .notes")).containsText("Joint investigation teams");
		assertThat(traveller.locator("#stage h1"))
			.hasText("الجولة 2 — اذهب إلى الطاولة " + afterSwap.tableOf(bilal.id(), 2).name());
		host.locator("#note-text").fill("Ask every country for one contact point");
		host.locator("#note-tag").selectOption("IDEA");
		sendNote(host);
		assertThat(host.locator(".notepad .notes li")).hasCount(3);

		// the end, then dot voting from the phones
		page.locator("#cafe-stage button[name=to][value='4']").click();
		page.waitForURL("**/run");
		assertThat(host.locator("#stage h1")).hasText("The café has ended. Thank you!");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open dot voting")).click();
		page.waitForURL("**/run");
		// the note flagged for a phone number stays off the phones and the projector
		assertThat(traveller.locator("#voting .ballot li")).hasCount(2);
		assertThat(traveller.locator("#voting")).not().containsText("hotline");
		assertThat(host.locator("#voting")).containsText("You have 3 of 3 dots left.");
		dot(traveller, "Joint investigation teams");
		dot(host, "Joint investigation teams");
		dot(host, "one contact point");
		assertThat(host.locator("#voting")).containsText("You have 1 of 3 dots left.");
		assertThat(traveller.locator("#voting .ballot li").filter(new Locator.FilterOptions()
			.setHasText("Joint investigation teams")).locator("button")).hasAttribute("aria-pressed", "true");
		// the projector shows the top insights as the dots come in
		assertThat(page.locator("#cafe-stage .top-notes li").first()).containsText("Joint investigation teams");
		assertThat(page.locator("#cafe-stage .top-notes li").first()).containsText("2 ●");
		host.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "cafe-phone-host.png")));
		traveller.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "cafe-phone-ar.png")));
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "cafe-projector.png")));

		// the harvest: cluster the top insight and make it an action item with owner, due date and status
		page.navigate(url("/cafes/" + cafeId + "/harvest"));
		assertThat(page.locator(".harvest-round .notes > li")).hasCount(3);
		var top = page.locator(".harvest-round .notes > li").filter(new Locator.FilterOptions()
			.setHasText("Joint investigation teams"));
		assertThat(top.locator(".dots")).hasText("2 ●");
		assertThat(page.locator(".harvest-round .notes > li").filter(new Locator.FilterOptions()
			.setHasText("hotline")).locator(".tag.warning")).isVisible();
		// the coordinator reads the flagged note (an organisation's hotline, not a person) and lets it be shown
		page.locator(".harvest-round .notes > li").filter(new Locator.FilterOptions()
			.setHasText("hotline")).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
			.setName("no personal data: show it")).click();
		page.waitForURL("**/harvest#note-*");
		assertThat(traveller.locator("#voting .ballot li")).hasCount(3);
		top.locator("input[name=cluster]").fill("Cooperation between agencies");
		top.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Group")).click();
		page.waitForURL("**/harvest#note-*");
		assertThat(page.locator("#clusters-heading")).isVisible();
		assertThat(page.locator(".cards .card h3")).hasText("Cooperation between agencies");
		page.locator(".harvest-round .notes > li").filter(new Locator.FilterOptions()
			.setHasText("Joint investigation teams"))
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("make it an action item"))
			.click();
		page.waitForURL("**/harvest#actions");
		assertThat(page.locator("#actions tbody tr")).hasCount(1);
		assertThat(page.locator("#actions tbody textarea[name=text]")).hasValue(
				"Joint investigation teams work when prosecutors join early");
		page.locator("#actions tbody input[name=owner]").fill("GLO.ACT Pakistan");
		page.locator("#actions tbody input[name=due]").fill("2030-06-30");
		page.locator("#actions tbody select[name=status]").selectOption("IN_PROGRESS");
		page.locator("#actions tbody button[type=submit]").first().click();
		page.waitForURL("**/harvest#actions");
		assertThat(page.locator(".notices .notice")).hasText("The action item is saved.");
		var action = harvest.actions(cafeId).get(0);
		assertThat(action.owner()).isEqualTo("GLO.ACT Pakistan");
		assertThat(action.due()).isEqualTo(LocalDate.of(2030, 6, 30));
		assertThat(action.status()).isEqualTo(ActionItem.Status.IN_PROGRESS);
		assertThat(harvest.notes(cafeId)).filteredOn(n -> n.text().contains("hotline")).singleElement()
			.matches(Note::shown);
		host.context().close();
		traveller.context().close();
	}

	@Test
	void thePlanSaysHowItWasMadeInTheReadersLanguageAndThatItWasChangedByHand() {
		Event event = events.create(new EventDetails("Café from a design", LocalDate.of(2030, 4, 1),
				LocalDate.of(2030, 4, 1), "UTC", null, null, List.of("en", "fr", "ar"), null, null, Visibility.PUBLIC));
		for (int i = 0; i < 9; i++) {
			events.register(event.getId(), new ParticipantDetails("Person " + (i + 1), "Org " + i,
					StakeholderType.values()[i % 3], "PK", null, i % 2 == 0 ? Sex.FEMALE : Sex.MALE, null, true, null),
					Participant.Source.COORDINATOR);
		}
		// nine people at three tables of three for three rounds: the affine plane of order 3 seats them so that
		// nobody meets anyone twice
		Cafe cafe = cafes.create(event.getId(), null, "Design café", List.of("Past?", "Present?", "Future?"));
		cafes.saveTables(cafe.id(), List.of(new Cafes.TableForm(null, "A", 3, null),
				new Cafes.TableForm(null, "B", 3, null), new Cafes.TableForm(null, "C", 3, null)));

		signIn("coordinator@demo.convene", "demo-coordinator");
		page.navigate(url("/cafes/" + cafe.id()));
		page.locator(".language-switcher button[value=fr]").click();
		assertThat(page.locator("html")).hasAttribute("lang", "fr");
		page.locator("#plan input[name=seconds]").fill("1");
		page.locator("#plan button.primary").click();
		assertThat(page.locator("#figures .plan-how")).isVisible(
				new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
		assertThat(page.locator("#figures .big-number")).hasText("Personne ne rencontre quelqu’un deux fois.");
		Plan.How how = cafes.get(cafe.id()).plan().how();
		assertThat(how.start()).isEqualTo(Plan.Start.DESIGN);
		assertThat(page.locator("#figures .plan-how")).containsText("Établi à partir d’un plan d’expérience connu");
		assertThat(page.locator("#figures .plan-how")).containsText(how.notation());
		assertThat(how.family()).isIn(Plan.Family.AFFINE_PLANE, Plan.Family.LATIN_SQUARES,
				Plan.Family.TRANSVERSAL_DESIGN);

		// in Arabic the same sentence, the notation kept left to right inside it
		page.locator(".language-switcher button[value=ar]").click();
		assertThat(page.locator("html")).hasAttribute("dir", "rtl");
		assertThat(page.locator("#figures .plan-how")).containsText("أُعدّت من تصميم معروف");
		assertThat(page.locator("#figures .plan-how")).containsText("\u2068" + how.notation() + "\u2069");
		page.locator("#figures").screenshot(new Locator.ScreenshotOptions()
			.setPath(Path.of("target", "screenshots", "cafe-plan-how-ar.png")));

		// a swap by hand: the page no longer claims the design, it says the seats were changed by hand
		page.locator(".language-switcher button[value=fr]").click();
		assertThat(page.locator("html")).hasAttribute("lang", "fr");
		Seating seating = cafes.seating(cafe.id());
		CafePerson first = seating.people().get(0);
		CafePerson other = seating.people().stream()
			.filter(p -> !seating.tableOf(p.id(), 1).equals(seating.tableOf(first.id(), 1))).findFirst().orElseThrow();
		page.locator("#plan select[name=round]").selectOption("1");
		page.locator("#plan select[name=a]").selectOption(String.valueOf(first.id()));
		page.locator("#plan select[name=b]").selectOption(String.valueOf(other.id()));
		page.locator("#plan select[name=b]").locator("xpath=ancestor::form").locator("button[type=submit]").click();
		assertThat(page.locator("#figures .plan-how")).hasText(
				"Des places ont été changées à la main après la planification de la rotation.");
		assertThat(cafes.get(cafe.id()).plan().how().start()).isEqualTo(Plan.Start.BY_HAND);
		page.locator(".language-switcher button[value=en]").click();
		assertThat(page.locator("html")).hasAttribute("lang", "en");
	}

	/** Sends the host's note: one tap, and the request leaves (a tap during a pushed refresh is not lost). */
	private static void sendNote(Page host) {
		tap(host, host.locator(".notepad button[type=submit]"), "/notes");
	}

	/** One tap sends one request; none leaving within 10 s is a lost tap, a defect (no second tap to hide it). */
	private static void tap(Page phone, Locator button, String path) {
		phone.waitForRequest(r -> r.url().contains(path) && r.method().equals("POST"),
				new Page.WaitForRequestOptions().setTimeout(10_000), button::click);
	}

	/** Taps "give a dot" once, while other phones' dots push refreshes of the ballot. */
	private static void dot(Page phone, String text) {
		tap(phone, phone.locator("#voting .ballot li")
			.filter(new Locator.FilterOptions().setHasText(text))
			.locator("button"), "/dots/");
		assertThat(phone.locator("#voting .ballot li").filter(new Locator.FilterOptions()
			.setHasText(text)).locator("button")).hasAttribute("aria-pressed", "true");
	}

	private static CafePerson person(Seating seating, String name) {
		return seating.people().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
	}
}
