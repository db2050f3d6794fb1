package org.convene.cafe;

import java.util.Set;

import org.convene.events.Sex;
import org.convene.events.StakeholderType;

/**
 * One of the event's participants in a café: the personal key their phone uses ({@code /c/{key}}, also
 * printed on their seat card), and the rounds they miss.
 */
public record CafePerson(long id, long participantId, String key, String name, String organisation, Sex sex,
		StakeholderType stakeholder, String country, Set<Integer> absentRounds) {

	public boolean presentIn(int round) {
		return !absentRounds.contains(round);
	}
}
