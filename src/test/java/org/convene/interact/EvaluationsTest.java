package org.convene.interact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.convene.ConveneTest;
import org.convene.events.Event;
import org.convene.events.EventDetails;
import org.convene.events.Events;
import org.convene.events.Participant;
import org.convene.events.ParticipantDetails;
import org.convene.events.Sex;
import org.convene.events.StakeholderType;
import org.convene.events.Visibility;
import org.convene.platform.UserError;
import org.convene.platform.text.PersonalIdentifiers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The standard evaluation: the demo's Vienna answers give the seed report's figures; a questionnaire
 * sent from a phone is kept whole, can be changed, and is broken down by sex with small cells hidden.
 */
@ConveneTest
class EvaluationsTest {

	@Autowired
	Evaluations evaluations;

	@Autowired
	Decks decks;

	@Autowired
	Live live;

	@Autowired
	LiveControls controls;

	@Autowired
	Events events;

	@Autowired
	MockMvc mvc;

	private Deck viennaEvaluation() {
		Event vienna = events.listVisible(true).stream()
			.filter(e -> e.getTitle().startsWith("GLO.ACT Community of Practice Workshop"))
			.findFirst()
			.orElseThrow();
		return decks.forEvent(vienna.getId()).stream().filter(Deck::isSelfPaced).findFirst().orElseThrow();
	}

	@Test
	void aResponseRateCountsAgainstWhoCouldAnswerAndNeverExceedsAHundredPercent() {
		// 5 answered, 4 checked in, 8 registered: check-in was incomplete, so the registered count
		assertThat(Evaluations.Attendance.of(5, 4, 8)).isEqualTo(Evaluations.Attendance.REGISTERED);
		assertThat(Evaluations.Attendance.of(5, 6, 8)).isEqualTo(Evaluations.Attendance.CHECKED_IN);
		assertThat(Evaluations.Attendance.of(3, 0, 8)).isEqualTo(Evaluations.Attendance.REGISTERED);
		// more answered than registered (guests, a second phone): no rate at all
		assertThat(Evaluations.Attendance.of(9, 4, 8)).isNull();
		assertThat(Evaluations.Attendance.of(1, 0, 0)).isNull();
		Random random = new Random(5);
		for (int i = 0; i < 5_000; i++) {
			int respondents = random.nextInt(40);
			long checkedIn = random.nextInt(40);
			long registered = random.nextInt(40);
			Evaluations.Attendance basis = Evaluations.Attendance.of(respondents, checkedIn, registered);
			long attendance = basis == null ? registered : basis.count(checkedIn, registered);
			Integer rate = new Evaluations.Summary(null, respondents, attendance, basis, List.of(), 3, List.of())
				.responseRate();
			if (rate != null) {
				assertThat(rate).isBetween(0, 100);
				assertThat(attendance).isGreaterThanOrEqualTo(respondents);
			}
		}
	}

	@Test
	void guestsDoNotSeeEvaluationsOnThePublicEventPage() throws Exception {
		Deck evaluation = viennaEvaluation();
		String guest = mvc.perform(MockMvcRequestBuilders
			.get("/events/" + evaluation.getEventId())).andReturn().getResponse().getContentAsString();
		assertThat(guest).contains("Opening quiz").doesNotContain("Workshop evaluation")
			.doesNotContain("Hearing how other countries");
		String coordinator = mvc.perform(MockMvcRequestBuilders
			.get("/events/" + evaluation.getEventId()).with(org.springframework.security.test.web.servlet.request
				.SecurityMockMvcRequestPostProcessors.user("c").roles("COORDINATOR")))
			.andReturn().getResponse().getContentAsString();
		assertThat(coordinator).contains("Workshop evaluation");
	}

