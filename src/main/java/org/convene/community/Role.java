package org.convene.community;

/** What an account may do: ADMIN runs the platform, COORDINATOR plans and runs events, MEMBER takes part. */
public enum Role {
	ADMIN, COORDINATOR, MEMBER
}
