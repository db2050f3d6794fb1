package org.convene.knowledge.internal;

import java.util.Collection;
import java.util.List;

import org.convene.knowledge.Adoption;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AdoptionRepository extends JpaRepository<Adoption, Long> {

	List<Adoption> findByPracticeIdOrderByCreatedAtAsc(long practiceId);

	List<Adoption> findByPracticeIdInOrderByCreatedAtAsc(Collection<Long> practiceIds);
}
