package org.convene.events;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.convene.events.internal.ParticipantRepository;

/**
 * How many people registered for an event, by sex (every sex listed, zeros included), stakeholder
 * type and country (largest first), and how many have checked in.
 */
public record ParticipantCounts(long total, long checkedIn, Map<Sex, Long> bySex,
		Map<StakeholderType, Long> byStakeholderType, Map<String, Long> byCountry) {

	static ParticipantCounts of(long total, long checkedIn, List<ParticipantRepository.Tally> sex,
			List<ParticipantRepository.Tally> stakeholder, List<ParticipantRepository.Tally> country) {
		Map<Sex, Long> bySex = new EnumMap<>(Sex.class);
		for (Sex s : Sex.values()) {
			bySex.put(s, 0L);
		}
		sex.forEach(t -> bySex.put(Sex.valueOf(t.getGroupKey()), t.getPeople()));
		Map<StakeholderType, Long> byStakeholder = new LinkedHashMap<>();
		stakeholder.stream()
			.sorted((a, b) -> Long.compare(b.getPeople(), a.getPeople()))
			.forEach(t -> byStakeholder.put(StakeholderType.valueOf(t.getGroupKey()), t.getPeople()));
		Map<String, Long> byCountry = new LinkedHashMap<>();
		country.stream()
			.sorted((a, b) -> Long.compare(b.getPeople(), a.getPeople()))
			.forEach(t -> byCountry.put(t.getGroupKey(), t.getPeople()));
		return new ParticipantCounts(total, checkedIn, bySex, byStakeholder, byCountry);
	}

	public long female() {
		return bySex.get(Sex.FEMALE);
	}

	public long male() {
		return bySex.get(Sex.MALE);
	}
}
