package org.convene.community.internal;

import org.convene.community.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A start with no administrator prints a one-time link to create one: there is no built-in password.
 * (The link is meant for the operator's eyes, so it goes to the log on purpose.)
 */
@Component
class SetupLinkPrinter {

	private static final Logger log = LoggerFactory.getLogger(SetupLinkPrinter.class);

	private final Accounts accounts;

	SetupLinkPrinter(Accounts accounts) {
		this.accounts = accounts;
	}

	@EventListener(ApplicationReadyEvent.class)
	void printWhenNoAdministrator() {
		if (!accounts.hasAdministrator()) {
			log.warn("""

					==================================================================
					 Convene has no administrator yet. Open this one-time link
					 (valid 24 hours) to create the first administrator account:
					   {}
					==================================================================""", accounts.issueSetupLink());
		}
	}
}
