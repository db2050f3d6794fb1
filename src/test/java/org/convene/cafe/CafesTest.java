package org.convene.cafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.convene.ConveneTest;
import org.convene.cafe.planner.Instance;
import org.convene.cafe.planner.Plan;
import org.convene.cafe.planner.Planner;
import org.convene.events.Event;
import org.convene.events.EventDetails;
import org.convene.events.Events;
import org.convene.events.Objective;
import org.convene.events.Participant;
import org.convene.events.ParticipantDetails;
import org.convene.events.Sex;
import org.convene.events.StakeholderType;
import org.convene.events.Visibility;
import org.convene.platform.UserError;
import org.convene.platform.i18n.Languages;
import org.convene.platform.pdf.Pdfs;
import org.convene.platform.text.PersonalIdentifiers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/**
 * A café from set-up to harvest through the service: planned in the background from an event's
 * registrations, hosts kept at their tables, a swap by hand with recomputed figures, rounds, a host's
 * notes (checked for personal identifiers), dots, and an action item.
 */
@ConveneTest
class CafesTest {

	@Autowired
	Events events;

	@Autowired
	Cafes cafes;

	@Autowired
	CafePlanning planning;

	@Autowired
	CafeHarvest harvest;

	@Autowired
	Pdfs pdfs;

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	private Event eventWith(int people) {
		Event event = events.create(new EventDetails("Café test " + System.nanoTime(), LocalDate.of(2030, 3, 1),
				LocalDate.of(2030, 3, 1), "UTC", null, null, List.of("en"), null, null, Visibility.PUBLIC));
		for (int i = 1; i <= people; i++) {
			events.register(event.getId(), new ParticipantDetails("Person " + i, "Org " + (i % 4),
					i % 2 == 0 ? StakeholderType.values()[0] : StakeholderType.values()[1], i % 3 == 0 ? "PK" : "AF",
					null, i % 2 == 0 ? Sex.FEMALE : Sex.MALE, null, true, null), Participant.Source.COORDINATOR);
		}
		return event;
	}

	@Test
	void thePlanFiguresReadInGoodGrammar() {
		assertThat(messages.getMessage("cafe.plan.repeatsOnly", new Object[] { 1 }, Locale.ENGLISH))
			.isEqualTo("One repeated encounter.");
		assertThat(messages.getMessage("cafe.plan.repeatsOnly", new Object[] { 12 }, Locale.ENGLISH))
			.isEqualTo("12 repeated encounters.");
		assertThat(messages.getMessage("cafe.plan.repeats", new Object[] { 1, 0 }, Locale.FRENCH))
			.startsWith("Une rencontre répétée ;");
		assertThat(messages.getMessage("cafe.plan.runningOnly", new Object[] { "1.0", "10", 0 }, Locale.ENGLISH))
			.endsWith("Best so far: no repeated encounter.");
		// every way a plan can start and every construction family is said in every language
		for (Locale locale : Languages.SUPPORTED) {
			for (Plan.Start start : Plan.Start.values()) {
				for (Plan.Family family : Plan.Family.values()) {
					Plan.How how = new Plan.How(start, family, "X(1)", null, 2, true, true);
					String design = messages.getMessage(how.designKey(), new Object[] { how.notation() }, locale);
					assertThat(design).contains("X(1)");
					assertThat(messages.getMessage(how.startKey(), new Object[] { design, 2 }, locale)).isNotBlank();
				}
			}
			assertThat(messages.getMessage(new Plan.How(Plan.Start.GREEDY, null, null, null, 0, true, false)
				.improvedKey(), null, locale)).isNotBlank();
			assertThat(messages.getMessage(new Plan.How(Plan.Start.GREEDY, null, null, null, 0, false, true)
				.improvedKey(), null, locale)).isNotBlank();
		}
	}

	@Test
	void twoQuickClicksStartOnePlannerAndAPlanForAChangedCafeIsNotSaved() throws Exception {
		Event event = eventWith(12);
		Cafe cafe = cafes.create(event.getId(), null, "Café", List.of("Past?", "Present?"));
		List<CafePerson> people = cafes.people(cafe.id());
		List<CafePlanning.PlanJob> started = new CopyOnWriteArrayList<>();
		try (ExecutorService clicks = Executors.newFixedThreadPool(4)) {
			for (int i = 0; i < 4; i++) {
				clicks.submit(() -> started.add(planning.startPlanning(cafe.id(), 1)));
			}
		}
		assertThat(started).hasSize(4);
		assertThat(new HashSet<>(started)).as("one run for four clicks").hasSize(1);
		while (!started.getFirst().done()) {
			Thread.sleep(50);
		}
		// a plan made before the tables changed is refused, in the reader's language, and nothing is saved
		Instance before = planning.instance(cafe.id(), 1, cafe.id());
		Plan plan = new Planner(before).plan(2_000);
		cafes.saveTables(cafe.id(), List.of(new Cafes.TableForm(null, "A", 6, people.get(0).id()),
				new Cafes.TableForm(null, "B", 6, null)));
		assertThat(cafes.get(cafe.id()).plan()).as("a change to the tables drops the plan").isNull();
		assertThatThrownBy(() -> planning.saveIfCurrent(cafe.id(), before, plan))
			.isInstanceOfSatisfying(UserError.class, e -> assertThat(e.messageKey()).isEqualTo("cafe.error.planStale"));
		assertThat(cafes.get(cafe.id()).plan()).isNull();
		assertThat(messages.getMessage("cafe.error.planStale", null, Locale.of("ar"))).contains("الطاولات");
	}