	@Test
	void theDemoViennaEvaluationReproducesTheSeedReportsFigures() {
		Evaluations.Summary s = evaluations.summary(viennaEvaluation().getId(), Locale.ENGLISH);
		assertThat(s.respondents()).isEqualTo(17);
		assertThat(s.items()).extracting(Evaluations.Item::averageText).startsWith("4.4", "4.6", "4.4", "4.5");
		assertThat(s.item(4).shares()).extracting(Evaluations.Share::percent).containsExactly(59, 29, 12, 0, 0);
		assertThat(s.item(4).shares()).extracting(Evaluations.Share::label)
			.containsExactly("Very helpful", "Helpful", "Mostly helpful", "Partly helpful", "Not helpful");
		assertThat(s.item(5).shares().get(0).percent()).isEqualTo(100);
		// 7 women and 10 men answered; both groups are big enough to show
		assertThat(s.item(0).bySex()).extracting(Evaluations.Group::respondents).startsWith(7, 10);
		assertThat(s.item(0).bySex().get(0).suppressed()).isFalse();
		// the judiciary answered twice: too few to show
		Evaluations.Group judiciary = s.item(0).byStakeholder().stream()
			.filter(g -> g.labelKey().equals("stakeholder.JUDICIARY")).findFirst().orElseThrow();
		assertThat(judiciary.respondents()).isEqualTo(2);
		assertThat(judiciary.suppressed()).isTrue();
		assertThat(judiciary.average()).isNull();
		assertThat(judiciary.percents()).isEmpty();
		// the self-assessment's grid, by sex: 7 women and 7 men, an average per statement each
		Deck after = decks.forEvent(viennaEvaluation().getEventId()).stream().filter(d -> d.getPreDeckId() != null)
			.findFirst().orElseThrow();
		Evaluations.Item grid = evaluations.summary(after.getId(), Locale.ENGLISH).item(0);
		assertThat(grid.grid()).isTrue();
		assertThat(grid.bySex().get(0).respondents()).isEqualTo(7);
		assertThat(grid.bySex().get(0).statementAverages()).hasSize(4).allMatch(a -> a.matches("\\d\\.\\d"));
	}

