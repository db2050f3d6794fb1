package org.convene.community;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person who can sign in. The e-mail address is the user name. */
@Entity
@Table(name = "accounts")
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String email;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	private String language;

	@Column(name = "failed_sign_ins", nullable = false)
	private int failedSignIns;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	/** A deactivated account keeps its history (what it created, what it did) but cannot sign in. */
	@Column(nullable = false)
	private boolean active = true;

	/** Moves on whenever access changes; sessions signed in under an older version end (SessionCheck). */
	@Column(name = "session_version", nullable = false)
	private int sessionVersion;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	protected Account() {
	}

	public Account(String email, String displayName, String passwordHash, Role role, String language) {
		this.email = normaliseEmail(email);
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.language = language;
	}

	public static String normaliseEmail(String email) {
		return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
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

	public String getPasswordHash() {
		return passwordHash;
	}

	public Role getRole() {
		return role;
	}

	public String getLanguage() {
		return language;
	}

	public int getFailedSignIns() {
		return failedSignIns;
	}

	public Instant getLockedUntil() {
		return lockedUntil;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public boolean isLocked(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	void changePassword(String newHash) {
		this.passwordHash = newHash;
		endSessions();
	}

	public boolean isActive() {
		return active;
	}

	void setActive(boolean active) {
		this.active = active;
		endSessions();
	}

	public int getSessionVersion() {
		return sessionVersion;
	}

	/** Every session signed in before this call ends at its next request. */
	void endSessions() {
		sessionVersion++;
	}

	void setLanguage(String language) {
		this.language = language;
	}

	void setRole(Role role) {
		if (this.role != role) {
			endSessions();
		}
		this.role = role;
	}

	void signedIn() {
		failedSignIns = 0;
		lockedUntil = null;
	}

	void unlock() {
		signedIn();
	}
}
