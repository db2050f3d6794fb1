package org.convene.events.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.convene.ConveneTest;
import org.convene.events.Event;
import org.convene.events.EventDetails;
import org.convene.events.Events;
import org.convene.events.Participant;
import org.convene.events.SessionDetails;
import org.convene.events.SessionKind;
import org.convene.events.Visibility;
import org.convene.platform.files.FileStore;
import org.convene.platform.web.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@ConveneTest
class EventsFlowTest {

	static final RequestPostProcessor COORDINATOR = user("coordinator@demo.convene").roles("COORDINATOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	Events events;

	@Autowired
	FileStore files;

	Event newEvent(String title) {
		return events.create(new EventDetails(title, LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 2), "Asia/Karachi",
				"Islamabad", null, List.of("en", "ur"), null, null, Visibility.PUBLIC));
	}

	@Test
	void theIslamabadRoundtableShowsFifteenParticipantsFiveFemaleTenMale() throws Exception {
		Event islamabad = events.listVisible(false).stream()
			.filter(e -> e.getTitle().contains("Islamabad") || e.getTitle().contains("roundtable"))
			.findFirst()
			.orElseThrow();
		var counts = events.counts(islamabad.getId());
		assertThat(counts.total()).isEqualTo(15);
		assertThat(counts.female()).isEqualTo(5);
		assertThat(counts.male()).isEqualTo(10);
		String html = mvc.perform(get("/events/" + islamabad.getId())).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("15 participants: 5 female, 10 male");
	}

	@Test
	void theViennaWorkshopHasItsAgendaWithPresentersNamedByRole() {
		Event vienna = events.listVisible(false).stream()
			.filter(e -> e.getStartDate().equals(LocalDate.of(2019, 5, 20)))
			.findFirst()
			.orElseThrow();
		var titles = events.agenda(vienna.getId()).stream().map(s -> s.getTitle()).toList();
		assertThat(titles).contains("Formal opening", "Introduction to GLO.ACT and GLO.ACT Asia and the Middle East",
				"Session 1: Legislative assistance", "Session 2: Strategy and policy development",
				"Session 3: Capacity building", "Session 4: Regional and trans-regional cooperation",
				"Conclusions and closure");
		assertThat(titles).anyMatch(t -> t.startsWith("Session 5: Protection and assistance"));
		assertThat(events.agenda(vienna.getId()).stream().flatMap(s -> s.getPresenterList().stream()))
			.contains("Director (UN-I), Ministry of Foreign Affairs of Pakistan");
		assertThat(events.counts(vienna.getId()).total()).isEqualTo(26);
	}

	@Test
	void aCsvWithABadRowImportsTheGoodOnesAndHandsBackTheRefusedOneToCorrect() throws Exception {
		Event event = newEvent("Import check");
		String base = "/events/" + event.getId() + "/participants/import";
		MockHttpSession session = new MockHttpSession();
		String bad = "name,organisation,stakeholder,country,sex\nGood One,FIA,police,PK,F\n"
				+ "Bad One,Court,judiciary,Narnia,x\nGood Two,NGO,ngo,PK,male\n";
		mvc.perform(multipart(base).file(new MockMultipartFile("file", "people.csv", "text/csv", bad.getBytes()))
			.session(session)
			.with(csrf())
			.with(COORDINATOR));
		String preview = mvc.perform(get(base).session(session).with(COORDINATOR))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// every problem of the row, with its cell; what the good cells were read as, and what they said
		assertThat(preview).contains("1 of 3 rows has problems").contains("Country “Narnia” is not known")
			.contains("Sex “x” is not known").contains("Law enforcement").contains("from “police”")
			.contains("Pakistan").contains("Female").contains("from “F”")
			.contains("Import the 2 rows without problems").contains("Download the refused row to correct");
		String refused = mvc.perform(get(base + "/refused.csv").session(session).with(COORDINATOR))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("Bad One,Court,judiciary,Narnia,,x,").contains("Country “Narnia” is not known")
			.doesNotContain("Good One");
		var done = mvc.perform(post(base + "/confirm").session(session).with(csrf()).with(COORDINATOR)).andReturn();
		assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/events/" + event.getId() + "/participants");
		assertThat(events.participants(event.getId())).extracting(Participant::getName)
			.containsExactlyInAnyOrder("Good One", "Good Two");

		// the refused file, corrected, is imported as it came back; the problems column is ignored
		String fixed = refused.replace("Narnia", "PK").replace(",x,", ",male,");
		mvc.perform(multipart(base).file(new MockMultipartFile("file", "fixed.csv", "text/csv",
				fixed.getBytes(StandardCharsets.UTF_8))).session(session).with(csrf()).with(COORDINATOR));
		assertThat(mvc.perform(get(base).session(session).with(COORDINATOR)).andReturn().getResponse()
			.getContentAsString()).contains("The row is ready to import");
		mvc.perform(post(base + "/confirm").session(session).with(csrf()).with(COORDINATOR));
		assertThat(events.participants(event.getId())).hasSize(3);

		// the whole file again: every row is now "already registered", nothing is stored twice or half
		mvc.perform(multipart(base).file(new MockMultipartFile("file", "people.csv", "text/csv",
				bad.replace("Narnia", "PK").replace(",x\n", ",male\n").getBytes())).session(session).with(csrf())
			.with(COORDINATOR));
		assertThat(mvc.perform(get(base).session(session).with(COORDINATOR)).andReturn().getResponse()
			.getContentAsString()).contains("This person is already registered").doesNotContain("/import/confirm");
		var nothing = mvc.perform(post(base + "/confirm").session(session).with(csrf()).with(COORDINATOR)).andReturn();
		assertThat(nothing.getResponse().getRedirectedUrl()).isEqualTo(base);
		assertThat(events.participants(event.getId())).hasSize(3);
	}

