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

	LiveControls(LiveStore store, BatchWriter writer, LivePush push) {
		this.store = store;
		this.writer = writer;
		this.push = push;
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
					writer.write(() -> current.locked = locked, store.locked(current.activity().getId(), locked));
				}
			}
			case SHOW, HIDE -> {
				if (current != null) {
					boolean shown = control == Control.SHOW;
					writer.write(() -> current.shown = shown, store.resultsShown(current.activity().getId(), shown));
				}
			}
			case RESET -> {
				if (current != null) {
					Instant now = Instant.now();
					writer.write(() -> {
						current.answers.clear();
						current.questions.clear();
						current.openedAt = now;
						current.locked = false;
						current.shown = false;
					}, store.reset(current.activity().getId(), now).toArray(Statement[]::new));
				}
			}
			case OPEN, CLOSE -> {
				DeckState state = control == Control.CLOSE ? DeckState.CLOSED : DeckState.OPEN;
				writer.write(() -> room.state = state, store.state(room.id(), state));
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
		writer.write(() -> {
			room.position = position;
			if (start) {
				target.openedAt = now;
			}
		}, statements.toArray(Statement[]::new));
		push.publishState(room);
		push.presenterChanged(room);
	}

	/** A moderator's decision on an open answer or a question. */
	public void moderate(Room room, long responseId, Response.Status status) {
		for (Room.LiveActivity live : room.activities()) {
			Response q = live.questions.get(responseId);
			Response a = q != null ? null
					: live.answers.values().stream().filter(r -> r.id() == responseId).findFirst().orElse(null);
			Response target = q != null ? q : a;
			if (target == null) {
				continue;
			}
			writer.write(() -> {
				Response changed = target.with(status);
				if (q != null) {
					live.questions.put(responseId, changed);
				}
				else {
					live.answers.put(changed.token(), changed);
				}
			}, store.status(responseId, status));
			push.publishBoard(room);
			push.presenterChanged(room);
			return;
		}
		throw new NotFoundException();
	}
}
