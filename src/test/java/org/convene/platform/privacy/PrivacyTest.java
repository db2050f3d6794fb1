package org.convene.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.convene.ConveneTest;
import org.convene.community.Accounts;
import org.convene.community.Role;
import org.convene.events.Event;
import org.convene.events.EventDetails;
import org.convene.events.Events;
import org.convene.events.Participant;
import org.convene.events.ParticipantCounts;
import org.convene.events.ParticipantDetails;
import org.convene.events.Sex;
import org.convene.events.StakeholderType;
import org.convene.events.Visibility;
import org.convene.platform.audit.AuditAction;
import org.convene.platform.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Privacy by design (issue 14): registrations past their retention are anonymised — names and addresses gone,
 * the figures by sex and country unchanged — while recent ones stay; a person's data can be exported as JSON and
 * as a page, and erased on request, each recorded in the audit log; the privacy page reads in six languages.
 */
@ConveneTest
class PrivacyTest {

	private static final RequestPostProcessor ADMIN = user("admin@demo.convene").roles("ADMIN");

	@Autowired
	MockMvc mvc;

	@Autowired
	Events events;

	@Autowired
	Accounts accounts;

	@Autowired
	Privacy privacy;

	@Autowired
	AuditLog audit;

	Event event(String title, LocalDate day) {
		return events.create(new EventDetails(title, day, day, "UTC", null, null, List.of("en"), null, null,
				Visibility.PUBLIC));
	}

	Participant register(Event event, String name, Sex sex, String email) {
		return events.register(event.getId(), new ParticipantDetails(name, "Ministry of Justice",
				StakeholderType.JUDICIARY, "PK", "Judge", sex, email, true, "A biography"), Participant.Source.COORDINATOR);
	}

	@Test
	void registrationsPastTheirRetentionAreAnonymisedAndTheFiguresStay() {
		// the test profile keeps everything 100 years (the shared context's demo must stay): run it in 2096
		LocalDate runOn = LocalDate.of(2096, 1, 1);
		Event old = event("Long ago", LocalDate.of(1995, 3, 1));
		Event recent = event("Not so long ago", LocalDate.of(1997, 6, 1));
		register(old, "Old Person One", Sex.FEMALE, "old.one@example.org");
		register(old, "Old Person Two", Sex.MALE, null);
		register(recent, "Recent Person", Sex.FEMALE, "recent@example.org");
		ParticipantCounts before = events.counts(old.getId());

		int changed = privacy.anonymiseExpired(runOn);
		assertThat(changed).isEqualTo(2);
		assertThat(events.participants(old.getId())).allSatisfy(p -> {
			assertThat(p.getName()).startsWith("#").doesNotContain("Old Person");
			assertThat(p.getEmail()).isNull();
			assertThat(p.getJobTitle()).isNull();
			assertThat(p.getBiography()).isNull();
			assertThat(p.isConsentToList()).isFalse();
		});
		assertThat(events.listedParticipants(old.getId())).isEmpty();
		assertThat(events.counts(old.getId())).as("the figures stay").isEqualTo(before);
		assertThat(events.participants(recent.getId())).extracting(Participant::getName).containsExactly("Recent Person");
		assertThat(privacy.anonymiseExpired(runOn)).as("anonymised once").isZero();
	}

	@Test
	void aPersonsDataIsExportedAndErasedOnRequestAndBothAreLogged() throws Exception {
		Event one = event("Export one", LocalDate.now().minusDays(10));
		Event two = event("Export two", LocalDate.now().minusDays(5));
		register(one, "Erin Export", Sex.FEMALE, "erin@example.org");
		register(two, "Erin Export", Sex.FEMALE, "Erin@Example.org");
		register(two, "Someone Else", Sex.MALE, "else@example.org");
		accounts.create("erin@example.org", "Erin Export", Role.MEMBER, "a long enough password", "en");

		MockHttpServletResponse json = mvc.perform(get("/admin/privacy/export.json").param("email", "erin@example.org")
			.with(ADMIN)).andReturn().getResponse();
		assertThat(json.getStatus()).isEqualTo(200);
		assertThat(json.getHeader("Content-Disposition")).contains("personal-data.json");
		assertThat(json.getContentAsString()).contains("\"registrations\"").contains("Export one").contains("Export two")
			.contains("\"account\"").contains("Erin Export").doesNotContain("Someone Else").doesNotContain("password");
		String page = mvc.perform(get("/admin/privacy/export").param("email", "erin@example.org")
			.header("Accept-Language", "fr").with(ADMIN)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Données conservées sur une personne").contains("Export two");

		MockHttpServletResponse unconfirmed = mvc.perform(post("/admin/privacy/erase").param("email", "erin@example.org")
			.with(ADMIN).with(csrf())).andReturn().getResponse();
		assertThat(unconfirmed.getStatus()).isNotEqualTo(302);
		MockHttpServletResponse erased = mvc.perform(post("/admin/privacy/erase").param("email", "erin@example.org")
			.param("confirm", "true").with(ADMIN).with(csrf())).andReturn().getResponse();
		assertThat(erased.getRedirectedUrl()).isEqualTo("/admin/privacy");
		assertThat(events.participants(two.getId())).extracting(Participant::getName)
			.contains("Someone Else").noneMatch(n -> n.contains("Erin"));
		assertThat(accounts.find("erin@example.org")).isEmpty();
		Map<String, List<Map<String, Object>>> after = privacy.export("erin@example.org");
		assertThat(after.values()).allMatch(List::isEmpty);
		assertThat(audit.find(new AuditLog.Filter(null, AuditAction.PERSONAL_DATA_ERASED, null, null)))
			.first().satisfies(e -> assertThat(e.detail()).isEqualTo("3 records"))
			.satisfies(e -> assertThat(e.target()).doesNotContain("erin"));
		assertThat(audit.find(new AuditLog.Filter(null, AuditAction.PERSONAL_DATA_EXPORTED, null, null))).isNotEmpty();
	}

	@Test
	void theLastAdministratorCannotBeErasedAndThePrivacyPageIsForEveryone() throws Exception {
		// other tests make administrators of their own: for this one, the demo's is the only active one
		List<Long> others = accounts.all().stream().filter(a -> a.getRole() == Role.ADMIN && a.isActive()
				&& !a.getEmail().equals("admin@demo.convene")).map(a -> a.getId()).toList();
		others.forEach(id -> accounts.setActive(id, false, "admin@demo.convene"));
		try {
			MockHttpServletResponse refused = mvc.perform(post("/admin/privacy/erase").param("email", "admin@demo.convene")
				.param("confirm", "true").header("Referer", "http://localhost/admin/privacy").with(ADMIN).with(csrf()))
				.andReturn().getResponse();
			assertThat(refused.getStatus()).isEqualTo(303);
			assertThat(accounts.find("admin@demo.convene")).isPresent();
		}
		finally {
			others.forEach(id -> accounts.setActive(id, true, "admin@demo.convene"));
		}
		for (String language : List.of("en", "fr", "es", "ru", "ar", "ur")) {
			MockHttpServletResponse page = mvc.perform(get("/privacy").header("Accept-Language", language)).andReturn()
				.getResponse();
			assertThat(page.getStatus()).isEqualTo(200);
			assertThat(page.getContentAsString()).as(language).contains("<h1>").doesNotContain("??privacy");
		}
		assertThat(mvc.perform(get("/privacy").header("Accept-Language", "en")).andReturn().getResponse()
			.getContentAsString()).contains("Registrations: 100 years after the event’s last day.");
	}
}
