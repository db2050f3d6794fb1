package org.convene.platform.i18n;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The interface language: a cookie remembers the browser's choice; a first visit follows the
 * browser's Accept-Language; signed-in people carry their own choice (see community's sign-in).
 */
@Configuration
class LocaleConfig {

	static final String COOKIE = "convene-lang";

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE) {
			@Override
			public void setLocale(HttpServletRequest request,
					HttpServletResponse response, Locale locale) {
				super.setLocale(request, response, locale == null ? null : Languages.bestMatch(List.of(locale)));
			}
		};
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(request -> Languages.bestMatch(Collections.list(request.getLocales())));
		return resolver;
	}
}
