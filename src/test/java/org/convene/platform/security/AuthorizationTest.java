package org.convene.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.convene.ConveneTest;
import org.convene.cafe.Cafes;
import org.convene.community.Networks;
import org.convene.community.Theme;
import org.convene.events.EventDetails;
import org.convene.events.Events;
import org.convene.events.Participant;
import org.convene.events.ParticipantDetails;
import org.convene.events.SessionDetails;
import org.convene.events.SessionKind;
import org.convene.events.Sex;
import org.convene.events.StakeholderType;
import org.convene.events.Visibility;
import org.convene.groups.Group;
import org.convene.groups.Groups;
import org.convene.interact.ActivityDetails;
import org.convene.interact.ActivityText;
import org.convene.interact.ActivityType;
import org.convene.interact.Decks;
import org.convene.knowledge.AdoptionDetails;
import org.convene.knowledge.CrimeType;
import org.convene.knowledge.EvidenceLevel;
import org.convene.knowledge.PracticeDetails;
import org.convene.knowledge.Practices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every endpoint Convene maps with every role and as a guest, and checks each answer against
 * the table below. A new endpoint without a row in the table fails the test.
 */
@ConveneTest
class AuthorizationTest {

	enum Access {
		/** Anyone, signed in or not. */
		PUBLIC,
		/** Any signed-in account. */
		SIGNED_IN,
		/** Coordinators and administrators. */
		ORGANISER,
		/** Administrators only. */
		ADMIN,
		/**
		 * Any signed-in account reaches it, and the record's own rules decide (a group's moderators, a discussion's
		 * author: 403 or 404 for others, tested in JoinAndGroupsTest); guests are sent to sign in.
		 */
		RECORD
	}

	enum Who {
		GUEST, MEMBER, COORDINATOR, ADMIN;

		boolean may(Access access) {
			return switch (access) {
				case PUBLIC -> true;
				case SIGNED_IN, RECORD -> this != GUEST;
				case ORGANISER -> this == COORDINATOR || this == ADMIN;
				case ADMIN -> this == ADMIN;
			};
		}
	}

