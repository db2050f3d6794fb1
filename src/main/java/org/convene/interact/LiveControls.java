package org.convene.interact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.convene.interact.internal.LiveStore;
import org.convene.platform.batch.BatchWriter;
import org.convene.platform.batch.BatchWriter.Statement;
import org.convene.platform.web.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * What the presenter does to a running room: move between activities (a quiz question's clock starts when first
 * shown), lock answers, show results, start an activity again, open the room to the audience, close and reopen it, moderate. Like every
 * live change, committed before the room in memory changes, then pushed.
 */
@Service
public class LiveControls {

	private final LiveStore store;
	private final BatchWriter writer;
	private final LivePush push;
	private final Live live;

	LiveControls(LiveStore store, BatchWriter writer, LivePush push, Live live) {
		this.store = store;
		this.writer = writer;
		this.push = push;
		this.live = live;
	}

	/** What the presenter can do to the room. */
	public enum Control {
		NEXT, PREVIOUS, LOCK, UNLOCK, SHOW, HIDE, RESET, OPEN, CLOSE
	}

	public void control(Room room, Control control) {
		Room.LiveActivity current = room.current();
		switch (control) {
			case NEXT, PREVIOUS -> {
				int to = Math.max(0, Math.min(room.activities().size() - 1,
						room.position + (control == Control.NEXT ? 1 : -1)));
				moveTo(room, to);
			}
			case LOCK, UNLOCK -> {
				if (current != null) {
					boolean locked = control == Control.LOCK;
					commit(room, new RoomChange.Flags(room.id(), current.activity().getId(), locked, current.shown),
							store.locked(current.activity().getId(), locked));
				}
			}
			case SHOW, HIDE -> {
				if (current != null) {
					boolean shown = control == Control.SHOW;
					commit(room, new RoomChange.Flags(room.id(), current.activity().getId(), current.locked, shown),
							store.resultsShown(current.activity().getId(), shown));
				}
			}
			case RESET -> {
				if (current != null) {
					Instant now = Instant.now();
					commit(room, new RoomChange.Reset(room.id(), current.activity().getId(), now),
							store.reset(current.activity().getId(), now).toArray(Statement[]::new));
				}
			}
			case OPEN, CLOSE -> {
				DeckState state = control == Control.CLOSE ? DeckState.CLOSED : DeckState.OPEN;
				commit(room, new RoomChange.State(room.id(), state), store.state(room.id(), state));
			}
		}
		push.publishState(room);
		push.presenterChanged(room);
	}

	/** Moves the room to an activity; a quiz question's clock starts the first time it is shown. */
	public void moveTo(Room room, int position) {
		if (position < 0 || position >= room.activities().size()) {
			return;
		}
		Room.LiveActivity target = room.activities().get(position);
		Instant now = Instant.now();
		boolean start = target.openedAt == null;
		List<Statement> statements = new ArrayList<>();
		statements.add(store.position(room.id(), position));
		if (start) {
			statements.add(store.opened(target.activity().getId(), now));
		}
		commit(room, new RoomChange.Moved(room.id(), position, target.activity().getId(), now),
				statements.toArray(Statement[]::new));
		push.publishState(room);
		push.presenterChanged(room);
	}

	/** A moderator's decision on an open answer or a question. */
	public void moderate(Room room, long responseId, Response.Status status) {
		for (Room.LiveActivity activity : room.activities()) {
			boolean held = activity.questions.containsKey(responseId)
					|| activity.answers.values().stream().anyMatch(r -> r.id() == responseId);
			if (!held) {
				continue;
			}
			RoomChange change = new RoomChange.Moderated(room.id(), activity.activity().getId(), responseId, status);
			writer.write(() -> change.apply(room), live.tell(change), store.status(responseId, status));
			change.announce(room, push);
			return;
		}
		throw new NotFoundException();
	}

	/** Commits a change of the presenter's, applies it to the room here; the other nodes apply it when they hear. */
	private void commit(Room room, RoomChange change, Statement... statements) {
		writer.write(() -> change.apply(room), live.tell(change), statements);
	}
}
