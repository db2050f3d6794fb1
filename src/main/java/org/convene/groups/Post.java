package org.convene.groups;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;

/**
 * One message of a discussion: its Markdown and the sanitised HTML made from it, who wrote it, the reactions (kind →
 * count) and the reader's own, whether it is hidden (by a moderator) or flagged.
 */
public record Post(long id, long topicId, String author, String authorName, String body, String html,
		Instant createdAt, boolean hidden, int flags, Map<String, Integer> reactions, Set<String> mine) {

	/** When it was written, as a UTC date and time (pages show UTC). */
	public ZonedDateTime createdAtUtc() {
		return createdAt.atZone(ZoneOffset.UTC);
	}
}
