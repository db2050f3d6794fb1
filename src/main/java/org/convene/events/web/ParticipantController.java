package org.convene.events.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpSession;
import org.convene.events.Event;
import org.convene.events.Events;
import org.convene.events.Participant;
import org.convene.events.ParticipantDetails;
import org.convene.events.internal.ParticipantSheet;
import org.convene.platform.UserError;
import org.convene.platform.audit.AuditAction;
import org.convene.platform.audit.AuditLog;
import org.convene.platform.files.ImportPreview;
import org.convene.platform.text.Folding;
import org.convene.platform.web.Downloads;
import org.convene.platform.web.IdentifierWarning;
import org.convene.platform.web.SubmitOnce;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Participants: self-registration, the coordinator's list with check-in, entry and editing, CSV/XLSX
 * import (preview first; the rows without problems are imported together, the refused ones downloaded to
 * correct) and export, and the two annexes.
 */
@Controller
class ParticipantController {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final AuditLog audit;
	private final Events events;
	private final SubmitOnce submitOnce;
	private final MessageSource messages;

	ParticipantController(AuditLog audit, Events events, SubmitOnce submitOnce, MessageSource messages) {
		this.audit = audit;
		this.events = events;
		this.submitOnce = submitOnce;
		this.messages = messages;
	}

	// ---- self-registration

	/** An event the visitor may see and that is not over yet; a past one refuses registrations with a message. */
	private Event openForRegistration(long id, Principal principal) {
		Event event = events.visible(id, principal != null);
		if (event.isOver(Instant.now())) {
			throw new UserError("registration.closed");
		}
		return event;
	}

	@GetMapping("/events/{id}/register")
	String registerForm(@PathVariable long id, Principal principal, Model model) {
		Event event = openForRegistration(id, principal);
		model.addAttribute("event", event);
		model.addAttribute("form", new ParticipantForm());
		model.addAttribute("self", true);
		return "events/participant-edit";
	}

	@PostMapping("/events/{id}/register")
	String register(@PathVariable long id, @ModelAttribute("form") ParticipantForm form, Principal principal,
			@RequestParam(required = false) String formToken, Model model,
			RedirectAttributes redirect) {
		Event event = openForRegistration(id, principal);
		if (IdentifierWarning.stop(model, form.isIdentifiersConfirmed(), form.getBiography())) {
			model.addAttribute("event", event);
			model.addAttribute("self", true);
			return "events/participant-edit";
		}
		return submitOnce.run(formToken, () -> {
			try {
				events.register(id, form.details(), Participant.Source.SELF);
			}
			catch (UserError e) {
				model.addAttribute("event", event);
				model.addAttribute("problems", e.problems());
				model.addAttribute("self", true);
				return "events/participant-edit";
			}
			redirect.addFlashAttribute("notice", "registration.thanks");
			return "redirect:/events/" + id;
		});
	}

	// ---- the coordinator's list

	@GetMapping("/events/{id}/participants")
	String list(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
		model.addAttribute("event", events.get(id));
		model.addAttribute("q", q);
		model.addAttribute("participants", events.participants(id).stream().filter(p -> matches(p, q)).toList());
		model.addAttribute("counts", events.counts(id));
		return "events/participants";
	}

	/** A search at the door: every word must appear in the name or organisation, ignoring case and accents. */
	static boolean matches(Participant p, String query) {
		if (query == null || query.isBlank()) {
			return true;
		}
		String haystack = Folding.fold(p.getName() + " " + (p.getOrganisation() == null ? "" : p.getOrganisation()));
		return Arrays.stream(Folding.fold(query).split("\\s+")).allMatch(haystack::contains);
	}

	@GetMapping("/events/{id}/participants/new")
	String createForm(@PathVariable long id, Model model) {
		model.addAttribute("event", events.get(id));
		model.addAttribute("form", new ParticipantForm());
		return "events/participant-edit";
	}

