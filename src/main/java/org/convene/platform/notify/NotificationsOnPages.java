package org.convene.platform.notify;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.convene.platform.mail.Mail;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What the layout shows about notifications and mail on every page: the signed-in reader's unread count, and to
 * organisers a notice that e-mail is off (so links must be passed on by hand). Added only when a whole page is
 * rendered — not for redirects, fragments, downloads, streams or type-ahead — so those pay no database query.
 */
@Component
class NotificationsOnPages implements HandlerInterceptor, WebMvcConfigurer {

	private final Notifications notifications;
	private final Mail mail;

	NotificationsOnPages(Notifications notifications, Mail mail) {
		this.notifications = notifications;
		this.mail = mail;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		String view = page == null ? null : page.getViewName();
		if (view == null || view.startsWith("redirect:") || view.contains("::")
				|| !(request.getUserPrincipal() instanceof Authentication auth) || !auth.isAuthenticated()) {
			return;
		}
		page.addObject("unreadNotifications", notifications.unread(auth.getName()));
		page.addObject("mailOff", !mail.enabled() && auth.getAuthorities().stream()
			.anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()) || "ROLE_COORDINATOR".equals(a.getAuthority())));
	}
}
