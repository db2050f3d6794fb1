package org.convene.knowledge.internal;

import java.util.List;

import org.convene.knowledge.Practice;
import org.convene.knowledge.PracticeStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PracticeRepository extends JpaRepository<Practice, Long> {

	List<Practice> findByStatusOrderByUpdatedAtAsc(PracticeStatus status);

	List<Practice> findByStatusNotOrderByUpdatedAtDesc(PracticeStatus status);

	List<Practice> findByTranslationOf(long original);
}
