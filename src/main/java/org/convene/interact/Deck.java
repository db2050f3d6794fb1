package org.convene.interact;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A sequence of activities run together, with its join code. {@code position} is the activity the
 * room is on; it survives a restart so a deck resumes where it was.
 */
@Entity
@Table(name = "interact_decks")
public class Deck {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String title;

	/** The language the activities are written in; translations add others. */
	@Column(nullable = false)
	private String language;

	@Column(name = "event_id")
	private Long eventId;

	@Column(name = "session_id")
	private Long sessionId;

	@Column(name = "join_code", nullable = false)
	private String joinCode;

	/** Answers keep no account (and never an IP address or user agent). */
	@Column(nullable = false)
	private boolean anonymous;

	/** People may change their answer until the activity is locked. */
	@Column(nullable = false)
	private boolean changeable;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DeckState state;

	@Column(nullable = false)
	private int position;

	/** For the "after" questionnaire of a pre/post pair: the "before" one, asked with the same questions. */
	@Column(name = "pre_deck_id")
	private Long preDeckId;

	/** A questionnaire: every activity on one page, answered at one's own pace (evaluations). */
	@Column(name = "self_paced", nullable = false)
	private boolean selfPaced;

	/** A questionnaire that opens only through personal links, one per registered participant: one ballot each. */
	@Column(name = "personal_links", nullable = false)
	private boolean personalLinks;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Deck() {
	}

	public Deck(String title, String language, Long eventId, Long sessionId, String joinCode) {
		this.title = title;
		this.language = language;
		this.eventId = eventId;
		this.sessionId = sessionId;
		this.joinCode = joinCode;
		this.anonymous = true;
		this.changeable = true;
		this.state = DeckState.DRAFT;
		this.createdAt = Instant.now();
	}

	public void update(String title, String language, Long sessionId, boolean anonymous, boolean changeable) {
		this.title = title;
		this.language = language;
		this.sessionId = sessionId;
		this.anonymous = anonymous;
		this.changeable = changeable;
	}

	public Long getPreDeckId() {
		return preDeckId;
	}

	public void setPreDeckId(Long preDeckId) {
		this.preDeckId = preDeckId;
	}

	public boolean isSelfPaced() {
		return selfPaced;
	}

	public boolean isPersonalLinks() {
		return personalLinks;
	}

	public void setPersonalLinks(boolean personalLinks) {
		this.personalLinks = personalLinks;
	}

	/** Whether this deck opens only through personal links: a questionnaire of an event that asks for them. */
	public boolean requiresPersonalLink() {
		return personalLinks && selfPaced && eventId != null;
	}

	public void setSelfPaced(boolean selfPaced) {
		this.selfPaced = selfPaced;
	}

	public Long getId() {
		return id;
	}

	public String getTitle() {
		return title;
	}

	public String getLanguage() {
		return language;
	}

	public Long getEventId() {
		return eventId;
	}

	public Long getSessionId() {
		return sessionId;
	}

	public String getJoinCode() {
		return joinCode;
	}

	public boolean isAnonymous() {
		return anonymous;
	}

	public boolean isChangeable() {
		return changeable;
	}

	public DeckState getState() {
		return state;
	}

	/** The room's current activity, by position (the live engine writes it as the room moves; this is for edits). */
	void moveTo(int position) {
		this.position = position;
	}

	public int getPosition() {
		return position;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