	@Test
	void aMaterialIsAddedFromTheEventPageAndABadOneSaysWhyThere() throws Exception {
		Event event = newEvent("Materials from the event page");
		var session = events.addSession(event.getId(), new SessionDetails(LocalDateTime.of(2030, 1, 1, 9, 0),
				LocalDateTime.of(2030, 1, 1, 10, 0), "Opening", SessionKind.SESSION, null, null, null, null));
		String page = mvc.perform(get("/events/" + event.getId()).with(COORDINATOR)).andReturn().getResponse()
			.getContentAsString();
		String form = "/events/" + event.getId() + "/sessions/" + session.getId() + "/materials";
		assertThat(page).contains("action=\"" + form + "\"").contains("Add a material to “Opening”");
		assertThat(mvc.perform(get("/events/" + event.getId())).andReturn().getResponse().getContentAsString())
			.as("not for guests").doesNotContain(form);

		var added = mvc.perform(multipart(form).file(new MockMultipartFile("file", "agenda.pdf", "application/pdf",
				"%PDF-1.4\n%%EOF\n".getBytes())).param("title", "Agenda").param("back", "event")
			.param("formToken", "t-" + System.nanoTime()).with(csrf()).with(COORDINATOR)).andReturn();
		assertThat(added.getResponse().getRedirectedUrl())
			.isEqualTo("/events/" + event.getId() + "#session-" + session.getId());
		assertThat(events.materials(event.getId())).extracting(m -> m.getTitle()).containsExactly("Agenda");

		var refused = mvc.perform(multipart(form).param("url", "not a link").param("back", "event")
			.param("formToken", "t-" + System.nanoTime()).with(csrf()).with(COORDINATOR)).andReturn();
		assertThat(refused.getResponse().getRedirectedUrl()).startsWith("/events/" + event.getId() + "#session-");
		assertThat(refused.getFlashMap().get("alert")).isEqualTo("material.error.link");
		assertThat(events.materials(event.getId())).hasSize(1);
	}

	@Test
	void selfRegistrationCountsBySexAndRefusesASecondRegistration() throws Exception {
		Event event = newEvent("Registration check");
		String url = "/events/" + event.getId() + "/register";
		var first = mvc.perform(post(url).param("name", "Sara Example")
			.param("organisation", "Prosecutor General")
			.param("stakeholderType", "PROSECUTION")
			.param("country", "MA")
			.param("sex", "FEMALE")
			.param("email", "sara@example.org")
			.param("consentToList", "true")
			.with(csrf())).andReturn().getResponse();
		assertThat(first.getRedirectedUrl()).isEqualTo("/events/" + event.getId());
		String again = mvc.perform(post(url).param("name", "Sara E.")
			.param("stakeholderType", "PROSECUTION")
			.param("country", "MA")
			.param("sex", "FEMALE")
			.param("email", "SARA@example.org")
			.with(csrf())).andReturn().getResponse().getContentAsString();
		assertThat(again).contains("already registered").contains("value=\"Sara E.\"");
		assertThat(events.counts(event.getId()).female()).isEqualTo(1);
		assertThat(events.counts(event.getId()).total()).isEqualTo(1);
	}