	@Test
	void plansSeatsEveryoneAndKeepsHostsAtTheirTables() throws Exception {
		Event event = eventWith(15);
		Cafe cafe = cafes.create(event.getId(), null, "Café", List.of("Past?", "Present?", "Future?"));
		List<CafePerson> people = cafes.people(cafe.id());
		assertThat(people).hasSize(15);
		assertThat(people).extracting(CafePerson::key).doesNotHaveDuplicates().allMatch(k -> k.matches("[A-Z2-9]{8}"));
		cafes.saveTables(cafe.id(), List.of(new Cafes.TableForm(null, "A", 5, people.get(0).id()),
				new Cafes.TableForm(null, "B", 5, people.get(1).id()), new Cafes.TableForm(null, "C", 5, people.get(2).id())));
		cafes.setAbsent(cafe.id(), people.get(5).id(), Set.of(2));

		CafePlanning.PlanJob job = planning.startPlanning(cafe.id(), 1);
		while (!job.done()) {
			Thread.sleep(50);
		}
		assertThat(job.error()).isNull();
		Seating seating = cafes.seating(cafe.id());
		List<CafeTable> tables = seating.tables();
		for (int round = 1; round <= 3; round++) {
			assertThat(seating.unseated(round)).isEmpty();
			for (CafeTable t : tables) {
				assertThat(seating.at(t.id(), round).get(0).id()).isEqualTo(t.hostId());
				assertThat(seating.at(t.id(), round)).hasSizeLessThanOrEqualTo(5);
			}
		}
		assertThat(seating.tableOf(people.get(5).id(), 2)).isNull();
		Cafe.PlanFigures planned = cafes.get(cafe.id()).plan();
		assertThat(planned.repeatedPairs()).isGreaterThanOrEqualTo(planned.lowerBound());
		// how it was made is kept with the figures, for the page to say in the reader's language
		assertThat(planned.how()).isNotNull();
		assertThat(planned.how().start()).isNotEqualTo(Plan.Start.BY_HAND);
		assertThat(messages.getMessage(planned.how().startKey(), new Object[] { "", 0 }, Locale.FRENCH)).isNotBlank();

		// a swap by hand: the two travellers change tables and the figures are recomputed from the seats
		CafePerson a = seating.at(tables.get(0).id(), 1).get(1);
		CafePerson b = seating.at(tables.get(1).id(), 1).get(1);
		Cafe.PlanFigures after = planning.swap(cafe.id(), 1, a.id(), b.id());
		Seating swapped = cafes.seating(cafe.id());
		assertThat(swapped.tableOf(a.id(), 1).id()).isEqualTo(tables.get(1).id());
		assertThat(swapped.tableOf(b.id(), 1).id()).isEqualTo(tables.get(0).id());
		assertThat(cafes.get(cafe.id()).plan().repeatedPairs()).isEqualTo(after.repeatedPairs());
		assertThat(cafes.get(cafe.id()).plan().how()).isEqualTo(after.how());
		assertThat(after.how().start()).isEqualTo(Plan.Start.BY_HAND);
		assertThatThrownBy(() -> planning.swap(cafe.id(), 1, people.get(0).id(), b.id()))
			.isInstanceOf(UserError.class).hasMessage("cafe.error.swapHost");
	}

