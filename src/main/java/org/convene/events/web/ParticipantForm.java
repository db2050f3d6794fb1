package org.convene.events.web;

import org.convene.events.Participant;
import org.convene.events.ParticipantDetails;
import org.convene.events.Sex;
import org.convene.events.StakeholderType;

/** The registration form (self-registration and coordinator entry); checked by {@link ParticipantDetails}. */
public class ParticipantForm {

	private String name;
	private String organisation;
	private StakeholderType stakeholderType;
	private String country;
	private String jobTitle;
	private Sex sex;
	private String email;
	private boolean consentToList;
	private String biography;

	private boolean identifiersConfirmed;

	static ParticipantForm of(Participant p) {
		ParticipantForm f = new ParticipantForm();
		f.name = p.getName();
		f.organisation = p.getOrganisation();
		f.stakeholderType = p.getStakeholderType();
		f.country = p.getCountry();
		f.jobTitle = p.getJobTitle();
		f.sex = p.getSex();
		f.email = p.getEmail();
		f.consentToList = p.isConsentToList();
		f.biography = p.getBiography();
		return f;
	}

	ParticipantDetails details() {
		return new ParticipantDetails(name, organisation, stakeholderType, country, jobTitle, sex, email, consentToList,
				biography);
	}

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getOrganisation() { return organisation; }
	public void setOrganisation(String organisation) { this.organisation = organisation; }
	public StakeholderType getStakeholderType() { return stakeholderType; }
	public void setStakeholderType(StakeholderType stakeholderType) { this.stakeholderType = stakeholderType; }
	public String getCountry() { return country; }
	public void setCountry(String country) { this.country = country; }
	public String getJobTitle() { return jobTitle; }
	public void setJobTitle(String jobTitle) { this.jobTitle = jobTitle; }
	public Sex getSex() { return sex; }
	public void setSex(Sex sex) { this.sex = sex; }
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }
	public boolean isConsentToList() { return consentToList; }
	public void setConsentToList(boolean consentToList) { this.consentToList = consentToList; }
	public String getBiography() { return biography; }
	public void setBiography(String biography) { this.biography = biography; }

	/** The author confirmed that text flagged as a personal identifier may be saved. */
	public boolean isIdentifiersConfirmed() { return identifiersConfirmed; }
	public void setIdentifiersConfirmed(boolean identifiersConfirmed) { this.identifiersConfirmed = identifiersConfirmed; }
}
