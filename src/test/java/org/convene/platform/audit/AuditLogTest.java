package org.convene.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.FromAddress.from;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.convene.ConveneTest;
import org.convene.community.Accounts;
import org.convene.community.Role;
import org.convene.events.Event;
import org.convene.events.EventDetails;
import org.convene.events.Events;
import org.convene.events.Participant;
import org.convene.events.ParticipantDetails;
import org.convene.events.Sex;
import org.convene.events.StakeholderType;
import org.convene.events.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The audit log (issue 14): role changes, exports of personal data, deletions and report downloads are recorded
 * with who, what, on what and from where; a refused action records nothing; administrators filter the log and
 * download it (which is recorded too); nothing in the application can change or remove an entry.
 */
@ConveneTest
class AuditLogTest {

	private static final RequestPostProcessor ADMIN = user("admin@demo.convene").roles("ADMIN");
	private static final RequestPostProcessor COORDINATOR = user("coordinator@demo.convene").roles("COORDINATOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Events events;

	@Autowired
	AuditLog log;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void administrativeActionsAreRecordedFilteredAndExported() throws Exception {
		long member = accounts.find("member@demo.convene").orElseThrow().getId();
		Event event = events.create(new EventDetails("Audited workshop", LocalDate.of(2031, 2, 1), LocalDate.of(2031, 2, 1),
				"UTC", null, null, List.of("en"), null, null, Visibility.PUBLIC));
		Participant amina = events.register(event.getId(), new ParticipantDetails("Amina Aziz", "Org",
				StakeholderType.JUDICIARY, "PK", null, Sex.FEMALE, null, true, null), Participant.Source.COORDINATOR);

		assertThat(mvc.perform(post("/admin/accounts/" + member + "/role").param("role", "COORDINATOR")
			.with(from("10.5.0.1")).with(ADMIN).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(302);
		assertThat(mvc.perform(post("/admin/accounts/" + member + "/role").param("role", "MEMBER").with(ADMIN)
			.with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(302);
		assertThat(mvc.perform(get("/events/" + event.getId() + "/participants.csv").with(COORDINATOR))
			.andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(mvc.perform(get("/events/" + event.getId() + "/report.docx").with(COORDINATOR))
			.andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(mvc.perform(post("/events/" + event.getId() + "/participants/" + amina.getId() + "/delete")
			.param("confirm", "true").with(COORDINATOR).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(302);
		// refused (an administrator cannot take away their own role): nothing recorded
		long admin = accounts.find("admin@demo.convene").orElseThrow().getId();
		int before = log.find(AuditLog.Filter.none()).size();
		mvc.perform(post("/admin/accounts/" + admin + "/role").param("role", "MEMBER").with(ADMIN).with(csrf()));
		assertThat(log.find(AuditLog.Filter.none())).hasSize(before);
		assertThat(accounts.find("admin@demo.convene").orElseThrow().getRole()).isEqualTo(Role.ADMIN);

		List<AuditLog.Entry> roles = log.find(new AuditLog.Filter(null, AuditAction.ROLE_CHANGED, null, null));
		assertThat(roles).extracting(AuditLog.Entry::detail).startsWith("role=MEMBER", "role=COORDINATOR");
		assertThat(roles.get(1).actor()).isEqualTo("admin@demo.convene");
		assertThat(roles.get(1).target()).isEqualTo("account " + member);
		assertThat(roles.get(1).client()).isEqualTo("10.5.0.1");
		assertThat(log.find(new AuditLog.Filter("coordinator@", null, LocalDate.now(), LocalDate.now())))
			.extracting(AuditLog.Entry::action)
			.contains(AuditAction.PARTICIPANTS_EXPORTED, AuditAction.REPORT_DOWNLOADED, AuditAction.PARTICIPANT_DELETED)
			.doesNotContain(AuditAction.ROLE_CHANGED);

		// the administrator's page, in French, filtered by action; and the CSV of what it shows
		String page = mvc.perform(get("/admin/audit").param("action", "PARTICIPANT_DELETED")
			.header("Accept-Language", "fr").with(ADMIN)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Journal d’audit").contains("Inscription supprimée")
			.contains("event " + event.getId() + ", registration " + amina.getId()).doesNotContain("Rôle modifié</td>");
		String csv = mvc.perform(get("/admin/audit.csv").param("actor", "admin@").with(ADMIN)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("Role changed").contains("role=COORDINATOR").doesNotContain("Registration deleted");
		assertThat(log.find(new AuditLog.Filter(null, AuditAction.AUDIT_LOG_EXPORTED, null, null))).isNotEmpty();
		assertThat(mvc.perform(get("/admin/audit").with(COORDINATOR)).andReturn().getResponse().getStatus())
			.isEqualTo(403);
	}

	@Test
	void nothingInTheApplicationChangesOrRemovesAnEntry() {
		// no endpoint but the two reading ones touches the log
		assertThat(mappings.getHandlerMethods().entrySet()).filteredOn(e -> e.getKey().getPatternValues().stream()
			.anyMatch(p -> p.contains("audit"))).allSatisfy(e -> assertThat(e.getKey().getMethodsCondition().getMethods())
				.containsOnly(RequestMethod.GET)).hasSize(2);
		// and the service only records and finds
		assertThat(Arrays.stream(AuditLog.class.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers()))
			.map(Method::getName)).containsOnly("record", "find");
	}

}
