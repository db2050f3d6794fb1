package org.convene.community.internal;

import java.util.List;

import org.convene.community.JoinRequest;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stored requests to join. */
public interface JoinRequestRepository extends JpaRepository<JoinRequest, Long> {

	List<JoinRequest> findByStatusOrderByCreatedAtAsc(JoinRequest.Status status);

	boolean existsByEmailAndStatus(String email, JoinRequest.Status status);

	List<JoinRequest> findTop50ByStatusNotOrderByDecidedAtDesc(JoinRequest.Status status);
}
