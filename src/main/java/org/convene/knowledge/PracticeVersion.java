package org.convene.knowledge;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A practice's text as saved once: its number, who saved it and when, and the text (one field after another). */
@Entity
@Table(name = "practice_versions")
public class PracticeVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "practice_id", nullable = false)
	private long practiceId;

	@Column(nullable = false)
	private int number;

	@Column(name = "saved_by", nullable = false)
	private String savedBy;

	@Column(name = "saved_at", nullable = false)
	private Instant savedAt;

	@Column(nullable = false, length = 200000)
	private String text;

	protected PracticeVersion() {
	}

	PracticeVersion(long practiceId, int number, String savedBy, Instant savedAt, String text) {
		this.practiceId = practiceId;
		this.number = number;
		this.savedBy = savedBy;
		this.savedAt = savedAt;
		this.text = text;
	}

	public long getPracticeId() {
		return practiceId;
	}

	public int getNumber() {
		return number;
	}

	public String getSavedBy() {
		return savedBy;
	}

	public Instant getSavedAt() {
		return savedAt;
	}

	public String getText() {
		return text;
	}
}
