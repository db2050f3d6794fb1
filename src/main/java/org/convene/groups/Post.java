package org.convene.groups;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One message of a discussion: its Markdown and the sanitised HTML made from it, who wrote it, the reactions (kind →
 * count) and the reader's own, whether it is hidden (by a moderator) or flagged, and its attached files.
 */
public record Post(long id, long topicId, String author, String authorName, String body, String html,
		Instant createdAt, boolean hidden, int flags, Map<String, Integer> reactions, Set<String> mine,
		List<Attachment> attachments) {

	/** A file attached to a post. */
	public record Attachment(long id, String fileName, String contentType, long size, String fileKey) {
	}
}
