package org.convene.interact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.convene.events.Sex;
import org.convene.events.StakeholderType;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * A change applied on the node that made it and the same change read from its fan-out message on another node leave
 * the two rooms alike — for every kind of change — and hearing a change twice changes nothing more.
 */
class RoomChangeTest {

	private static final long DECK = 7;
	private static final long POLL = 70;
	private static final long QA = 71;

	@Test
	void everyKindOfChangeLeavesTheOtherNodesRoomAsThisOnes() {
		Room here = room();
		Room there = room();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		Response answer = new Response(1, POLL, "tok-a", 0, "2", 900, 80, false, Response.Status.SHOWN,
				ConcurrentHashMap.newKeySet(), now);
		Response question = new Response(2, QA, "tok-b", 1, "Who funds the shelters? — «نعم»", null, null, true,
				Response.Status.PENDING, ConcurrentHashMap.newKeySet(), now);
		List<RoomChange> changes = List.of(new RoomChange.Answered(DECK, "member@demo.convene", answer),
				new RoomChange.Answered(DECK, null, question),
				new RoomChange.Moderated(DECK, QA, 2, Response.Status.SHOWN),
				new RoomChange.Upvoted(DECK, QA, 2, "tok-a"),
				new RoomChange.Named(DECK, "tok-a", new Room.Member("Ana", null, null, null)),
				new RoomChange.Submitted(DECK, "tok-c", new Room.Member(null, null, Sex.FEMALE, StakeholderType.MINISTRY),
						List.of(new Response(3, POLL, "tok-c", 0, "4", null, null, false, Response.Status.SHOWN,
								ConcurrentHashMap.newKeySet(), now))),
				new RoomChange.State(DECK, DeckState.OPEN),
				new RoomChange.Moved(DECK, 1, QA, now),
				new RoomChange.Flags(DECK, QA, true, true),
				new RoomChange.Reset(DECK, POLL, now.plusSeconds(5)));
		for (RoomChange change : changes) {
			change.apply(here);
			String message = Live.message(change);
			RoomChange heard = Live.change(message);
			assertThat(heard).as(message).isEqualTo(change);
			heard.apply(there);
			heard.apply(there);
			assertThat(snapshot(there)).as("after " + message).isEqualTo(snapshot(here));
		}
		assertThat(Live.change(Live.message(new RoomChange.Reload(DECK)))).isEqualTo(new RoomChange.Reload(DECK));
		// the upvote and the moderation took, on both
		assertThat(there.live(QA).questions.get(2L).upvoters()).containsExactly("tok-a");
		assertThat(there.live(QA).questions.get(2L).status()).isEqualTo(Response.Status.SHOWN);
		assertThat(there.member("tok-c").sex()).isEqualTo(Sex.FEMALE);
		assertThat(there.member("tok-a").nickname()).isEqualTo("Ana");
		assertThat(there.member("tok-a").account()).as("an anonymous deck keeps no account").isNull();
		assertThat(there.state()).isEqualTo(DeckState.OPEN);
		assertThat(there.current().activity().getId()).isEqualTo(QA);
		assertThat(there.live(QA).locked() && there.live(QA).shown()).isTrue();
		assertThat(there.live(QA).openedAt()).isEqualTo(now);
		assertThat(there.live(POLL).answers).as("started again").isEmpty();
		assertThat(there.live(POLL).openedAt()).isEqualTo(now.plusSeconds(5));
	}

	private static Room room() {
		Deck deck = new Deck("Cluster deck", "en", null, null, "CLUS01");
		ReflectionTestUtils.setField(deck, "id", DECK);
		Activity poll = new Activity(DECK, 0, ActivityType.SCALE);
		ReflectionTestUtils.setField(poll, "id", POLL);
		Activity qa = new Activity(DECK, 1, ActivityType.QA);
		ReflectionTestUtils.setField(qa, "id", QA);
		return new Room(deck, List.of(poll, qa));
	}

	/** Everything a room holds in memory, comparable. */
	private static Map<String, Object> snapshot(Room room) {
		Map<String, Object> s = new TreeMap<>();
		s.put("state", room.state());
		s.put("position", room.position());
		s.put("members", new TreeMap<>(room.members));
		for (Room.LiveActivity l : room.activities()) {
			String a = "activity " + l.activity().getId();
			s.put(a + " flags", List.of(l.locked(), l.shown(), String.valueOf(l.openedAt())));
			s.put(a + " answers", new TreeMap<>(l.answers));
			s.put(a + " questions", new TreeMap<>(l.questions));
		}
		return s;
	}
}
