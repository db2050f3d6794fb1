package org.convene.events.internal;

import java.util.List;

import org.convene.events.AgendaSession;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stored agenda sessions. */
public interface AgendaSessionRepository extends JpaRepository<AgendaSession, Long> {

	List<AgendaSession> findByEventIdOrderByStartsAtAscIdAsc(Long eventId);
}
