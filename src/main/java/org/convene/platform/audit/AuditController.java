package org.convene.platform.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.convene.platform.files.Sheets;
import org.convene.platform.web.Downloads;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for administrators: filter by person, action and days; download what the filter shows as CSV. */
@Controller
class AuditController {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private final AuditLog log;
	private final MessageSource messages;

	AuditController(AuditLog log, MessageSource messages) {
		this.log = log;
		this.messages = messages;
	}

	@GetMapping("/admin/audit")
	String page(@RequestParam(required = false) String actor, @RequestParam(required = false) AuditAction action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		AuditLog.Filter filter = new AuditLog.Filter(actor, action, from, to);
		List<AuditLog.Entry> entries = log.find(filter);
		model.addAttribute("filter", filter);
		model.addAttribute("entries", entries);
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("limit", AuditLog.LIMIT);
		model.addAttribute("when", WHEN);
		return "platform/audit";
	}

	@GetMapping("/admin/audit.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) String actor,
			@RequestParam(required = false) AuditAction action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale) {
		List<AuditLog.Entry> entries = log.find(new AuditLog.Filter(actor, action, from, to));
		log.record(AuditAction.AUDIT_LOG_EXPORTED, "audit log", entries.size() + " entries");
		List<String> header = List.of("when", "who", "action", "target", "detail", "client").stream()
			.map(c -> messages.getMessage("audit." + c, null, locale)).toList();
		return Downloads.attachment("audit-log.csv", Sheets.CSV, Sheets.csv(header, entries.stream()
			.map(e -> List.of(WHEN.format(e.at()), e.actor(), messages.getMessage("audit.action." + e.action(), null, locale),
					nullToEmpty(e.target()), nullToEmpty(e.detail()), nullToEmpty(e.client())))
			.toList()));
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
