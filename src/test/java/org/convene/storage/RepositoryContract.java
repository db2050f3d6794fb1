package org.convene.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.convene.cafe.Note;
import org.convene.cafe.internal.CafeStore;
import org.convene.community.Account;
import org.convene.community.Role;
import org.convene.community.internal.AccountRepository;
import org.convene.events.AgendaSession;
import org.convene.events.Event;
import org.convene.events.Material;
import org.convene.events.Participant;
import org.convene.events.ParticipantDetails;
import org.convene.events.SessionKind;
import org.convene.events.Sex;
import org.convene.events.StakeholderType;
import org.convene.events.Visibility;
import org.convene.events.internal.AgendaSessionRepository;
import org.convene.events.internal.EventRepository;
import org.convene.events.internal.MaterialRepository;
import org.convene.events.internal.ParticipantRepository;
import org.convene.groups.Group;
import org.convene.groups.Groups;
import org.convene.groups.Post;
import org.convene.interact.Activity;
import org.convene.interact.ActivityText;
import org.convene.interact.ActivityType;
import org.convene.interact.Deck;
import org.convene.interact.internal.ActivityRepository;
import org.convene.interact.internal.DeckRepository;
import org.convene.platform.mail.Letter;
import org.convene.platform.mail.Mail;
import org.convene.platform.notify.Notifications;
import org.convene.report.internal.ReportTexts;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The same repository and migration checks, run once on H2 and once on a real PostgreSQL by the two
 * subclasses. Each test rolls back.
 */
@Transactional
abstract class RepositoryContract {

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EventRepository events;

	@Autowired
	AgendaSessionRepository sessions;

	@Autowired
	MaterialRepository materials;

	@Autowired
	ParticipantRepository participants;

	@Autowired
	AccountRepository accounts;

	@Autowired
	CafeStore cafeStore;

	@Autowired
	DeckRepository decks;

	@Autowired
	ActivityRepository activities;

	@Autowired
	ReportTexts reportTexts;

	@Autowired
	Groups groups;

	@Autowired
	Notifications notifications;

	@Autowired
	Mail mail;

	abstract String expectedDatabase();

