package org.convene.interact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;

import org.convene.ConveneTest;
import org.convene.platform.UserError;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** No silent destruction: an activity with answers goes only when confirmed, and the projector stays on a real one. */
@ConveneTest
class DeleteActivityTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Decks decks;

	@Autowired
	Live live;

	@Autowired
	LiveControls controls;

	private Activity poll(long deckId, String prompt) {
		return decks.addActivity(deckId, ActivityType.SINGLE, new ActivityDetails(
				new ActivityText(prompt, "Yes\nNo", null, null), null, null, null, null, false, Map.of()));
	}

	@Test
	void anActivityWithAnswersIsDeletedOnlyWhenConfirmedAndTheRoomStaysOnARealActivity() throws Exception {
		Deck deck = decks.create("Deletions", "en", null, null);
		Activity first = poll(deck.getId(), "First?");
		Activity second = poll(deck.getId(), "Second?");
		Activity third = poll(deck.getId(), "Third?");
		controls.moveTo(live.room(deck.getId()), 2);
		controls.control(live.room(deck.getId()), LiveControls.Control.OPEN);
		live.answer(live.room(deck.getId()), third.getId(), "delete-test-phone-01", null,
				Map.of("choice", new String[] { "0" }), false);

		// deleting one before the current one keeps the same one current
		decks.deleteActivity(deck.getId(), first.getId(), false);
		assertThat(live.room(deck.getId()).current().activity().getId()).isEqualTo(third.getId());

		// the current one holds an answer: refused without confirmation, in the reader's language, nothing lost
		assertThatThrownBy(() -> decks.deleteActivity(deck.getId(), third.getId(), false))
			.isInstanceOfSatisfying(UserError.class,
					e -> assertThat(e.messageKey()).isEqualTo("activity.error.confirmDelete"));
		var refused = mvc.perform(post("/decks/" + deck.getId() + "/activities/" + third.getId() + "/delete")
			.header("Referer", "http://localhost/decks/" + deck.getId())
			.with(user("coordinator@demo.convene").roles("COORDINATOR")).with(csrf())).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(303);
		assertThat(refused.getFlashMap().get("alertText").toString()).contains("one answer");
		assertThat(decks.answerCounts(deck.getId())).containsEntry(third.getId(), 1);

		// confirmed: it goes with its answer, and the projector shows the remaining activity, not "empty"
		decks.deleteActivity(deck.getId(), third.getId(), true);
		Room room = live.room(deck.getId());
		assertThat(room.activities()).hasSize(1);
		assertThat(room.current()).isNotNull();
		assertThat(room.current().activity().getId()).isEqualTo(second.getId());
	}
}
