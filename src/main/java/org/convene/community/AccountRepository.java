package org.convene.community;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored accounts. */
public interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByEmail(String email);

	boolean existsByRole(Role role);

	List<Account> findAllByOrderByRoleAscDisplayNameAsc();
}
