package org.convene.knowledge.internal;

import java.util.List;

import org.convene.knowledge.PracticeVersion;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PracticeVersionRepository extends JpaRepository<PracticeVersion, Long> {

	List<PracticeVersion> findByPracticeIdOrderByNumberAsc(long practiceId);
}
