package org.convene.platform.i18n;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.convene.platform.web.LocalPath;
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
		return "redirect:" + LocalPath.orHome(back); // never another site: no open redirect
	}
}
