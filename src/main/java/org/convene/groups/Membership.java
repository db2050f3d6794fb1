package org.convene.groups;

/** One person's place in a group. */
public record Membership(String member, String name, State state, Role role) {

	/** In, waiting for the group's answer, or waiting for their own. */
	public enum State {
		MEMBER, REQUESTED, INVITED
	}

	/** What they may do in the group. */
	public enum Role {
		OWNER, MODERATOR, MEMBER
	}
}
