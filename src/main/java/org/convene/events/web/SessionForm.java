package org.convene.events.web;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.convene.events.AgendaSession;
import org.convene.events.Objective;
import org.convene.events.SessionDetails;
import org.convene.events.SessionKind;
import org.springframework.format.annotation.DateTimeFormat;

/** The add/edit agenda session form. */
public class SessionForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate day;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
	private LocalTime start;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
	private LocalTime end;

	@NotBlank
	@Size(max = 250)
	private String title;

	@NotNull
	private SessionKind kind = SessionKind.SESSION;

	private Objective objective;

	@Size(max = 250)
	private String moderator;

	@Size(max = 4000)
	private String presenters;

	@Size(max = 20000)
	private String description;

	private boolean identifiersConfirmed;

	static SessionForm of(AgendaSession s) {
		SessionForm f = new SessionForm();
		f.day = s.getStartsAt().toLocalDate();
		f.start = s.getStartsAt().toLocalTime();
		f.end = s.getEndsAt().toLocalTime();
		f.title = s.getTitle();
		f.kind = s.getKind();
		f.objective = s.getObjective();
		f.moderator = s.getModerator();
		f.presenters = s.getPresenters();
		f.description = s.getDescription();
		return f;
	}

	SessionDetails details() {
		return new SessionDetails(day.atTime(start), day.atTime(end), title.strip(), kind, objective,
				EventForm.blank(moderator), EventForm.blank(presenters), EventForm.blank(description));
	}

	@AssertTrue(message = "{session.error.endBeforeStart}")
	public boolean isTimesInOrder() {
		return start == null || end == null || end.isAfter(start);
	}

	public LocalDate getDay() { return day; }
	public void setDay(LocalDate day) { this.day = day; }
	public LocalTime getStart() { return start; }
	public void setStart(LocalTime start) { this.start = start; }
	public LocalTime getEnd() { return end; }
	public void setEnd(LocalTime end) { this.end = end; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public SessionKind getKind() { return kind; }
	public void setKind(SessionKind kind) { this.kind = kind; }
	public Objective getObjective() { return objective; }
	public void setObjective(Objective objective) { this.objective = objective; }
	public String getModerator() { return moderator; }
	public void setModerator(String moderator) { this.moderator = moderator; }
	public String getPresenters() { return presenters; }
	public void setPresenters(String presenters) { this.presenters = presenters; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }

	/** The author confirmed that text flagged as a personal identifier may be saved. */
	public boolean isIdentifiersConfirmed() { return identifiersConfirmed; }
	public void setIdentifiersConfirmed(boolean identifiersConfirmed) { this.identifiersConfirmed = identifiersConfirmed; }
}
