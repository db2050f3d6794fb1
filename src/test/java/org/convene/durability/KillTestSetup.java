package org.convene.durability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.convene.cafe.Cafe;
import org.convene.cafe.CafeHarvest;
import org.convene.cafe.CafePerson;
import org.convene.cafe.CafePlanning;
import org.convene.cafe.Cafes;
import org.convene.cafe.Note;
import org.convene.events.Event;
import org.convene.events.EventDetails;
import org.convene.events.Events;
import org.convene.events.Participant;
import org.convene.events.ParticipantDetails;
import org.convene.events.Sex;
import org.convene.events.StakeholderType;
import org.convene.events.Visibility;
import org.convene.interact.Deck;
import org.convene.interact.Decks;
import org.convene.interact.Live;
import org.convene.interact.LiveControls;
import org.convene.interact.Room;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * For {@link KillMidBurstTest} only (profile {@code killtest}, test classpath): what the demo does not have open —
 * a coming event that takes registrations and its evaluation questionnaire, opened; and a café in its first round
 * whose three hosts take notes and whose other 57 people put dots on three insights — set up once, on the first start, and written to {@code killtest.properties} in
 * the data directory for the test to read.
 */
@Component
@Profile("killtest")
@Order(Integer.MAX_VALUE)
class KillTestSetup implements ApplicationRunner {

	private final Events events;
	private final Decks decks;
	private final Live live;
	private final LiveControls controls;
	private final Cafes cafes;
	private final CafePlanning planning;
	private final CafeHarvest harvest;
	private final Path file;

	KillTestSetup(Events events, Decks decks, Live live, LiveControls controls, Cafes cafes, CafePlanning planning,
			CafeHarvest harvest, @Value("${convene.data-dir}") String dataDir) {
		this.events = events;
		this.decks = decks;
		this.live = live;
		this.controls = controls;
		this.cafes = cafes;
		this.planning = planning;
		this.harvest = harvest;
		this.file = Path.of(dataDir, "killtest.properties");
	}

	@Override
	public void run(ApplicationArguments args) {
		if (Files.exists(file)) {
			return;
		}
		Event event = events.create(new EventDetails("Kill test workshop", LocalDate.of(2031, 9, 1),
				LocalDate.of(2031, 9, 2), "UTC", null, null, List.of("en"), null, null, Visibility.PUBLIC));
		Deck deck = decks.fromTemplate(Decks.Template.EVALUATION, Locale.ENGLISH, event.getId(), null);
		Room room = live.room(deck.getId());
		controls.control(room, LiveControls.Control.OPEN);
		long overall = room.activities().get(0).activity().getId();
		// the café: its own event (registrations to the other one must not change it), 12 people at 3 hosted tables
		Event cafeEvent = events.create(new EventDetails("Kill test café", LocalDate.of(2031, 9, 3),
				LocalDate.of(2031, 9, 3), "UTC", null, null, List.of("en"), null, null, Visibility.PUBLIC));
		for (int i = 0; i < 60; i++) {
			events.register(cafeEvent.getId(), new ParticipantDetails("Café person " + i, "Org " + i,
					StakeholderType.MINISTRY, "PK", null, i % 2 == 0 ? Sex.FEMALE : Sex.MALE, null, true, null),
					Participant.Source.COORDINATOR);
		}
		Cafe cafe = cafes.create(cafeEvent.getId(), null, "Kill café", List.of("What works?"));
		List<CafePerson> people = cafes.people(cafe.id());
		List<Cafes.TableForm> tables = new ArrayList<>();
		for (int t = 0; t < 3; t++) {
			tables.add(new Cafes.TableForm(null, String.valueOf(t + 1), 21, people.get(t).id()));
		}
		cafes.saveTables(cafe.id(), tables);
		planning.planNow(cafe.id(), 0.2, 2_000);
		cafes.moveTo(cafe.id(), 1);
		// three insights to dot, and the ballot open: the other 57 put dots on them during the burst
		List<String> seeds = new ArrayList<>();
		for (int t = 0; t < 3; t++) {
			harvest.addNote(people.get(t).key(), "Seed insight " + t, Note.Tag.WORKS, null, false);
		}
		harvest.notes(cafe.id()).forEach(n -> seeds.add(String.valueOf(n.id())));
		cafes.setVoting(cafe.id(), true);
		String hosts = String.join(",", people.subList(0, 3).stream().map(CafePerson::key).toList());
		String voters = String.join(",", people.subList(3, people.size()).stream().map(CafePerson::key).toList());
		try {
			Files.writeString(file, "event=" + event.getId() + "\nquestionnaire=" + deck.getJoinCode()
					+ "\nquestionnaireDeck=" + deck.getId() + "\npollDeck=" + live.byCode("DEMO42").id() + "\noverall="
					+ overall + "\ncafe=" + cafe.id() + "\nhosts=" + hosts + "\nvoters=" + voters + "\nseeds="
					+ String.join(",", seeds) + "\n");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
