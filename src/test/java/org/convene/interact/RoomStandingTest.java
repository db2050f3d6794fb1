package org.convene.interact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** A phone's standing follows every quiz answer at once, although the ranking behind it is kept between answers. */
class RoomStandingTest {

	private static Response answer(String token, int score, int millis) {
		return new Response(token.hashCode(), 0, token, 0, "0", millis, score, false, Response.Status.SHOWN, Set.of(),
				Instant.now());
	}

	@Test
	void aNewAnswerOrAClearedQuestionChangesTheStandingAtOnce() {
		Room room = new Room(new Deck("Quiz", "en", null, null, "QUIZ01"),
				List.of(new Activity(1L, 0, ActivityType.QUIZ)));
		Room.LiveActivity quiz = room.activities().getFirst();
		assertThat(room.standing("amina")).isNull();
		quiz.answers.put("amina", answer("amina", 800, 2000));
		assertThat(room.standing("amina")).isEqualTo(new Room.Standing(1, 1, 800));
		quiz.answers.put("bilal", answer("bilal", 950, 1000));
		assertThat(room.standing("amina")).as("within the second, still recomputed").isEqualTo(new Room.Standing(2, 2, 800));
		assertThat(room.standing("bilal")).isEqualTo(new Room.Standing(1, 2, 950));
		quiz.answers.clear();
		assertThat(room.standing("bilal")).as("after a reset").isNull();
	}
}