	@Test
	void aQuestionnaireIsKeptWholeCanBeChangedAndIsBrokenDownBySex() throws Exception {
		Event event = events.create(new EventDetails("Evaluation test", LocalDate.of(2030, 5, 1), LocalDate.of(2030, 5, 1),
				"UTC", null, null, List.of("en"), null, null, Visibility.PUBLIC));
		Deck deck = decks.fromTemplate(Decks.Template.EVALUATION, Locale.ENGLISH, event.getId(), null);
		assertThat(deck.isSelfPaced()).isTrue();
		Room room = live.room(deck.getId());
		List<Activity> items = room.activities().stream().map(Room.LiveActivity::activity).toList();
		assertThat(items).hasSize(8);

		// a new questionnaire takes nothing until it is opened, and its phone page says so
		String early = mvc.perform(MockMvcRequestBuilders.get("/j/" + deck.getJoinCode()))
			.andReturn().getResponse().getContentAsString();
		assertThat(early).contains("This questionnaire is not open yet").doesNotContain("name=\"sex\"");
		assertThatThrownBy(() -> live.submitAll(room, "too-early", null,
				Map.of(items.get(0).getId(), Map.of("value", new String[] { "5" })), null, null, false))
			.isInstanceOfSatisfying(UserError.class, e -> assertThat(e.messageKey()).isEqualTo("interact.error.notOpen"));
		mvc.perform(MockMvcRequestBuilders.post("/decks/" + deck.getId() + "/control").param("action", "OPEN")
			.param("back", "deck").with(SecurityMockMvcRequestPostProcessors.csrf())
			.with(SecurityMockMvcRequestPostProcessors.user("c").roles("COORDINATOR")))
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/decks/" + deck.getId()));
		assertThat(room.open()).isTrue();
		String deckPage = mvc.perform(MockMvcRequestBuilders.get("/decks/" + deck.getId())
			.with(SecurityMockMvcRequestPostProcessors.user("c").roles("COORDINATOR")))
			.andReturn().getResponse().getContentAsString();
		assertThat(deckPage).contains("value=\"CLOSE\"").doesNotContain("not open yet");

		for (int i = 0; i < 4; i++) {
			live.submitAll(room, "woman-" + i, null, Map.of(items.get(0).getId(), Map.of("value", new String[] { "5" })),
					Sex.FEMALE, StakeholderType.MINISTRY, false);
		}
		live.submitAll(room, "man-1", null, Map.of(items.get(0).getId(), Map.of("value", new String[] { "3" }),
				items.get(4).getId(), Map.of("choice", new String[] { "1" })), Sex.MALE, null, false);
		// a comment with a phone number is refused until confirmed, and nothing of that questionnaire is kept
		Map<Long, Map<String, String[]>> withPhone = new HashMap<>();
		withPhone.put(items.get(0).getId(), Map.of("value", new String[] { "4" }));
		withPhone.put(items.get(6).getId(), Map.of("text", new String[] { "Call me on +43 660 1234567" }));
		assertThatThrownBy(() -> live.submitAll(room, "man-2", null, withPhone, Sex.MALE, null, false))
			.isInstanceOf(PersonalIdentifiers.Found.class);
		assertThat(room.live(items.get(0).getId()).answerOf("man-2")).isNull();
		live.submitAll(room, "man-2", null, withPhone, Sex.MALE, null, true);
		// sent again with a change: replaced, not doubled
		live.submitAll(room, "man-1", null, Map.of(items.get(0).getId(), Map.of("value", new String[] { "2" })),
				Sex.MALE, null, false);

		Evaluations.Summary s = evaluations.summary(deck.getId(), Locale.ENGLISH);
		assertThat(s.respondents()).isEqualTo(6);
		Evaluations.Item overall = s.item(0);
		assertThat(overall.respondents()).isEqualTo(6);
		assertThat(overall.averageText()).isEqualTo("4.3"); // (4×5 + 2 + 4) / 6 = 4.33
		assertThat(overall.shares()).extracting(Evaluations.Share::count).containsExactly(0, 1, 0, 1, 4);
		assertThat(overall.shares()).extracting(Evaluations.Share::percent).containsExactly(0, 17, 0, 17, 66);
		Evaluations.Group women = overall.bySex().get(0);
		Evaluations.Group men = overall.bySex().get(1);
		assertThat(women.labelKey()).isEqualTo("sex.FEMALE");
		assertThat(men.respondents()).isEqualTo(2);
		assertThat(men.suppressed()).isTrue();
		assertThat(men.small()).isTrue();
		assertThat(men.averageText()).isNull();
		// the women's row would give the men's answers away by subtraction from the overall figures: hidden too
		assertThat(women.suppressed()).isTrue();
		assertThat(women.small()).isFalse();
		assertThat(women.averageText()).isNull();
		assertThat(women.percents()).isEmpty();
		assertThat(s.item(6).comments()).singleElement().matches(Evaluations.Comment::flagged);
		// the projector shows the link, the QR code and how many have answered, not a question
		String projector = mvc.perform(MockMvcRequestBuilders
			.get("/decks/" + deck.getId() + "/present").with(org.springframework.security.test.web.servlet.request
				.SecurityMockMvcRequestPostProcessors.user("c").roles("COORDINATOR")))
			.andReturn().getResponse().getContentAsString();
		assertThat(projector).contains("people have answered so far").contains("<p class=\"join-code\">6</p>")
			.doesNotContain("value=\"NEXT\"");
		// a questionnaire after the deck closed is refused
		controls.control(room, LiveControls.Control.CLOSE);
		assertThatThrownBy(() -> live.submitAll(room, "late", null, Map.of(), null, null, false))
			.isInstanceOf(UserError.class);
	}

