package org.convene.events;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One item of an event's agenda. Times are wall-clock times in the event's own time zone. Moderator
 * and presenters are named by role and organisation (one presenter per line).
 */
@Entity
@Table(name = "event_sessions")
public class AgendaSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "event_id", nullable = false)
	private Long eventId;

	@Column(name = "starts_at", nullable = false)
	private LocalDateTime startsAt;

	@Column(name = "ends_at", nullable = false)
	private LocalDateTime endsAt;

	@Column(nullable = false)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SessionKind kind;

	@Enumerated(EnumType.STRING)
	private Objective objective;

	private String moderator;

	@Column(length = 4000)
	private String presenters;

	@Column(length = 20000)
	private String description;

	protected AgendaSession() {
	}

	public AgendaSession(Long eventId) {
		this.eventId = eventId;
	}

	public void update(LocalDateTime startsAt, LocalDateTime endsAt, String title, SessionKind kind,
			Objective objective, String moderator, String presenters, String description) {
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.title = title;
		this.kind = kind;
		this.objective = objective;
		this.moderator = moderator;
		this.presenters = presenters;
		this.description = description;
	}

	public Long getId() {
		return id;
	}

	public Long getEventId() {
		return eventId;
	}

	public LocalDateTime getStartsAt() {
		return startsAt;
	}

	public LocalDateTime getEndsAt() {
		return endsAt;
	}

	public String getTitle() {
		return title;
	}

	public SessionKind getKind() {
		return kind;
	}

	public Objective getObjective() {
		return objective;
	}

	public String getModerator() {
		return moderator;
	}

	public String getPresenters() {
		return presenters;
	}

	public List<String> getPresenterList() {
		return presenters == null ? List.of()
				: Arrays.stream(presenters.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	public String getDescription() {
		return description;
	}
}
