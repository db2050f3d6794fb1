package org.convene.events;

/** What part of the agenda a session is. Labels are in messages*.properties. */
public enum SessionKind {
	OPENING, SESSION, BREAK, DISCUSSION, CLOSING
}
