package org.convene.interact;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.convene.interact.internal.Stages;
import org.convene.platform.i18n.Languages;
import org.convene.platform.push.PushHub;
import org.springframework.stereotype.Component;

/**
 * What a live room tells its screens: phones get the new state in their language when the room changes (one
 * message each), projectors fresh results at most ten times a second however fast answers arrive.
 */
@Component
public class LivePush {

	private final PushHub hub;
	private final Stages stages;

	LivePush(PushHub hub, Stages stages) {
		this.hub = hub;
		this.stages = stages;
	}

	public static String audienceTopic(long deckId, String language) {
		return "deck:" + deckId + ":audience:" + language;
	}

	public static String presenterTopic(long deckId, String language) {
		return "deck:" + deckId + ":presenter:" + language;
	}

	/**
	 * Phones get the new state in their own language: one message per phone per change. The board (the
	 * results or questions under the form) goes with it, so a late board never belongs to an earlier
	 * activity.
	 */
	void publishState(Room room) {
		for (Locale locale : Languages.SUPPORTED) {
			String topic = audienceTopic(room.id(), locale.getLanguage());
			hub.publish(topic, "state", stages.audience(room, locale));
			hub.publish(topic, "board", stages.board(room, locale));
		}
	}

	/** The board alone (approved questions, moderated texts), without touching what people are typing. */
	void publishBoard(Room room) {
		for (Locale locale : Languages.SUPPORTED) {
			hub.publishCoalesced(audienceTopic(room.id(), locale.getLanguage()), "board",
					() -> stages.board(room, locale));
		}
	}

	/**
	 * Answers changed: projectors get fresh results, and so do phones while the presenter shows the results or a
	 * Q&amp;A is on (the board: figures, questions and their votes), each at most ten times a second however fast
	 * answers arrive.
	 */
	public void answersChanged(Room room) {
		presenterChanged(room);
		Room.LiveActivity current = room.current();
		if (current != null && (current.shown() || current.activity().getType() == ActivityType.QA)) {
			publishBoard(room);
		}
	}

	/**
	 * Projectors get fresh results at most ten times a second, however fast answers arrive. With no projector open
	 * nothing is rendered, and the last results are forgotten: a projector that opens later gets fresh ones, never
	 * a stale picture first.
	 */
	public void presenterChanged(Room room) {
		for (Locale locale : Languages.SUPPORTED) {
			String topic = presenterTopic(room.id(), locale.getLanguage());
			if (hub.subscribers(topic) > 0) {
				hub.publishCoalesced(topic, "results", () -> stages.presenter(room, locale));
			}
			else {
				hub.forget(topic, "results");
			}
		}
	}

	/** What a phone page rendered now has seen of its room's messages (its socket's {@code ?since=}). */
	public String since(Room room, Locale locale) {
		return hub.since(audienceTopic(room.id(), locale.getLanguage()));
	}

	/** A phone's socket: state changes in its language; the projector's counter goes up when it opens. */
	public void connectAudience(Room room, Locale locale, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		hub.connect(audienceTopic(room.id(), locale.getLanguage()), () -> presenterChanged(room), request, response);
	}

	/** A projector's socket: fresh results within 100 ms of opening, then whenever answers come in. */
	public void connectPresenter(Room room, Locale locale, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		String topic = presenterTopic(room.id(), locale.getLanguage());
		hub.connect(topic, () -> hub.publishCoalesced(topic, "results", () -> stages.presenter(room, locale)), request,
				response);
	}

	/** The room is gone: its phones' and projectors' streams end and its topics are forgotten. */
	void close(long deckId) {
		hub.closeUnder("deck:" + deckId + ":");
	}

	/** People connected to the room now (sockets open). */
	public int connected(Room room) {
		return hub.subscribersUnder("deck:" + room.id() + ":audience:");
	}
}
