package org.convene.interact.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import org.convene.events.Events;
import org.convene.events.Participant;
import org.convene.interact.Deck;
import org.convene.platform.ServerSecret;
import org.convene.platform.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Personal links to a questionnaire where a ballot must be one per person: {@code /j/CODE?p=ID.SIGNATURE}, one per
 * registered participant, signed by the server so that none can be made up or changed into another person's.
 * Nothing is stored per link; a participant removed from the event loses theirs. The answers a link gives are
 * kept under a participant token derived from the person, whatever phone they use — so one person, one ballot.
 */
@Component
public class PersonalLinks {

	private static final int SIGNATURE_CHARS = 22;

	private final ServerSecret secret;
	private final Events events;

	PersonalLinks(ServerSecret secret, Events events) {
		this.secret = secret;
		this.events = events;
	}

	/** One registered participant's link. */
	public record Link(Participant person, String url) {
	}

	/** The value of {@code p} in a participant's link. */
	public String key(Deck deck, long participantId) {
		return participantId + "." + signature(deck, participantId);
	}

	/** Every registered participant of the deck's event with their link ({@code base} is the server's address). */
	public List<Link> links(Deck deck, String base) {
		return events.participants(deck.getEventId()).stream()
			.map(p -> new Link(p, base + "/j/" + deck.getJoinCode() + "?p=" + key(deck, p.getId())))
			.toList();
	}

	/** The participant a key names when its signature holds and they are still registered; else null. */
	public Long participant(Deck deck, String key) {
		if (key == null || deck.getEventId() == null || !key.matches("\\d{1,18}\\.[A-Za-z0-9_-]{" + SIGNATURE_CHARS + "}")) {
			return null;
		}
		long id = Long.parseLong(key.substring(0, key.indexOf('.')));
		byte[] given = key.substring(key.indexOf('.') + 1).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(given, signature(deck, id).getBytes(StandardCharsets.US_ASCII))) {
			return null;
		}
		try {
			events.participant(deck.getEventId(), id);
			return id;
		}
		catch (NotFoundException removed) {
			return null;
		}
	}

	private String signature(Deck deck, long participantId) {
		return secret.sign("personal-link", String.valueOf(deck.getId()), String.valueOf(participantId))
			.substring(0, SIGNATURE_CHARS);
	}
}
