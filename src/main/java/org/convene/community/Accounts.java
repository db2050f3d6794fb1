package org.convene.community;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.convene.community.internal.AccountRepository;
import org.convene.community.internal.OneTimeTokenRepository;
import org.convene.community.internal.SignInThrottle;
import org.convene.platform.ConveneProperties;
import org.convene.platform.ServerSecret;
import org.convene.platform.UserError;
import org.convene.platform.i18n.LanguageChosen;
import org.convene.platform.i18n.Languages;
import org.convene.platform.notify.Recipients;
import org.convene.platform.security.Totp;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Accounts: creating them (first administrator, invitations, the demo), signing in with lock-out
 * after repeated failures, changing passwords, and each person's interface language.
 */
@Service
@Transactional
public class Accounts implements UserDetailsService, Recipients {

	public static final int MIN_PASSWORD_LENGTH = 10;
	/** How many recovery codes a person gets when setting up two-factor sign-in (each works once). */
	public static final int RECOVERY_CODES = 10;
	/** What TOTP keys are encrypted for at rest (ServerSecret.encrypt). */
	private static final String TOTP = "totp";
	static final Duration SETUP_LINK_LIFETIME = Duration.ofDays(1);
	static final Duration RESET_LINK_LIFETIME = Duration.ofDays(1);
	static final Duration INVITATION_LIFETIME = Duration.ofDays(14);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccountRepository accounts;
	private final OneTimeTokenRepository tokens;
	private final PasswordEncoder encoder;
	private final ConveneProperties properties;
	private final SignInThrottle throttle;
	private final Clock clock;
	private final ServerSecret secret;
	private final AccountLetters letters;

