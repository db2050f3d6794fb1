package org.convene.community;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.convene.events.StakeholderType;

/**
 * Someone asks to join the community: who they are, where they work, and who vouches for them — a member (the
 * sponsor) or their institution (a nomination). A coordinator responsible for their country approves or declines.
 */
@Entity
@Table(name = "join_requests")
public class JoinRequest {

	/** Where a request stands. */
	public enum Status {
		PENDING, APPROVED, DECLINED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String email;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(nullable = false)
	private String organisation;

	@Column(nullable = false)
	private String country;

	@Enumerated(EnumType.STRING)
	@Column(name = "stakeholder_type", nullable = false)
	private StakeholderType stakeholderType;

	@Column(name = "job_title")
	private String jobTitle;

	private String sponsor;

	private String nomination;

	private String motivation;

	private String language;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status = Status.PENDING;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decision_note")
	private String decisionNote;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected JoinRequest() {
	}

	JoinRequest(JoinRequestDetails details, String language, Instant now) {
		this.email = Account.normaliseEmail(details.email());
		this.displayName = details.displayName();
		this.organisation = details.organisation();
		this.country = details.country();
		this.stakeholderType = details.stakeholderType();
		this.jobTitle = details.jobTitle();
		this.sponsor = Account.normaliseEmail(details.sponsor());
		this.nomination = details.nomination();
		this.motivation = details.motivation();
		this.language = language;
		this.createdAt = now;
	}

	void decide(Status decision, String by, String note, Instant now) {
		this.status = decision;
		this.decidedBy = by;
		this.decisionNote = note;
		this.decidedAt = now;
	}

	public Long getId() {
		return id;
	}

	public String getEmail() {
		return email;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getOrganisation() {
		return organisation;
	}

	public String getCountry() {
		return country;
	}

	public StakeholderType getStakeholderType() {
		return stakeholderType;
	}

	public String getJobTitle() {
		return jobTitle;
	}

	public String getSponsor() {
		return sponsor;
	}

	public String getNomination() {
		return nomination;
	}

	public String getMotivation() {
		return motivation;
	}

	public String getLanguage() {
		return language;
	}

	public Status getStatus() {
		return status;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public String getDecisionNote() {
		return decisionNote;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