	@Test
	void keepsGroupsDiscussionsNotificationsAndQueuedMailAndDropsADiscussionWithItsGroup() {
		long group = groups.create("Contract group", null, Group.Access.OPEN, "PK", null, "coordinator@demo.convene");
		groups.join(group, "member@demo.convene");
		long topic = groups.startTopic(group, "Contract topic", "First **post**.", "member@demo.convene");
		long post = groups.reply(group, topic, "@Demo member " + "long reply. ".repeat(1_500), "coordinator@demo.convene");
		groups.react(group, topic, post, "THANKS", "member@demo.convene");
		Group seen = groups.get(group, "member@demo.convene");
		List<Post> posts = groups.posts(seen, groups.topic(seen, topic, "member@demo.convene"), "member@demo.convene");
		assertThat(posts).extracting(Post::id).containsExactly(posts.getFirst().id(), post);
		assertThat(posts.getLast().body()).hasSizeGreaterThan(18_000);
		assertThat(posts.getLast().reactions()).containsEntry("THANKS", 1);
		assertThat(notifications.recent("member@demo.convene", 1)).extracting(Notifications.Notification::link)
			.containsExactly("/groups/" + group + "/t/" + topic + "#post-" + post);
		assertThat(mail.send(new Letter("someone@example.org", Locale.of("ar"), "موضوع", List.of("نص"), List.of(),
				null))).isTrue();
		assertThat(jdbc.queryForObject("select subject from mail_outbox where recipient = 'someone@example.org'",
				String.class)).isEqualTo("موضوع");
		jdbc.update("delete from discussion_groups where id = ?", group);
		assertThat(jdbc.queryForObject("select count(*) from posts where topic_id = ?", Long.class, topic)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from group_members where group_id = ?", Long.class, group))
			.isZero();
	}

	@Test
	void keepsCafeSeatsNotesAndOneDotPerPersonAndDropsThemWithTheEvent() {
		Event event = event("Café", Visibility.PUBLIC, LocalDate.of(2030, 1, 1));
		Participant amina = participant(event.getId(), "Amina", Sex.FEMALE, StakeholderType.JUDICIARY, "PK");
		long cafe = cafeStore.insertCafe(event.getId(), null, "Café", 3);
		cafeStore.insertPerson(cafe, amina.getId(), "ABCDEFGH");
		long person = cafeStore.people(cafe).get(0).id();
		cafeStore.setAbsent(cafe, person, Set.of(3, 2));
		assertThat(cafeStore.byKey("ABCDEFGH").orElseThrow().person().absentRounds()).containsExactly(2, 3);
		cafeStore.insertTable(cafe, 1, "1", 5, person);
		long table = cafeStore.tables(cafe).get(0).id();
		cafeStore.replaceSeats(cafe, Map.of(1, Map.of(person, table)));
		assertThat(cafeStore.seats(cafe)).isEqualTo(Map.of(1, Map.of(person, table)));
		long note = cafeStore.insertNote(cafe, table, 1, person, "Insight", Note.Tag.IDEA, null, false);
		assertThat(cafeStore.addDot(note, person)).isTrue();
		assertThat(cafeStore.addDot(note, person)).isFalse();
		assertThat(cafeStore.notes(cafe).get(0).dots()).isEqualTo(1);
		cafeStore.insertAction(cafe, note, "Do it", "FIA", LocalDate.of(2030, 2, 1));

		jdbc.update("delete from events where id = ?", event.getId());
		for (String t : List.of("cafe_cafes", "cafe_people", "cafe_tables", "cafe_seats", "cafe_notes", "cafe_dots",
				"cafe_actions")) {
			assertThat(jdbc.queryForObject("select count(*) from " + t + " where " + (t.equals("cafe_dots")
					? "note_id = " + note : t.equals("cafe_cafes") ? "id = " + cafe : "cafe_id = " + cafe), Integer.class))
				.as(t).isZero();
		}
	}

	Event event(String title, Visibility visibility, LocalDate start) {
		return events.save(new Event(title, start, start, "UTC", visibility));
	}

	Participant participant(long eventId, String name, Sex sex, StakeholderType type, String country) {
		return participants.save(new Participant(eventId,
				new ParticipantDetails(name, "Org", type, country, null, sex, null, true, null),
				Participant.Source.COORDINATOR));
	}

	@Test
	void runsOnTheExpectedDatabaseWithEveryMigrationApplied() throws Exception {
		String product = jdbc.execute((Connection c) -> c.getMetaData().getDatabaseProductName());
		assertThat(product).isEqualTo(expectedDatabase());
		var applied = flyway.info().applied();
		assertThat(applied).hasSizeGreaterThanOrEqualTo(2);
		assertThat(applied).allMatch(m -> m.getState().isApplied() && !m.getState().isFailed());
		assertThat(flyway.info().pending()).isEmpty();
	}

	@Test
	void countsParticipantsBySexStakeholderTypeAndCountry() {
		long id = event("Counting", Visibility.PUBLIC, LocalDate.of(2030, 1, 1)).getId();
		participant(id, "A", Sex.FEMALE, StakeholderType.LAW_ENFORCEMENT, "PK");
		participant(id, "B", Sex.FEMALE, StakeholderType.JUDICIARY, "PK");
		participant(id, "C", Sex.MALE, StakeholderType.LAW_ENFORCEMENT, "AF");
		participant(id, "D", Sex.UNDISCLOSED, StakeholderType.LAW_ENFORCEMENT, "PK");
		assertThat(tally(participants.countBySex(id))).isEqualTo(Map.of("FEMALE", 2L, "MALE", 1L, "UNDISCLOSED", 1L));
		assertThat(tally(participants.countByStakeholderType(id)))
			.isEqualTo(Map.of("LAW_ENFORCEMENT", 3L, "JUDICIARY", 1L));
		assertThat(tally(participants.countByCountry(id))).isEqualTo(Map.of("PK", 3L, "AF", 1L));
		assertThat(participants.countByEventId(id)).isEqualTo(4);
	}

	private static Map<String, Long> tally(List<ParticipantRepository.Tally> rows) {
		return rows.stream()
			.collect(Collectors.toMap(ParticipantRepository.Tally::getGroupKey, ParticipantRepository.Tally::getPeople));
	}

	@Test
	void listsOnlyConsentingParticipantsInTheAnnexAndCountsCheckIns() {
		long id = event("Annex", Visibility.PUBLIC, LocalDate.of(2030, 1, 1)).getId();
		participant(id, "Listed", Sex.MALE, StakeholderType.MINISTRY, "IQ");
		Participant hidden = participants.save(new Participant(id, new ParticipantDetails("Hidden", null,
				StakeholderType.MINISTRY, "IQ", null, Sex.FEMALE, null, false, null), Participant.Source.SELF));
		hidden.checkIn(Instant.now());
		participants.flush();
		assertThat(participants.findByEventIdAndConsentToListTrueOrderByNameAsc(id)).extracting(Participant::getName)
			.containsExactly("Listed");
		assertThat(participants.countByEventIdAndCheckedInAtIsNotNull(id)).isEqualTo(1);
	}

	@Test
	void filtersEventsByVisibilityNewestFirst() {
		event("Old public", Visibility.PUBLIC, LocalDate.of(2001, 1, 1));
		event("New public", Visibility.PUBLIC, LocalDate.of(2041, 1, 1));
		event("Members", Visibility.MEMBERS, LocalDate.of(2040, 1, 1));
		List<String> publicTitles = events.findByVisibilityInOrderByStartDateDesc(List.of(Visibility.PUBLIC))
			.stream()
			.map(Event::getTitle)
			.toList();
		assertThat(publicTitles).contains("Old public", "New public").doesNotContain("Members");
		assertThat(publicTitles.indexOf("New public")).isLessThan(publicTitles.indexOf("Old public"));
		assertThat(events.findByVisibilityInOrderByStartDateDesc(List.of(Visibility.PUBLIC, Visibility.MEMBERS)))
			.extracting(Event::getTitle)
			.contains("Members");
	}

	@Test
	void keepsTheAgendaInTimeOrderAndLongTextIntact() {
		long id = event("Agenda", Visibility.PUBLIC, LocalDate.of(2030, 1, 1)).getId();
		AgendaSession late = new AgendaSession(id);
		late.update(LocalDateTime.of(2030, 1, 1, 15, 0), LocalDateTime.of(2030, 1, 1, 16, 0), "Late",
				SessionKind.CLOSING, null, null, null, "x".repeat(15000));
		AgendaSession early = new AgendaSession(id);
		early.update(LocalDateTime.of(2030, 1, 1, 9, 0), LocalDateTime.of(2030, 1, 1, 10, 0), "Early ورشة",
				SessionKind.OPENING, null, null, "Один\nدو", null);
		sessions.save(late);
		sessions.save(early);
		sessions.flush();
		var agenda = sessions.findByEventIdOrderByStartsAtAscIdAsc(id);
		assertThat(agenda).extracting(AgendaSession::getTitle).containsExactly("Early ورشة", "Late");
		assertThat(agenda.get(1).getDescription()).hasSize(15000);
		assertThat(agenda.get(0).getPresenterList()).containsExactly("Один", "دو");
		materials.save(Material.link(id, early.getId(), "Slides", "https://example.org/s"));
		assertThat(materials.findByEventIdOrderByIdAsc(id)).hasSize(1);
	}

	@Test
	void deletingAnEventRemovesItsSessionsMaterialsAndParticipants() {
		long id = event("Cascade", Visibility.PUBLIC, LocalDate.of(2030, 1, 1)).getId();
		AgendaSession s = new AgendaSession(id);
		s.update(LocalDateTime.of(2030, 1, 1, 9, 0), LocalDateTime.of(2030, 1, 1, 10, 0), "S", SessionKind.SESSION,
				null, null, null, null);
		sessions.saveAndFlush(s);
		materials.saveAndFlush(Material.link(id, s.getId(), "Link", "https://example.org"));
		participant(id, "P", Sex.MALE, StakeholderType.DONOR, "AT");
		participants.flush();
		jdbc.update("delete from events where id = ?", id);
		assertThat(jdbc.queryForObject("select count(*) from event_sessions where event_id = ?", Long.class, id)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from session_materials where event_id = ?", Long.class, id))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from participants where event_id = ?", Long.class, id)).isZero();
	}

