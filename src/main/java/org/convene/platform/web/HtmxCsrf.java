package org.convene.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;

/** The request's CSRF token as an htmx header, so pushed forms (rendered for everyone) post safely. */
public final class HtmxCsrf {

	private HtmxCsrf() {
	}

	/** {@code {"X-CSRF-TOKEN": "…"}} for a page's {@code hx-headers}, or null without a token. */
	public static String headers(HttpServletRequest request) {
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		return csrf == null ? null : "{\"" + csrf.getHeaderName() + "\": \"" + csrf.getToken() + "\"}";
	}
}
