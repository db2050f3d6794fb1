package org.convene.durability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.convene.events.Event;
import org.convene.events.EventDetails;
import org.convene.events.Events;
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
 * a coming event that takes registrations and its evaluation questionnaire, opened — set up once, on the first
 * start, and written to {@code killtest.properties} in the data directory for the test to read.
 */
@Component
@Profile("killtest")
@Order(Integer.MAX_VALUE)
class KillTestSetup implements ApplicationRunner {

	private final Events events;
	private final Decks decks;
	private final Live live;
	private final LiveControls controls;
	private final Path file;

	KillTestSetup(Events events, Decks decks, Live live, LiveControls controls,
			@Value("${convene.data-dir}") String dataDir) {
		this.events = events;
		this.decks = decks;
		this.live = live;
		this.controls = controls;
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
		try {
			Files.writeString(file, "event=" + event.getId() + "\nquestionnaire=" + deck.getJoinCode() + "\noverall="
					+ overall + "\n");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
