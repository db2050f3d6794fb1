package org.convene.knowledge;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.convene.platform.text.CleanText;

/** A practice taken up in another country: where, when, what was changed to make it fit, what came of it, whom to ask. */
@Entity
@Table(name = "practice_adoptions")
public class Adoption {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "practice_id", nullable = false)
	private long practiceId;

	@Column(nullable = false)
	private String country;

	private String period;

	@Column(nullable = false)
	private String changes;

	private String result;

	private String contact;

	@Column(nullable = false)
	private boolean flagged;

	@Column(nullable = false)
	private String author;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Adoption() {
	}

	Adoption(long practiceId, String author, AdoptionDetails d, boolean flagged, Instant now) {
		this.practiceId = practiceId;
		this.author = author;
		this.country = d.country();
		this.period = CleanText.stripToNull(d.period());
		this.changes = d.changes().strip();
		this.result = CleanText.stripToNull(d.result());
		this.contact = CleanText.stripToNull(d.contact());
		this.flagged = flagged;
		this.createdAt = now;
	}


	public Long getId() {
		return id;
	}

	public long getPracticeId() {
		return practiceId;
	}

	public String getCountry() {
		return country;
	}

	public String getPeriod() {
		return period;
	}

	public String getChanges() {
		return changes;
	}

	public String getResult() {
		return result;
	}

	public String getContact() {
		return contact;
	}

	public boolean isFlagged() {
		return flagged;
	}

	public String getAuthor() {
		return author;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
