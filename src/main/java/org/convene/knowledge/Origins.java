package org.convene.knowledge;

import java.util.Optional;

import org.convene.cafe.CafeHarvest;
import org.convene.cafe.Cafes;
import org.convene.events.Events;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a practice can start: a café insight or an action item of a workshop, read from the café module by its id —
 * the text to start the draft with, and a label that names the workshop.
 */
@Service
@Transactional(readOnly = true)
public class Origins {

	private final Cafes cafes;
	private final CafeHarvest harvest;
	private final Events events;

	Origins(Cafes cafes, CafeHarvest harvest, Events events) {
		this.cafes = cafes;
		this.harvest = harvest;
		this.events = events;
	}

	/** A café's insight (a host's note), when the café and the note exist and the note is not hidden. */
	public Optional<Practices.Origin> cafeNote(long cafeId, long noteId) {
		return harvest.notes(cafeId).stream().filter(n -> n.id() == noteId && !n.hidden()).findFirst()
			.map(n -> new Practices.Origin(Practice.OriginKind.CAFE_NOTE, n.id(), label(cafeId), n.text(), cafeId));
	}

	/** A café's action item. */
	public Optional<Practices.Origin> actionItem(long cafeId, long actionId) {
		return harvest.actions(cafeId).stream().filter(a -> a.id() == actionId).findFirst()
			.map(a -> new Practices.Origin(Practice.OriginKind.ACTION_ITEM, a.id(), label(cafeId), a.text(), cafeId));
	}

	private String label(long cafeId) {
		var cafe = cafes.get(cafeId);
		String label = cafe.title() + " — " + events.get(cafe.eventId()).getTitle();
		return label.length() > 300 ? label.substring(0, 300) : label;
	}
}
