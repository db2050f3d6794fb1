package org.convene.events;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
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

/** A workshop, roundtable or meeting: when and where, in which languages, why, and who may see it. */
@Entity
@Table(name = "events")
public class Event {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String title;

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate;

	@Column(name = "end_date", nullable = false)
	private LocalDate endDate;

	@Column(name = "time_zone", nullable = false)
	private String timeZone;

	private String venue;

	@Column(name = "online_link")
	private String onlineLink;

	/** Language codes, comma-separated (e.g. "en,ar"). */
	@Column(nullable = false)
	private String languages;

	@Column(length = 20000)
	private String background;

	@Column(length = 20000)
	private String objectives;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Visibility visibility;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	protected Event() {
	}

	public Event(String title, LocalDate startDate, LocalDate endDate, String timeZone, Visibility visibility) {
		this.title = title;
		this.startDate = startDate;
		this.endDate = endDate;
		this.timeZone = timeZone;
		this.visibility = visibility;
		this.languages = "en";
	}

	public Long getId() {
		return id;
	}

	public String getTitle() {
		return title;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public LocalDate getEndDate() {
		return endDate;
	}

	public String getTimeZone() {
		return timeZone;
	}

	public String getVenue() {
		return venue;
	}

	public String getOnlineLink() {
		return onlineLink;
	}

	public String getLanguages() {
		return languages;
	}

	public List<String> getLanguageList() {
		return languages == null || languages.isBlank() ? List.of()
				: Arrays.stream(languages.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	public String getBackground() {
		return background;
	}

	public String getObjectives() {
		return objectives;
	}

	public Visibility getVisibility() {
		return visibility;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	/** Whether the event's last day is over where it takes place (registration has closed). */
	public boolean isOver(Instant now) {
		ZoneId zone;
		try {
			zone = ZoneId.of(timeZone);
		}
		catch (DateTimeException e) {
			zone = ZoneOffset.UTC;
		}
		return endDate != null && endDate.isBefore(LocalDate.ofInstant(now, zone));
	}

	public boolean isPublic() {
		return visibility == Visibility.PUBLIC;
	}

	/** Replaces every editable field at once (the edit form submits them all). */
	public void update(String title, LocalDate startDate, LocalDate endDate, String timeZone, String venue,
			String onlineLink, List<String> languages, String background, String objectives, Visibility visibility) {
		this.title = title;
		this.startDate = startDate;
		this.endDate = endDate;
		this.timeZone = timeZone;
		this.venue = venue;
		this.onlineLink = onlineLink;
		this.languages = String.join(",", languages);
		this.background = background;
		this.objectives = objectives;
		this.visibility = visibility;
	}
}
