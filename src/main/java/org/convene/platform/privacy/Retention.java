package org.convene.platform.privacy;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long personal data is kept after the event it belongs to (docs/operations.md): then it is anonymised — the
 * figures stay, the people in them cannot be named any more.
 *
 * @param registrations names, e-mail addresses, job titles and biographies of registered participants
 * @param answers nicknames and accounts of people who answered live polls and questionnaires, and answers
 *        flagged as holding personal data
 * @param notes who wrote which World Café note, and notes flagged as holding personal data
 */
@ConfigurationProperties("convene.retention")
public record Retention(Period registrations, Period answers, Period notes) {

	public Retention {
		registrations = registrations == null ? Period.ofYears(3) : registrations;
		answers = answers == null ? Period.ofYears(3) : answers;
		notes = notes == null ? Period.ofYears(5) : notes;
	}
}
