package org.convene.knowledge.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.convene.knowledge.Adoption;
import org.convene.knowledge.Practice;
import org.convene.knowledge.PracticeStatus;
import org.convene.knowledge.Practices;
import org.convene.platform.web.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /practices.json}: the published practices the reader may see (public ones for guests), narrowed by the list's
 * filters, with their adoptions — for other portals and for keeping a copy. Drafts are never in it.
 */
@Controller
class PracticeExport {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final int MAX = 10_000;

	private final Practices practices;

	PracticeExport(Practices practices) {
		this.practices = practices;
	}

	@GetMapping("/practices.json")
	ResponseEntity<byte[]> export(Readers.FilterParams params, Principal principal, HttpServletRequest request) {
		Practices.Viewer who = Readers.viewer(principal, request);
		List<Practice> published = practices.search(who, params.filter(), MAX).practices().stream()
			.filter(p -> p.getStatus() == PracticeStatus.PUBLISHED).toList();
		Map<Long, List<Adoption>> adoptions = practices.adoptionsOf(published);
		List<Map<String, Object>> out = published.stream().map(p -> record(p, adoptions.get(p.getId()))).toList();
		return Downloads.attachment("practices.json", "application/json", JSON.writeValueAsBytes(out));
	}

	private static Map<String, Object> record(Practice p, List<Adoption> adoptions) {
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("id", p.getId());
		r.put("translationOf", p.getTranslationOf());
		r.put("title", p.getTitle());
		r.put("language", p.getLanguage());
		r.put("summary", p.getSummary());
		r.put("countries", p.countryList());
		r.put("period", p.getPeriod());
		r.put("objectives", p.objectiveList());
		r.put("crimeType", p.getCrimeType());
		r.put("targetGroup", p.getTargetGroup());
		r.put("organisation", p.getOrganisation());
		r.put("partners", p.getPartners());
		r.put("contact", p.getContact());
		r.put("activities", p.getActivities());
		r.put("results", p.getResults());
		r.put("challenges", p.getChallenges());
		r.put("lessons", p.getLessons());
		r.put("takeaway", p.getTakeaway());
		r.put("evidenceLevel", p.getEvidenceLevel());
		r.put("evidenceLink", p.getEvidenceLink());
		r.put("transferability", p.getTransferability());
		r.put("links", p.linkList());
		r.put("visibility", p.getVisibility());
		r.put("origin", p.getOriginLabel());
		r.put("publishedAt", p.getPublishedAt() == null ? null : p.getPublishedAt().toString());
		r.put("updatedAt", p.getUpdatedAt().toString());
		r.put("adoptions", adoptions.stream().map(a -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("country", a.getCountry());
			m.put("period", a.getPeriod());
			m.put("changes", a.getChanges());
			m.put("result", a.getResult());
			m.put("contact", a.getContact());
			return m;
		}).toList());
		return r;
	}
}
