package org.convene.community;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.convene.events.StakeholderType;

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

	/** The TOTP secret (base32) once two-factor sign-in is set up; null until then. */
	@Column(name = "totp_secret")
	private String totpSecret;

	/** The last time step whose code was accepted: a code works once. */
	@Column(name = "totp_last_step", nullable = false)
	private long totpLastStep;

	/** SHA-256 hashes (hex) of the unused recovery codes, comma-separated. */
	@Column(name = "recovery_codes")
	private String recoveryCodes;

	/** Where the person works and which country they come from (from their request to join, or their profile). */
	private String organisation;

	private String country;

	@Enumerated(EnumType.STRING)
	@Column(name = "stakeholder_type")
	private StakeholderType stakeholderType;

	@Column(name = "job_title")
	private String jobTitle;

	/** The countries whose requests to join a coordinator decides, comma-separated ISO codes; empty: all. */
	@Column(name = "coordinates_countries")
	private String coordinatesCountries;

	/** The languages the person works in (ISO codes, comma-separated). */
	private String languages;

	/** What the person knows about (free tags, comma-separated). */
	private String expertise;

	private String biography;

	/** Whether other members find the person in the directory; hidden: administrators only. */
	@Column(name = "in_directory", nullable = false)
	private boolean inDirectory = true;

	/** Which parts of the profile other members see ({@link ProfileField} names, comma-separated). */
	@Column(name = "shown_fields", nullable = false)
	private String shownFields = "ORGANISATION,COUNTRY,STAKEHOLDER,JOB_TITLE,LANGUAGES,EXPERTISE,BIOGRAPHY,PHOTO";

	/** The profile photo in the file store, if any. */
	@Column(name = "photo_key")
	private String photoKey;

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

	/** Whether sign-in asks for a code from an authenticator app after the password. */
	public boolean isTwoFactor() {
		return totpSecret != null;
	}

	String getTotpSecret() {
		return totpSecret;
	}

	long getTotpLastStep() {
		return totpLastStep;
	}

	String getRecoveryCodes() {
		return recoveryCodes;
	}

	void setTwoFactor(String secret, String recoveryCodeHashes) {
		this.totpSecret = secret;
		this.recoveryCodes = recoveryCodeHashes;
		this.totpLastStep = 0;
	}

	void usedStep(long step) {
		this.totpLastStep = step;
	}

	void setRecoveryCodes(String recoveryCodeHashes) {
		this.recoveryCodes = recoveryCodeHashes;
	}

	/** Erasure on request: nothing left that names the person; what the account did stays, under its number. */
	void erase(String unusablePasswordHash) {
		this.email = "erased-" + id + "@erased.invalid";
		this.displayName = "#" + id;
		this.passwordHash = unusablePasswordHash;
		this.language = null;
		this.active = false;
		this.totpSecret = null;
		this.recoveryCodes = null;
		this.organisation = null;
		this.jobTitle = null;
		this.biography = null;
		this.expertise = null;
		this.photoKey = null;
		this.inDirectory = false;
		endSessions();
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

	/** The countries a coordinator answers for; empty means all. */
	public Set<String> getCoordinatesCountries() {
		return coordinatesCountries == null || coordinatesCountries.isBlank() ? Set.of()
				: new TreeSet<>(Arrays.asList(coordinatesCountries.split(",")));
	}

	void setCoordinatesCountries(Set<String> countries) {
		this.coordinatesCountries = countries.isEmpty() ? null : String.join(",", new TreeSet<>(countries));
	}

	/** Whether this account may decide a request to join from {@code requestCountry}. */
	public boolean decidesFor(String requestCountry) {
		return active && (role == Role.ADMIN || role == Role.COORDINATOR
				&& (getCoordinatesCountries().isEmpty() || getCoordinatesCountries().contains(requestCountry)));
	}

	void setWork(String organisation, String country, StakeholderType stakeholderType, String jobTitle) {
		this.organisation = organisation;
		this.country = country;
		this.stakeholderType = stakeholderType;
		this.jobTitle = jobTitle;
	}

	public List<String> getLanguages() {
		return split(languages);
	}

	public List<String> getExpertise() {
		return split(expertise);
	}

	public String getBiography() {
		return biography;
	}

	public String getPhotoKey() {
		return photoKey;
	}

	void setPhotoKey(String photoKey) {
		this.photoKey = photoKey;
	}

	public boolean isInDirectory() {
		return inDirectory;
	}

	/** The parts of the profile other members see. */
	public Set<ProfileField> getShownFields() {
		Set<ProfileField> shown = EnumSet.noneOf(ProfileField.class);
		split(shownFields).forEach(f -> shown.add(ProfileField.valueOf(f)));
		return shown;
	}

	void setProfile(MemberProfile profile) {
		this.organisation = profile.organisation();
		this.country = profile.country();
		this.stakeholderType = profile.stakeholderType();
		this.jobTitle = profile.jobTitle();
		this.languages = profile.languages().isEmpty() ? null : String.join(",", profile.languages());
		this.expertise = profile.expertise().isEmpty() ? null : String.join(",", profile.expertise());
		this.biography = profile.biography();
		this.inDirectory = profile.inDirectory();
		this.shownFields = String.join(",", profile.shown().stream().map(Enum::name).sorted().toList());
	}

	private static List<String> split(String csv) {
		return csv == null || csv.isBlank() ? List.of() : List.of(csv.split(","));
	}

	void signedIn() {
		failedSignIns = 0;
		lockedUntil = null;
	}

	void unlock() {
		signedIn();
	}
}
