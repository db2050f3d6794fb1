package org.convene.events;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.convene.platform.i18n.Languages;
import org.convene.platform.text.CleanText;
import org.convene.platform.text.Folding;

/** What a registration says about a person, validated the same way for every way in. */
public record ParticipantDetails(String name, String organisation, StakeholderType stakeholderType, String country,
		String jobTitle, Sex sex, String email, boolean consentToList, String biography)
		implements Serializable {

	public ParticipantDetails {
		name = CleanText.stripToNull(name);
		organisation = CleanText.stripToNull(organisation);
		country = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
		jobTitle = CleanText.stripToNull(jobTitle);
		email = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
		biography = CleanText.stripToNull(biography);
	}

	/**
	 * The keys that find the same person twice in one event: the e-mail, and name with organisation however they
	 * were typed ({@link Folding#identity}: full-width, zero-width, decomposed, confusable letters).
	 */
	public List<String> duplicateKeys() {
		String n = Folding.identity(name);
		String o = Folding.identity(organisation);
		return email == null ? List.of("n:" + n + "|" + o) : List.of("e:" + email, "n:" + n + "|" + o);
	}

	/** What is wrong with these details, as message keys (empty when they can be saved). */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (name == null) {
			problems.add("participant.error.name");
		}
		else if (name.length() > 200) {
			problems.add("participant.error.tooLong");
		}
		if (stakeholderType == null) {
			problems.add("participant.error.stakeholder");
		}
		if (country == null || !Languages.isCountry(country)) {
			problems.add("participant.error.country");
		}
		if (sex == null) {
			problems.add("participant.error.sex");
		}
		if (email != null && (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 200)) {
			problems.add("participant.error.email");
		}
		if ((organisation != null && organisation.length() > 200) || (jobTitle != null && jobTitle.length() > 200)
				|| (biography != null && biography.length() > 4000)) {
			problems.add("participant.error.tooLong");
		}
		return problems;
	}

}
