package org.convene.knowledge.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpSession;
import org.convene.knowledge.PracticeDetails;
import org.convene.knowledge.Practices;
import org.convene.knowledge.internal.PracticeSheet;
import org.convene.platform.UserError;
import org.convene.platform.audit.AuditAction;
import org.convene.platform.audit.AuditLog;
import org.convene.platform.files.ImportPreview;
import org.convene.platform.web.Downloads;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing an existing list of good practices (coordinators): upload, a preview with every row's problems, import the
 * good rows as drafts (reviewed like any other), and download the refused rows to correct — as for participants.
 */
@Controller
class PracticeImportController {

	private static final String KEY = "practice-import";
	private static final String CSV = "text/csv; charset=utf-8";

	private final Practices practices;
	private final AuditLog audit;
	private final MessageSource messages;

	PracticeImportController(Practices practices, AuditLog audit, MessageSource messages) {
		this.practices = practices;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/practices/import")
	String form(Model model, HttpSession session) {
		model.addAttribute("columns", PracticeSheet.COLUMNS);
		model.addAttribute("preview", session.getAttribute(KEY));
		return "knowledge/import";
	}

	@PostMapping("/practices/import")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Locale locale,
			HttpSession session) throws IOException {
		ImportPreview<PracticeDetails> preview;
		if (file == null || file.isEmpty()) {
			preview = new ImportPreview<>(null, List.of(), "import.error.empty");
		}
		else {
			try (InputStream in = file.getInputStream()) {
				preview = PracticeSheet.read(file.getOriginalFilename(), in, locale.getLanguage());
			}
		}
		session.setAttribute(KEY, preview);
		return "redirect:/practices/import";
	}

	@PostMapping("/practices/import/confirm")
	@SuppressWarnings("unchecked")
	String confirm(Principal principal, HttpSession session, RedirectAttributes redirect) {
		var preview = (ImportPreview<PracticeDetails>) session.getAttribute(KEY);
		if (preview == null || !preview.importable()) {
			redirect.addFlashAttribute("alert", "import.error.nothingToImport");
			return "redirect:/practices/import";
		}
		int count = practices.importAll(principal.getName(), preview.details());
		audit.record(AuditAction.PRACTICES_IMPORTED, "practices", count + " from " + preview.fileName());
		session.removeAttribute(KEY);
		redirect.addFlashAttribute("notice", "practice.import.done");
		redirect.addFlashAttribute("noticeArg", count);
		return "redirect:/practices?sort=date";
	}

	@PostMapping("/practices/import/cancel")
	String cancel(HttpSession session) {
		session.removeAttribute(KEY);
		return "redirect:/practices/import";
	}

	@GetMapping("/practices/import/refused.csv")
	@SuppressWarnings("unchecked")
	ResponseEntity<byte[]> refused(HttpSession session, Locale locale) {
		var preview = (ImportPreview<PracticeDetails>) session.getAttribute(KEY);
		if (preview == null || preview.refused().isEmpty()) {
			throw new UserError("import.error.nothingRefused");
		}
		return Downloads.attachment("practices-to-correct.csv", CSV, PracticeSheet.refused(preview,
				p -> messages.getMessage(p.key(), new Object[] { p.value() }, locale)));
	}

	@GetMapping("/practices/import/template.csv")
	ResponseEntity<byte[]> template() {
		return Downloads.attachment("practices-template.csv", CSV, PracticeSheet.template());
	}
}
