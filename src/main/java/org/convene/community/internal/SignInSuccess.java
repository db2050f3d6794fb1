package org.convene.community.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.convene.community.Accounts;
import org.convene.platform.i18n.Languages;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** After sign-in, the interface switches to the language the person chose last time. */
@Component
class SignInSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

	private final Accounts accounts;
	private final LocaleResolver localeResolver;

	SignInSuccess(Accounts accounts, LocaleResolver localeResolver) {
		this.accounts = accounts;
		this.localeResolver = localeResolver;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		accounts.find(authentication.getName()).ifPresent(a -> {
			SessionCheck.remember(request.getSession(), a);
			if (a.getLanguage() != null) {
				localeResolver.setLocale(request, response, Languages.of(a.getLanguage()));
			}
		});
		super.onAuthenticationSuccess(request, response, authentication);
	}
}
