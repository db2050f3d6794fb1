package org.convene.knowledge.web;

import java.util.ArrayList;
import java.util.List;

import org.convene.events.Objective;
import org.convene.events.Visibility;
import org.convene.knowledge.CrimeType;
import org.convene.knowledge.EvidenceLevel;
import org.convene.knowledge.PracticeDetails;

/** The practice form as the browser sends it (Spring binds it); {@link #details()} is what the service takes. */
public class PracticeForm {

	private String title;
	private String summary;
	private String language;
	private List<String> countries = new ArrayList<>();
	private String period;
	private List<Objective> objectives = new ArrayList<>();
	private CrimeType crimeType = CrimeType.TIP;
	private String targetGroup;
	private String organisation;
	private String partners;
	private String contact;
	private String activities;
	private String results;
	private String challenges;
	private String lessons;
	private String takeaway;
	private EvidenceLevel evidenceLevel = EvidenceLevel.ANECDOTAL;
	private String evidenceLink;
	private String transferability;
	private String links;
	private Visibility visibility = Visibility.MEMBERS;
	private boolean identifiersConfirmed;

	static PracticeForm of(PracticeDetails d) {
		PracticeForm f = new PracticeForm();
		f.title = d.title();
		f.summary = d.summary();
		f.language = d.language();
		f.countries = new ArrayList<>(d.countries());
		f.period = d.period();
		f.objectives = new ArrayList<>(d.objectives());
		f.crimeType = d.crimeType();
		f.targetGroup = d.targetGroup();
		f.organisation = d.organisation();
		f.partners = d.partners();
		f.contact = d.contact();
		f.activities = d.activities();
		f.results = d.results();
		f.challenges = d.challenges();
		f.lessons = d.lessons();
		f.takeaway = d.takeaway();
		f.evidenceLevel = d.evidenceLevel();
		f.evidenceLink = d.evidenceLink();
		f.transferability = d.transferability();
		f.links = d.links();
		f.visibility = d.visibility();
		return f;
	}

	PracticeDetails details() {
		return new PracticeDetails(title, summary, language, countries == null ? List.of() : countries, period,
				objectives == null ? List.of() : objectives, crimeType, targetGroup, organisation, partners, contact,
				activities, results, challenges, lessons, takeaway, evidenceLevel, evidenceLink, transferability, links,
				visibility);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public List<String> getCountries() {
		return countries;
	}

	public void setCountries(List<String> countries) {
		this.countries = countries;
	}

	public String getPeriod() {
		return period;
	}

	public void setPeriod(String period) {
		this.period = period;
	}

	public List<Objective> getObjectives() {
		return objectives;
	}

	public void setObjectives(List<Objective> objectives) {
		this.objectives = objectives;
	}

	public CrimeType getCrimeType() {
		return crimeType;
	}

	public void setCrimeType(CrimeType crimeType) {
		this.crimeType = crimeType;
	}

	public String getTargetGroup() {
		return targetGroup;
	}

	public void setTargetGroup(String targetGroup) {
		this.targetGroup = targetGroup;
	}

	public String getOrganisation() {
		return organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public String getPartners() {
		return partners;
	}

	public void setPartners(String partners) {
		this.partners = partners;
	}

	public String getContact() {
		return contact;
	}

	public void setContact(String contact) {
		this.contact = contact;
	}

	public String getActivities() {
		return activities;
	}

	public void setActivities(String activities) {
		this.activities = activities;
	}

	public String getResults() {
		return results;
	}

	public void setResults(String results) {
		this.results = results;
	}

	public String getChallenges() {
		return challenges;
	}

	public void setChallenges(String challenges) {
		this.challenges = challenges;
	}

	public String getLessons() {
		return lessons;
	}

	public void setLessons(String lessons) {
		this.lessons = lessons;
	}

	public String getTakeaway() {
		return takeaway;
	}

	public void setTakeaway(String takeaway) {
		this.takeaway = takeaway;
	}

	public EvidenceLevel getEvidenceLevel() {
		return evidenceLevel;
	}

	public void setEvidenceLevel(EvidenceLevel evidenceLevel) {
		this.evidenceLevel = evidenceLevel;
	}

	public String getEvidenceLink() {
		return evidenceLink;
	}

	public void setEvidenceLink(String evidenceLink) {
		this.evidenceLink = evidenceLink;
	}

	public String getTransferability() {
		return transferability;
	}

	public void setTransferability(String transferability) {
		this.transferability = transferability;
	}

	public String getLinks() {
		return links;
	}

	public void setLinks(String links) {
		this.links = links;
	}

	public Visibility getVisibility() {
		return visibility;
	}

	public void setVisibility(Visibility visibility) {
		this.visibility = visibility;
	}

	public boolean isIdentifiersConfirmed() {
		return identifiersConfirmed;
	}

	public void setIdentifiersConfirmed(boolean identifiersConfirmed) {
		this.identifiersConfirmed = identifiersConfirmed;
	}
}
