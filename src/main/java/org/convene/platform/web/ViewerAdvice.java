package org.convene.platform.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Who is reading the page, so templates can show what that person may do. */
@ControllerAdvice
class ViewerAdvice {

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

	@ModelAttribute("viewer")
	Viewer viewer() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
			return new Viewer(null, false, false);
		}
		boolean admin = has(auth, "ROLE_ADMIN");
		return new Viewer(auth.getName(), admin, has(auth, "ROLE_COORDINATOR"));
	}

	private static boolean has(Authentication auth, String authority) {
		return auth.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
	}
}
