package org.convene.community.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.convene.community.Account;
import org.convene.community.Accounts;
import org.convene.community.Role;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Taking access away works on the next request of every session: before Spring Security reads a signed-in
 * session, this filter compares the session's account version with the account's; a role change, a password
 * change, a deactivation or "sign out everywhere" has moved the account on, so the session ends and the person is
 * sent to sign in again (with the role they have now). An administrator without two-factor sign-in is sent to set
 * it up before anything else. Anonymous requests — every phone — cost nothing here.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
public class SessionCheck extends OncePerRequestFilter {

	/** The account version a session was signed in under. */
	static final String VERSION = "convene.accountVersion";

	private final Accounts accounts;

	SessionCheck(Accounts accounts) {
		this.accounts = accounts;
	}

	/** Marks a session as signed in under the account's current version (at sign-in, after one's own change). */
	public static void remember(HttpSession session, Account account) {
		session.setAttribute(VERSION, account.getSessionVersion());
	}

	/** What an administrator without two-factor sign-in may reach: setting it up, signing out, the page's assets. */
	static boolean mayPassWithoutSecondFactor(String path) {
		return path.startsWith("/account/two-factor") || path.equals("/logout") || path.equals("/language")
				|| path.startsWith("/assets/")
				|| path.startsWith("/webjars/") || path.equals("/favicon.ico") || path.equals("/error");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(
				HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context
				&& context.getAuthentication() != null) {
			Optional<Account> account = accounts.find(context.getAuthentication().getName());
			Object version = session.getAttribute(VERSION);
			if (account.isPresent() && account.get().isActive() && version == null) {
				// signed in another way than the sign-in form (or before this check existed): from now on
				remember(session, account.get());
			}
			else if (account.isPresent() && (!account.get().isActive()
					|| !Integer.valueOf(account.get().getSessionVersion()).equals(version))) {
				session.invalidate();
				response.sendRedirect(request.getContextPath() + "/login?ended");
				return;
			}
			if (account.isPresent() && account.get().getRole() == Role.ADMIN && !account.get().isTwoFactor()
					&& !mayPassWithoutSecondFactor(request.getRequestURI().substring(request.getContextPath().length()))) {
				response.sendRedirect(request.getContextPath() + "/account/two-factor");
				return;
			}
		}
		chain.doFilter(request, response);
	}
}
