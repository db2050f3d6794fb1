package org.convene.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;

/** Switching language in the browser; Arabic and Urdu pages mirror. */
class LanguageBrowserTest extends BrowserTest {

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