	@PostMapping("/events/{id}/participants")
	String create(@PathVariable long id, @ModelAttribute("form") ParticipantForm form,
			@RequestParam(required = false) String formToken, Model model,
			RedirectAttributes redirect) {
		if (IdentifierWarning.stop(model, form.isIdentifiersConfirmed(), form.getBiography())) {
			model.addAttribute("event", events.get(id));
			return "events/participant-edit";
		}
		return submitOnce.run(formToken, () -> {
			try {
				events.register(id, form.details(), Participant.Source.COORDINATOR);
			}
			catch (UserError e) {
				model.addAttribute("event", events.get(id));
				model.addAttribute("problems", e.problems());
				return "events/participant-edit";
			}
			redirect.addFlashAttribute("notice", "participant.added");
			return "redirect:/events/" + id + "/participants";
		});
	}

	@GetMapping("/events/{id}/participants/{participantId}/edit")
	String editForm(@PathVariable long id, @PathVariable long participantId, Model model) {
		model.addAttribute("event", events.get(id));
		model.addAttribute("participant", events.participant(id, participantId));
		model.addAttribute("form", ParticipantForm.of(events.participant(id, participantId)));
		return "events/participant-edit";
	}

	@PostMapping("/events/{id}/participants/{participantId}")
	String update(@PathVariable long id, @PathVariable long participantId, @ModelAttribute("form") ParticipantForm form,
			Model model, RedirectAttributes redirect) {
		if (IdentifierWarning.stop(model, form.isIdentifiersConfirmed(), form.getBiography())) {
			model.addAttribute("event", events.get(id));
			model.addAttribute("participant", events.participant(id, participantId));
			return "events/participant-edit";
		}
		try {
			events.updateParticipant(id, participantId, form.details());
		}
		catch (UserError e) {
			model.addAttribute("event", events.get(id));
			model.addAttribute("participant", events.participant(id, participantId));
			model.addAttribute("problems", e.problems());
			return "events/participant-edit";
		}
		redirect.addFlashAttribute("notice", "participant.saved");
		return "redirect:/events/" + id + "/participants";
	}

	@PostMapping("/events/{id}/participants/{participantId}/delete")
	String delete(@PathVariable long id, @PathVariable long participantId,
			@RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
		UserError.requireConfirmed(confirm);
		events.removeParticipant(id, participantId);
		audit.record(AuditAction.PARTICIPANT_DELETED, "event " + id + ", registration " + participantId, null);
		redirect.addFlashAttribute("notice", "participant.removed");
		return "redirect:/events/" + id + "/participants";
	}

	@PostMapping("/events/{id}/participants/{participantId}/check-in")
	String checkIn(@PathVariable long id, @PathVariable long participantId,
			@RequestParam(defaultValue = "true") boolean present) {
		events.setCheckedIn(id, participantId, present);
		return "redirect:/events/" + id + "/participants#p" + participantId;
	}

	// ---- import: upload, preview, confirm

	private static String importKey(long id) {
		return "participant-import-" + id;
	}

	@GetMapping("/events/{id}/participants/import")
	String importForm(@PathVariable long id, Model model, HttpSession session) {
		model.addAttribute("event", events.get(id));
		model.addAttribute("columns", ParticipantSheet.COLUMNS);
		model.addAttribute("preview", session.getAttribute(importKey(id)));
		return "events/participant-import";
	}

	@PostMapping("/events/{id}/participants/import")
	String upload(@PathVariable long id, @RequestParam("file") MultipartFile file, HttpSession session)
			throws IOException {
		events.get(id);
		ImportPreview<ParticipantDetails> preview;
		if (file == null || file.isEmpty()) {
			preview = new ImportPreview<>(null, List.of(), "import.error.empty");
		}
		else {
			try (InputStream in = file.getInputStream()) {
				preview = ParticipantSheet.read(file.getOriginalFilename(), in, events.registeredKeys(id));
			}
		}
		session.setAttribute(importKey(id), preview);
		return "redirect:/events/" + id + "/participants/import";
	}

