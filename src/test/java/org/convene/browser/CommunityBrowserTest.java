package org.convene.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import org.assertj.core.api.Assertions;
import org.convene.TestSmtp;
import org.convene.platform.notify.Notifications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The community's loop in a browser, with e-mail going to a real SMTP server (GreenMail): a practitioner asks to join
 * (in French) → the coordinator approves → the welcome e-mail's link sets a password → they post in a group → another
 * member replies with a mention → the daily digest arrives and its link opens the thread, also at phone width.
 */
class CommunityBrowserTest extends BrowserTest {

	@Autowired
	Notifications notifications;

	@Test
	void aRequestToJoinEndsInAThreadOpenedFromTheDigest() throws Exception {
		String email = "amina.browser@fia.test";
		page.navigate(url("/login"));
		page.locator(".language-switcher button[value=fr]").click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Demander à adhérer")).click();
		page.locator("#displayName").fill("Amina Browser");
		page.locator("#email").fill(email);
		page.locator("#organisation").fill("Federal Investigation Agency");
		page.locator("#stakeholderType").selectOption("LAW_ENFORCEMENT");
		page.locator("#country").selectOption("PK");
		page.locator("#sponsor").fill("member@demo.convene");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer ma demande")).click();
		assertThat(page.locator("h1")).hasText("Merci");

		newPerson();
		signIn("coordinator@demo.convene", "demo-coordinator");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Requests to join")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve Amina Browser")).click();
		assertThat(page.locator(".notice").first()).containsText("gets the link by e-mail");

		String welcome = textOfLatestMailTo(email, "/reset/");
		Assertions.assertThat(welcome).contains("Votre demande d’adhésion est acceptée");
		newPerson();
		page.navigate(link(welcome, "/reset/[A-Za-z0-9_-]+"));
		page.locator("#password").fill("amina-browser-password");
		page.locator("#confirmation").fill("amina-browser-password");
		page.locator("main button[type=submit]").click();
		signIn(email, "amina-browser-password");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Groups")).first().click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vienna 2019 cohort")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join")).click();
		assertThat(page.locator(".notice").first()).containsText("You are now a member");
		page.locator("#topic-title").fill("Referral forms for identified victims");
		page.locator("#topic-body").fill("Does anyone have a **referral form** that shelters accept across the border?");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post")).click();
		assertThat(page.locator("h1")).hasText("Referral forms for identified victims");
		assertThat(page.locator("article.post strong").last()).hasText("referral form");

		newPerson();
		signIn("member@demo.convene", "demo-member");
		page.navigate(url("/groups"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vienna 2019 cohort")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Referral forms for identified victims")).click();
		page.locator("#reply-body").fill("@Amina Browser yes: the 2021 form agreed with the shelters, I will share it.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post")).click();
		assertThat(page.locator("article.post").last()).containsText("the 2021 form");

		Assertions.assertThat(notifications.sendDigests(Notifications.Frequency.DAILY)).isPositive();
		String digest = textOfLatestMailTo(email, "/notifications/");
		// in the language she last chose (signing in switched the pages to English, and the account remembers it)
		Assertions.assertThat(digest).contains("Demo member mentioned you in “Referral forms for identified victims”");
		String opens = link(digest, "/notifications/\\d+");

		newPerson();
		page.setViewportSize(390, 800);
		signIn(email, "amina-browser-password");
		page.navigate(opens);
		page.waitForURL(Pattern.compile(".*/groups/\\d+/t/\\d+#post-\\d+$"));
		Locator reply = page.locator("article.post").last();
		assertThat(reply).containsText("the 2021 form");
		Assertions.assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
			.as("the thread fits a phone's width").isTrue();
	}

	/** The plain text of the latest mail to {@code address} that contains {@code needle}, waiting up to 15 s. */
	private static String textOfLatestMailTo(String address, String needle) throws Exception {
		long until = System.currentTimeMillis() + 15_000;
		while (System.currentTimeMillis() < until) {
			MimeMessage[] all = TestSmtp.SERVER.getReceivedMessages();
			for (int i = all.length - 1; i >= 0; i--) {
				if (Arrays.stream(all[i].getAllRecipients()).anyMatch(a -> a.toString().equals(address))) {
					String text = TestSmtp.text(all[i]);
					if (text != null && text.contains(needle)) {
						return text;
					}
				}
			}
			Thread.sleep(200);
		}
		throw new AssertionError("no mail to " + address + " with " + needle);
	}


	/** The path and query of the first link in {@code text} whose path matches {@code path}, on this test's server. */
	private String link(String text, String path) {
		Matcher m = Pattern.compile("https?://[^/\\s]+(" + path + ")").matcher(text);
		Assertions.assertThat(m.find()).as(text).isTrue();
		return url(m.group(1));
	}
}