	@Test
	void aSelfAssessmentBeforeAndAfterShowsTheChangePerStatement() throws Exception {
		Event event = events.create(new EventDetails("Pre/post test", LocalDate.of(2030, 6, 1), LocalDate.of(2030, 6, 2),
				"UTC", null, null, List.of("en"), null, null, Visibility.PUBLIC));
		Deck before = decks.fromTemplate(Decks.Template.SELF_ASSESSMENT, Locale.ENGLISH, event.getId(), null);
		Deck after = decks.forEvent(event.getId()).stream().filter(d -> before.getId().equals(d.getPreDeckId()))
			.findFirst().orElseThrow();
		assertThat(before.getTitle()).isEqualTo("Self-assessment — before the workshop");
		assertThat(after.getTitle()).isEqualTo("Self-assessment — after the workshop");
		assertThat(after.isSelfPaced()).isTrue();
		Room pre = live.room(before.getId());
		Room post = live.room(after.getId());
		controls.control(pre, LiveControls.Control.OPEN);
		controls.control(post, LiveControls.Control.OPEN);
		long preGrid = pre.activities().get(0).activity().getId();
		long postGrid = post.activities().get(0).activity().getId();
		assertThat(pre.activities().get(0).activity().getType()).isEqualTo(ActivityType.GRID);
		// a grid must be rated on every statement
		assertThatThrownBy(() -> live.submitAll(pre, "p1", null,
				Map.of(preGrid, Map.of("grid_0", new String[] { "2" })), null, null, false))
			.isInstanceOf(UserError.class);
		for (String[] ratings : List.of(new String[] { "2", "1", "3", "2" }, new String[] { "3", "2", "2", "2" })) {
			live.submitAll(pre, "before-" + ratings[0], null, Map.of(preGrid, grid(ratings)), null, null, false);
		}
		for (String[] ratings : List.of(new String[] { "4", "4", "4", "3" }, new String[] { "5", "3", "4", "4" })) {
			live.submitAll(post, "after-" + ratings[0], null, Map.of(postGrid, grid(ratings)), null, null, false);
		}
		Evaluations.Summary s = evaluations.summary(after.getId(), Locale.ENGLISH);
		assertThat(s.changes()).hasSize(4);
		Evaluations.Change first = s.changes().get(0);
		assertThat(first.label()).startsWith("the international legal framework");
		assertThat(first.before()).isEqualTo("2.5");
		assertThat(first.after()).isEqualTo("4.5");
		assertThat(first.change()).isEqualTo("+2.0");
		assertThat(s.changes()).extracting(Evaluations.Change::change).containsExactly("+2.0", "+2.0", "+1.5", "+1.5");
		assertThat(s.item(0).figures()).extracting(Results.Entry::figure).containsExactly("4.5", "3.5", "4.0", "3.5");
		// the "before" questionnaire has no change of its own
		assertThat(evaluations.summary(before.getId(), Locale.ENGLISH).changes()).isEmpty();
		// the phone's page shows the grid: a row per statement, a radio per point of the scale
		String page = mvc.perform(MockMvcRequestBuilders
			.get("/j/" + after.getJoinCode()).header("Accept-Language", "ar")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("class=\"grid-input\"").contains("name=\"a" + postGrid + ".grid_3\"")
			.contains("الإطار القانوني الدولي");
		// and the coordinator's results show the change
		String results = mvc.perform(MockMvcRequestBuilders
			.get("/decks/" + after.getId() + "/results").with(org.springframework.security.test.web.servlet.request
				.SecurityMockMvcRequestPostProcessors.user("c").roles("COORDINATOR")))
			.andReturn().getResponse().getContentAsString();
		assertThat(results).contains("Before and after").contains("+2.0").doesNotContain("reminder-to");
		// with registered e-mail addresses, a reminder to everyone (answers are anonymous)
		for (String email : List.of("amina@example.org", "boris@example.org")) {
			events.register(event.getId(), new ParticipantDetails(email, "Org", StakeholderType.MINISTRY,
					"PK", null, Sex.FEMALE, email, true, null), Participant.Source.COORDINATOR);
		}
		results = mvc.perform(MockMvcRequestBuilders
			.get("/decks/" + after.getId() + "/results").with(org.springframework.security.test.web.servlet.request
				.SecurityMockMvcRequestPostProcessors.user("c").roles("COORDINATOR")))
			.andReturn().getResponse().getContentAsString();
		assertThat(results).contains("Remind the 2 registered participants")
			.contains("mailto:?bcc=amina@example.org,boris@example.org&amp;subject=Reminder%3A%20Self-assessment")
			.contains("/j/" + after.getJoinCode());
	}

	@Test
	void aRefusedQuestionnaireComesBackAsItWasSent() throws Exception {
		Event event = events.create(new EventDetails("Refusal test", LocalDate.of(2030, 7, 1), LocalDate.of(2030, 7, 1),
				"UTC", null, null, List.of("en"), null, null, Visibility.PUBLIC));
		Deck deck = decks.fromTemplate(Decks.Template.EVALUATION, Locale.ENGLISH, event.getId(), null);
		Room room = live.room(deck.getId());
		controls.control(room, LiveControls.Control.OPEN);
		long overall = room.activities().get(0).activity().getId();
		long useful = room.activities().get(6).activity().getId();
		var phone = new MockHttpSession();
		var refused = mvc.perform(MockMvcRequestBuilders
			.post("/j/" + deck.getJoinCode() + "/all").session(phone)
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.param("a" + overall + ".value", "4").param("a" + useful + ".text", "Call me on +43 660 1234567")
			.param("sex", "FEMALE"))
			.andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(422);
		String page = refused.getContentAsString();
		// the warning, and everything that was sent: the rating, the comment, the sex
		assertThat(page).contains("identifier-warning").contains("+43 660 1234567");
		assertThat(page).containsPattern("name=\"a" + overall + "\\.value\" value=\"4\" checked");
		assertThat(page).containsPattern("<option value=\"FEMALE\" selected");
		assertThat(room.live(overall).responses()).isEmpty();
		var confirmed = mvc.perform(MockMvcRequestBuilders
			.post("/j/" + deck.getJoinCode() + "/all").session(phone)
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.param("a" + overall + ".value", "4").param("a" + useful + ".text", "Call me on +43 660 1234567")
			.param("sex", "FEMALE").param("identifiersConfirmed", "true"))
			.andReturn().getResponse();
		assertThat(confirmed.getStatus()).isEqualTo(302);
		assertThat(room.live(overall).responses()).hasSize(1);
		assertThat(room.live(useful).responses()).singleElement().matches(Response::flagged);
	}

	@Test
	void aQuizInAQuestionnaireScoresRightAnswersWithoutAClock() {
		Deck deck = decks.create("Knowledge check", "en", null, null);
		decks.update(deck.getId(), deck.getTitle(), "en", null, true, true, true, false);
		Activity quiz = decks.addActivity(deck.getId(), ActivityType.QUIZ, new ActivityDetails(
				new ActivityText("When was the Palermo Protocol adopted?", "2000\n2010", null, null), null, null, "0", 20,
				false, Map.of()));
		Room room = live.room(deck.getId());
		controls.control(room, LiveControls.Control.OPEN);
		assertThat(room.deck().isSelfPaced()).isTrue();
		live.submitAll(room, "right", null, Map.of(quiz.getId(), Map.of("choice", new String[] { "0" })), null, null, false);
		live.submitAll(room, "wrong", null, Map.of(quiz.getId(), Map.of("choice", new String[] { "1" })), null, null, false);
		assertThat(room.leaderboard(10)).extracting(Room.Leader::score).containsExactly(1000, 0);
		assertThat(room.leaderboard(10)).extracting(Room.Leader::correct).containsExactly(1, 0);
	}

	private static Map<String, String[]> grid(String... ratings) {
		Map<String, String[]> form = new HashMap<>();
		for (int i = 0; i < ratings.length; i++) {
			form.put("grid_" + i, new String[] { ratings[i] });
		}
		return form;
	}
}
