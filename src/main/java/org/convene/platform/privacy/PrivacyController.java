package org.convene.platform.privacy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.convene.platform.UserError;
import org.convene.platform.audit.AuditAction;
import org.convene.platform.audit.AuditLog;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The privacy page for everyone (what is kept, why, for how long), and the administrator's privacy tools: a
 * person's data as JSON or as a readable page, erasure on request, and the retention run on demand.
 */
@Controller
class PrivacyController {

	private final Privacy privacy;
	private final AuditLog audit;

	PrivacyController(Privacy privacy, AuditLog audit) {
		this.privacy = privacy;
		this.audit = audit;
	}

	@GetMapping("/privacy")
	String page(Model model) {
		model.addAttribute("retention", privacy.retention());
		return "platform/privacy";
	}

	@GetMapping("/admin/privacy")
	String tools(Model model) {
		model.addAttribute("retention", privacy.retention());
		return "platform/privacy-admin";
	}

	@PostMapping("/admin/privacy/retention")
	String runRetention(RedirectAttributes redirect) {
		int changed = privacy.anonymiseExpired(LocalDate.now(ZoneOffset.UTC));
		audit.record(AuditAction.RETENTION_RUN, "retention", changed + " records");
		redirect.addFlashAttribute("notice", "privacy.retentionDone");
		redirect.addFlashAttribute("noticeArg", changed);
		return "redirect:/admin/privacy";
	}

	@GetMapping(path = "/admin/privacy/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, List<Map<String, Object>>>> json(@RequestParam String email) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"personal-data.json\"")
			.body(privacy.export(required(email)));
	}

	@GetMapping("/admin/privacy/export")
	String readable(@RequestParam String email, Model model) {
		Map<String, List<Map<String, Object>>> sections = privacy.export(required(email));
		model.addAttribute("email", email.strip());
		model.addAttribute("sections", sections);
		model.addAttribute("nothing", sections.values().stream().allMatch(List::isEmpty));
		return "platform/privacy-export";
	}

	@PostMapping("/admin/privacy/erase")
	String erase(@RequestParam String email, @RequestParam(defaultValue = "false") boolean confirm,
			RedirectAttributes redirect) {
		UserError.requireConfirmed(confirm);
		int changed = privacy.erase(required(email));
		redirect.addFlashAttribute("notice", "privacy.erased");
		redirect.addFlashAttribute("noticeArg", changed);
		return "redirect:/admin/privacy";
	}

	private static String required(String email) {
		if (email == null || !email.strip().matches("[^@\\s]+@[^@\\s]+")) {
			throw new UserError("privacy.error.email");
		}
		return email.strip();
	}
}