	@Test
	void hostsTakeNotesParticipantsDotVoteAndAnInsightBecomesAnAction() {
		Event event = eventWith(8);
		Cafe cafe = cafes.create(event.getId(), null, "Café", List.of("Past?", "Future?"));
		List<CafePerson> people = cafes.people(cafe.id());
		CafePerson host = people.get(0);
		cafes.saveTables(cafe.id(), List.of(new Cafes.TableForm(null, "A", 4, host.id()),
				new Cafes.TableForm(null, "B", 4, null)));
		planning.planNow(cafe.id(), 0.2, 2_000);
		CafePerson traveller = cafes.seating(cafe.id()).at(cafes.tables(cafe.id()).get(0).id(), 1).get(1);

		assertThatThrownBy(() -> harvest.addNote(host.key(), "Too early", Note.Tag.IDEA, null, false))
			.isInstanceOf(UserError.class).hasMessage("cafe.error.notHost");
		cafes.moveTo(cafe.id(), 1);
		harvest.addNote(host.key(), "Joint investigation teams work", Note.Tag.WORKS, Objective.REGIONAL_COOPERATION,
				false);
		assertThatThrownBy(() -> harvest.addNote(traveller.key(), "Not the host", Note.Tag.IDEA, null, false))
			.isInstanceOf(UserError.class).hasMessage("cafe.error.notHost");
		assertThatThrownBy(() -> harvest.addNote(host.key(), "Call +92 300 1234567", Note.Tag.IDEA, null, false))
			.isInstanceOf(PersonalIdentifiers.Found.class);
		harvest.addNote(host.key(), "Call +92 300 1234567", Note.Tag.IDEA, null, true);
		List<Note> notes = harvest.notes(cafe.id());
		assertThat(notes).extracting(Note::flagged).containsExactly(false, true);

		long insight = notes.get(0).id();
		assertThatThrownBy(() -> harvest.setDot(traveller.key(), insight, true)).isInstanceOf(UserError.class)
			.hasMessage("cafe.error.votingClosed");
		cafes.setVoting(cafe.id(), true);
		harvest.setDot(traveller.key(), insight, true);
		harvest.setDot(traveller.key(), insight, true); // a double tap: still one dot
		harvest.setDot(host.key(), insight, true);
		assertThat(harvest.notes(cafe.id()).get(0).dots()).isEqualTo(2);
		harvest.setDot(host.key(), insight, false);
		assertThat(harvest.notes(cafe.id()).get(0).dots()).isEqualTo(1);

		harvest.cluster(cafe.id(), insight, "Cooperation");
		assertThat(harvest.clusters(cafe.id())).containsOnlyKeys("Cooperation");
		harvest.addAction(cafe.id(), insight, null, "FIA", LocalDate.of(2030, 6, 1));
		harvest.addAction(cafe.id(), insight, null, "FIA", LocalDate.of(2030, 6, 1)); // a double click
		assertThat(harvest.actions(cafe.id())).hasSize(1);
		ActionItem action = harvest.actions(cafe.id()).get(0);
		assertThat(action.text()).isEqualTo("Joint investigation teams work");
		assertThat(action.status()).isEqualTo(ActionItem.Status.OPEN);
		harvest.updateAction(cafe.id(), action.id(), action.text(), "FIA", action.due(), ActionItem.Status.DONE);
		assertThat(harvest.actions(cafe.id()).get(0).status()).isEqualTo(ActionItem.Status.DONE);
	}

	@Test
	void printsSeatCardsWithEachPersonsTablePerRoundAndASheetPerTable() throws Exception {
		Event event = eventWith(6);
		Cafe cafe = cafes.create(event.getId(), null, "Café cards", List.of("Past?", "Future?"));
		List<CafePerson> people = cafes.people(cafe.id());
		cafes.saveTables(cafe.id(), List.of(new Cafes.TableForm(null, "North", 4, people.get(0).id()),
				new Cafes.TableForm(null, "South", 4, null)));
		planning.planNow(cafe.id(), 0.2, 2_000);
		for (String lang : List.of("en", "ar")) {
			byte[] pdf = mvc.perform(MockMvcRequestBuilders
				.get("/cafes/" + cafe.id() + "/cards.pdf").locale(Locale.of(lang))
				.with(SecurityMockMvcRequestPostProcessors.user("c")
					.roles("COORDINATOR")))
				.andExpect(MockMvcResultMatchers.status().isOk())
				.andExpect(MockMvcResultMatchers.content()
					.contentType("application/pdf"))
				.andReturn().getResponse().getContentAsByteArray();
			Files.write(Path.of("target", "seat-cards-" + lang + ".pdf"), pdf); // to look at
			try (var doc = Loader.loadPDF(pdf)) {
				String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
				for (CafePerson p : people) {
					assertThat(text).contains(p.name()).contains(p.key());
					// the address and the code read left to right on their own line, in Arabic too
					assertThat(text).containsPattern("https?://\\S+/c · " + p.key());
				}
				assertThat(text).contains("North").contains("South").contains("Past?").contains("Future?");
				if (lang.equals("en")) {
					assertThat(text).contains("Table North (you host it)").contains("Round 2");
				}
				// six cards on one page (two by three), then one sheet per table
				assertThat(doc.getNumberOfPages()).isEqualTo(3);
			}
		}
	}

