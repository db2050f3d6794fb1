package org.convene.interact;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A committed change to a running room, as the room in memory takes it: on the node that made the change, and —
 * sent through the {@link org.convene.platform.cluster.Fanout} in the same transaction — on every other node that
 * holds the room. One description of each change, so the nodes cannot apply it differently. Applying one twice
 * changes nothing the second time (a node may hear of a change it already read from the database).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "k")
@JsonSubTypes({ @JsonSubTypes.Type(value = RoomChange.Answered.class, name = "answer"),
		@JsonSubTypes.Type(value = RoomChange.Submitted.class, name = "submit"),
		@JsonSubTypes.Type(value = RoomChange.Upvoted.class, name = "upvote"),
		@JsonSubTypes.Type(value = RoomChange.Named.class, name = "name"),
		@JsonSubTypes.Type(value = RoomChange.Moved.class, name = "move"),
		@JsonSubTypes.Type(value = RoomChange.Flags.class, name = "flags"),
		@JsonSubTypes.Type(value = RoomChange.Reset.class, name = "reset"),
		@JsonSubTypes.Type(value = RoomChange.State.class, name = "state"),
		@JsonSubTypes.Type(value = RoomChange.Moderated.class, name = "moderate"),
		@JsonSubTypes.Type(value = RoomChange.Reload.class, name = "reload") })
sealed interface RoomChange {

	/** The deck whose room changed. */
	long deck();

	/** Changes the room in memory (never the database: that is done). */
	void apply(Room room);

	/** Tells the room's screens on this node. */
	void announce(Room room, LivePush push);

	/** An answer or a question from a person, who joins the room with it. */
	record Answered(long deck, String account, Response response) implements RoomChange {

		@Override
		public void apply(Room room) {
			room.join(response.token(), account);
			Room.LiveActivity live = room.live(response.activityId());
			if (live == null) {
				return;
			}
			Response kept = concurrent(response);
			synchronized (live) {
				if (live.activity().getType() == ActivityType.QA) {
					live.questions.put(kept.id(), kept);
				}
				else {
					live.answers.put(kept.token(), kept);
				}
			}
		}

		@Override
		public void announce(Room room, LivePush push) {
			Room.LiveActivity live = room.live(response.activityId());
			if (live != null && live.activity().getType() == ActivityType.QA) {
				push.presenterChanged(room);
				if (response.status().visible()) {
					push.publishBoard(room);
				}
			}
			else {
				push.answersChanged(room);
			}
		}
	}

	/** A whole questionnaire: the person as they described themselves, and their answers. */
	record Submitted(long deck, String token, Room.Member member, List<Response> responses) implements RoomChange {

		@Override
		public void apply(Room room) {
			room.members.put(token, member);
			for (Response r : responses) {
				Room.LiveActivity live = room.live(r.activityId());
				if (live != null) {
					live.answers.put(token, concurrent(r));
				}
			}
		}

		@Override
		public void announce(Room room, LivePush push) {
			push.answersChanged(room);
		}
	}

	record Upvoted(long deck, long activity, long question, String token) implements RoomChange {

		@Override
		public void apply(Room room) {
			Room.LiveActivity live = room.live(activity);
			Response q = live == null ? null : live.questions.get(question);
			if (q != null) {
				q.upvoters().add(token);
			}
		}

		@Override
		public void announce(Room room, LivePush push) {
			push.answersChanged(room);
		}
	}

	/** A nickname chosen (or cleared); the person joins with it. */
	record Named(long deck, String token, Room.Member member) implements RoomChange {

		@Override
		public void apply(Room room) {
			room.members.put(token, member);
		}

		@Override
		public void announce(Room room, LivePush push) {
			push.answersChanged(room);
		}
	}

	/** The presenter moved to an activity; its clock started now if it never had. */
	record Moved(long deck, int position, long activity, Instant openedAt) implements RoomChange {

		@Override
		public void apply(Room room) {
			room.position = position;
			Room.LiveActivity live = room.live(activity);
			if (live != null && live.openedAt == null) {
				live.openedAt = openedAt;
			}
		}

		@Override
		public void announce(Room room, LivePush push) {
			controlled(room, push);
		}
	}

	/** Answers locked or not, results shown or not. */
	record Flags(long deck, long activity, boolean locked, boolean shown) implements RoomChange {

		@Override
		public void apply(Room room) {
			Room.LiveActivity live = room.live(activity);
			if (live != null) {
				live.locked = locked;
				live.shown = shown;
			}
		}

		@Override
		public void announce(Room room, LivePush push) {
			controlled(room, push);
		}
	}

	/** An activity started again: its answers gone, its clock restarted. */
	record Reset(long deck, long activity, Instant openedAt) implements RoomChange {

		@Override
		public void apply(Room room) {
			Room.LiveActivity live = room.live(activity);
			if (live != null) {
				live.answers.clear();
				live.questions.clear();
				live.openedAt = openedAt;
				live.locked = false;
				live.shown = false;
			}
		}

		@Override
		public void announce(Room room, LivePush push) {
			controlled(room, push);
		}
	}

	/** The room opened to the audience, closed or reopened. */
	record State(long deck, DeckState state) implements RoomChange {

		@Override
		public void apply(Room room) {
			room.state = state;
		}

		@Override
		public void announce(Room room, LivePush push) {
			controlled(room, push);
		}
	}

	/** A moderator's decision on an open answer or a question. */
	record Moderated(long deck, long activity, long response, Response.Status status) implements RoomChange {

		@Override
		public void apply(Room room) {
			Room.LiveActivity live = room.live(activity);
			if (live == null) {
				return;
			}
			Response q = live.questions.get(response);
			if (q != null) {
				live.questions.put(response, q.with(status));
				return;
			}
			live.answers.values().stream().filter(r -> r.id() == response).findFirst()
				.ifPresent(a -> live.answers.put(a.token(), a.with(status)));
		}

		@Override
		public void announce(Room room, LivePush push) {
			push.publishBoard(room);
			push.presenterChanged(room);
		}
	}

	/**
	 * Too much changed to describe (the deck edited, answers recorded in bulk, a person's data erased): the room is
	 * read from the database again. Applied by {@link Live}, not here.
	 */
	record Reload(long deck) implements RoomChange {

		@Override
		public void apply(Room room) {
			// Live reloads the room
		}

		@Override
		public void announce(Room room, LivePush push) {
			// Live reloads the room
		}
	}

	private static void controlled(Room room, LivePush push) {
		push.publishState(room);
		push.presenterChanged(room);
	}

	/** Upvotes are added from many threads: a response read from a message gets a concurrent set. */
	private static Response concurrent(Response r) {
		if (r.upvoters() instanceof ConcurrentHashMap.KeySetView<String, ?>) {
			return r;
		}
		Set<String> upvoters = ConcurrentHashMap.newKeySet();
		upvoters.addAll(r.upvoters());
		return new Response(r.id(), r.activityId(), r.token(), r.slot(), r.answer(), r.elapsedMs(), r.score(), r.flagged(),
				r.status(), upvoters, r.createdAt());
	}
}
