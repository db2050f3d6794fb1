package org.convene.events.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.convene.events.Event;
import org.convene.events.Visibility;

/** Stored events. */
public interface EventRepository extends JpaRepository<Event, Long> {

	List<Event> findByVisibilityInOrderByStartDateDesc(Collection<Visibility> visibilities);
}
