package org.convene.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** Pages used on a phone in the room fit a 390 px screen: no sideways scrolling, the languages on one line. */
class PhoneWidthBrowserTest extends BrowserTest {

	@Test
	void doorCheckInAndPhonePagesFitA390PixelScreen() {
		page.setViewportSize(390, 800);
		signIn("coordinator@demo.convene", "demo-coordinator");
		page.navigate(url("/events/1/participants"));
		Object width = page.evaluate("() => document.documentElement.scrollWidth");
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "check-in-390.png")));
		Page phone = phone("en-GB");
		phone.navigate(url("/j/DEMO42"));
		Object rows = phone.evaluate("() => { const b = [...document.querySelectorAll('.language-switcher button')];"
				+ " return new Set(b.map(x => Math.round(x.getBoundingClientRect().top))).size; }");
		Object phoneWidth = phone.evaluate("() => document.documentElement.scrollWidth");
		phone.context().close();
		assertThat(((Number) width).intValue()).as("check-in page width").isLessThanOrEqualTo(390);
		assertThat(((Number) rows).intValue()).as("rows of language buttons").isEqualTo(1);
		assertThat(((Number) phoneWidth).intValue()).as("phone page width").isLessThanOrEqualTo(390);
	}

	@Test
	void theCommunityPagesFitA390PixelScreenInEnglishAndArabic() {
		Page guest = phone("ar");
		guest.navigate(url("/join"));
		List<String> tooWide = new ArrayList<>();
		if (width(guest) > 390) {
			tooWide.add("ar /join");
		}
		guest.context().close();
		page.setViewportSize(390, 800);
		signIn("member@demo.convene", "demo-member");
		page.navigate(url("/groups"));
		String group = page.locator("ul.cards a").first().getAttribute("href");
		page.navigate(url(group));
		String topic = page.locator(".topic-list a").first().getAttribute("href");
		for (String language : List.of("en", "ar")) {
			page.locator(".language-switcher button[value=" + language + "]").click();
			for (String path : List.of("/groups", group, topic, "/members", "/notifications", "/account/profile",
					"/countries", "/countries/PK", "/networks", "/practices")) {
				page.navigate(url(path));
				if (width(page) > 390) {
					tooWide.add(language + " " + path + " " + width(page));
				}
			}
		}
		page.locator(".language-switcher button[value=en]").click();
		assertThat(tooWide).as("pages wider than a 390 px phone").isEmpty();
	}

	private static int width(Page p) {
		return ((Number) p.evaluate("() => document.documentElement.scrollWidth")).intValue();
	}
}
