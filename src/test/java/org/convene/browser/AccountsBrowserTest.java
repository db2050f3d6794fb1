package org.convene.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.convene.platform.security.Totp;
import org.junit.jupiter.api.Test;

/**
 * An administrator invites a coordinator and later gives them a reset link; each uses it in their own browser; the
 * audit log shows both.
 */
class AccountsBrowserTest extends BrowserTest {

	@Test
	void anInvitedCoordinatorJoinsInArabicAndLaterResetsAForgottenPassword() {
		signIn("admin@demo.convene", "demo-admin");
		page.navigate(url("/admin/accounts"));
		page.locator("#invite-email").fill("invited.browser@example.org");
		page.locator("#invite-role").selectOption("COORDINATOR");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create invitation")).click();
		String invitation = page.locator("#invitation-link").inputValue();

		String key;
		// the invited person, in their own browser, in Arabic
		BrowserContext theirs = browser.newContext(new Browser.NewContextOptions().setLocale("ar"));
		try {
			Page p = theirs.newPage();
			p.navigate(invitation.replaceFirst("^https?://[^/]+", url("")));
			assertThat(p.locator("html")).hasAttribute("dir", "rtl");
			assertThat(p.locator("main")).containsText("invited.browser@example.org");
			p.locator("#displayName").fill("منسقة مدعوة");
			p.locator("#password").fill("a long enough password");
			p.locator("#confirmation").fill("a long enough password");
			p.locator("main button[type=submit]").click();
			assertThat(p.locator(".notice")).containsText("حسابك جاهز");
			p.locator("#username").fill("invited.browser@example.org");
			p.locator("#password").fill("a long enough password");
			p.locator("main button[type=submit]").click();
			p.navigate(url("/events/new"));
			assertThat(p.locator("h1")).hasText("فعالية جديدة");
			// two-factor sign-in, offered to all: set up from the account page with an authenticator's code
			p.navigate(url("/account"));
			p.locator("main a[href='/account/two-factor']").click();
			assertThat(p.locator("h1")).hasText("تسجيل الدخول بخطوتين");
			assertThat(p.locator("main .qr svg")).isVisible();
			key = p.locator("main code[dir=ltr]").textContent().replace(" ", "");
			p.locator("#setup-code").fill(Totp.code(key, Instant.now()));
			p.locator("main form.stack button[type=submit]").click();
			assertThat(p.locator("main ul.recovery-codes li")).hasCount(10);
		}
		finally {
			theirs.close();
		}

		// later: the administrator makes a reset link for the new coordinator
		page.navigate(url("/admin/accounts"));
		page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Make a password reset link for منسقة مدعوة")).click();
		String reset = page.locator("#reset-link").inputValue();
		BrowserContext again = browser.newContext();
		try {
			Page p = again.newPage();
			p.navigate(reset.replaceFirst("^https?://[^/]+", url("")));
			p.locator("#password").fill("a new long password");
			p.locator("#confirmation").fill("a new long password");
			p.locator("main button[type=submit]").click();
			assertThat(p.locator(".notice")).containsText("Your password has been changed");
			p.locator("#username").fill("invited.browser@example.org");
			p.locator("#password").fill("a new long password");
			p.locator("main button[type=submit]").click();
			// a new password keeps the second factor
			p.waitForURL(url("/login/code"));
			typeSecondFactor(p, key);
			p.waitForURL(url("/"));
			// signed in, and back in the language the account chose when it was created
			assertThat(p.locator("html")).hasAttribute("lang", "ar");
			assertThat(p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("تسجيل الخروج"))).isVisible();
		}
		finally {
			again.close();
		}

		// what the administrator did is in the audit log, in the order it happened, and filters by action
		page.locator("nav.site-nav a[href='/admin/audit']").click();
		assertThat(page.locator("h1")).hasText("Audit log");
		assertThat(page.locator("main table tbody tr").first()).containsText("Password reset link issued");
		assertThat(page.locator("main table tbody tr").first()).containsText("admin@demo.convene");
		page.locator("#audit-action").selectOption("ACCOUNT_INVITED");
		page.locator("main form.row-form button[type=submit]").click();
		assertThat(page.locator("main table tbody tr").first()).containsText("invited.browser@example.org");
		assertThat(page.locator("main table tbody")).not().containsText("Password reset link issued");
	}
}
