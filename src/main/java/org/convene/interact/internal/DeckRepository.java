package org.convene.interact.internal;

import java.util.List;
import java.util.Optional;

import org.convene.interact.Deck;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeckRepository extends JpaRepository<Deck, Long> {

	Optional<Deck> findByJoinCode(String joinCode);

	boolean existsByJoinCode(String joinCode);

	List<Deck> findByEventIdOrderByCreatedAt(Long eventId);

	List<Deck> findAllByOrderByCreatedAtDesc();
}
