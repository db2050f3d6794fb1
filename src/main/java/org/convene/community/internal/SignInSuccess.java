package org.convene.community.internal;

import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.convene.community.Account;
import org.convene.community.Accounts;
import org.convene.platform.i18n.Languages;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After the password: for an account with two-factor sign-in, not signed in yet — the session only remembers who
 * is half-way ({@link Pending}, five minutes, five tries) and the person is asked for the code; otherwise, and once
 * the code is right ({@link #completeSecondFactor}), signed in, in the language they chose last time.
 */
@Component
public class SignInSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

	/** Where a half-way sign-in waits in the session. */
	public static final String PENDING = SignInSuccess.class.getName() + ".pending";
	static final Duration PENDING_FOR = Duration.ofMinutes(5);
	static final int CODE_TRIES = 5;

	private final Accounts accounts;
	private final LocaleResolver localeResolver;
	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SignInSuccess(Accounts accounts, LocaleResolver localeResolver) {
		this.accounts = accounts;
		this.localeResolver = localeResolver;
	}

	/** A sign-in waiting for its second factor. */
	public static final class Pending implements Serializable {

		private final long accountId;
		private final String email;
		private final Instant until;
		private int failures;

		Pending(long accountId, String email, Instant until) {
			this.accountId = accountId;
			this.email = email;
			this.until = until;
		}

		public long accountId() {
			return accountId;
		}

		public boolean expired() {
			return Instant.now().isAfter(until);
		}

		/** Counts a wrong code; true when no tries are left. */
		public boolean failed() {
			return ++failures >= CODE_TRIES;
		}
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		Optional<Account> account = accounts.find(authentication.getName());
		if (account.isPresent() && account.get().isTwoFactor()) {
			// the password was right; the session is not signed in until the code is
			contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
			SecurityContextHolder.clearContext();
			request.getSession().setAttribute(PENDING, new Pending(account.get().getId(), account.get().getEmail(),
					Instant.now().plus(PENDING_FOR)));
			getRedirectStrategy().sendRedirect(request, response, "/login/code");
			return;
		}
		signedIn(request, response, authentication);
	}

	/** The right code for the pending sign-in: signs the person in (a new session id) and goes where they were going. */
	public void completeSecondFactor(HttpServletRequest request, HttpServletResponse response, Pending pending)
			throws IOException, ServletException {
		HttpSession session = request.getSession();
		session.removeAttribute(PENDING);
		UserDetails user = accounts.loadUserByUsername(pending.email);
		Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.getAuthorities());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		request.changeSessionId();
		contexts.saveContext(context, request, response);
		signedIn(request, response, authentication);
	}

	private void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException, ServletException {
		accounts.find(authentication.getName()).ifPresent(a -> {
			SessionCheck.remember(request.getSession(), a);
			if (a.getLanguage() != null) {
				localeResolver.setLocale(request, response, Languages.of(a.getLanguage()));
			}
		});
		super.onAuthenticationSuccess(request, response, authentication);
	}
}
