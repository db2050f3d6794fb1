package org.convene.platform.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every cookie Convene sets (the language, a phone's participant token, the session) is marked {@code Secure}
 * when the request came over HTTPS — directly, or through a TLS proxy whose forwarded headers are honoured
 * ({@code CONVENE_FORWARDED_HEADERS}). One place for all cookies, instead of a flag on each.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SecureCookies extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!request.isSecure()) {
			chain.doFilter(request, response);
			return;
		}
		chain.doFilter(request, new HttpServletResponseWrapper(response) {
			@Override
			public void addCookie(Cookie cookie) {
				cookie.setSecure(true);
				super.addCookie(cookie);
			}

			@Override
			public void addHeader(String name, String value) {
				super.addHeader(name, secured(name, value));
			}

			@Override
			public void setHeader(String name, String value) {
				super.setHeader(name, secured(name, value));
			}
		});
	}

	private static String secured(String name, String value) {
		if (value == null || !"Set-Cookie".equalsIgnoreCase(name) || value.toLowerCase(Locale.ROOT).contains("; secure")) {
			return value;
		}
		return value + "; Secure";
	}
}
