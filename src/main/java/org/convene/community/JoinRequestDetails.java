package org.convene.community;

import org.convene.events.StakeholderType;
import org.convene.platform.text.CleanText;

/** What a person fills in to ask to join (the form's fields, cleaned). */
public record JoinRequestDetails(String email, String displayName, String organisation, String country,
		StakeholderType stakeholderType, String jobTitle, String sponsor, String nomination, String motivation) {

	public JoinRequestDetails {
		email = CleanText.stripToNull(email);
		displayName = CleanText.stripToNull(displayName);
		organisation = CleanText.stripToNull(organisation);
		country = CleanText.stripToNull(country);
		jobTitle = CleanText.stripToNull(jobTitle);
		sponsor = CleanText.stripToNull(sponsor);
		nomination = CleanText.stripToNull(nomination);
		motivation = CleanText.stripToNull(motivation);
	}
}
