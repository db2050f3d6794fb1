package org.convene.events;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored events. */
public interface EventRepository extends JpaRepository<Event, Long> {

	List<Event> findByVisibilityInOrderByStartDateDesc(Collection<Visibility> visibilities);
}
