package org.convene.groups;

import java.time.Instant;

/** A discussion in a group: its title, who started it, its replies and state. */
public record Topic(long id, long groupId, String title, String author, String authorName, Instant createdAt,
		Instant lastPostAt, boolean locked, boolean hidden, Long solutionPostId, int posts) {
}