	static final Map<String, Access> EXPECTED = Map.ofEntries(
			Map.entry("GET /", Access.PUBLIC),
			Map.entry("GET /cafes/{cafeId}/cards.pdf", Access.ORGANISER),
			Map.entry("POST /cafes", Access.ORGANISER),
			Map.entry("GET /cafes/{cafeId}", Access.ORGANISER),
			Map.entry("POST /cafes/{cafeId}", Access.ORGANISER),
			Map.entry("POST /cafes/{cafeId}/rounds", Access.ORGANISER),
			Map.entry("POST /cafes/{cafeId}/tables", Access.ORGANISER),
			Map.entry("POST /cafes/{cafeId}/people", Access.ORGANISER),
			Map.entry("POST /cafes/{cafeId}/absences", Access.ORGANISER),
			Map.entry("POST /cafes/{cafeId}/pairs", Access.ORGANISER),
			Map.entry("POST /cafes/{cafeId}/plan", Access.ORGANISER),
			Map.entry("GET /cafes/{cafeId}/plan", Access.ORGANISER),
			Map.entry("POST /cafes/{cafeId}/swap", Access.ORGANISER),
			Map.entry("GET /cafes/{cafeId}/run", Access.ORGANISER),
			Map.entry("GET /cafes/{cafeId}/run/stage", Access.ORGANISER),
			Map.entry("GET /cafes/{cafeId}/live", Access.ORGANISER),
			Map.entry("POST /cafes/{cafeId}/round", Access.ORGANISER),
			Map.entry("POST /cafes/{cafeId}/voting", Access.ORGANISER),
			Map.entry("GET /cafes/{cafeId}/harvest", Access.ORGANISER),
			Map.entry("POST /cafes/{cafeId}/notes/{noteId}/hide", Access.ORGANISER),
			Map.entry("POST /cafes/{cafeId}/notes/{noteId}/cluster", Access.ORGANISER),
			Map.entry("POST /cafes/{cafeId}/notes/{noteId}/clear", Access.ORGANISER),
			Map.entry("POST /cafes/{cafeId}/actions", Access.ORGANISER),
			Map.entry("POST /cafes/{cafeId}/actions/{actionId}", Access.ORGANISER),
			Map.entry("POST /cafes/{cafeId}/actions/{actionId}/delete", Access.ORGANISER),
			Map.entry("GET /c", Access.PUBLIC),
			Map.entry("GET /c/{key}", Access.PUBLIC),
			Map.entry("GET /c/{key}/stage", Access.PUBLIC),
			Map.entry("GET /c/{key}/notepad", Access.PUBLIC),
			Map.entry("GET /c/{key}/live", Access.PUBLIC),
			Map.entry("POST /c/{key}/notes", Access.PUBLIC),
			Map.entry("POST /c/{key}/dots/{noteId}", Access.PUBLIC),
			Map.entry("GET /login", Access.PUBLIC),
			Map.entry("POST /language", Access.PUBLIC),
			Map.entry("POST /phone-address", Access.ORGANISER),
			Map.entry("GET /setup/{token}", Access.PUBLIC),
			Map.entry("POST /setup/{token}", Access.PUBLIC),
			Map.entry("GET /invite/{token}", Access.PUBLIC),
			Map.entry("POST /invite/{token}", Access.PUBLIC),
			Map.entry("GET /reset/{token}", Access.PUBLIC),
			Map.entry("POST /reset/{token}", Access.PUBLIC),
			Map.entry("POST /admin/accounts/{id}/reset-link", Access.ADMIN),
			Map.entry("POST /admin/accounts/{id}/two-factor/reset", Access.ADMIN),
			Map.entry("GET /account", Access.SIGNED_IN),
			Map.entry("POST /account/password", Access.SIGNED_IN),
			Map.entry("GET /login/code", Access.PUBLIC),
			Map.entry("POST /login/code", Access.PUBLIC),
			Map.entry("GET /account/two-factor", Access.SIGNED_IN),
			Map.entry("POST /account/two-factor", Access.SIGNED_IN),
			Map.entry("POST /account/two-factor/off", Access.SIGNED_IN),
			Map.entry("GET /admin/accounts", Access.ADMIN),
			Map.entry("GET /admin/audit", Access.ADMIN),
			Map.entry("GET /privacy", Access.PUBLIC),
			Map.entry("GET /admin/privacy", Access.ADMIN),
			Map.entry("POST /admin/privacy/retention", Access.ADMIN),
			Map.entry("GET /admin/privacy/export.json", Access.ADMIN),
			Map.entry("GET /admin/privacy/export", Access.ADMIN),
			Map.entry("POST /admin/privacy/erase", Access.ADMIN),
			Map.entry("GET /admin/audit.csv", Access.ADMIN),
			Map.entry("POST /admin/invitations", Access.ADMIN),
			Map.entry("POST /admin/accounts/{id}/role", Access.ADMIN),
			Map.entry("POST /admin/accounts/{id}/unlock", Access.ADMIN),
			Map.entry("POST /admin/accounts/{id}/active", Access.ADMIN),
			Map.entry("POST /admin/accounts/{id}/sign-out", Access.ADMIN),
			Map.entry("GET /events", Access.PUBLIC),
			Map.entry("GET /events/{id}", Access.PUBLIC),
			Map.entry("GET /events/{id}/agenda.ics", Access.PUBLIC),
			Map.entry("GET /events/{id}/register", Access.PUBLIC),
			Map.entry("POST /events/{id}/register", Access.PUBLIC),
			Map.entry("GET /events/{id}/materials/{materialId}", Access.PUBLIC),
			Map.entry("GET /events/{id}/annex/participants", Access.SIGNED_IN),
			Map.entry("GET /events/{id}/annex/biographies", Access.SIGNED_IN),
			Map.entry("GET /events/{id}/report", Access.ORGANISER),
			Map.entry("GET /indicators", Access.ORGANISER),
			Map.entry("GET /indicators.xlsx", Access.ORGANISER),
			Map.entry("GET /events/{id}/report/edit", Access.ORGANISER),
			Map.entry("POST /events/{id}/report", Access.ORGANISER),
			Map.entry("POST /events/{id}/report/preview", Access.ORGANISER),
			Map.entry("GET /events/{id}/report.pdf", Access.ORGANISER),
			Map.entry("GET /events/{id}/report.docx", Access.ORGANISER),
			Map.entry("GET /events/new", Access.ORGANISER),
			Map.entry("POST /events", Access.ORGANISER),
			Map.entry("GET /events/{id}/edit", Access.ORGANISER),
			Map.entry("POST /events/{id}", Access.ORGANISER),
			Map.entry("POST /events/{id}/delete", Access.ORGANISER),
			Map.entry("GET /events/{id}/sessions/new", Access.ORGANISER),
			Map.entry("POST /events/{id}/sessions", Access.ORGANISER),
			Map.entry("GET /events/{id}/sessions/{sessionId}/edit", Access.ORGANISER),
			Map.entry("POST /events/{id}/sessions/{sessionId}", Access.ORGANISER),
			Map.entry("POST /events/{id}/sessions/{sessionId}/delete", Access.ORGANISER),
			Map.entry("POST /events/{id}/sessions/{sessionId}/materials", Access.ORGANISER),
			Map.entry("POST /events/{id}/sessions/{sessionId}/materials/{materialId}/delete", Access.ORGANISER),
			Map.entry("GET /events/{id}/participants", Access.ORGANISER),
			Map.entry("GET /events/{id}/participants/new", Access.ORGANISER),
			Map.entry("POST /events/{id}/participants", Access.ORGANISER),
			Map.entry("GET /events/{id}/participants/{participantId}/edit", Access.ORGANISER),
			Map.entry("POST /events/{id}/participants/{participantId}", Access.ORGANISER),
			Map.entry("POST /events/{id}/participants/{participantId}/delete", Access.ORGANISER),
			Map.entry("POST /events/{id}/participants/{participantId}/check-in", Access.ORGANISER),
			Map.entry("GET /events/{id}/participants/import", Access.ORGANISER),
			Map.entry("POST /events/{id}/participants/import", Access.ORGANISER),
			Map.entry("POST /events/{id}/participants/import/confirm", Access.ORGANISER),
			Map.entry("POST /events/{id}/participants/import/cancel", Access.ORGANISER),
			Map.entry("GET /events/{id}/participants/import/refused.csv", Access.ORGANISER),
			Map.entry("GET /events/{id}/participants.csv", Access.ORGANISER),
			Map.entry("GET /events/{id}/participants.xlsx", Access.ORGANISER),
			Map.entry("GET /events/{id}/participants/template.csv", Access.ORGANISER),
			Map.entry("GET /j", Access.PUBLIC),
			Map.entry("GET /j/{code}", Access.PUBLIC),
			Map.entry("POST /j/{code}/a", Access.PUBLIC),
			Map.entry("POST /j/{code}/all", Access.PUBLIC),
			Map.entry("POST /j/{code}/q/{questionId}", Access.PUBLIC),
			Map.entry("POST /j/{code}/name", Access.PUBLIC),
			Map.entry("GET /j/{code}/live", Access.PUBLIC),
			Map.entry("GET /j/{code}/you", Access.PUBLIC),
			Map.entry("GET /decks", Access.ORGANISER),
			Map.entry("POST /decks", Access.ORGANISER),
			Map.entry("GET /decks/{deckId}", Access.ORGANISER),
			Map.entry("POST /decks/{deckId}", Access.ORGANISER),
			Map.entry("POST /decks/{deckId}/delete", Access.ORGANISER),
			Map.entry("POST /decks/{deckId}/duplicate", Access.ORGANISER),
			Map.entry("POST /decks/{deckId}/activities", Access.ORGANISER),
			Map.entry("GET /decks/{deckId}/activities/{activityId}", Access.ORGANISER),
			Map.entry("POST /decks/{deckId}/activities/{activityId}", Access.ORGANISER),
			Map.entry("POST /decks/{deckId}/activities/{activityId}/delete", Access.ORGANISER),
			Map.entry("POST /decks/{deckId}/activities/{activityId}/move", Access.ORGANISER),
			Map.entry("GET /decks/{deckId}/present", Access.ORGANISER),
			Map.entry("GET /decks/{deckId}/present/live", Access.ORGANISER),
			Map.entry("POST /decks/{deckId}/control", Access.ORGANISER),
			Map.entry("GET /decks/{deckId}/results", Access.ORGANISER),
			Map.entry("POST /decks/{deckId}/responses/{responseId}", Access.ORGANISER),
			Map.entry("GET /decks/{deckId}/results.csv", Access.ORGANISER),
			Map.entry("GET /decks/{deckId}/links.csv", Access.ORGANISER),
			Map.entry("GET /decks/{deckId}/results.xlsx", Access.ORGANISER),
			Map.entry("GET /practices", Access.PUBLIC),
			Map.entry("GET /practices.atom", Access.PUBLIC),
			Map.entry("GET /practices.json", Access.PUBLIC),
			Map.entry("GET /practices/suggest", Access.PUBLIC),
			Map.entry("GET /practices/import", Access.ORGANISER),
			Map.entry("POST /practices/import", Access.ORGANISER),
			Map.entry("POST /practices/import/confirm", Access.ORGANISER),
			Map.entry("POST /practices/import/cancel", Access.ORGANISER),
			Map.entry("GET /practices/import/refused.csv", Access.ORGANISER),
			Map.entry("GET /practices/import/template.csv", Access.ORGANISER),
			Map.entry("GET /practices/compendium", Access.ORGANISER),
			Map.entry("GET /practices/compendium.pdf", Access.ORGANISER),
			Map.entry("GET /practices/compendium.docx", Access.ORGANISER),
			// the walk's practice is published and public; its author is the member, who may edit it
			Map.entry("GET /practices/{practiceId}", Access.PUBLIC),
			Map.entry("GET /practices/new", Access.SIGNED_IN),
			Map.entry("POST /practices", Access.SIGNED_IN),
			Map.entry("GET /practices/{practiceId}/edit", Access.SIGNED_IN),
			Map.entry("GET /practices/{practiceId}/history", Access.SIGNED_IN),
			Map.entry("POST /practices/{practiceId}", Access.SIGNED_IN),
			Map.entry("POST /practices/{practiceId}/submit", Access.SIGNED_IN),
			Map.entry("POST /practices/{practiceId}/review", Access.ORGANISER),
			Map.entry("POST /practices/{practiceId}/archive", Access.ORGANISER),
			Map.entry("GET /practices/review", Access.ORGANISER),
			// an empty form: refused with its reasons (422) for the signed-in
			Map.entry("POST /practices/{practiceId}/adoptions", Access.SIGNED_IN),
			// the walk's adoption is the member's own
			Map.entry("POST /practices/{practiceId}/adoptions/{adoptionId}/delete", Access.SIGNED_IN),
			Map.entry("GET /notifications", Access.SIGNED_IN),
			Map.entry("GET /notifications/{notificationId}", Access.RECORD),
			Map.entry("POST /notifications/read", Access.SIGNED_IN),
			Map.entry("POST /notifications/settings", Access.SIGNED_IN),
			Map.entry("GET /unsubscribe", Access.PUBLIC),
			Map.entry("POST /unsubscribe", Access.PUBLIC),
			Map.entry("GET /join", Access.PUBLIC),
			Map.entry("POST /join", Access.PUBLIC),
			Map.entry("GET /join/sent", Access.PUBLIC),
			Map.entry("GET /login/forgot", Access.PUBLIC),
			Map.entry("POST /login/forgot", Access.PUBLIC),
			Map.entry("GET /members/requests", Access.ORGANISER),
			Map.entry("POST /members/requests/{requestId}/approve", Access.ORGANISER),
			Map.entry("POST /members/requests/{requestId}/decline", Access.ORGANISER),
			Map.entry("GET /members", Access.SIGNED_IN),
			Map.entry("GET /members/{memberId:\\d+}", Access.RECORD),
			Map.entry("GET /account/profile", Access.SIGNED_IN),
			Map.entry("GET /members/{memberId:\\d+}/photo", Access.RECORD),
			Map.entry("POST /account/profile/photo", Access.SIGNED_IN),
			Map.entry("POST /account/profile", Access.SIGNED_IN),
			Map.entry("GET /countries", Access.SIGNED_IN),
			Map.entry("GET /countries/{countryCode}", Access.SIGNED_IN),
			Map.entry("POST /countries/{countryCode}/contacts", Access.ORGANISER),
			Map.entry("POST /countries/{countryCode}/contacts/{contactId}/delete", Access.ORGANISER),
			Map.entry("GET /networks", Access.SIGNED_IN),
			Map.entry("POST /networks", Access.ORGANISER),
			Map.entry("GET /networks/{networkId}", Access.SIGNED_IN),
			Map.entry("POST /networks/{networkId}", Access.ORGANISER),
			Map.entry("POST /networks/{networkId}/networks", Access.ORGANISER),
			Map.entry("POST /networks/{networkId}/networks/{memberId}/delete", Access.ORGANISER),
			Map.entry("POST /networks/{networkId}/meetings", Access.ORGANISER),
			Map.entry("POST /networks/{networkId}/meetings/{eventId}/delete", Access.ORGANISER),
			Map.entry("POST /decks/{deckId}/reminders", Access.ORGANISER),
			Map.entry("POST /admin/accounts/{id}/countries", Access.ADMIN),
			Map.entry("GET /groups", Access.SIGNED_IN),
			Map.entry("POST /groups", Access.ORGANISER),
			Map.entry("POST /groups/from-event/{eventId}", Access.ORGANISER),
			Map.entry("GET /groups/{groupId}", Access.RECORD),
			Map.entry("POST /groups/{groupId}/join", Access.RECORD),
			Map.entry("POST /groups/{groupId}/leave", Access.RECORD),
			Map.entry("POST /groups/{groupId}/members/decide", Access.RECORD),
			Map.entry("POST /groups/{groupId}/members/role", Access.RECORD),
			Map.entry("POST /groups/{groupId}/invite", Access.RECORD),
			Map.entry("POST /groups/{groupId}/topics", Access.RECORD),
			Map.entry("GET /groups/{groupId}/t/{topicId}", Access.RECORD),
			Map.entry("GET /groups/{groupId}/t/{topicId}/files/{fileId}", Access.RECORD),
			Map.entry("POST /groups/{groupId}/t/{topicId}/posts", Access.RECORD),
			Map.entry("POST /groups/{groupId}/t/{topicId}/posts/{postId}/react", Access.RECORD),
			Map.entry("POST /groups/{groupId}/t/{topicId}/posts/{postId}/flag", Access.RECORD),
			Map.entry("POST /groups/{groupId}/t/{topicId}/posts/{postId}/hide", Access.RECORD),
			Map.entry("POST /groups/{groupId}/t/{topicId}/posts/{postId}/solution", Access.RECORD),
			Map.entry("POST /groups/{groupId}/t/{topicId}/moderate", Access.RECORD),
			Map.entry("POST /groups/{groupId}/t/{topicId}/move", Access.RECORD));

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	Events events;