	@Test
	void loadsTheDemoCommunityWithTheSeedsCounts() {
		Event islamabad = events.findAll().stream()
			.filter(e -> e.getStartDate().equals(LocalDate.of(2022, 8, 25)))
			.findFirst()
			.orElseThrow();
		assertThat(tally(participants.countBySex(islamabad.getId()))).isEqualTo(Map.of("FEMALE", 5L, "MALE", 10L));
		assertThat(accounts.findByEmail("coordinator@demo.convene")).map(Account::getRole).contains(Role.COORDINATOR);
	}

	@Test
	void refusesASecondAccountWithTheSameEmail() {
		accounts.saveAndFlush(new Account("twice@example.org", "One", "{noop}x", Role.MEMBER, "en"));
		assertThatThrownBy(
				() -> accounts.saveAndFlush(new Account("TWICE@example.org", "Two", "{noop}y", Role.MEMBER, "en")))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void keepsDecksWithTheirActivitiesAndTranslations() {
		Deck deck = decks.saveAndFlush(new Deck("Contract deck", "en", null, null, "CONTR1"));
		Activity activity = new Activity(deck.getId(), 0, ActivityType.SCALE);
		activity.update(new ActivityText("How useful?", null, "Not", "Very"), 1, 5, null, null, false);
		activity.translate("ar", new ActivityText("ما مدى الفائدة؟", null, "غير مفيد", "مفيد جدًا"));
		activities.saveAndFlush(activity);
		jdbc.update("update interact_activities set locked = true where id = ?", activity.getId());
		var read = jdbc.queryForMap("select a.locked, t.prompt, t.high_label from interact_activities a"
				+ " join interact_translations t on t.activity_id = a.id where a.id = ? and t.language = 'ar'",
				activity.getId());
		assertThat(read.get("locked")).isEqualTo(true);
		assertThat(read.get("prompt")).isEqualTo("ما مدى الفائدة؟");
		assertThat(read.get("high_label")).isEqualTo("مفيد جدًا");
		assertThat(decks.findByJoinCode("CONTR1")).isPresent();
	}

	@Test
	void keepsOneAnswerPerPersonPerActivity() {
		Deck deck = decks.saveAndFlush(new Deck("Once", "en", null, null, "ONCE01"));
		Activity activity = new Activity(deck.getId(), 0, ActivityType.SINGLE);
		activity.update(new ActivityText("Pick", "A\nB", null, null), null, null, null, null, false);
		activities.saveAndFlush(activity);
		long first = jdbc.queryForObject("select nextval('interact_responses_seq')", Long.class);
		long second = jdbc.queryForObject("select nextval('interact_responses_seq')", Long.class);
		assertThat(second - first).as("ids come in blocks of 100").isEqualTo(100);
		String insert = "insert into interact_responses (id, activity_id, token, slot, answer, flagged, status,"
				+ " created_at, updated_at) values (?, ?, 'tok', 0, '1', false, 'SHOWN', ?, ?)";
		var now = Timestamp.from(Instant.now());
		jdbc.update(insert, first, activity.getId(), now, now);
		assertThatThrownBy(() -> jdbc.update(insert, second, activity.getId(), now, now))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void keepsReportTextsOnePerPartAndDropsThemWithTheEvent() {
		Event event = event("Report", Visibility.PUBLIC, LocalDate.of(2030, 1, 1));
		String conclusions = "Conclusion. ".repeat(1_500);
		reportTexts.save(event.getId(), "summary", "  Twenty-six practitioners met.  ");
		reportTexts.save(event.getId(), "conclusions", conclusions);
		reportTexts.save(event.getId(), "summary", "Twenty-six practitioners met in Vienna.");
		reportTexts.save(event.getId(), "session:1", "");
		assertThat(reportTexts.of(event.getId())).containsOnlyKeys("summary", "conclusions")
			.containsEntry("summary", "Twenty-six practitioners met in Vienna.")
			.containsEntry("conclusions", conclusions.strip());
		reportTexts.save(event.getId(), "summary", " ");
		assertThat(reportTexts.of(event.getId())).containsOnlyKeys("conclusions");
		jdbc.update("delete from events where id = ?", event.getId());
		assertThat(jdbc.queryForObject("select count(*) from report_texts where event_id = ?", Integer.class,
				event.getId())).isZero();
	}

	@Test
	void keepsQuestionnairesRespondentsAttributesAndPrePostPairs() {
		Deck before = decks.saveAndFlush(new Deck("Before", "en", null, null, "PRE001"));
		Deck after = new Deck("After", "en", null, null, "POST01");
		after.setSelfPaced(true);
		after.setPreDeckId(before.getId());
		after = decks.saveAndFlush(after);
		jdbc.update("insert into interact_members (deck_id, token, joined_at, sex, stakeholder) values (?, 'tok', ?, ?, ?)",
				after.getId(), Timestamp.from(Instant.now()), "FEMALE", "JUDICIARY");
		var member = jdbc.queryForMap("select sex, stakeholder from interact_members where deck_id = ?", after.getId());
		assertThat(member.get("sex")).isEqualTo("FEMALE");
		assertThat(member.get("stakeholder")).isEqualTo("JUDICIARY");
		assertThat(decks.findById(after.getId()).orElseThrow().isSelfPaced()).isTrue();
		// deleting the "before" questionnaire leaves the "after" one, unpaired
		jdbc.update("delete from interact_decks where id = ?", before.getId());
		assertThat(jdbc.queryForObject("select pre_deck_id from interact_decks where id = ?", Long.class, after.getId()))
			.isNull();
	}

	@Test
	void loadsTheDemoQuizzesWithTheSeedsCounts() {
		Long activityId = jdbc.queryForObject("select a.id from interact_activities a join interact_decks d"
				+ " on d.id = a.deck_id where d.title like 'Opening quiz%' and a.position = 0", Long.class);
		List<String> answers = jdbc.queryForList("select answer from interact_responses where activity_id = ?",
				String.class, activityId);
		assertThat(answers).hasSize(26);
		int[] counts = new int[5];
		answers.forEach(a -> Arrays.stream(a.split(",")).forEach(i -> counts[Integer.parseInt(i)]++));
		assertThat(counts).containsExactly(15, 13, 12, 11, 11);
		assertThat(decks.findByJoinCode("DEMO42")).isPresent();
	}
}
