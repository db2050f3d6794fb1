package org.convene.knowledge;

import java.util.List;
import java.util.Optional;

import org.convene.cafe.CafeHarvest;
import org.convene.cafe.Cafes;
import org.convene.events.Events;
import org.convene.groups.Group;
import org.convene.groups.Groups;
import org.convene.groups.Post;
import org.convene.groups.Topic;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a practice can start: a café insight or an action item of a workshop, read from the café module by its id,
 * or a group discussion — the text to start the draft with, and a label that names where it was said.
 */
@Service
@Transactional(readOnly = true)
public class Origins {

	private final Cafes cafes;
	private final CafeHarvest harvest;
	private final Events events;
	private final Groups groups;

	Origins(Cafes cafes, CafeHarvest harvest, Events events, Groups groups) {
		this.groups = groups;
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

	/**
	 * A group discussion {@code reader} may read: its first post, and the post marked as its solution if there is
	 * one; the label names the group and the discussion.
	 */
	public Optional<Practices.Origin> discussion(long groupId, long topicId, String reader) {
		Group group = groups.get(groupId, reader);
		Topic topic = groups.topic(group, topicId, reader);
		List<Post> posts = groups.posts(group, topic, reader).stream().filter(p -> !p.hidden()).toList();
		if (posts.isEmpty()) {
			return Optional.empty();
		}
		String text = posts.getFirst().body() + posts.stream().skip(1)
			.filter(p -> Long.valueOf(p.id()).equals(topic.solutionPostId())).map(p -> "\n\n" + p.body())
			.findFirst().orElse("");
		String label = group.name() + " — " + topic.title();
		return Optional.of(new Practices.Origin(Practice.OriginKind.DISCUSSION, topicId,
				label.length() > 300 ? label.substring(0, 300) : label, text, groupId));
	}

	private String label(long cafeId) {
		var cafe = cafes.get(cafeId);
		String label = cafe.title() + " — " + events.get(cafe.eventId()).getTitle();
		return label.length() > 300 ? label.substring(0, 300) : label;
	}
}
