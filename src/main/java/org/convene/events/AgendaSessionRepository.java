package org.convene.events;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored agenda sessions. */
public interface AgendaSessionRepository extends JpaRepository<AgendaSession, Long> {

	List<AgendaSession> findByEventIdOrderByStartsAtAscIdAsc(Long eventId);
}
