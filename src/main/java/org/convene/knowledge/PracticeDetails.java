package org.convene.knowledge;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Stream;

import org.convene.events.Objective;
import org.convene.events.Visibility;

/**
 * What an author writes about a practice. Long texts are Markdown; {@code countries} are ISO 3166 codes;
 * {@code links} one address per line.
 */
public record PracticeDetails(String title, String summary, String language, List<String> countries, String period,
		List<Objective> objectives, CrimeType crimeType, String targetGroup, String organisation, String partners,
		String contact, String activities, String results, String challenges, String lessons, String takeaway,
		EvidenceLevel evidenceLevel, String evidenceLink, String transferability, String links, Visibility visibility)
		implements Serializable {

	/** Every free text, for the personal-identifier check. */
	public List<String> texts() {
		return Stream.of(title, summary, period, targetGroup, organisation, partners, contact,
				activities, results, challenges, lessons, takeaway, transferability, links)
			.filter(t -> t != null && !t.isBlank()).toList();
	}
}
