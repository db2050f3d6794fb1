package org.convene.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.convene.platform.i18n.Languages;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs: its language and writing direction, the language switcher, and who
 * is reading (so pages show only what that person may do).
 */
@ControllerAdvice
class LayoutAdvice {

	record LanguageOption(String code, String name) {
	}

	/** The reader: signed in or not, and with which powers. */
	public record Viewer(String username, boolean admin, boolean coordinator) {

		public boolean signedIn() {
			return username != null;
		}

		/** May plan events: coordinators and administrators. */
		public boolean organiser() {
			return admin || coordinator;
		}
	}

	private static final List<LanguageOption> OPTIONS = Languages.SUPPORTED.stream()
		.map(l -> new LanguageOption(l.getLanguage(), Languages.nativeName(l)))
		.toList();

	@ModelAttribute
	void layout(Model model, HttpServletRequest request, Locale locale) {
		model.addAllAttributes(attributes(request, locale));
	}

	/** The layout's model, also for pages rendered outside a controller (error pages). */
	static Map<String, Object> attributes(HttpServletRequest request, Locale locale) {
		String query = request.getQueryString();
		return Map.of("lang", locale.getLanguage(), "dir", Languages.isRightToLeft(locale) ? "rtl" : "ltr",
				"languages", OPTIONS, "currentPath", request.getRequestURI() + (query == null ? "" : "?" + query),
				"viewer", viewer());
	}

	static Viewer viewer() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
			return new Viewer(null, false, false);
		}
		return new Viewer(auth.getName(), has(auth, "ROLE_ADMIN"), has(auth, "ROLE_COORDINATOR"));
	}

	private static boolean has(Authentication auth, String authority) {
		return auth.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
	}
}
