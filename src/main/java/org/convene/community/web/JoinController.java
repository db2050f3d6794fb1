package org.convene.community.web;

import java.security.Principal;
import java.util.Locale;

import org.convene.community.Accounts;
import org.convene.community.JoinRequestDetails;
import org.convene.community.JoinRequests;
import org.convene.events.StakeholderType;
import org.convene.platform.audit.AuditAction;
import org.convene.platform.audit.AuditLog;
import org.convene.platform.i18n.Languages;
import org.convene.platform.text.CleanText;
import org.convene.platform.web.SubmitOnce;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Joining by request ({@code /join}, open to anyone) and deciding the requests ({@code /members/requests}, the
 * coordinators of the person's country and administrators); "forgot your password" when mail is on.
 */
@Controller
class JoinController {

	private final JoinRequests requests;
	private final Accounts accounts;
	private final SubmitOnce submitOnce;
	private final AuditLog audit;

	JoinController(JoinRequests requests, Accounts accounts, SubmitOnce submitOnce, AuditLog audit) {
		this.requests = requests;
		this.accounts = accounts;
		this.submitOnce = submitOnce;
		this.audit = audit;
	}

	@GetMapping("/join")
	String form(Locale locale, Model model) {
		model.addAttribute("countries", Languages.countries(locale));
		model.addAttribute("stakeholders", StakeholderType.values());
		return "community/join";
	}

	@PostMapping("/join")
	String join(@RequestParam(required = false) String email, @RequestParam(required = false) String displayName,
			@RequestParam(required = false) String organisation, @RequestParam(required = false) String country,
			@RequestParam(required = false) StakeholderType stakeholderType,
			@RequestParam(required = false) String jobTitle, @RequestParam(required = false) String sponsor,
			@RequestParam(required = false) String nomination, @RequestParam(required = false) String motivation,
			@RequestParam(required = false) String formToken, Locale locale) {
		return submitOnce.run(formToken, () -> {
			requests.submit(new JoinRequestDetails(email, displayName, organisation, country, stakeholderType, jobTitle,
					sponsor, nomination, motivation), locale);
			return "redirect:/join/sent";
		});
	}

	@GetMapping("/join/sent")
	String sent() {
		return "community/join-sent";
	}

	@GetMapping("/members/requests")
	String list(Principal principal, Locale locale, Model model) {
		model.addAttribute("pending", requests.pendingFor(principal.getName()));
		model.addAttribute("decided", requests.decidedFor(principal.getName()));
		model.addAttribute("countryNames", Languages.countryNames(locale));
		return "community/join-requests";
	}

	@PostMapping("/members/requests/{requestId}/approve")
	String approve(@PathVariable("requestId") long id, @RequestParam(required = false) String note, Principal principal,
			RedirectAttributes redirect) {
		JoinRequests.Approval approval = requests.approve(id, principal.getName(), CleanText.stripToNull(note));
		audit.record(AuditAction.JOIN_REQUEST_APPROVED, approval.email(), "request " + id);
		redirect.addFlashAttribute("notice", approval.mailed() ? "join.approvedMailed" : "join.approved");
		redirect.addFlashAttribute("noticeArg", approval.email());
		if (!approval.mailed()) {
			redirect.addFlashAttribute("welcomeLink", approval.link());
		}
		return "redirect:/members/requests";
	}

	@PostMapping("/members/requests/{requestId}/decline")
	String decline(@PathVariable("requestId") long id, @RequestParam(required = false) String note, Principal principal,
			RedirectAttributes redirect) {
		boolean mailed = requests.decline(id, principal.getName(), CleanText.stripToNull(note));
		audit.record(AuditAction.JOIN_REQUEST_DECLINED, "request " + id, null);
		redirect.addFlashAttribute("notice", mailed ? "join.declinedMailed" : "join.declined");
		return "redirect:/members/requests";
	}

	@GetMapping("/login/forgot")
	String forgotForm(Model model) {
		model.addAttribute("mailOn", accounts.mailOn());
		return "community/forgot";
	}

	@PostMapping("/login/forgot")
	String forgot(@RequestParam(required = false) String email, RedirectAttributes redirect) {
		if (email != null && !email.isBlank()) {
			accounts.forgotPassword(email);
		}
		redirect.addFlashAttribute("notice", "forgot.sent");
		return "redirect:/login/forgot";
	}

}
