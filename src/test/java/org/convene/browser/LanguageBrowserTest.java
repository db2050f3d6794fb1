package org.convene.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.convene.cafe.Cafes;
import org.convene.events.Events;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Switching language in the browser; Arabic and Urdu pages mirror. */
class LanguageBrowserTest extends BrowserTest {

	@Autowired
	Events events;

	@Autowired
	Cafes cafes;

	@Test
	void switchingToArabicMirrorsTheLayoutAndIsRemembered() {
		page.navigate(url("/events"));
		BoundingBox brandLtr = page.locator(".brand").boundingBox();
		assertThat(brandLtr.x).isLessThan(300);

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("العربية")).click();
		assertThat(page.locator("html")).hasAttribute("dir", "rtl");
		assertThat(page.locator("html")).hasAttribute("lang", "ar");
		assertThat(page.locator("h1")).hasText("الفعاليات");
		// mirrored: the brand now sits at the right edge, the language buttons on the left
		BoundingBox brand = page.locator(".brand").boundingBox();
		assertThat(brand.x + brand.width).isGreaterThan(900);
		String align = (String) page.locator(".site-header").evaluate("e => getComputedStyle(e).direction");
		assertThat(align).isEqualTo("rtl");

		// the choice is remembered on the next page
		page.navigate(url("/"));
		assertThat(page.locator("html")).hasAttribute("dir", "rtl");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
		assertThat(page.locator("html")).hasAttribute("dir", "ltr");
	}

	/**
	 * English names and titles in an Arabic page keep to the page's direction: a presenter list on the event page
	 * and a café's title start at the right edge of their column, like the Arabic text around them.
	 */
	@Test
	void englishNamesAndTitlesInAnArabicPageStartAtTheRightOfTheirColumn() {
		signIn("coordinator@demo.convene", "demo-coordinator");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("العربية")).click();
		long vienna = events.listVisible(true).stream().filter(e -> e.getTitle().startsWith("GLO.ACT Community"))
			.findFirst().orElseThrow().getId();
		page.navigate(url("/events/" + vienna));
		var presenters = page.locator("ol.agenda .what > ul:not(.materials) > li");
		assertThat(presenters.count()).isGreaterThan(0);
		for (int i = 0; i < presenters.count(); i++) {
			assertThat(startGap(presenters.nth(i))).as("presenter " + i + " starts at the column's right edge")
				.isLessThan(2.0);
		}
		long cafeEvent = events.listVisible(true).stream().filter(e -> e.getTitle().contains("World Café"))
			.findFirst().orElseThrow().getId();
		page.navigate(url("/cafes/" + cafes.forEvent(cafeEvent).getFirst().id()));
		assertThat(startGap(page.locator("main h1"))).as("the café's title starts at the right").isLessThan(2.0);
	}

	/** How far the element's text ends from its box's right edge (the start, right to left), in CSS pixels. */
	private static double startGap(Locator element) {
		return ((Number) element.evaluate("e => { const r = document.createRange(); r.selectNodeContents(e);"
				+ " return e.getBoundingClientRect().right - r.getBoundingClientRect().right; }")).doubleValue();
	}

	@Test
	void aFirstVisitFollowsTheBrowserLanguage() {
		var urdu = browser.newContext(new Browser.NewContextOptions().setLocale("ur-PK"));
		try {
			Page p = urdu.newPage();
			p.navigate(url("/events/1"));
			assertThat(p.locator("html")).hasAttribute("lang", "ur");
			assertThat(p.locator("html")).hasAttribute("dir", "rtl");
			// (the demo events are over, so they offer the calendar, not registration)
			assertThat(p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ایجنڈا میرے کیلنڈر میں شامل کریں")))
				.isVisible();
		}
		finally {
			urdu.close();
		}
	}

	@Test
	void theCoordinatorWorksInArabicEndToEnd() {
		signIn("coordinator@demo.convene", "demo-coordinator");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("العربية")).click();
		page.navigate(url("/events/new"));
		page.getByLabel("العنوان").fill("ورشة عمل تجريبية");
		page.getByLabel("اليوم الأول").fill("2031-09-01");
		page.getByLabel("اليوم الأخير").fill("2031-08-31");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("حفظ")).click();
		// the error is in Arabic and what was typed is kept
		assertThat(page.locator("main")).containsText("لا يمكن أن يسبق اليوم الأخير اليوم الأول");
		assertThat(page.getByLabel("العنوان")).hasValue("ورشة عمل تجريبية");
		page.getByLabel("اليوم الأخير").fill("2031-09-02");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("حفظ")).click();
		assertThat(page.locator("h1")).hasText("ورشة عمل تجريبية");
	}
}