	@Autowired
	Decks decks;

	@Autowired
	Cafes cafes;

	@Autowired
	Practices practices;

	@Autowired
	Groups groups;

	@Autowired
	Networks networks;

	/** Every "METHOD /pattern" that Convene's own controllers answer. */
	List<String> endpoints() {
		List<String> endpoints = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
			if (!e.getValue().getBeanType().getPackageName().startsWith("org.convene")) {
				continue;
			}
			for (String pattern : e.getKey().getPatternValues()) {
				for (var method : e.getKey().getMethodsCondition().getMethods()) {
					endpoints.add(method.name() + " " + pattern);
				}
			}
		}
		return endpoints;
	}

	@Test
	void everyEndpointHasAnExpectedAccessRule() {
		assertThat(new TreeSet<>(endpoints())).isEqualTo(new TreeSet<>(EXPECTED.keySet()));
	}

	@Test
	void everyEndpointAnswersEachRoleAsExpected() throws Exception {
		Map<String, String> failures = new TreeMap<>();
		for (Who who : Who.values()) {
			// a fresh event for each role, so one role's deletes do not change what the next one sees
			Map<String, String> ids = walkEvent();
			for (String endpoint : endpoints()) {
				String method = endpoint.substring(0, endpoint.indexOf(' '));
				String url = endpoint.substring(endpoint.indexOf(' ') + 1);
				for (var id : ids.entrySet()) {
					url = url.replace("{" + id.getKey() + "}", id.getValue());
				}
				RequestBuilder request;
				if (method.equals("GET")) {
					request = who == Who.GUEST ? get(url) : get(url).with(as(who));
				}
				else {
					request = who == Who.GUEST ? multipart(url).with(csrf()) : multipart(url).with(csrf()).with(as(who));
				}
				MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
				boolean allowed = who.may(EXPECTED.get(endpoint));
				String outcome = describe(response);
				boolean refused = outcome.equals("sign-in") || outcome.equals("403");
				if (response.getStatus() >= 500) {
					failures.put(who + " " + endpoint, outcome + " (a server error is never an answer)");
					continue;
				}
				if (EXPECTED.get(endpoint) == Access.RECORD && who != Who.GUEST) {
					continue; // the record decides: anything but a server error (checked above)
				}
				if (allowed == refused) {
					failures.put(who + " " + endpoint, outcome + " (expected " + (allowed ? "allowed" : "refused") + ")");
				}
				if (!allowed && who == Who.GUEST && !outcome.equals("sign-in")) {
					failures.put(who + " " + endpoint, outcome + " (a guest should be sent to sign in)");
				}
				if (!allowed && who != Who.GUEST && !outcome.equals("403")) {
					failures.put(who + " " + endpoint, outcome + " (expected 403)");
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void membersOnlyEventsAreHiddenFromGuests() throws Exception {
		var event = events.create(new EventDetails("Members only meeting", LocalDate.of(2030, 1, 1),
				LocalDate.of(2030, 1, 1), "UTC", null, null, List.of("en"), null, null, Visibility.MEMBERS));
		String url = "/events/" + event.getId();
		assertThat(describe(mvc.perform(get(url)).andReturn().getResponse())).isEqualTo("sign-in");
		assertThat(describe(mvc.perform(get(url + "/register")).andReturn().getResponse())).isEqualTo("sign-in");
		assertThat(mvc.perform(get(url).with(as(Who.MEMBER))).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(mvc.perform(get("/events")).andReturn().getResponse().getContentAsString())
			.doesNotContain("Members only meeting");
	}

	private static String describe(MockHttpServletResponse response) {
		String location = response.getRedirectedUrl();
		if (response.getStatus() == 302 && location != null && location.endsWith("/login")) {
			return "sign-in";
		}
		return String.valueOf(response.getStatus());
	}

	private static RequestPostProcessor as(Who who) {
		return user(who.name().toLowerCase() + "@demo.convene").roles(who.name());
	}

	private Map<String, String> walkEvent() {
		var event = events.create(new EventDetails("Authorisation walk", LocalDate.of(2030, 1, 1),
				LocalDate.of(2030, 1, 2), "UTC", null, null, List.of("en"), null, null, Visibility.PUBLIC));
		long id = event.getId();
		var session = events.addSession(id, new SessionDetails(LocalDateTime.of(2030, 1, 1, 9, 0),
				LocalDateTime.of(2030, 1, 1, 10, 0), "Walk session", SessionKind.SESSION, null, null, null, null));
		var material = events.addLink(id, session.getId(), "Walk link", "https://example.org/walk");
		var participant = events.register(id, new ParticipantDetails("Walk participant", "Walk org",
				StakeholderType.MINISTRY, "AT", null, Sex.FEMALE, null, true, null), Participant.Source.COORDINATOR);
		var deck = decks.create("Walk deck", "en", id, session.getId());
		var activity = decks.addActivity(deck.getId(), ActivityType.SINGLE, new ActivityDetails(
				new ActivityText("Walk?", "Yes\nNo", null, null), null, null, null, null, false, Map.of()));
		var cafe = cafes.create(id, session.getId(), "Walk café", List.of("Walk?"));
		var practice = practices.create("member@demo.convene", new PracticeDetails("Walk practice", "Walked.", "en",
				List.of("AT"), null, List.of(), CrimeType.TIP, null, null, null, null, null, null, null, null, null,
				EvidenceLevel.ANECDOTAL, null, null, null, Visibility.PUBLIC), false);
		var reviewer = new Practices.Viewer("coordinator@demo.convene", true);
		practices.submit(practice.getId(), reviewer);
		practices.review(practice.getId(), reviewer, true, null);
		var adoption = practices.adopt(practice.getId(), new Practices.Viewer("member@demo.convene", false),
				new AdoptionDetails("PK", null, "Walked here too.", null, null), false);
		long network = networks.create("Walk network", null, Theme.BOTH, List.of("PK"), "coordinator@demo.convene");
		long group = groups.create("Walk group", null, Group.Access.OPEN, null, null, "coordinator@demo.convene");
		groups.join(group, "member@demo.convene");
		long topic = groups.startTopic(group, "Walk topic", "Walked.", "member@demo.convene");
		long post = groups.reply(group, topic, "Walked too.", "coordinator@demo.convene");
		return Map.ofEntries(Map.entry("id", String.valueOf(id)),
				Map.entry("groupId", String.valueOf(group)), Map.entry("topicId", String.valueOf(topic)),
				Map.entry("postId", String.valueOf(post)), Map.entry("notificationId", "999999"),
				Map.entry("requestId", "999999"), Map.entry("fileId", "999999"), Map.entry("memberId:\\d+", "1"), Map.entry("countryCode", "PK"), Map.entry("contactId", "999999"),
				Map.entry("networkId", String.valueOf(network)), Map.entry("memberId", "999999"),
				Map.entry("eventId", String.valueOf(id)), Map.entry("cafeId", String.valueOf(cafe.id())),
				Map.entry("key", cafes.people(cafe.id()).get(0).key()), Map.entry("noteId", "999999"),
				Map.entry("actionId", "999999"), Map.entry("sessionId", String.valueOf(session.getId())),
				Map.entry("materialId", String.valueOf(material.getId())),
				Map.entry("participantId", String.valueOf(participant.getId())), Map.entry("token", "no-such-token"),
				Map.entry("deckId", String.valueOf(deck.getId())), Map.entry("activityId", String.valueOf(activity.getId())),
				Map.entry("code", deck.getJoinCode()), Map.entry("questionId", "999999"),
				Map.entry("responseId", "999999"), Map.entry("practiceId", String.valueOf(practice.getId())),
				Map.entry("adoptionId", String.valueOf(adoption.getId())));
	}
}
