package org.convene.platform.i18n;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** The language switcher: remembers the choice in a cookie and tells listeners (who store it per account). */
@Controller
class LanguageController {

	private final LocaleResolver localeResolver;
	private final ApplicationEventPublisher events;

	LanguageController(LocaleResolver localeResolver, ApplicationEventPublisher events) {
		this.localeResolver = localeResolver;
		this.events = events;
	}

	@PostMapping("/language")
	String change(@RequestParam String lang, @RequestParam(defaultValue = "/") String back,
			HttpServletRequest request, HttpServletResponse response) {
		var locale = Languages.of(lang);
		localeResolver.setLocale(request, response, locale);
		if (request.getUserPrincipal() != null) {
			events.publishEvent(new LanguageChosen(request.getUserPrincipal().getName(), locale.getLanguage()));
		}
		return "redirect:" + safeLocalPath(back);
	}

	/** Only same-site paths, so the switcher cannot be used as an open redirect. */
	static String safeLocalPath(String back) {
		try {
			URI uri = URI.create(back);
			if (uri.getScheme() == null && uri.getHost() == null && back.startsWith("/") && !back.startsWith("//")) {
				return back;
			}
		}
		catch (IllegalArgumentException ignored) {
			// fall through to the home page
		}
		return "/";
	}
}
