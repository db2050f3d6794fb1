package org.convene.interact;

/** Whether the audience can still join and answer. */
public enum DeckState {
	OPEN, CLOSED
}
