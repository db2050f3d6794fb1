package org.convene.platform.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.convene.platform.i18n.Languages;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: its language, writing direction and the language switcher. */
@ControllerAdvice
class LayoutAdvice {

	record LanguageOption(String code, String name) {
	}

	private static final List<LanguageOption> OPTIONS = Languages.SUPPORTED.stream()
		.map(l -> new LanguageOption(l.getLanguage(), Languages.nativeName(l)))
		.toList();

	@ModelAttribute("lang")
	String lang(Locale locale) {
		return locale.getLanguage();
	}

	@ModelAttribute("dir")
	String dir(Locale locale) {
		return Languages.isRightToLeft(locale) ? "rtl" : "ltr";
	}

	@ModelAttribute("languages")
	List<LanguageOption> languages() {
		return OPTIONS;
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		String query = request.getQueryString();
		return request.getRequestURI() + (query == null ? "" : "?" + query);
	}
}
