package org.convene.community.web;

import java.security.Principal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.convene.community.Accounts;
import org.convene.community.Role;
import org.convene.platform.UserError;
import org.convene.platform.audit.AuditAction;
import org.convene.platform.audit.AuditLog;
import org.convene.platform.i18n.Languages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators manage accounts: invite by link, change a role, lift a lock-out. */
@Controller
class AdminController {

	private final Accounts accounts;
	private final AuditLog audit;

	AdminController(Accounts accounts, AuditLog audit) {
		this.audit = audit;
		this.accounts = accounts;
	}

	@GetMapping("/admin/accounts")
	String list(Model model) {
		model.addAttribute("accounts", accounts.all());
		model.addAttribute("blocked", accounts.blockedSomewhere());
		model.addAttribute("invitations", accounts.openInvitations());
		model.addAttribute("roles", Role.values());
		model.addAttribute("now", Instant.now());
		return "community/admin-accounts";
	}

	@PostMapping("/admin/invitations")
	String invite(@RequestParam String email, @RequestParam Role role, Model model, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("invitationLink", accounts.invite(email, role));
			audit.record(AuditAction.ACCOUNT_INVITED, email, "role=" + role);
			redirect.addFlashAttribute("invitedEmail", email);
			return "redirect:/admin/accounts";
		}
		catch (UserError e) {
			model.addAttribute("alert", e.messageKey());
			model.addAttribute("email", email);
			return list(model);
		}
	}

	@PostMapping("/admin/accounts/{id}/role")
	String changeRole(@PathVariable long id, @RequestParam Role role, Principal principal,
			RedirectAttributes redirect) {
		accounts.changeRole(id, role, principal.getName());
		audit.record(AuditAction.ROLE_CHANGED, "account " + id, "role=" + role);
		redirect.addFlashAttribute("notice", "admin.roleChanged");
		return "redirect:/admin/accounts";
	}

	@PostMapping("/admin/accounts/{id}/reset-link")
	String resetLink(@PathVariable long id, RedirectAttributes redirect) {
		Accounts.ResetLink link = accounts.issueResetLink(id);
		audit.record(AuditAction.RESET_LINK_ISSUED, "account " + id, link.email());
		redirect.addFlashAttribute("resetLink", link.url());
		redirect.addFlashAttribute("resetEmail", link.email());
		return "redirect:/admin/accounts";
	}

	/** Deactivates ({@code active=false}: history kept, no sign-in, sessions end) or reactivates an account. */
	@PostMapping("/admin/accounts/{id}/active")
	String setActive(@PathVariable long id, @RequestParam boolean active, Principal principal,
			RedirectAttributes redirect) {
		accounts.setActive(id, active, principal.getName());
		audit.record(active ? AuditAction.ACCOUNT_REACTIVATED : AuditAction.ACCOUNT_DEACTIVATED, "account " + id, null);
		redirect.addFlashAttribute("notice", active ? "admin.reactivated" : "admin.deactivated");
		return "redirect:/admin/accounts";
	}

	/** Ends every session of the account at its next request. */
	@PostMapping("/admin/accounts/{id}/sign-out")
	String signOutEverywhere(@PathVariable long id, RedirectAttributes redirect) {
		accounts.endSessions(id);
		audit.record(AuditAction.SIGNED_OUT_EVERYWHERE, "account " + id, null);
		redirect.addFlashAttribute("notice", "admin.signedOutEverywhere");
		return "redirect:/admin/accounts";
	}

	/**
	 * Clears an account's two-factor sign-in (a lost phone without recovery codes): the person signs in with the
	 * password alone, and an administrator is asked to set it up again at once.
	 */
	@PostMapping("/admin/accounts/{id}/two-factor/reset")
	String resetTwoFactor(@PathVariable long id, RedirectAttributes redirect) {
		accounts.resetTwoFactor(id);
		audit.record(AuditAction.TWO_FACTOR_RESET, "account " + id, null);
		redirect.addFlashAttribute("notice", "admin.twoFactorReset");
		return "redirect:/admin/accounts";
	}

	/** Limits the requests to join (and contact points) a coordinator decides to some countries; empty: all. */
	@PostMapping("/admin/accounts/{id}/countries")
	String countries(@PathVariable long id, @RequestParam(required = false) String countries,
			RedirectAttributes redirect) {
		Set<String> codes = countries == null ? Set.of() : Arrays.stream(countries.split("[,;\\s]+"))
			.map(c -> c.strip().toUpperCase(Locale.ROOT)).filter(c -> !c.isEmpty()).collect(Collectors.toSet());
		if (!codes.stream().allMatch(Languages::isCountry)) {
			throw new UserError("admin.error.countries");
		}
		accounts.setCoordinatesCountries(id, codes);
		audit.record(AuditAction.ROLE_CHANGED, "account " + id, "countries=" + String.join(",", new TreeSet<>(codes)));
		redirect.addFlashAttribute("notice", "admin.countriesSaved");
		return "redirect:/admin/accounts";
	}

	@PostMapping("/admin/accounts/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		accounts.unlock(id);
		audit.record(AuditAction.ACCOUNT_UNLOCKED, "account " + id, null);
		redirect.addFlashAttribute("notice", "admin.unlocked");
		return "redirect:/admin/accounts";
	}
}
