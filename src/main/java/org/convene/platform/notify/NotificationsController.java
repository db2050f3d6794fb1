package org.convene.platform.notify;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.convene.platform.audit.AuditAction;
import org.convene.platform.audit.AuditLog;
import org.convene.platform.mail.Mail;
import org.convene.platform.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's notifications ({@code /notifications}): the list, opening one (marks it read), marking all read, how
 * often they come by e-mail; and the unsubscribe link of the e-mails, which works without signing in.
 */
@Controller
class NotificationsController {

	static final int SHOWN = 100;

	private final Notifications notifications;
	private final Mail mail;
	private final AuditLog audit;

	NotificationsController(Notifications notifications, Mail mail, AuditLog audit) {
		this.notifications = notifications;
		this.mail = mail;
		this.audit = audit;
	}

	/** One line of the list: the notification in the reader's language. */
	record Line(long id, String text, boolean read, Instant at) {
	}

	@GetMapping("/notifications")
	String list(Principal principal, Locale locale, Model model) {
		List<Line> lines = notifications.recent(principal.getName(), SHOWN).stream()
			.map(n -> new Line(n.id(), notifications.text(n, locale), n.read(), n.createdAt()))
			.toList();
		model.addAttribute("lines", lines);
		model.addAttribute("frequency", notifications.frequency(principal.getName()));
		model.addAttribute("frequencies", Notifications.Frequency.values());
		model.addAttribute("mailOn", mail.enabled());
		return "platform/notifications";
	}

	/** Opens a notification: marked read, then on to what it is about. */
	@GetMapping("/notifications/{notificationId}")
	String open(@PathVariable("notificationId") long id, Principal principal) {
		return "redirect:" + notifications.open(principal.getName(), id).orElseThrow(NotFoundException::new);
	}

	@PostMapping("/notifications/read")
	String readAll(Principal principal, RedirectAttributes redirect) {
		notifications.readAll(principal.getName());
		redirect.addFlashAttribute("notice", "notifications.allRead");
		return "redirect:/notifications";
	}

	@PostMapping("/notifications/settings")
	String settings(@RequestParam Notifications.Frequency frequency, Principal principal,
			RedirectAttributes redirect) {
		notifications.setFrequency(principal.getName(), frequency);
		redirect.addFlashAttribute("notice", "notifications.saved");
		return "redirect:/notifications";
	}

	@GetMapping("/unsubscribe")
	String unsubscribePage(@RequestParam(name = "r", required = false) String recipient,
			@RequestParam(name = "s", required = false) String signature, Model model) {
		model.addAttribute("valid", notifications.validUnsubscribe(recipient, signature));
		model.addAttribute("r", recipient);
		model.addAttribute("s", signature);
		return "platform/unsubscribe";
	}

	@PostMapping("/unsubscribe")
	String unsubscribe(@RequestParam(name = "r") String recipient, @RequestParam(name = "s") String signature,
			Model model) {
		boolean valid = notifications.validUnsubscribe(recipient, signature);
		if (valid) {
			notifications.setFrequency(recipient, Notifications.Frequency.OFF);
			audit.record(AuditAction.NOTIFICATIONS_UNSUBSCRIBED, recipient, null);
		}
		model.addAttribute("valid", valid);
		model.addAttribute("done", valid);
		return "platform/unsubscribe";
	}
}
