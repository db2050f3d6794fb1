package org.convene.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.convene.events.AgendaSession;
import org.convene.events.Event;
import org.convene.events.SessionKind;
import org.convene.events.Visibility;
import org.junit.jupiter.api.Test;

class AgendaCalendarTest {

	@Test
	void writesSessionsInUtcFromTheEventsTimeZoneAndFoldsLongLines() {
		Event event = new Event("Vienna, workshop; 2019", LocalDate.of(2019, 5, 20), LocalDate.of(2019, 5, 21),
				"Europe/Vienna", Visibility.PUBLIC);
		AgendaSession session = new AgendaSession(1L);
		session.update(LocalDateTime.of(2019, 5, 20, 14, 30), LocalDateTime.of(2019, 5, 20, 15, 0),
				"Session 5: Protection and assistance to victims of trafficking and smuggled migrants, including children",
				SessionKind.SESSION, null, "Chief, Section", "Presenter one\nPresenter two", null);
		String ics = new String(AgendaCalendar.of(event, List.of(session), "convene.test"), StandardCharsets.UTF_8);
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
		assertThat(ics).contains("DTSTART:20190520T123000Z").contains("DTEND:20190520T130000Z");
		assertThat(ics).contains("X-WR-CALNAME:Vienna\\, workshop\\; 2019");
		assertThat(ics).contains("Moderator: Chief\\, Section\\nPresenter: Presenter one");
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
		}
		assertThat(ics.replace("\r\n ", "")).contains("including children");
	}

	@Test
	void neverSplitsAMultiByteCharacterWhenFolding() {
		StringBuilder out = new StringBuilder();
		AgendaCalendar.line(out, "SUMMARY:" + "ورشة عمل ".repeat(20));
		for (String line : out.toString().split("\r\n")) {
			assertThat(line).doesNotContain("\uFFFD");
		}
		assertThat(out.toString().replace("\r\n ", "").strip()).isEqualTo("SUMMARY:" + ("ورشة عمل ".repeat(20)).strip());
	}
}
