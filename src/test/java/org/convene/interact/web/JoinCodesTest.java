package org.convene.interact.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.FromAddress.from;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;

import org.convene.ConveneTest;
import org.convene.events.Event;
import org.convene.events.EventDetails;
import org.convene.events.Events;
import org.convene.events.Visibility;
import org.convene.interact.Deck;
import org.convene.interact.Decks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Join codes cannot be guessed (the probe tried 243 a second): after 30 unknown codes in a minute a client finds no
 * room at all, even a real one, and is told to wait; everyone else joins as before. And a code stops working 30
 * days after its workshop ended.
 */
@ConveneTest
class JoinCodesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Events events;

	@Autowired
	Decks decks;

	private MockHttpServletResponse join(String code, String client) throws Exception {
		return mvc.perform(get("/j/" + code).with(from(client))).andReturn().getResponse();
	}

	@Test
	void aClientGuessingCodesIsStoppedAndEveryoneElseJoins() throws Exception {
		for (int i = 0; i < AudienceController.UNKNOWN_CODES_PER_MINUTE; i++) {
			assertThat(join(String.format("ZZ%04d", i), "10.1.1.1").getStatus()).isEqualTo(404);
		}
		MockHttpServletResponse stopped = join("DEMO42", "10.1.1.1");
		assertThat(stopped.getStatus()).isEqualTo(429);
		assertThat(Integer.parseInt(stopped.getHeader("Retry-After"))).isBetween(1, 60);
		assertThat(stopped.getContentAsString()).contains("Too many codes were tried from this device");
		assertThat(join("DEMO42", "10.1.1.2").getStatus()).as("another phone").isEqualTo(200);
	}

	@Test
	void aCodeStopsWorkingThirtyDaysAfterItsWorkshop() throws Exception {
		LocalDate today = LocalDate.now();
		Event old = events.create(new EventDetails("Long over", today.minusDays(45), today.minusDays(31), "UTC", null,
				null, List.of("en"), null, null, Visibility.PUBLIC));
		Event recent = events.create(new EventDetails("Just over", today.minusDays(12), today.minusDays(10), "UTC", null,
				null, List.of("en"), null, null, Visibility.PUBLIC));
		Deck expired = decks.create("Old poll", "en", old.getId(), null);
		Deck fresh = decks.create("Evaluation still open", "en", recent.getId(), null);
		MockHttpServletResponse gone = join(expired.getJoinCode(), "10.1.2.1");
		assertThat(gone.getStatus()).isEqualTo(410);
		assertThat(gone.getContentAsString()).contains("This code has expired");
		assertThat(join(fresh.getJoinCode(), "10.1.2.1").getStatus()).isEqualTo(200);
	}
}
