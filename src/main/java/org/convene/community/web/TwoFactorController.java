package org.convene.community.web;

import java.io.IOException;
import java.security.Principal;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.convene.charts.QrCodes;
import org.convene.community.Account;
import org.convene.community.Accounts;
import org.convene.community.Role;
import org.convene.community.internal.SignInSuccess;
import org.convene.platform.UserError;
import org.convene.platform.security.Totp;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Two-factor sign-in: the code step after the password, and setting it up or turning it off on one's account
 * (a QR code for an authenticator app, a confirming code, ten recovery codes shown once). Administrators must
 * have it; everyone else may.
 */
@Controller
class TwoFactorController {

	private static final String SETUP_SECRET = TwoFactorController.class.getName() + ".secret";

	private final Accounts accounts;
	private final SignInSuccess signIn;

	TwoFactorController(Accounts accounts, SignInSuccess signIn) {
		this.accounts = accounts;
		this.signIn = signIn;
	}

	@GetMapping("/login/code")
	String codeForm(HttpSession session) {
		return pending(session) == null ? "redirect:/login?expired" : "community/login-code";
	}

	@PostMapping("/login/code")
	String code(@RequestParam(required = false) String code, HttpServletRequest request, HttpServletResponse response,
			Model model) throws IOException, ServletException {
		HttpSession session = request.getSession();
		SignInSuccess.Pending pending = pending(session);
		if (pending == null) {
			return "redirect:/login?expired";
		}
		if (accounts.secondFactor(pending.accountId(), code)) {
			signIn.completeSecondFactor(request, response, pending);
			return null;
		}
		if (pending.failed()) {
			session.removeAttribute(SignInSuccess.PENDING);
			return "redirect:/login?error";
		}
		session.setAttribute(SignInSuccess.PENDING, pending);
		model.addAttribute("error", "twoFactor.error.code");
		response.setStatus(422);
		return "community/login-code";
	}

	private static SignInSuccess.Pending pending(HttpSession session) {
		if (session.getAttribute(SignInSuccess.PENDING) instanceof SignInSuccess.Pending p && !p.expired()) {
			return p;
		}
		session.removeAttribute(SignInSuccess.PENDING);
		return null;
	}

	@GetMapping("/account/two-factor")
	String setup(Principal principal, HttpSession session, Model model) {
		Account account = accounts.find(principal.getName()).orElseThrow();
		model.addAttribute("account", account);
		if (account.isTwoFactor()) {
			model.addAttribute("codesLeft", accounts.recoveryCodesLeft(account.getEmail()));
			model.addAttribute("mayTurnOff", account.getRole() != Role.ADMIN);
			return "community/two-factor";
		}
		String secret = session.getAttribute(SETUP_SECRET) instanceof String s ? s : Totp.newSecret();
		session.setAttribute(SETUP_SECRET, secret);
		String link = Totp.link(secret, account.getEmail());
		model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").strip());
		model.addAttribute("qr", QrCodes.svg(link, "Convene · " + account.getEmail()));
		model.addAttribute("required", account.getRole() == Role.ADMIN);
		return "community/two-factor";
	}

	@PostMapping("/account/two-factor")
	String enable(@RequestParam(required = false) String code, Principal principal, HttpSession session, Model model,
			HttpServletResponse response) {
		String secret = session.getAttribute(SETUP_SECRET) instanceof String s ? s : null;
		if (secret == null) {
			return "redirect:/account/two-factor";
		}
		try {
			List<String> codes = accounts.enableTwoFactor(principal.getName(), secret, code);
			session.removeAttribute(SETUP_SECRET);
			model.addAttribute("account", accounts.find(principal.getName()).orElseThrow());
			model.addAttribute("recoveryCodes", codes);
			return "community/two-factor";
		}
		catch (UserError e) {
			response.setStatus(422);
			model.addAttribute("error", e.messageKey());
			return setup(principal, session, model);
		}
	}

	@PostMapping("/account/two-factor/off")
	String disable(@RequestParam(required = false) String code, Principal principal, RedirectAttributes redirect) {
		accounts.disableTwoFactor(principal.getName(), code);
		redirect.addFlashAttribute("notice", "twoFactor.turnedOff");
		return "redirect:/account/two-factor";
	}
}
