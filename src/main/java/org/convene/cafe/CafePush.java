package org.convene.cafe;

import java.time.Instant;

import org.convene.cafe.internal.CafeStore;
import org.convene.platform.AfterCommit;
import org.convene.platform.push.PushHub;
import org.springframework.stereotype.Component;

/**
 * What a café's phones and boards are told, once a change is committed, on the topic {@code cafe:{id}}: "round"
 * (round, plan, voting, set-up; the hosts' note pads refresh) and "changed" (also every note and dot). Each page
 * then fetches its own view.
 */
@Component
class CafePush {

	private final PushHub hub;

	CafePush(PushHub hub) {
		this.hub = hub;
	}

	static String topic(long cafeId) {
		return "cafe:" + cafeId;
	}

	/** Ends the streams of cafés that no longer exist (their event was deleted). */
	void closeGone(CafeStore store) {
		hub.close(topic -> topic.matches("cafe:\\d{1,18}")
				&& store.cafe(Long.parseLong(topic.substring("cafe:".length()))).isEmpty());
	}

	/** The café changed (round, plan, voting, set-up): "round" and "changed". */
	void changed(long cafeId) {
		String now = String.valueOf(Instant.now().toEpochMilli());
		AfterCommit.run(() -> {
			hub.publishCoalesced(topic(cafeId), "round", () -> now);
			hub.publishCoalesced(topic(cafeId), "changed", () -> now);
		});
	}

	/** A note or a dot changed: only "changed" (the hosts' note pads keep what they show). */
	void noted(long cafeId) {
		AfterCommit.run(() -> hub.publishCoalesced(topic(cafeId), "changed",
				() -> String.valueOf(Instant.now().toEpochMilli())));
	}
}
