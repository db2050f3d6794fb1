package org.convene.community;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.convene.events.StakeholderType;
import org.convene.platform.text.CleanText;

/** What a member says about themselves, and what of it other members see. */
public record MemberProfile(String organisation, String country, StakeholderType stakeholderType, String jobTitle,
		List<String> languages, List<String> expertise, String biography, boolean inDirectory,
		Set<ProfileField> shown) {

	public MemberProfile {
		organisation = CleanText.stripToNull(organisation);
		country = CleanText.stripToNull(country);
		jobTitle = CleanText.stripToNull(jobTitle);
		biography = CleanText.stripToNull(biography);
		languages = languages == null ? List.of() : List.copyOf(new LinkedHashSet<>(languages));
		expertise = expertise == null ? List.of() : List.copyOf(expertise);
		shown = shown == null ? Set.of() : Set.copyOf(shown);
	}

	/** Expertise typed as "a, b; c": trimmed, lower case, no duplicates, at most 20 tags of 40 characters. */
	public static List<String> tags(String typed) {
		if (typed == null) {
			return List.of();
		}
		return Arrays.stream(typed.split("[,;\\n]")).map(String::strip).filter(t -> !t.isEmpty())
			.map(t -> t.toLowerCase(Locale.ROOT)).map(t -> t.length() > 40 ? t.substring(0, 40) : t).distinct()
			.limit(20).toList();
	}
}
