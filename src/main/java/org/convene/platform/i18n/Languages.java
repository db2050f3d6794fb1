package org.convene.platform.i18n;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.convene.platform.text.Folding;

/** The languages Convene's interface ships in, and which of them are written right to left. */
public final class Languages {

	public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.of("es"),
			Locale.of("ar"), Locale.of("ru"), Locale.of("ur"));

	private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "ur", "fa", "he", "ps");
	private static final Set<String> COUNTRY_CODES = Set.of(Locale.getISOCountries());

	/** A country for a chooser: its ISO 3166 code and its name in the reader's language. */
	public record Country(String code, String name) {
	}

	private Languages() {
	}

	public static boolean isSupported(String code) {
		return code != null && SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(code));
	}

	/** The best supported language for a list of preferences (e.g. from Accept-Language); English otherwise. */
	public static Locale bestMatch(Iterable<Locale> preferences) {
		for (Locale wanted : preferences) {
			for (Locale supported : SUPPORTED) {
				if (supported.getLanguage().equals(wanted.getLanguage())) {
					return supported;
				}
			}
		}
		return Locale.ENGLISH;
	}

	public static Locale of(String code) {
		return isSupported(code) ? Locale.of(code) : Locale.ENGLISH;
	}

	public static boolean isRightToLeft(Locale locale) {
		return RIGHT_TO_LEFT.contains(locale.getLanguage());
	}

	/**
	 * A country's name in a language, from the JDK's locale data (CLDR), for an ISO 3166 code; the code itself when
	 * the data has no name for it, and "" for none.
	 */
	public static String countryName(String isoCode, Locale locale) {
		if (isoCode == null || isoCode.isBlank()) {
			return "";
		}
		String name = Locale.of("", isoCode.strip()).getDisplayCountry(locale);
		return name.isBlank() ? isoCode : name;
	}

	/** Whether the code is an ISO 3166 country code (upper case, as stored). */
	public static boolean isCountry(String code) {
		return code != null && COUNTRY_CODES.contains(code);
	}

	/** Every country, named in the language and in its alphabetical order: what country choosers list. */
	public static List<Country> countries(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return Arrays.stream(Locale.getISOCountries())
			.map(code -> new Country(code, Locale.of("", code).getDisplayCountry(locale)))
			.sorted(Comparator.comparing(Country::name, collator))
			.toList();
	}

	/** Every country's name in the language, by ISO code (for pages that show stored codes). */
	public static Map<String, String> countryNames(Locale locale) {
		return countries(locale).stream().collect(Collectors.toMap(Country::code, Country::name));
	}

	/**
	 * The ISO code of a country written as its code or its name in any language Convene ships (case, accents and
	 * spacing aside), as imports read it; null when blank or unknown.
	 */
	public static String countryCode(String nameOrCode) {
		return nameOrCode == null || nameOrCode.isBlank() ? null : CountryNames.BY_NAME.get(Folding.fold(nameOrCode));
	}

	/** Every country's code by its folded name in each shipped language and by its folded code (built on first use). */
	private static final class CountryNames {

		static final Map<String, String> BY_NAME = new HashMap<>();

		static {
			for (String code : Locale.getISOCountries()) {
				// names in every language we ship, so an export in any of them imports again
				for (Locale language : SUPPORTED) {
					BY_NAME.putIfAbsent(Folding.fold(countryName(code, language)), code);
				}
				BY_NAME.put(Folding.fold(code), code);
			}
		}
	}

	/** The language's own name, as shown in the language switcher. */
	public static String nativeName(Locale locale) {
		String name = locale.getDisplayLanguage(locale);
		return name.isEmpty() ? locale.getLanguage() : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}
}
