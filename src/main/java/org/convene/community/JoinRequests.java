package org.convene.community;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.convene.community.internal.JoinRequestRepository;
import org.convene.platform.UserError;
import org.convene.platform.i18n.Languages;
import org.convene.platform.notify.Notifications;
import org.convene.platform.text.PersonalIdentifiers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joining by request: a person asks, naming a member who vouches for them (the sponsor) or their institution's
 * nomination; the coordinators responsible for their country are notified; one of them approves (the account is
 * made and the person gets a link to choose a password, by e-mail in their language) or declines (they are told).
 * A request for an address that already has an account, or already waits, changes nothing — and the person sees
 * the same thanks, so that the form tells no one who is a member.
 */
@Service
@Transactional
public class JoinRequests {

	private final JoinRequestRepository requests;
	private final Accounts accounts;
	private final AccountLetters letters;
	private final Notifications notifications;
	private final Clock clock;

	JoinRequests(JoinRequestRepository requests, Accounts accounts, AccountLetters letters,
			Notifications notifications, Optional<Clock> clock) {
		this.requests = requests;
		this.accounts = accounts;
		this.letters = letters;
		this.notifications = notifications;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** What an approval gave: the new member's address and their link (to pass on when mail is off). */
	public record Approval(String email, String link, boolean mailed) {
	}

	/** Records a request to join (after checking it), or silently nothing if the address is known. */
	public void submit(JoinRequestDetails details, Locale language) {
		check(details);
		String email = Account.normaliseEmail(details.email());
		if (accounts.find(email).isPresent() || requests.existsByEmailAndStatus(email, JoinRequest.Status.PENDING)) {
			return;
		}
		JoinRequest request = requests.save(new JoinRequest(details, language.getLanguage(), clock.instant()));
		for (Account decider : accounts.decidersFor(request.getCountry())) {
			notifications.notify(decider.getEmail(), "join.notify.request", "/members/requests#request-"
					+ request.getId(), request.getDisplayName(), request.getOrganisation());
		}
		if (request.getSponsor() != null) {
			notifications.notify(request.getSponsor(), "join.notify.sponsor", "/members/requests#request-"
					+ request.getId(), request.getDisplayName());
		}
	}

	private void check(JoinRequestDetails details) {
		String email = Account.normaliseEmail(details.email());
		if (email == null || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new UserError("account.error.email");
		}
		if (details.displayName() == null) {
			throw new UserError("account.error.name");
		}
		if (details.organisation() == null) {
			throw new UserError("join.error.organisation");
		}
		if (!Languages.isCountry(details.country())) {
			throw new UserError("join.error.country");
		}
		if (details.stakeholderType() == null) {
			throw new UserError("join.error.stakeholder");
		}
		if (longer(details.displayName(), 200) || longer(details.organisation(), 300) || longer(details.jobTitle(), 200)
				|| longer(details.sponsor(), 320) || longer(details.nomination(), 1000)
				|| longer(details.motivation(), 2000) || email.length() > 320) {
			throw new UserError("participant.error.tooLong");
		}
		if (details.sponsor() == null && details.nomination() == null) {
			throw new UserError("join.error.vouch");
		}
		if (details.sponsor() != null && accounts.find(details.sponsor()).filter(Account::isActive).isEmpty()) {
			throw new UserError("join.error.sponsor");
		}
		if (!PersonalIdentifiers.find(details.motivation(), details.nomination()).stream()
			.filter(f -> !email.equalsIgnoreCase(f.text()))
			.toList()
			.isEmpty()) {
			throw new UserError("join.error.identifiers");
		}
	}

	private static boolean longer(String text, int max) {
		return text != null && text.length() > max;
	}

	/** The waiting requests that {@code viewer} may decide, oldest first. */
	@Transactional(readOnly = true)
	public List<JoinRequest> pendingFor(String viewer) {
		Account account = accounts.find(viewer).orElseThrow(() -> new UserError("account.error.unknown"));
		return requests.findByStatusOrderByCreatedAtAsc(JoinRequest.Status.PENDING).stream()
			.filter(r -> account.decidesFor(r.getCountry()))
			.toList();
	}

	/** The latest decisions on requests that {@code viewer} may decide. */
	@Transactional(readOnly = true)
	public List<JoinRequest> decidedFor(String viewer) {
		Account account = accounts.find(viewer).orElseThrow(() -> new UserError("account.error.unknown"));
		return requests.findTop50ByStatusNotOrderByDecidedAtDesc(JoinRequest.Status.PENDING).stream()
			.filter(r -> account.decidesFor(r.getCountry()))
			.toList();
	}

	public Approval approve(long id, String deciderEmail, String note) {
		JoinRequest request = decidable(id, deciderEmail, note);
		String link = accounts.createApproved(request);
		request.decide(JoinRequest.Status.APPROVED, Account.normaliseEmail(deciderEmail), note, clock.instant());
		if (request.getSponsor() != null) {
			notifications.notify(request.getSponsor(), "join.notify.approved", "/groups", request.getDisplayName());
		}
		return new Approval(request.getEmail(), link, letters.enabled());
	}

	/** Declines a request; the person is told by e-mail (with the note, if any). Returns whether mail went out. */
	public boolean decline(long id, String deciderEmail, String note) {
		JoinRequest request = decidable(id, deciderEmail, note);
		request.decide(JoinRequest.Status.DECLINED, Account.normaliseEmail(deciderEmail), note, clock.instant());
		return letters.send("declined", request.getEmail(), request.getDisplayName(), request.getLanguage(), null,
				note);
	}

	private JoinRequest decidable(long id, String deciderEmail, String note) {
		if (longer(note, 1000)) {
			throw new UserError("participant.error.tooLong");
		}
		return decidable(id, deciderEmail);
	}

	private JoinRequest decidable(long id, String deciderEmail) {
		JoinRequest request = requests.findById(id).orElseThrow(() -> new UserError("join.error.unknown"));
		Account decider = accounts.find(deciderEmail).orElseThrow(() -> new UserError("account.error.unknown"));
		if (!decider.decidesFor(request.getCountry())) {
			throw new UserError("join.error.notYours");
		}
		if (request.getStatus() != JoinRequest.Status.PENDING) {
			throw new UserError("join.error.decided");
		}
		return request;
	}
}
