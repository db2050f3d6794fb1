package org.convene.events.web;

import java.text.Collator;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.convene.events.Objective;
import org.convene.events.SessionKind;
import org.convene.events.Sex;
import org.convene.events.StakeholderType;
import org.convene.events.Visibility;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The closed vocabularies the events pages offer in their forms and tables. */
@ControllerAdvice(basePackageClasses = EventChoices.class)
class EventChoices {

	record Country(String code, String name) {
	}

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
	List<Country> countries(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return Arrays.stream(Locale.getISOCountries())
			.map(code -> new Country(code, Locale.of("", code).getDisplayCountry(locale)))
			.sorted(Comparator.comparing(Country::name, collator))
			.toList();
	}
}
