package org.convene.events;

/** A participant's sex as they give it; every count of people is broken down by it. Labels are in messages*.properties. */
public enum Sex {
	FEMALE, MALE, ANOTHER, UNDISCLOSED
}
