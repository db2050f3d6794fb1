package org.convene.community;

/** The parts of a member's profile that they choose to show other members (the name is always shown). */
public enum ProfileField {
	EMAIL, ORGANISATION, COUNTRY, STAKEHOLDER, JOB_TITLE, LANGUAGES, EXPERTISE, BIOGRAPHY, PHOTO
}
