package org.convene.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.convene.events.EventDetails;
import org.convene.events.Events;
import org.convene.events.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The README's and the user guide's pictures that no other browser test takes: the demo event page in English and
 * Arabic, and the registration form on an Urdu phone. Every picture in docs/images is written to target/screenshots
 * under the same name by a browser test; after `./mvnw verify`, copy them over to keep the guide current.
 */
class GuideScreenshotsBrowserTest extends BrowserTest {

	@Autowired
	Events events;

	@Test
	void theDemoEventPageInEnglishAndArabicAndTheRegistrationFormOnAnUrduPhone() {
		long vienna = events.listVisible(true).stream().filter(e -> e.getTitle().startsWith("GLO.ACT Community"))
			.findFirst().orElseThrow().getId();
		// the demo's workshops are over (no Register there): a coming one, as a coordinator would publish it
		long upcoming = events.create(new EventDetails("Regional workshop on smuggling of migrants", LocalDate.of(2031, 3, 4),
				LocalDate.of(2031, 3, 5), "Asia/Karachi", "Islamabad", null, List.of("en", "ur"), null, null,
				Visibility.PUBLIC)).getId();
		page.setViewportSize(1280, 900);
		page.navigate(url("/events/" + vienna));
		assertThat(page.locator("h1")).containsText("GLO.ACT Community of Practice Workshop");
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "event-page.png")));

		var arabic = browser.newContext(new Browser.NewContextOptions().setLocale("ar").setViewportSize(1280, 900));
		Page ar = arabic.newPage();
		ar.navigate(url("/events/" + vienna));
		assertThat(ar.locator("html")).hasAttribute("dir", "rtl");
		ar.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "event-page-ar.png")));
		arabic.close();

		Page urdu = phone("ur-PK");
		urdu.navigate(url("/events/" + upcoming + "/register"));
		assertThat(urdu.locator("html")).hasAttribute("dir", "rtl");
		assertThat(urdu.locator("form button[type=submit]").last()).isVisible();
		urdu.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "phone-register-ur.png")));
		urdu.context().close();
	}

	@Test
	void aGroupDiscussionInUrduOnAPhone() {
		Page urdu = phone("ur-PK");
		urdu.navigate(url("/login"));
		urdu.locator("#username").fill("member@demo.convene");
		urdu.locator("#password").fill("demo-member");
		urdu.locator("main button[type=submit]").click();
		urdu.waitForURL(u -> !u.endsWith("/login"));
		urdu.locator(".language-switcher button[value=ur]").click();
		urdu.navigate(url("/groups"));
		urdu.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Islamabad champions")).click();
		urdu.locator(".topic-list a").first().click();
		assertThat(urdu.locator("html")).hasAttribute("dir", "rtl");
		assertThat(urdu.locator("h1")).containsText("انٹرویو");
		Assertions.assertThat((Boolean) urdu.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
			.as("the discussion fits a phone's width").isTrue();
		urdu.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "group-thread-ur.png")));
		urdu.locator(".language-switcher button[value=en]").click(); // the account remembers: leave it in English
		urdu.waitForURL(u -> u.contains("/groups/"));
		urdu.context().close();
	}
}
