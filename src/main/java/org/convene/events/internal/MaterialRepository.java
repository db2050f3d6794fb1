package org.convene.events.internal;

import java.util.List;

import org.convene.events.Material;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stored session materials. */
public interface MaterialRepository extends JpaRepository<Material, Long> {

	List<Material> findByEventIdOrderByIdAsc(Long eventId);

	List<Material> findBySessionId(Long sessionId);
}
