package org.convene.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

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
}