	@Test
	void theDemoRoundtableHasAPlannedCafeWithAHarvest() {
		Event islamabad = events.listVisible(true).stream()
			.filter(e -> e.getTitle().equals("GLO.ACT champions roundtable (World Café)")).findFirst().orElseThrow();
		Cafe cafe = cafes.forEvent(islamabad.getId()).get(0);
		assertThat(cafe.rounds()).hasSize(3);
		assertThat(cafe.ended()).isTrue();
		assertThat(cafe.plan()).isNotNull();
		Seating seating = cafes.seating(cafe.id());
		assertThat(seating.tables()).hasSize(3).allMatch(t -> t.hostId() != null);
		for (int round = 1; round <= 3; round++) {
			assertThat(seating.unseated(round)).isEmpty();
		}
		assertThat(harvest.notes(cafe.id())).hasSize(9);
		assertThat(harvest.notes(cafe.id()).stream().mapToInt(Note::dots).sum()).isPositive();
		assertThat(harvest.actions(cafe.id())).hasSize(2);
	}

	@Test
	void everyRefusalReadsInEveryLanguage() throws Exception {
		StringBuilder source = new StringBuilder();
		try (var files = Files.walk(Path.of("src/main/java/org/convene"))) {
			for (var file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				source.append(Files.readString(file));
			}
		}
		// every key a UserError is thrown with, in every module
		var keys = Pattern.compile("new UserError\\(\"([a-z]+\\.[A-Za-z.]+)\"").matcher(source)
			.results().map(m -> m.group(1)).distinct().toList();
		assertThat(keys).hasSizeGreaterThan(20);
		for (Locale locale : Languages.SUPPORTED) {
			for (String key : keys) {
				String text = messages.getMessage(key, new Object[] { 1, 2, 3 }, locale);
				assertThat(text).as(locale + " " + key).doesNotContain("{").isNotEqualTo(key);
			}
		}
	}

	@Test
	void aPairIsKeptApartOrAllowedTogetherAndThePlannerIsToldWhich() {
		Event event = eventWith(8);
		Cafe cafe = cafes.create(event.getId(), null, "Pairs", List.of("Q?"));
		List<CafePerson> people = cafes.people(cafe.id());
		long a = people.get(0).id();
		long b = people.get(4).id(); // Person 1 and Person 5: both "Org 1", colleagues
		cafes.allowTogether(cafe.id(), a, b);
		assertThat(cafes.together(cafe.id())).hasSize(1);
		assertThat(cafes.apart(cafe.id())).isEmpty();
		var instance = planning.instance(cafe.id(), 1, 1);
		assertThat(instance.together()).containsExactly(List.of("p" + Math.min(a, b), "p" + Math.max(a, b)));
		assertThat(instance.problems()).isEmpty();
		cafes.keepApart(cafe.id(), b, a); // the same pair, now kept apart instead
		assertThat(cafes.together(cafe.id())).isEmpty();
		assertThat(planning.instance(cafe.id(), 1, 1).apart()).hasSize(1);
		cafes.forgetPair(cafe.id(), a, b);
		assertThat(cafes.apart(cafe.id())).isEmpty();
		assertThatThrownBy(() -> cafes.allowTogether(cafe.id(), a, a)).isInstanceOf(UserError.class)
			.hasMessage("cafe.error.apart");
	}

	@Test
	void refusesMorePeopleThanSeats() {
		Event event = eventWith(9);
		Cafe cafe = cafes.create(event.getId(), null, "Café", List.of("One"));
		cafes.saveTables(cafe.id(), List.of(new Cafes.TableForm(null, "A", 4, null), new Cafes.TableForm(null, "B", 4, null)));
		assertThatThrownBy(() -> planning.startPlanning(cafe.id(), 1)).isInstanceOf(UserError.class)
			.hasMessage("cafe.error.seats");
	}

	@Test
	void printsArabicWithEmbeddedFonts() throws Exception {
		byte[] pdf = pdfs.print("<html dir=\"rtl\"><body style=\"font-family: 'Noto Sans', 'Noto Naskh Arabic'\">"
				+ "<p>Table 5 — الطاولة ٥</p></body></html>", Locale.of("ar"));
		try (var doc = Loader.loadPDF(pdf)) {
			assertThat(doc.getNumberOfPages()).isEqualTo(1);
			List<String> fonts = new ArrayList<>();
			for (var name : doc.getPage(0).getResources().getFontNames()) {
				fonts.add(doc.getPage(0).getResources().getFont(name).getName());
			}
			assertThat(fonts).anyMatch(f -> f.contains("NotoNaskhArabic"));
			assertThat(new PDFTextStripper().getText(doc)).contains("Table 5");
		}
	}
}
