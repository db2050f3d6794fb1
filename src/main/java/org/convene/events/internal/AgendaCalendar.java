package org.convene.events.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.convene.events.AgendaSession;
import org.convene.events.Event;

/** An event's agenda as an iCalendar file (RFC 5545): one entry per session, times in UTC. */
public final class AgendaCalendar {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private AgendaCalendar() {
	}

	public static byte[] of(Event event, List<AgendaSession> sessions, String host) {
		StringBuilder ics = new StringBuilder();
		line(ics, "BEGIN:VCALENDAR");
		line(ics, "VERSION:2.0");
		line(ics, "PRODID:-//Convene//Agenda//EN");
		line(ics, "CALSCALE:GREGORIAN");
		line(ics, "X-WR-CALNAME:" + escape(event.getTitle()));
		ZoneId zone = ZoneId.of(event.getTimeZone());
		String stamp = UTC.format(Instant.now());
		for (AgendaSession s : sessions) {
			line(ics, "BEGIN:VEVENT");
			line(ics, "UID:event-" + event.getId() + "-session-" + s.getId() + "@" + host);
			line(ics, "DTSTAMP:" + stamp);
			line(ics, "DTSTART:" + UTC.format(s.getStartsAt().atZone(zone)));
			line(ics, "DTEND:" + UTC.format(s.getEndsAt().atZone(zone)));
			line(ics, "SUMMARY:" + escape(s.getTitle()));
			StringBuilder description = new StringBuilder();
			if (s.getModerator() != null) {
				description.append("Moderator: ").append(s.getModerator()).append('\n');
			}
			s.getPresenterList().forEach(p -> description.append("Presenter: ").append(p).append('\n'));
			if (s.getDescription() != null) {
				description.append(s.getDescription());
			}
			if (!description.isEmpty()) {
				line(ics, "DESCRIPTION:" + escape(description.toString().strip()));
			}
			String location = event.getVenue() != null ? event.getVenue() : event.getOnlineLink();
			if (location != null) {
				line(ics, "LOCATION:" + escape(location));
			}
			line(ics, "END:VEVENT");
		}
		line(ics, "END:VCALENDAR");
		return ics.toString().getBytes(StandardCharsets.UTF_8);
	}

	static String escape(String text) {
		return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "").replace("\n", "\\n");
	}

	/** Writes one content line, folded at 75 octets as the standard asks. */
	static void line(StringBuilder out, String content) {
		byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
		int start = 0;
		boolean first = true;
		while (start < bytes.length) {
			int limit = first ? 75 : 74;
			int end = Math.min(bytes.length, start + limit);
			while (end < bytes.length && (bytes[end] & 0xC0) == 0x80) {
				end--; // never split a UTF-8 character
			}
			if (!first) {
				out.append(' ');
			}
			out.append(new String(bytes, start, end - start, StandardCharsets.UTF_8)).append("\r\n");
			start = end;
			first = false;
		}
		if (bytes.length == 0) {
			out.append("\r\n");
		}
	}
}
