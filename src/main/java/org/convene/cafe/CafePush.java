package org.convene.cafe;

import java.time.Instant;

import org.convene.cafe.internal.CafeStore;
import org.convene.platform.AfterCommit;
import org.convene.platform.cluster.Fanout;
import org.convene.platform.push.PushHub;
import org.springframework.stereotype.Component;

/**
 * What a café's phones and boards are told, once a change is committed, on the topic {@code cafe:{id}}: "round"
 * (round, plan, voting, set-up; the hosts' note pads refresh) and "changed" (also every note and dot). Each page
 * then fetches its own view. The other nodes are told in the same transaction (the café's state is in the database,
 * so they only pass the word on to their own phones).
 */
@Component
class CafePush {

	private static final String CHANNEL = "convene_cafe";

	private final PushHub hub;
	private final Fanout fanout;

	CafePush(PushHub hub, Fanout fanout) {
		this.hub = hub;
		this.fanout = fanout;
		fanout.listen(CHANNEL, new Fanout.Listener() {

			@Override
			public void received(String message) {
				int space = message.indexOf(' ');
				long cafeId = Long.parseLong(message.substring(0, space));
				tellHere(cafeId, message.substring(space + 1).equals("round"));
			}

			@Override
			public void missed() {
				for (String topic : hub.topicsUnder("cafe:")) {
					tellHere(Long.parseLong(topic.substring("cafe:".length())), true);
				}
			}
		});
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
		fanout.send(CHANNEL, cafeId + " round");
		AfterCommit.run(() -> tellHere(cafeId, true));
	}

	/** A note or a dot changed: only "changed" (the hosts' note pads keep what they show). */
	void noted(long cafeId) {
		fanout.send(CHANNEL, cafeId + " changed");
		AfterCommit.run(() -> tellHere(cafeId, false));
	}

	private void tellHere(long cafeId, boolean round) {
		String now = String.valueOf(Instant.now().toEpochMilli());
		if (round) {
			hub.publishCoalesced(topic(cafeId), "round", () -> now);
		}
		hub.publishCoalesced(topic(cafeId), "changed", () -> now);
	}
}
