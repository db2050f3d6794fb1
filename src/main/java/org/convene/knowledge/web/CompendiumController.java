package org.convene.knowledge.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.convene.knowledge.Compendium;
import org.convene.knowledge.Practice;
import org.convene.knowledge.Practices;
import org.convene.platform.UserError;
import org.convene.platform.audit.AuditAction;
import org.convene.platform.audit.AuditLog;
import org.convene.platform.web.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The compendium (coordinators): the published practices of a search, each chosen or not, downloaded as PDF or Word in
 * the reader's language.
 */
@Controller
class CompendiumController {

	private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private final Compendium compendium;
	private final AuditLog audit;

	CompendiumController(Compendium compendium, AuditLog audit) {
		this.compendium = compendium;
		this.audit = audit;
	}

	@GetMapping("/practices/compendium")
	String build(Readers.FilterParams params, Principal principal, HttpServletRequest request, Model model) {
		Practices.Filter filter = params.filter();
		model.addAttribute("filter", filter);
		model.addAttribute("practices", compendium.select(Readers.viewer(principal, request), filter, List.of()));
		return "knowledge/compendium-build";
	}

	@GetMapping("/practices/compendium.pdf")
	ResponseEntity<byte[]> pdf(Readers.FilterParams params, @RequestParam(required = false) List<Long> ids,
			@RequestParam(defaultValue = "false") boolean chosen, Principal principal, HttpServletRequest request,
			Locale locale) {
		List<Practice> practices = chosen(params, ids, chosen, Readers.viewer(principal, request));
		return Downloads.attachment(name(locale, "pdf"), "application/pdf", compendium.pdf(practices, locale));
	}

	@GetMapping("/practices/compendium.docx")
	ResponseEntity<byte[]> docx(Readers.FilterParams params, @RequestParam(required = false) List<Long> ids,
			@RequestParam(defaultValue = "false") boolean chosen, Principal principal, HttpServletRequest request,
			Locale locale) {
		List<Practice> practices = chosen(params, ids, chosen, Readers.viewer(principal, request));
		return Downloads.attachment(name(locale, "docx"), DOCX, compendium.docx(practices, locale));
	}

	/** The practices chosen on the page ({@code chosen} with their ids), or all of the search when asked directly. */
	private List<Practice> chosen(Readers.FilterParams params, List<Long> ids, boolean chosen, Practices.Viewer who) {
		if (chosen && (ids == null || ids.isEmpty())) {
			throw new UserError("compendium.chooseSome");
		}
		List<Practice> practices = compendium.select(who, params.filter(), ids);
		if (practices.isEmpty()) {
			throw new UserError("compendium.none");
		}
		audit.record(AuditAction.COMPENDIUM_DOWNLOADED, "compendium", practices.size() + " practices");
		return practices;
	}

	private static String name(Locale locale, String extension) {
		return "compendium-" + locale.getLanguage() + "." + extension;
	}
}
