package org.convene.platform.notify;

import java.security.Principal;

import org.convene.platform.mail.Mail;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout shows on every page about notifications and mail: the signed-in reader's unread count, and to
 * organisers a notice that e-mail is off (so links must be passed on by hand).
 */
@ControllerAdvice
class NotificationsAdvice {

	private final Notifications notifications;
	private final Mail mail;

	NotificationsAdvice(Notifications notifications, Mail mail) {
		this.notifications = notifications;
		this.mail = mail;
	}

	@ModelAttribute
	void layout(Model model, Principal principal) {
		if (principal instanceof Authentication auth && auth.isAuthenticated()) {
			model.addAttribute("unreadNotifications", notifications.unread(principal.getName()));
			model.addAttribute("mailOff", !mail.enabled() && auth.getAuthorities().stream()
				.anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()) || "ROLE_COORDINATOR".equals(a.getAuthority())));
		}
	}
}
