package org.convene.platform.notify;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Who a user name belongs to, for notifications and their e-mail: the module that keeps accounts provides it (the
 * platform knows no accounts).
 */
public interface Recipients {

	Optional<Recipient> recipient(String username);

	/**
	 * The user names of the active coordinators who answer for any of these countries (a coordinator without
	 * countries answers for all) — who reviews, decides, is asked. None: the active administrators.
	 */
	List<String> coordinatorsFor(Collection<String> countries);

	/** A person who can be notified: where to write, in which language, whether the account still works. */
	record Recipient(String username, String email, String displayName, String language, boolean active) {
	}
}