	@Test
	void theTimeZoneIsSearchableAcceptsACityAndRefusesNonsense() throws Exception {
		String form = mvc.perform(get("/events/new").with(COORDINATOR)).andReturn().getResponse().getContentAsString();
		assertThat(form).contains("list=\"time-zones\"").contains("<option value=\"Asia/Karachi\">")
			.doesNotContain("<select id=\"timeZone\"");
		String location = mvc.perform(post("/events").param("title", "Typed city").param("startDate", "2031-06-01")
			.param("endDate", "2031-06-01").param("timeZone", " karachi ").param("visibility", "PUBLIC")
			.param("formToken", "tz-1").with(csrf()).with(COORDINATOR)).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/events/");
		assertThat(events.listVisible(true)).filteredOn(e -> e.getTitle().equals("Typed city")).singleElement()
			.extracting(Event::getTimeZone).isEqualTo("Asia/Karachi");
		assertThat(EventForm.zone("new york")).isEqualTo("America/New_York");
		String refused = mvc.perform(post("/events").param("title", "Nowhere").param("startDate", "2031-06-01")
			.param("endDate", "2031-06-01").param("timeZone", "Atlantis").param("visibility", "PUBLIC")
			.param("formToken", "tz-2").with(csrf()).with(COORDINATOR)).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("type a city such as Karachi");
	}

	@Test
	void aDoubleSubmittedNewEventIsCreatedOnce() throws Exception {
		MockHttpSession session = new MockHttpSession();
		var request = post("/events").param("title", "Double click")
			.param("startDate", "2031-05-01")
			.param("endDate", "2031-05-02")
			.param("timeZone", "Europe/Vienna")
			.param("visibility", "PUBLIC")
			.param("formToken", "token-1")
			.session(session)
			.with(csrf())
			.with(COORDINATOR);
		String first = mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
		String second = mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
		assertThat(second).isEqualTo(first).startsWith("/events/");
		assertThat(events.listVisible(true)).filteredOn(e -> e.getTitle().equals("Double click")).hasSize(1);
	}