	@PostMapping("/events/{id}/participants/import/confirm")
	String confirm(@PathVariable long id, HttpSession session, RedirectAttributes redirect) {
		var preview = (ImportPreview<ParticipantDetails>) session.getAttribute(importKey(id));
		if (preview == null || !preview.importable()) {
			redirect.addFlashAttribute("alert", "import.error.nothingToImport");
			return "redirect:/events/" + id + "/participants/import";
		}
		try {
			int count = events.importAll(id, preview.details());
			audit.record(AuditAction.PARTICIPANTS_IMPORTED, "event " + id, count + " from " + preview.fileName());
			session.removeAttribute(importKey(id));
			redirect.addFlashAttribute("notice", "import.done");
			redirect.addFlashAttribute("noticeArg", count);
			return "redirect:/events/" + id + "/participants";
		}
		catch (UserError e) {
			// someone registered since the preview: check again against what is stored now
			session.setAttribute(importKey(id), new ImportPreview<>(preview.fileName(), List.of(),
					"import.error.changed"));
			return "redirect:/events/" + id + "/participants/import";
		}
	}

	/** The refused rows of the current preview as a CSV: the cells as uploaded, then the problems in the reader's language. */
	@GetMapping("/events/{id}/participants/import/refused.csv")
	ResponseEntity<byte[]> refused(@PathVariable long id, HttpSession session, Locale locale) {
		events.get(id);
		var preview = (ImportPreview<ParticipantDetails>) session.getAttribute(importKey(id));
		if (preview == null || preview.refused().isEmpty()) {
			throw new UserError("import.error.nothingRefused");
		}
		audit.record(AuditAction.PARTICIPANTS_EXPORTED, "event " + id, "refused import rows, CSV");
		return file("participants-to-correct.csv", "text/csv; charset=utf-8", ParticipantSheet.refused(preview,
				p -> messages.getMessage(p.key(), new Object[] { p.value() }, locale)));
	}

	@PostMapping("/events/{id}/participants/import/cancel")
	String cancel(@PathVariable long id, HttpSession session) {
		session.removeAttribute(importKey(id));
		return "redirect:/events/" + id + "/participants";
	}

	// ---- export and annexes

	@GetMapping("/events/{id}/participants.csv")
	ResponseEntity<byte[]> csv(@PathVariable long id, Locale locale) {
		audit.record(AuditAction.PARTICIPANTS_EXPORTED, "event " + id, "CSV");
		return file("participants-" + id + ".csv", "text/csv; charset=utf-8",
				ParticipantSheet.csv(events.participants(id), locale));
	}

	@GetMapping("/events/{id}/participants/template.csv")
	ResponseEntity<byte[]> template(@PathVariable long id) {
		events.get(id);
		return file("participants-template.csv", "text/csv; charset=utf-8", ParticipantSheet.template());
	}

	@GetMapping("/events/{id}/participants.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long id, Locale locale) {
		audit.record(AuditAction.PARTICIPANTS_EXPORTED, "event " + id, "XLSX");
		return file("participants-" + id + ".xlsx", XLSX, ParticipantSheet.xlsx(events.participants(id), locale));
	}

	private static ResponseEntity<byte[]> file(String name, String type, byte[] body) {
		return Downloads.attachment(name, type, body);
	}

	@GetMapping("/events/{id}/annex/participants")
	String participantsAnnex(@PathVariable long id, Principal principal, Model model) {
		model.addAttribute("event", events.visible(id, principal != null));
		model.addAttribute("participants", events.listedParticipants(id));
		return "events/annex-participants";
	}

	@GetMapping("/events/{id}/annex/biographies")
	String biographiesAnnex(@PathVariable long id, Principal principal, Model model) {
		model.addAttribute("event", events.visible(id, principal != null));
		model.addAttribute("participants",
				events.listedParticipants(id).stream().filter(p -> p.getBiography() != null).toList());
		return "events/annex-biographies";
	}
}
