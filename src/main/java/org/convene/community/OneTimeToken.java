package org.convene.community;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A link that can be used once: the first administrator's set-up link, an invitation, or a
 * password reset an administrator made for someone who forgot theirs. Only a hash
 * of the secret is stored, so a copy of the database does not hand out accounts.
 */
@Entity
@Table(name = "one_time_tokens")
public class OneTimeToken {

	public enum Purpose {
		SETUP, INVITE, RESET
	}

	@Id
	@Column(name = "token_hash")
	private String tokenHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Purpose purpose;

	private String email;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "used_at")
	private Instant usedAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	protected OneTimeToken() {
	}

	OneTimeToken(String tokenHash, Purpose purpose, String email, Role role, Instant expiresAt) {
		this.tokenHash = tokenHash;
		this.purpose = purpose;
		this.email = email;
		this.role = role;
		this.expiresAt = expiresAt;
	}

	public Purpose getPurpose() {
		return purpose;
	}

	public String getEmail() {
		return email;
	}

	public Role getRole() {
		return role;
	}

	public Instant getExpiresAt() {
		return expiresAt;
	}

	public Instant getUsedAt() {
		return usedAt;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public boolean isUsable(Instant now) {
		return usedAt == null && expiresAt.isAfter(now);
	}

	void use(Instant now) {
		usedAt = now;
	}
}
