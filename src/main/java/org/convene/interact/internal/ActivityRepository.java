package org.convene.interact.internal;

import java.util.List;

import org.convene.interact.Activity;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActivityRepository extends JpaRepository<Activity, Long> {

	List<Activity> findByDeckIdOrderByPosition(Long deckId);
}
