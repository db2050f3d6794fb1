package org.convene.events;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person registered for an event, however they came in (self-registration, coordinator, import). */
@Entity
@Table(name = "participants")
public class Participant {

	/** How a registration came in. */
	public enum Source {
		SELF, COORDINATOR, IMPORT, DEMO
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "event_id", nullable = false)
	private Long eventId;

	@Column(nullable = false)
	private String name;

	private String organisation;

	@Enumerated(EnumType.STRING)
	@Column(name = "stakeholder_type", nullable = false)
	private StakeholderType stakeholderType;

	@Column(nullable = false, length = 2)
	private String country;

	@Column(name = "job_title")
	private String jobTitle;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Sex sex;

	private String email;

	@Column(name = "consent_to_list", nullable = false)
	private boolean consentToList;

	@Column(length = 4000)
	private String biography;

	@Column(name = "checked_in_at")
	private Instant checkedInAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Source source;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	protected Participant() {
	}

	public Participant(Long eventId, ParticipantDetails details, Source source) {
		this.eventId = eventId;
		this.source = source;
		update(details);
	}

	public void update(ParticipantDetails d) {
		this.name = d.name();
		this.organisation = d.organisation();
		this.stakeholderType = d.stakeholderType();
		this.country = d.country();
		this.jobTitle = d.jobTitle();
		this.sex = d.sex();
		this.email = d.email();
		this.consentToList = d.consentToList();
		this.biography = d.biography();
	}

	public ParticipantDetails details() {
		return new ParticipantDetails(name, organisation, stakeholderType, country, jobTitle, sex, email,
				consentToList, biography);
	}

	public void checkIn(Instant at) {
		this.checkedInAt = at;
	}

	public void undoCheckIn() {
		this.checkedInAt = null;
	}

	public Long getId() {
		return id;
	}

	public Long getEventId() {
		return eventId;
	}

	public String getName() {
		return name;
	}

	public String getOrganisation() {
		return organisation;
	}

	public StakeholderType getStakeholderType() {
		return stakeholderType;
	}

	public String getCountry() {
		return country;
	}

	public String getJobTitle() {
		return jobTitle;
	}

	public Sex getSex() {
		return sex;
	}

	public String getEmail() {
		return email;
	}

	public boolean isConsentToList() {
		return consentToList;
	}

	public String getBiography() {
		return biography;
	}

	public Instant getCheckedInAt() {
		return checkedInAt;
	}

	public boolean isCheckedIn() {
		return checkedInAt != null;
	}

	public Source getSource() {
		return source;
	}
}
