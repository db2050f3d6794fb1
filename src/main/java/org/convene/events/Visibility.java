package org.convene.events;

/** Who can see an event: anyone (PUBLIC), or signed-in members only (MEMBERS). */
public enum Visibility {
	PUBLIC, MEMBERS
}
