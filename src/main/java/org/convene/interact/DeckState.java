package org.convene.interact;

/**
 * Whether the audience can answer: a new deck or questionnaire is {@code DRAFT} ("not open yet") until the
 * presenter opens it (Present, or Open on the deck page); {@code CLOSED} when it has ended. Phones can join at
 * any time and see which it is.
 */
public enum DeckState {
	DRAFT, OPEN, CLOSED
}
