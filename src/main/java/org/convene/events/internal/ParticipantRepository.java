package org.convene.events.internal;

import java.util.List;

import org.convene.events.Participant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Stored registrations, and the counts every event page shows. */
public interface ParticipantRepository extends JpaRepository<Participant, Long> {

	List<Participant> findByEventIdOrderByNameAsc(Long eventId);

	List<Participant> findByEventIdAndConsentToListTrueOrderByNameAsc(Long eventId);

	long countByEventId(Long eventId);

	long countByEventIdAndCheckedInAtIsNotNull(Long eventId);

	/** A count of one group of people. */
	interface Tally {
		String getGroupKey();

		long getPeople();
	}

	@Query("select cast(p.sex as string) as groupKey, count(p) as people from Participant p where p.eventId = ?1 group by p.sex")
	List<Tally> countBySex(Long eventId);

	@Query("select cast(p.stakeholderType as string) as groupKey, count(p) as people from Participant p where p.eventId = ?1 group by p.stakeholderType")
	List<Tally> countByStakeholderType(Long eventId);

	@Query("select p.country as groupKey, count(p) as people from Participant p where p.eventId = ?1 group by p.country")
	List<Tally> countByCountry(Long eventId);
}
