package org.convene.community.internal;

import java.time.Instant;
import java.util.List;

import org.convene.community.OneTimeToken;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Stored one-time links. */
public interface OneTimeTokenRepository extends JpaRepository<OneTimeToken, String> {

	List<OneTimeToken> findByPurposeAndUsedAtIsNullOrderByCreatedAtDesc(OneTimeToken.Purpose purpose);

	@Modifying
	@Query("update OneTimeToken t set t.usedAt = :now where t.purpose = :purpose and t.usedAt is null")
	int retireAll(OneTimeToken.Purpose purpose, Instant now);
}
