package org.convene.community.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.convene.community.Account;
import org.convene.community.Role;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stored accounts. */
public interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByEmail(String email);

	boolean existsByRole(Role role);

	List<Account> findByEmailIn(Collection<String> emails);

	List<Account> findAllByOrderByRoleAscDisplayNameAsc();
}
