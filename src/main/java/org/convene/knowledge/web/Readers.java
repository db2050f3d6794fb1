package org.convene.knowledge.web;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import org.convene.events.Objective;
import org.convene.knowledge.CrimeType;
import org.convene.knowledge.EvidenceLevel;
import org.convene.knowledge.Practices;

/** What every practice page reads from a request: who is reading, and the list's filters. */
final class Readers {

	private Readers() {
	}

	/** The reader: a guest, or an account and whether it coordinates. */
	static Practices.Viewer viewer(Principal principal, HttpServletRequest request) {
		if (principal == null) {
			return Practices.Viewer.GUEST;
		}
		return new Practices.Viewer(principal.getName(),
				request.isUserInRole("ADMIN") || request.isUserInRole("COORDINATOR"));
	}

	/**
	 * The list's filters as the query string carries them ({@code ?q=…&country=…}), bound by Spring; the same on the
	 * list, the compendium, the feed and the export.
	 */
	record FilterParams(String q, String country, CrimeType crimeType, EvidenceLevel evidence, Objective objective,
			String language, Integer year, String sort) {

		Practices.Filter filter() {
			return new Practices.Filter(q, country, crimeType, evidence, objective, language, year, "date".equals(sort));
		}
	}
}
