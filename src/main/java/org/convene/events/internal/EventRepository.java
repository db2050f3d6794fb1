package org.convene.events.internal;

import java.util.Collection;
import java.util.List;

import org.convene.events.Event;
import org.convene.events.Visibility;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stored events. */
public interface EventRepository extends JpaRepository<Event, Long> {

	List<Event> findByVisibilityInOrderByStartDateDesc(Collection<Visibility> visibilities);
}
