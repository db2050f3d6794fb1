package org.convene.events;

/** The six project objectives a session can serve (one workshop session each). Labels are in messages*.properties. */
public enum Objective {
	LEGISLATIVE_ASSISTANCE, STRATEGY_AND_POLICY, CAPACITY_BUILDING, REGIONAL_COOPERATION, PROTECTION_OF_VICTIMS, CHILDREN_AMONG_VICTIMS
}