	@Test
	void aDoubleSubmittedRegistrationThanksTwiceAndRegistersOnce() throws Exception {
		Event event = newEvent("Double registration");
		MockHttpSession session = new MockHttpSession();
		var request = post("/events/" + event.getId() + "/register").param("name", "Quick Clicker")
			.param("stakeholderType", "MINISTRY")
			.param("country", "EG")
			.param("sex", "MALE")
			.param("formToken", "token-2")
			.session(session)
			.with(csrf());
		assertThat(mvc.perform(request).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/events/" + event.getId());
		assertThat(mvc.perform(request).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/events/" + event.getId());
		assertThat(events.participants(event.getId())).hasSize(1);
	}

	@Test
	void aPhoneNumberInABiographyIsNotSavedUntilConfirmed() throws Exception {
		Event event = newEvent("Identifier check");
		var request = post("/events/" + event.getId() + "/register").param("name", "Careful Person")
			.param("stakeholderType", "CIVIL_SOCIETY")
			.param("country", "PK")
			.param("sex", "FEMALE")
			.param("biography", "Shelter worker; the girl can be reached on +92 300 1234567")
			.with(csrf());
		String html = mvc.perform(request).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("This text looks like it contains personal data").contains("+92 300 1234567")
			.contains("value=\"Careful Person\"");
		assertThat(events.participants(event.getId())).isEmpty();
		mvc.perform(request.param("identifiersConfirmed", "true"));
		assertThat(events.participants(event.getId())).hasSize(1);
	}

	@Test
	void anEventFormWithTheEndBeforeTheStartKeepsWhatWasTyped() throws Exception {
		String html = mvc.perform(post("/events").param("title", "Backwards")
			.param("startDate", "2031-05-02")
			.param("endDate", "2031-05-01")
			.param("timeZone", "Europe/Vienna")
			.param("visibility", "PUBLIC")
			.with(csrf())
			.with(COORDINATOR)).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("The last day cannot be before the first day").contains("value=\"Backwards\"");
		assertThat(events.listVisible(true)).noneMatch(e -> e.getTitle().equals("Backwards"));
	}

	@Test
	void materialsAcceptRealDocumentsAndRefuseRenamedOrUnknownFiles() throws Exception {
		Event event = newEvent("Materials check");
		var session = events.addSession(event.getId(), new SessionDetails(LocalDateTime.of(2031, 3, 1, 9, 0),
				LocalDateTime.of(2031, 3, 1, 10, 0), "Opening", SessionKind.OPENING, null, null, null, null));
		String url = "/events/" + event.getId() + "/sessions/" + session.getId() + "/materials";
		var renamed = mvc.perform(multipart(url)
			.file(new MockMultipartFile("file", "slides.pdf", "application/pdf", "MZ not a pdf".getBytes()))
			.with(csrf())
			.with(COORDINATOR)).andReturn();
		assertThat(renamed.getFlashMap().get("materialError")).isEqualTo("files.content");
		var exe = mvc.perform(multipart(url)
			.file(new MockMultipartFile("file", "tool.exe", "application/octet-stream", "MZ".getBytes()))
			.with(csrf())
			.with(COORDINATOR)).andReturn();
		assertThat(exe.getFlashMap().get("materialError")).isEqualTo("files.type");
		assertThat(events.materials(event.getId())).isEmpty();

		mvc.perform(multipart(url)
			.file(new MockMultipartFile("file", "slides.pdf", "application/pdf", "%PDF-1.4 test".getBytes()))
			.param("title", "Opening slides")
			.with(csrf())
			.with(COORDINATOR));
		var material = events.materials(event.getId()).get(0);
		assertThat(material.getTitle()).isEqualTo("Opening slides");
		var download = mvc.perform(get("/events/" + event.getId() + "/materials/" + material.getId()))
			.andReturn()
			.getResponse();
		assertThat(download.getContentType()).isEqualTo("application/pdf");
		assertThat(download.getContentAsString()).startsWith("%PDF");
	}

	@Test
	void checkInAndExportsCarryEveryParticipant() throws Exception {
		Event event = newEvent("Export check");
		String base = "/events/" + event.getId() + "/participants";
		mvc.perform(post(base).param("name", "Export Person")
			.param("stakeholderType", "JUDICIARY")
			.param("country", "PK")
			.param("sex", "MALE")
			.with(csrf())
			.with(COORDINATOR));
		long id = events.participants(event.getId()).get(0).getId();
		mvc.perform(post(base + "/" + id + "/check-in").param("present", "true").with(csrf()).with(COORDINATOR));
		assertThat(events.counts(event.getId()).checkedIn()).isEqualTo(1);

		String csv = mvc.perform(get(base + ".csv").with(COORDINATOR)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("Export Person").contains("judiciary").contains(",yes");
		byte[] xlsx = mvc.perform(get(base + ".xlsx").with(COORDINATOR)).andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("Export Person");
		}
	}

	@Test
	void aSessionOutsideTheEventsDaysIsRefusedWithWhatWasTypedKept() throws Exception {
		Event event = newEvent("Session day check");
		String html = mvc.perform(post("/events/" + event.getId() + "/sessions").param("title", "Too late")
			.param("day", "2031-04-01")
			.param("start", "09:00")
			.param("end", "10:00")
			.param("kind", "SESSION")
			.with(csrf())
			.with(COORDINATOR)).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("The day must be one of the event’s days").contains("value=\"Too late\"");
		assertThat(events.agenda(event.getId())).isEmpty();
	}

	@Test
	void deletingAnEventNeedsConfirmationAndRemovesItsFiles() throws Exception {
		Event event = newEvent("Delete check");
		var session = events.addSession(event.getId(), new SessionDetails(LocalDateTime.of(2031, 3, 1, 9, 0),
				LocalDateTime.of(2031, 3, 1, 10, 0), "Opening", SessionKind.OPENING, null, null, null, null));
		var material = events.addFile(event.getId(), session.getId(), "Slides",
				new MockMultipartFile("file", "s.pdf", "application/pdf", "%PDF-1.4".getBytes()));
		assertThat(files.read(material.getFileKey()).getContentAsByteArray()).startsWith("%PDF".getBytes());
		String url = "/events/" + event.getId() + "/delete";
		mvc.perform(post(url).with(csrf()).with(COORDINATOR));
		assertThat(events.get(event.getId())).isNotNull();
		var deleted = mvc.perform(post(url).param("confirm", "true").with(csrf()).with(COORDINATOR)).andReturn();
		assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo("/events");
		assertThat(events.listVisible(true)).noneMatch(e -> e.getId().equals(event.getId()));
		assertThatThrownBy(() -> files.read(material.getFileKey())).isInstanceOf(NotFoundException.class);
	}

	@Test
	void theAgendaDownloadsAsACalendarFile() throws Exception {
		Event event = newEvent("Calendar check");
		events.addSession(event.getId(), new SessionDetails(LocalDateTime.of(2031, 3, 1, 9, 0),
				LocalDateTime.of(2031, 3, 1, 10, 0), "Opening", SessionKind.OPENING, null, null, null, null));
		var response = mvc.perform(get("/events/" + event.getId() + "/agenda.ics")).andReturn().getResponse();
		assertThat(response.getContentType()).startsWith("text/calendar");
		// 09:00 in Asia/Karachi (UTC+5) is 04:00 UTC
		assertThat(response.getContentAsString()).contains("DTSTART:20310301T040000Z").contains("SUMMARY:Opening");
	}
}
