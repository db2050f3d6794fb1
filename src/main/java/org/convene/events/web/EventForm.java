package org.convene.events.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.convene.events.Event;
import org.convene.events.EventDetails;
import org.convene.events.Visibility;
import org.springframework.format.annotation.DateTimeFormat;

/** The create/edit event form, as typed (kept when there are errors). */
public class EventForm {

	@NotBlank
	@Size(max = 200)
	private String title;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;

	@NotBlank
	/** This computer's zone by default: a coordinator usually plans events where the laptop is. */
	private String timeZone = defaultZone();

	@Size(max = 250)
	private String venue;

	@Size(max = 250)
	@Pattern(regexp = "^$|^https?://\\S+$")
	private String onlineLink;

	private List<String> languages = new ArrayList<>(List.of("en"));

	@Size(max = 20000)
	private String background;

	@Size(max = 20000)
	private String objectives;

	@NotNull
	private Visibility visibility = Visibility.PUBLIC;

	private boolean identifiersConfirmed;

	static EventForm of(Event e) {
		EventForm f = new EventForm();
		f.title = e.getTitle();
		f.startDate = e.getStartDate();
		f.endDate = e.getEndDate();
		f.timeZone = e.getTimeZone();
		f.venue = e.getVenue();
		f.onlineLink = e.getOnlineLink();
		f.languages = new ArrayList<>(e.getLanguageList());
		f.background = e.getBackground();
		f.objectives = e.getObjectives();
		f.visibility = e.getVisibility();
		return f;
	}

	EventDetails details() {
		return new EventDetails(title.strip(), startDate, endDate, zone(timeZone), blank(venue), blank(onlineLink),
				languages == null ? List.of() : languages, blank(background), blank(objectives), visibility);
	}

	static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	@AssertTrue(message = "{event.error.endBeforeStart}")
	public boolean isDatesInOrder() {
		return startDate == null || endDate == null || !endDate.isBefore(startDate);
	}

	/** Years a workshop can have (year 0000 and 99999 once passed): 1900 to 2200. */
	@AssertTrue(message = "{event.error.year}")
	public boolean isDatesInRange() {
		return inRange(startDate) && inRange(endDate);
	}

	private static boolean inRange(LocalDate date) {
		return date == null || (date.getYear() >= 1900 && date.getYear() <= 2200);
	}

	@AssertTrue(message = "{event.error.timeZone}")
	public boolean isTimeZoneKnown() {
		return zone(timeZone) != null;
	}

	/**
	 * The zone a typed text names: a zone id ("Asia/Karachi"), or a city the way zone ids spell it, in any case and
	 * with spaces ("karachi", "new york"); null when none does.
	 */
	static String zone(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String typed = text.strip();
		if (ZoneId.getAvailableZoneIds().contains(typed) || typed.equals("UTC")) {
			return typed;
		}
		String city = typed.replace(' ', '_').toLowerCase(Locale.ROOT);
		return ZoneId.getAvailableZoneIds().stream()
			.filter(z -> z.contains("/") && z.substring(z.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT).equals(city))
			.sorted()
			.findFirst()
			.orElse(null);
	}

	private static String defaultZone() {
		String id = ZoneId.systemDefault().normalized().getId();
		return id.equals("Z") || id.startsWith("Etc/") || id.equals("GMT") || zone(id) == null ? "UTC" : id;
	}

	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public LocalDate getStartDate() { return startDate; }
	public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
	public LocalDate getEndDate() { return endDate; }
	public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
	public String getTimeZone() { return timeZone; }
	public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
	public String getVenue() { return venue; }
	public void setVenue(String venue) { this.venue = venue; }
	public String getOnlineLink() { return onlineLink; }
	public void setOnlineLink(String onlineLink) { this.onlineLink = onlineLink; }
	public List<String> getLanguages() { return languages; }
	public void setLanguages(List<String> languages) { this.languages = languages; }
	public String getBackground() { return background; }
	public void setBackground(String background) { this.background = background; }
	public String getObjectives() { return objectives; }
	public void setObjectives(String objectives) { this.objectives = objectives; }
	public Visibility getVisibility() { return visibility; }
	public void setVisibility(Visibility visibility) { this.visibility = visibility; }

	/** The author confirmed that text flagged as a personal identifier may be saved. */
	public boolean isIdentifiersConfirmed() { return identifiersConfirmed; }
	public void setIdentifiersConfirmed(boolean identifiersConfirmed) { this.identifiersConfirmed = identifiersConfirmed; }
}
