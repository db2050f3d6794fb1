package org.convene.interact.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.convene.interact.Activity;

public interface ActivityRepository extends JpaRepository<Activity, Long> {

	List<Activity> findByDeckIdOrderByPosition(Long deckId);
}