	Accounts(AccountRepository accounts, OneTimeTokenRepository tokens, PasswordEncoder encoder,
			ConveneProperties properties, SignInThrottle throttle, Optional<Clock> clock, ServerSecret secret,
			AccountLetters letters) {
		this.secret = secret;
		this.letters = letters;
		this.accounts = accounts;
		this.tokens = tokens;
		this.encoder = encoder;
		this.properties = properties;
		this.throttle = throttle;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		Account account = accounts.findByEmail(Account.normaliseEmail(username))
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
		return User.withUsername(account.getEmail())
			.password(account.getPasswordHash())
			.roles(account.getRole().name())
			// blocked for this client only (too many failures from here), never for the owner elsewhere
			.accountLocked(account.isLocked(clock.instant())
					|| throttle.blocked(account.getEmail(), client(), properties.maxFailedSignIns()))
			.disabled(!account.isActive())
			.build();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Recipient> recipient(String username) {
		return find(username).map(a -> new Recipient(a.getEmail(), a.getEmail(), a.getDisplayName(), a.getLanguage(),
				a.isActive()));
	}

	/** The names of the accounts with these e-mail addresses (those that exist). */
	@Transactional(readOnly = true)
	public Map<String, String> displayNames(Collection<String> emails) {
		return emails.isEmpty() ? Map.of() : accounts.findByEmailIn(emails).stream()
			.collect(Collectors.toMap(Account::getEmail, Account::getDisplayName));
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> coordinatorsFor(Collection<String> countries) {
		List<Account> active = all().stream().filter(Account::isActive).toList();
		List<String> coordinators = active.stream().filter(a -> a.getRole() == Role.COORDINATOR)
			.filter(a -> a.getCoordinatesCountries().isEmpty()
					|| countries.stream().anyMatch(a.getCoordinatesCountries()::contains))
			.map(Account::getEmail).toList();
		return coordinators.isEmpty()
				? active.stream().filter(a -> a.getRole() == Role.ADMIN).map(Account::getEmail).toList() : coordinators;
	}

	/** Whether e-mail goes out (else links are shown to pass on by hand). */
	public boolean mailOn() {
		return letters.enabled();
	}

	@Transactional(readOnly = true)
	public Optional<Account> find(String email) {
		return accounts.findByEmail(Account.normaliseEmail(email));
	}

	@Transactional(readOnly = true)
	public List<Account> all() {
		return accounts.findAllByOrderByRoleAscDisplayNameAsc();
	}

	@Transactional(readOnly = true)
	public boolean hasAdministrator() {
		return accounts.existsByRole(Role.ADMIN);
	}

	/** Creates an account with a password chosen by the person (or the demo). */
	public Account create(String email, String displayName, Role role, String rawPassword, String language) {
		String normalised = Account.normaliseEmail(email);
		if (normalised == null || !normalised.matches("[^@\\s]+@[^@\\s]+")) {
			throw new UserError("account.error.email");
		}
		if (displayName == null || displayName.isBlank()) {
			throw new UserError("account.error.name");
		}
		checkPassword(rawPassword);
		if (accounts.findByEmail(normalised).isPresent()) {
			throw new UserError("account.error.exists");
		}
		String lang = Languages.isSupported(language) ? language : null;
		return accounts.save(new Account(normalised, displayName.strip(), encoder.encode(rawPassword), role, lang));
	}

	public void changePassword(String email, String currentPassword, String newPassword, String confirmation) {
		Account account = find(email).orElseThrow(() -> new UserError("account.error.unknown"));
		if (currentPassword == null || !encoder.matches(currentPassword, account.getPasswordHash())) {
			throw new UserError("account.error.currentPassword");
		}
		if (!newPassword.equals(confirmation)) {
			throw new UserError("account.error.confirmation");
		}
		checkPassword(newPassword);
		account.changePassword(encoder.encode(newPassword));
	}

	public void changeRole(long accountId, Role role, String actingEmail) {
		Account account = accounts.findById(accountId).orElseThrow(() -> new UserError("account.error.unknown"));
		if (account.getEmail().equals(Account.normaliseEmail(actingEmail)) && role != Role.ADMIN) {
			throw new UserError("account.error.ownRole");
		}
		account.setRole(role);
	}

	/** Deactivates (history kept, no sign-in, sessions end) or reactivates an account; never one's own. */
	public void setActive(long accountId, boolean active, String actingEmail) {
		Account account = accounts.findById(accountId).orElseThrow(() -> new UserError("account.error.unknown"));
		if (!active && account.getEmail().equals(Account.normaliseEmail(actingEmail))) {
			throw new UserError("account.error.ownDeactivation");
		}
		account.setActive(active);
	}

	// ---- two-factor sign-in (TOTP, RFC 6238)

	/**
	 * Sets up two-factor sign-in with {@code secret}, once the person's app shows the code for it (so it is known to
	 * work). Returns the recovery codes, to be shown this once: only their hashes are kept.
	 */
	public List<String> enableTwoFactor(String email, String secret, String code) {
		Account account = find(email).orElseThrow(() -> new UserError("account.error.unknown"));
		long step = Totp.matches(secret, code, 0, Instant.now());
		if (step < 0) {
			throw new UserError("twoFactor.error.code");
		}
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			String raw = Totp.newSecret().substring(0, 10).toLowerCase(Locale.ROOT);
			codes.add(raw.substring(0, 5) + "-" + raw.substring(5));
		}
		account.setTwoFactor(this.secret.encrypt(TOTP, secret),
				String.join(",", codes.stream().map(Accounts::recoveryHash).toList()));
		account.usedStep(step);
		return codes;
	}

	/** Turns two-factor sign-in off with a current code; administrators must keep it. */
	public void disableTwoFactor(String email, String code) {
		Account account = find(email).orElseThrow(() -> new UserError("account.error.unknown"));
		if (account.getRole() == Role.ADMIN) {
			throw new UserError("twoFactor.error.adminRequired");
		}
		if (!secondFactor(account.getId(), code)) {
			throw new UserError("twoFactor.error.code");
		}
		account.setTwoFactor(null, null);
	}

	/**
	 * Whether {@code code} is the account's second factor now: the app's current code (each works once), or an unused
	 * recovery code (then used up).
	 */
	public boolean secondFactor(long accountId, String code) {
		Account account = accounts.findById(accountId).orElse(null);
		if (account == null || !account.isTwoFactor() || code == null) {
			return false;
		}
		long step = Totp.matches(secret.decrypt(TOTP, account.getTotpSecret()), code, account.getTotpLastStep(),
				Instant.now());
		if (step >= 0) {
			account.usedStep(step);
			return true;
		}
		String hash = recoveryHash(code);
		List<String> left = new ArrayList<>(List.of(account.getRecoveryCodes() == null ? new String[0]
				: account.getRecoveryCodes().split(",")));
		boolean found = left.removeIf(h -> MessageDigest.isEqual(h.getBytes(StandardCharsets.US_ASCII),
				hash.getBytes(StandardCharsets.US_ASCII)));
		if (found) {
			account.setRecoveryCodes(String.join(",", left));
		}
		return found;
	}

	/**
	 * Erases an account on request: anonymised (no e-mail, no name, no way to sign in), its history kept under its
	 * number. Never the last active administrator. Returns how many accounts changed (0 or 1).
	 */
	public int erase(String email) {
		Optional<Account> found = find(email);
		if (found.isEmpty()) {
			return 0;
		}
		Account account = found.get();
		if (account.getRole() == Role.ADMIN && account.isActive()
				&& all().stream().filter(a -> a.getRole() == Role.ADMIN && a.isActive()).count() <= 1) {
			throw new UserError("privacy.error.lastAdministrator");
		}
		byte[] unusable = new byte[24];
		RANDOM.nextBytes(unusable);
		account.erase(encoder.encode(Base64.getEncoder().encodeToString(unusable)));
		return 1;
	}

	/** Clears an account's two-factor sign-in (an administrator's action, for a lost phone). */
	public void resetTwoFactor(long accountId) {
		accounts.findById(accountId).orElseThrow(() -> new UserError("account.error.unknown")).setTwoFactor(null, null);
	}

	/** Unused recovery codes of an account. */
	@Transactional(readOnly = true)
	public int recoveryCodesLeft(String email) {
		return find(email).map(a -> a.getRecoveryCodes() == null || a.getRecoveryCodes().isEmpty() ? 0
				: a.getRecoveryCodes().split(",").length).orElse(0);
	}

	/** Sets an account's two-factor secret directly, without recovery codes (the demo's administrator only). */
	public void presetTwoFactor(String email, String secret) {
		find(email).orElseThrow().setTwoFactor(this.secret.encrypt(TOTP, secret), "");
	}

	private static String recoveryHash(String code) {
		String normalised = code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(normalised.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Ends every session of the account at its next request ("sign out everywhere"). */
	public void endSessions(long accountId) {
		accounts.findById(accountId).orElseThrow(() -> new UserError("account.error.unknown")).endSessions();
	}

	/** The accounts some client may not try now: locked for that client, so the administrator can unlock them. */
	public Set<Long> blockedSomewhere() {
		return all().stream().filter(a -> throttle.blockedAnywhere(a.getEmail(), properties.maxFailedSignIns()))
			.map(Account::getId).collect(Collectors.toSet());
	}

	public void unlock(long accountId) {
		accounts.findById(accountId).ifPresent(account -> {
			account.unlock();
			throttle.clear(account.getEmail());
		});
	}

	/** A fresh set-up link for the first administrator; earlier unused ones stop working. */
	public String issueSetupLink() {
		tokens.retireAll(OneTimeToken.Purpose.SETUP, clock.instant());
		String secret = newSecret();
		tokens.save(new OneTimeToken(hash(secret), OneTimeToken.Purpose.SETUP, null, Role.ADMIN,
				clock.instant().plus(SETUP_LINK_LIFETIME)));
		return properties.baseUrl() + "/setup/" + secret;
	}

	/** An invitation link for one e-mail address and role, valid for two weeks. */
	public String invite(String email, Role role) {
		String normalised = Account.normaliseEmail(email);
		if (normalised == null || !normalised.matches("[^@\\s]+@[^@\\s]+")) {
			throw new UserError("account.error.email");
		}
		if (accounts.findByEmail(normalised).isPresent()) {
			throw new UserError("account.error.exists");
		}
		String secret = newSecret();
		tokens.save(new OneTimeToken(hash(secret), OneTimeToken.Purpose.INVITE, normalised, role,
				clock.instant().plus(INVITATION_LIFETIME)));
		String link = properties.baseUrl() + "/invite/" + secret;
		letters.send("invitation", normalised, null, LocaleContextHolder.getLocale().getLanguage(), link, null);
		return link;
	}

	/**
	 * A one-time link (valid 24 hours) with which the account's owner chooses a new password; earlier
	 * unused reset links of the account stop working, and the account is unlocked when it is used.
	 */
	public ResetLink issueResetLink(long accountId) {
		Account account = accounts.findById(accountId).orElseThrow(() -> new UserError("account.error.unknown"));
		ResetLink link = resetLink(account, RESET_LINK_LIFETIME);
		letters.send("reset", account.getEmail(), account.getDisplayName(), account.getLanguage(), link.url(), null);
		return link;
	}

	/**
	 * "Forgot your password?": when mail is on and the address belongs to an active account, a reset link goes to
	 * it. The same answer either way, so that the form cannot tell who has an account.
	 */
	public void forgotPassword(String email) {
		find(email).filter(Account::isActive).filter(a -> letters.enabled()).ifPresent(a -> issueResetLink(a.getId()));
	}

	/**
	 * Makes the account of an approved request to join (a member, with an unusable password) and mails the link with
	 * which the person chooses their password (valid two weeks). Returns the link, to show when mail is off.
	 */
	String createApproved(JoinRequest request) {
		if (accounts.findByEmail(request.getEmail()).isPresent()) {
			throw new UserError("account.error.exists");
		}
		Account account = accounts.save(new Account(request.getEmail(), request.getDisplayName(),
				encoder.encode(newSecret()), Role.MEMBER, Languages.isSupported(request.getLanguage())
						? request.getLanguage() : null));
		account.setWork(request.getOrganisation(), request.getCountry(), request.getStakeholderType(),
				request.getJobTitle());
		ResetLink link = resetLink(account, INVITATION_LIFETIME);
		letters.send("welcome", account.getEmail(), account.getDisplayName(), account.getLanguage(), link.url(), null);
		return link.url();
	}

	/** Sets the countries whose requests to join a coordinator decides (empty: all). */
	public void setCoordinatesCountries(long accountId, Set<String> countries) {
		accounts.findById(accountId).orElseThrow(() -> new UserError("account.error.unknown"))
			.setCoordinatesCountries(countries.stream().filter(Languages::isCountry).collect(Collectors.toSet()));
	}

	/** The active accounts that decide requests to join from a country. */
	@Transactional(readOnly = true)
	public List<Account> decidersFor(String country) {
		return all().stream().filter(a -> a.decidesFor(country)).toList();
	}

	private ResetLink resetLink(Account account, Duration lifetime) {
		tokens.findByPurposeAndUsedAtIsNullOrderByCreatedAtDesc(OneTimeToken.Purpose.RESET)
			.stream()
			.filter(t -> account.getEmail().equals(t.getEmail()))
			.forEach(t -> t.use(clock.instant()));
		String secret = newSecret();
		tokens.save(new OneTimeToken(hash(secret), OneTimeToken.Purpose.RESET, account.getEmail(), account.getRole(),
				clock.instant().plus(lifetime)));
		return new ResetLink(account.getEmail(), properties.baseUrl() + "/reset/" + secret);
	}

	/** A password reset link and the account it is for. */
	public record ResetLink(String email, String url) {
	}

	/** Uses a reset link: the account gets the new password and is unlocked; the link cannot be used again. */
	public void resetPassword(String secret, String password, String confirmation) {
		OneTimeToken token = usableToken(secret, OneTimeToken.Purpose.RESET)
			.orElseThrow(() -> new UserError("account.error.link"));
		if (password == null || !password.equals(confirmation)) {
			throw new UserError("account.error.confirmation");
		}
		checkPassword(password);
		Account account = find(token.getEmail()).orElseThrow(() -> new UserError("account.error.unknown"));
		account.changePassword(encoder.encode(password));
		account.unlock();
		throttle.clear(account.getEmail()); // the link proves the owner: every client's count starts again
		tokens.findById(hash(secret)).ifPresent(t -> t.use(clock.instant()));
	}

	@Transactional(readOnly = true)
	public List<OneTimeToken> openInvitations() {
		return tokens.findByPurposeAndUsedAtIsNullOrderByCreatedAtDesc(OneTimeToken.Purpose.INVITE)
			.stream()
			.filter(t -> t.isUsable(clock.instant()))
			.toList();
	}

	/** The still-usable link behind a secret, if any. */
	@Transactional(readOnly = true)
	public Optional<OneTimeToken> usableToken(String secret, OneTimeToken.Purpose purpose) {
		return tokens.findById(hash(secret))
			.filter(t -> t.getPurpose() == purpose && t.isUsable(clock.instant()));
	}

	/** Uses a set-up link or invitation to create an account; the link cannot be used again. */
	public Account redeem(String secret, OneTimeToken.Purpose purpose, String email, String displayName,
			String password, String confirmation, String language) {
		OneTimeToken token = usableToken(secret, purpose).orElseThrow(() -> new UserError("account.error.link"));
		if (purpose == OneTimeToken.Purpose.SETUP && hasAdministrator()) {
			throw new UserError("account.error.link");
		}
		if (password == null || !password.equals(confirmation)) {
			throw new UserError("account.error.confirmation");
		}
		String address = token.getEmail() != null ? token.getEmail() : email;
		Account account = create(address, displayName, token.getRole(), password, language);
		tokens.findById(hash(secret)).ifPresent(t -> t.use(clock.instant()));
		return account;
	}

	/** Counts a failure against the client that made it (for known and unknown e-mails alike). */
	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		throttle.failed(String.valueOf(event.getAuthentication().getPrincipal()), client(),
				Duration.ofMinutes(properties.lockMinutes()));
	}

	/**
	 * The address the current sign-in came from (the proxy's client when forwarded headers are trusted): the
	 * authentication and its events run within the request, so every step reads the same address.
	 */
	private static String client() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
				? request.getRequest().getRemoteAddr() : "unknown";
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		throttle.succeeded(event.getAuthentication().getName(), client());
		find(event.getAuthentication().getName()).filter(a -> a.getFailedSignIns() > 0 || a.getLockedUntil() != null)
			.ifPresent(Account::signedIn);
	}

	@EventListener
	void onLanguage(LanguageChosen event) {
		find(event.username()).ifPresent(account -> account.setLanguage(event.language()));
	}

	private static void checkPassword(String password) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			throw new UserError("account.error.passwordLength");
		}
	}

	private static String newSecret() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String secret) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
