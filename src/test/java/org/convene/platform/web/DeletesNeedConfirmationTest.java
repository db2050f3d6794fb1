package org.convene.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.convene.ConveneTest;
import org.convene.cafe.Cafe;
import org.convene.cafe.CafeHarvest;
import org.convene.cafe.Cafes;
import org.convene.events.AgendaSession;
import org.convene.events.Event;
import org.convene.events.EventDetails;
import org.convene.events.Events;
import org.convene.events.Participant;
import org.convene.events.ParticipantDetails;
import org.convene.events.SessionDetails;
import org.convene.events.SessionKind;
import org.convene.events.Sex;
import org.convene.events.StakeholderType;
import org.convene.events.Visibility;
import org.convene.interact.ActivityDetails;
import org.convene.interact.ActivityText;
import org.convene.interact.ActivityType;
import org.convene.interact.Deck;
import org.convene.interact.Decks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * No deletion happens in one click: a session (and its materials), a material, a registration, a deck (and its
 * answers) and a café action item are deleted only when the form says it was confirmed; unconfirmed, the page
 * comes back with a message and everything is still there. (Events and activities with answers: their own tests.)
 */
@ConveneTest
class DeletesNeedConfirmationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Events events;

	@Autowired
	Decks decks;

	@Autowired
	Cafes cafes;

	@Autowired
	CafeHarvest harvest;

	@Test
	void everyDeletionWaitsForItsConfirmation() throws Exception {
		Event event = events.create(new EventDetails("Deletions", LocalDate.of(2031, 6, 1), LocalDate.of(2031, 6, 1),
				"UTC", null, null, List.of("en"), null, null, Visibility.PUBLIC));
		long id = event.getId();
		AgendaSession session = events.addSession(id, new SessionDetails(LocalDateTime.of(2031, 6, 1, 9, 0),
				LocalDateTime.of(2031, 6, 1, 10, 0), "Kept", SessionKind.SESSION, null, null, null, null));
		var material = events.addLink(id, session.getId(), "Guide", "https://example.org/guide");
		Participant person = events.register(id, new ParticipantDetails("Kept Person", "Org", StakeholderType.MINISTRY,
				"AT", null, Sex.FEMALE, null, true, null), Participant.Source.COORDINATOR);
		Deck deck = decks.create("Kept deck", "en", id, null);
		decks.addActivity(deck.getId(), ActivityType.SINGLE, new ActivityDetails(
				new ActivityText("Kept?", "Yes\nNo", null, null), null, null, null, null, false, Map.of()));
		Cafe cafe = cafes.create(id, null, "Kept café", List.of("Why?"));
		harvest.addAction(cafe.id(), null, "Write the guide", null, null);
		long action = harvest.actions(cafe.id()).get(0).id();

		check("/events/" + id + "/sessions/" + session.getId() + "/materials/" + material.getId() + "/delete",
				() -> events.materials(id).stream().anyMatch(m -> m.getId().equals(material.getId())));
		check("/events/" + id + "/sessions/" + session.getId() + "/delete",
				() -> events.agenda(id).stream().anyMatch(s -> s.getId().equals(session.getId())));
		check("/events/" + id + "/participants/" + person.getId() + "/delete",
				() -> events.participants(id).stream().anyMatch(p -> p.getId().equals(person.getId())));
		check("/decks/" + deck.getId() + "/delete", () -> decks.forEvent(id).stream()
			.anyMatch(d -> d.getId().equals(deck.getId())));
		check("/cafes/" + cafe.id() + "/actions/" + action + "/delete",
				() -> harvest.actions(cafe.id()).stream().anyMatch(a -> a.id() == action));
	}

	/** Unconfirmed: back to the page it came from with the reason, nothing deleted; confirmed: gone. */
	private void check(String url, BooleanSupplier exists) throws Exception {
		assertThat(exists.getAsBoolean()).as("before " + url).isTrue();
		String from = "http://localhost/events";
		var refused = mvc.perform(post(url).header("Referer", from).with(csrf())
			.with(user("coordinator@demo.convene").roles("COORDINATOR"))).andReturn();
		assertThat(refused.getResponse().getStatus()).as(url).isEqualTo(303);
		assertThat(refused.getFlashMap().get("alertText")).as(url).asString().contains("Nothing was deleted");
		assertThat(exists.getAsBoolean()).as("still there after an unconfirmed " + url).isTrue();
		mvc.perform(post(url).param("confirm", "true").with(csrf()).with(user("coordinator@demo.convene")
			.roles("COORDINATOR")));
		assertThat(exists.getAsBoolean()).as("gone after a confirmed " + url).isFalse();
	}
}
