package org.convene.groups;

import java.time.Instant;

/**
 * A group as a reader sees it: what it is, how one gets in, how many belong, and where the reader stands (a member,
 * asked to join, invited, or none; their role).
 */
public record Group(long id, String name, String description, Access access, String country, Long eventId,
		Instant createdAt, int members, Membership.State viewerState, Membership.Role viewerRole, Long networkId) {

	/** How people get into a group. */
	public enum Access {
		OPEN, REQUEST, INVITATION
	}

	public boolean isMember() {
		return viewerState == Membership.State.MEMBER;
	}

	/** Owners and moderators run the group; administrators run every group. */
	public boolean moderates() {
		return isMember() && viewerRole != Membership.Role.MEMBER;
	}
}
