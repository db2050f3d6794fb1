package org.convene.events.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.convene.events.Objective;
import org.convene.events.SessionKind;
import org.convene.events.Sex;
import org.convene.events.StakeholderType;
import org.convene.events.Visibility;
import org.convene.platform.i18n.Languages;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The closed vocabularies the events pages offer in their forms and tables. */
@ControllerAdvice(basePackageClasses = EventChoices.class)
class EventChoices {

	static final List<String> EVENT_LANGUAGES = List.of("en", "fr", "es", "ar", "ru", "ur", "pt", "fa");

	private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
		.filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
		.sorted()
		.toList();

	@ModelAttribute("objectives")
	Objective[] objectives() {
		return Objective.values();
	}

	@ModelAttribute("sessionKinds")
	SessionKind[] sessionKinds() {
		return SessionKind.values();
	}

	@ModelAttribute("stakeholderTypes")
	StakeholderType[] stakeholderTypes() {
		return StakeholderType.values();
	}

	@ModelAttribute("sexes")
	Sex[] sexes() {
		return Sex.values();
	}

	@ModelAttribute("visibilities")
	Visibility[] visibilities() {
		return Visibility.values();
	}

	@ModelAttribute("eventLanguages")
	List<String> eventLanguages() {
		return EVENT_LANGUAGES;
	}

	@ModelAttribute("timeZones")
	List<String> timeZones() {
		return ZONES;
	}

	@ModelAttribute("countries")
	List<Languages.Country> countries(Locale locale) {
		return Languages.countries(locale);
	}
}
