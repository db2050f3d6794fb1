package org.convene.interact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.convene.ConveneTest;
import org.convene.cafe.Cafe;
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
import org.convene.platform.push.LiveSocket;
import org.convene.platform.push.PushHub;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/** Deleting an event or a session reaches the live rooms and cafés in it: nothing keeps answering for them. */
@ConveneTest
class DeletedRoomsTest {

	private static final Duration WAIT = Duration.ofSeconds(10);

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	Events events;

	@Autowired
	Decks decks;

	@Autowired
	Live live;

	@Autowired
	Cafes cafes;

	@Autowired
	PushHub hub;

	@Test
	void aDeletedSessionsRoomsStayWithTheEventAndADeletedEventsRoomsStopAnswering() throws Exception {
		Event event = events.create(new EventDetails("Soon gone", LocalDate.of(2031, 5, 1), LocalDate.of(2031, 5, 1),
				"UTC", null, null, List.of("en"), null, null, Visibility.PUBLIC));
		AgendaSession session = events.addSession(event.getId(), new SessionDetails(LocalDateTime.of(2031, 5, 1, 9, 0),
				LocalDateTime.of(2031, 5, 1, 10, 0), "Gone too", SessionKind.SESSION, null, null, null, null));
		events.register(event.getId(), new ParticipantDetails("Someone", "Org", StakeholderType.MINISTRY, "AT", null,
				Sex.FEMALE, null, true, null), Participant.Source.COORDINATOR);
		Deck deck = decks.create("Soon gone poll", "en", event.getId(), session.getId());
		decks.addActivity(deck.getId(), ActivityType.SINGLE, new ActivityDetails(
				new ActivityText("Still there?", "Yes\nNo", null, null), null, null, null, null, false, Map.of()));
		Cafe cafe = cafes.create(event.getId(), null, "Soon gone café", List.of("Past?"));
		String key = cafes.people(cafe.id()).getFirst().key();
		assertThat(mvc.perform(get("/j/" + deck.getJoinCode())).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(mvc.perform(get("/c/" + key)).andReturn().getResponse().getStatus()).isEqualTo(200);
		HttpClient http = HttpClient.newHttpClient();
		LiveSocket phone = LiveSocket.open(http, "http://localhost:" + port + "/j/" + deck.getJoinCode() + "/live", true);
		LiveSocket cafePhone = LiveSocket.open(http, "http://localhost:" + port + "/c/" + key + "/live", true);
		assertThat(phone.status(WAIT)).isEqualTo(101);
		assertThat(cafePhone.status(WAIT)).isEqualTo(101);
		String phoneTopic = LivePush.audienceTopic(deck.getId(), "en");
		// the server takes the socket on just after its 101 has gone out: the page may see the 101 first
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (hub.subscribers(phoneTopic) == 0 && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		assertThat(hub.subscribers(phoneTopic)).isEqualTo(1);

		events.deleteSession(event.getId(), session.getId());
		assertThat(live.room(deck.getId()).deck().getSessionId()).as("the room forgot the deleted session").isNull();

		var delete = mvc.perform(post("/events/" + event.getId() + "/delete").param("confirm", "true")
			.with(user("coordinator@demo.convene").roles("COORDINATOR")).with(csrf())).andReturn().getResponse();
		assertThat(delete.getStatus()).isEqualTo(302);
		assertThat(mvc.perform(get("/j/" + deck.getJoinCode())).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/c/" + key)).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(hub.subscribers(phoneTopic)).as("the phones' sockets ended").isZero();
		assertThat(hub.subscribers(Cafes.topic(cafe.id()))).as("the café's sockets ended").isZero();
		// for good: the close says the room is gone, so the page does not come back to a room that is not there
		assertThat(phone.closeCode(WAIT)).isEqualTo(PushHub.GONE);
		assertThat(cafePhone.closeCode(WAIT)).isEqualTo(PushHub.GONE);
		Thread.sleep(2_500);
		assertThat(phone.connections() + cafePhone.connections()).as("neither came back").isEqualTo(2);
		phone.close();
		cafePhone.close();
	}
}
