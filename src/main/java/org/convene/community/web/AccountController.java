package org.convene.community.web;

import java.security.Principal;
import java.util.Locale;

import jakarta.servlet.http.HttpSession;
import org.convene.community.Accounts;
import org.convene.community.OneTimeToken;
import org.convene.community.internal.SessionCheck;
import org.convene.platform.UserError;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-in page, the first administrator's set-up, accepting an invitation, and one's own account. */
@Controller
class AccountController {

	private final Accounts accounts;

	AccountController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/login")
	String login() {
		return "community/login";
	}

	@GetMapping("/setup/{token}")
	String setup(@PathVariable String token, Model model) {
		requireUsable(token, OneTimeToken.Purpose.SETUP);
		if (accounts.hasAdministrator()) {
			throw new ResponseStatusException(HttpStatus.GONE);
		}
		model.addAttribute("purpose", "setup");
		return "community/redeem";
	}

	@PostMapping("/setup/{token}")
	String completeSetup(@PathVariable String token, @RequestParam String email, @RequestParam String displayName,
			@RequestParam String password, @RequestParam String confirmation, Locale locale, Model model,
			RedirectAttributes redirect) {
		return redeem(token, OneTimeToken.Purpose.SETUP, email, displayName, password, confirmation, locale, model,
				redirect);
	}

	@GetMapping("/invite/{token}")
	String invitation(@PathVariable String token, Model model) {
		OneTimeToken invitation = requireUsable(token, OneTimeToken.Purpose.INVITE);
		model.addAttribute("purpose", "invite");
		model.addAttribute("email", invitation.getEmail());
		model.addAttribute("role", invitation.getRole());
		return "community/redeem";
	}

	@PostMapping("/invite/{token}")
	String acceptInvitation(@PathVariable String token, @RequestParam String displayName,
			@RequestParam String password, @RequestParam String confirmation, Locale locale, Model model,
			RedirectAttributes redirect) {
		return redeem(token, OneTimeToken.Purpose.INVITE, null, displayName, password, confirmation, locale, model,
				redirect);
	}

	@GetMapping("/reset/{token}")
	String resetForm(@PathVariable String token, Model model) {
		model.addAttribute("email", requireUsable(token, OneTimeToken.Purpose.RESET).getEmail());
		return "community/reset";
	}

	@PostMapping("/reset/{token}")
	String reset(@PathVariable String token, @RequestParam String password, @RequestParam String confirmation,
			Model model, RedirectAttributes redirect) {
		OneTimeToken link = requireUsable(token, OneTimeToken.Purpose.RESET);
		try {
			accounts.resetPassword(token, password, confirmation);
			redirect.addFlashAttribute("notice", "account.passwordChanged");
			return "redirect:/login";
		}
		catch (UserError e) {
			model.addAttribute("alert", e.messageKey());
			model.addAttribute("email", link.getEmail());
			return "community/reset";
		}
	}

	@GetMapping("/account")
	String account(Principal principal, Model model) {
		model.addAttribute("account", accounts.find(principal.getName()).orElseThrow());
		return "community/account";
	}

	@PostMapping("/account/password")
	String changePassword(Principal principal, @RequestParam String currentPassword,
			@RequestParam("password") String newPassword, @RequestParam String confirmation, HttpSession session,
			Model model, RedirectAttributes redirect) {
		try {
			accounts.changePassword(principal.getName(), currentPassword, newPassword, confirmation);
			// every other session of this account ends; this one, where the password was just given, stays
			SessionCheck.remember(session, accounts.find(principal.getName()).orElseThrow());
			redirect.addFlashAttribute("notice", "account.passwordChanged");
			return "redirect:/account";
		}
		catch (UserError e) {
			model.addAttribute("alert", e.messageKey());
			return account(principal, model);
		}
	}

	private String redeem(String token, OneTimeToken.Purpose purpose, String email, String displayName,
			String password, String confirmation, Locale locale, Model model, RedirectAttributes redirect) {
		OneTimeToken link = requireUsable(token, purpose);
		try {
			accounts.redeem(token, purpose, email, displayName, password, confirmation, locale.getLanguage());
			redirect.addFlashAttribute("notice", "account.created");
			return "redirect:/login";
		}
		catch (UserError e) {
			model.addAttribute("alert", e.messageKey());
			model.addAttribute("purpose", purpose == OneTimeToken.Purpose.SETUP ? "setup" : "invite");
			model.addAttribute("email", link.getEmail() != null ? link.getEmail() : email);
			model.addAttribute("displayName", displayName);
			model.addAttribute("role", link.getRole());
			return "community/redeem";
		}
	}

	private OneTimeToken requireUsable(String token, OneTimeToken.Purpose purpose) {
		return accounts.usableToken(token, purpose).orElseThrow(() -> new ResponseStatusException(HttpStatus.GONE));
	}
}
