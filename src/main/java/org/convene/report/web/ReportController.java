package org.convene.report.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.convene.charts.Charts;
import org.convene.events.AgendaSession;
import org.convene.events.Events;
import org.convene.platform.audit.AuditAction;
import org.convene.platform.audit.AuditLog;
import org.convene.platform.pdf.Pdfs;
import org.convene.platform.text.PersonalIdentifiers;
import org.convene.platform.web.Downloads;
import org.convene.report.Reports;
import org.convene.report.internal.DocxReport;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An event's workshop report (organisers): the web page, the narrative editor with a live preview,
 * and the PDF and DOCX downloads, all in the reader's language.
 */
@Controller
class ReportController {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private final AuditLog audit;
	private final Reports reports;
	private final Events events;
	private final Pdfs pdfs;
	private final DocxReport docx;
	ReportController(AuditLog audit, Reports reports, Events events, Pdfs pdfs, DocxReport docx) {
		this.audit = audit;
		this.reports = reports;
		this.events = events;
		this.pdfs = pdfs;
		this.docx = docx;
	}

	@GetMapping("/events/{id}/report")
	String show(@PathVariable long id, Locale locale, Model model) {
		model.addAttribute("r", reports.build(id, locale));
		return "report/show";
	}

	@GetMapping("/events/{id}/report/edit")
	String edit(@PathVariable long id, Locale locale, Model model) {
		model.addAttribute("r", reports.build(id, locale));
		model.addAttribute("texts", reports.texts(id));
		model.addAttribute("withHtmx", true);
		return "report/edit";
	}

	/** The narrative parts as the form sends them: summary, conclusions, and {@code session:<id>} per session. */
	@PostMapping("/events/{id}/report")
	String save(@PathVariable long id, @RequestParam Map<String, String> form,
			@RequestParam(defaultValue = "false") boolean identifiersConfirmed, Locale locale, Model model,
			RedirectAttributes redirect) {
		Map<String, String> parts = parts(id, form);
		try {
			reports.saveTexts(id, parts, identifiersConfirmed);
		}
		catch (PersonalIdentifiers.Found e) {
			model.addAttribute("identifiers", e.findings());
			model.addAttribute("r", reports.build(id, locale));
			model.addAttribute("texts", parts);
			model.addAttribute("withHtmx", true);
			return "report/edit";
		}
		redirect.addFlashAttribute("notice", "report.saved");
		return "redirect:/events/" + id + "/report";
	}

	/** The report as it would read with the texts being typed (nothing is saved). */
	@PostMapping("/events/{id}/report/preview")
	String preview(@PathVariable long id, @RequestParam Map<String, String> form, Locale locale, Model model) {
		model.addAttribute("r", reports.build(id, locale, parts(id, form)));
		return "report/edit :: preview";
	}

	private Map<String, String> parts(long id, Map<String, String> form) {
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put(Reports.SUMMARY, form.get(Reports.SUMMARY));
		parts.put(Reports.CONCLUSIONS, form.get(Reports.CONCLUSIONS));
		for (AgendaSession s : events.agenda(id)) {
			String key = Reports.sessionPart(s.getId());
			parts.put(key, form.get(key));
		}
		return parts;
	}

	@GetMapping("/events/{id}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
		Reports.Report r = reports.build(id, locale);
		audit.record(AuditAction.REPORT_DOWNLOADED, "event " + id, "PDF, " + locale.getLanguage());
		String xhtml = Charts.forPrint(pdfs.xhtml("report/pdf", Map.of("r", r), locale));
		return Downloads.attachment(fileName(r, "pdf"), "application/pdf", pdfs.print(xhtml, locale));
	}

	@GetMapping("/events/{id}/report.docx")
	ResponseEntity<byte[]> docx(@PathVariable long id, Locale locale) {
		Reports.Report r = reports.build(id, locale);
		audit.record(AuditAction.REPORT_DOWNLOADED, "event " + id, "DOCX, " + locale.getLanguage());
		return Downloads.attachment(fileName(r, "docx"), DOCX, docx.write(r));
	}

	private static String fileName(Reports.Report r, String extension) {
		String base = r.event().getTitle().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
		return (base.isEmpty() ? "report" : base) + "-report-" + r.locale().getLanguage() + "." + extension;
	}
}
