package org.convene.events.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

import jakarta.validation.Valid;
import org.convene.events.Event;
import org.convene.events.EventPageContribution;
import org.convene.events.Events;
import org.convene.events.Material;
import org.convene.platform.UserError;
import org.convene.platform.audit.AuditAction;
import org.convene.platform.audit.AuditLog;
import org.convene.platform.files.FileStore;
import org.convene.platform.web.IdentifierWarning;
import org.convene.platform.web.SubmitOnce;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agenda: adding, editing and removing sessions, and their materials (files or links). */
@Controller
class SessionController {

	private final AuditLog audit;
	private final Events events;
	private final FileStore files;
	private final SubmitOnce submitOnce;

	private final ObjectProvider<EventPageContribution> contributions;

	SessionController(AuditLog audit, Events events, FileStore files, SubmitOnce submitOnce,
			ObjectProvider<EventPageContribution> contributions) {
		this.audit = audit;
		this.contributions = contributions;
		this.events = events;
		this.files = files;
		this.submitOnce = submitOnce;
	}

	@GetMapping("/events/{id}/sessions/new")
	String create(@PathVariable long id, Model model) {
		var event = events.get(id);
		SessionForm form = new SessionForm();
		form.setDay(event.getStartDate());
		model.addAttribute("event", event);
		model.addAttribute("form", form);
		return "events/session-edit";
	}

	@PostMapping("/events/{id}/sessions")
	String add(@PathVariable long id, @Valid @ModelAttribute("form") SessionForm form, BindingResult errors,
			@RequestParam(required = false) String formToken, Model model,
			RedirectAttributes redirect) {
		Event event = events.get(id);
		checkDayWithinEvent(form, event, errors);
		if (errors.hasErrors() || IdentifierWarning.stop(model, form.isIdentifiersConfirmed(), form.getDescription(),
				form.getPresenters(), form.getModerator())) {
			model.addAttribute("event", event);
			return "events/session-edit";
		}
		return submitOnce.run(formToken, () -> {
			var session = events.addSession(id, form.details());
			redirect.addFlashAttribute("notice", "session.saved");
			return "redirect:/events/" + id + "/sessions/" + session.getId() + "/edit";
		});
	}

	@GetMapping("/events/{id}/sessions/{sessionId}/edit")
	String edit(@PathVariable long id, @PathVariable long sessionId, Model model) {
		var session = events.session(id, sessionId);
		model.addAttribute("form", SessionForm.of(session));
		return editPage(id, sessionId, model);
	}

	private String editPage(long id, long sessionId, Model model) {
		Event event = events.get(id);
		var session = events.session(id, sessionId);
		model.addAttribute("event", event);
		model.addAttribute("agendaSession", session);
		model.addAttribute("contributions", contributions.orderedStream()
			.flatMap(c -> c.forSession(event, session, true, LocaleContextHolder.getLocale()).stream()).toList());
		model.addAttribute("materials",
				events.materials(id).stream().filter(m -> m.getSessionId() == sessionId).toList());
		return "events/session-edit";
	}

	@PostMapping("/events/{id}/sessions/{sessionId}")
	String update(@PathVariable long id, @PathVariable long sessionId, @Valid @ModelAttribute("form") SessionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		checkDayWithinEvent(form, events.get(id), errors);
		if (errors.hasErrors() || IdentifierWarning.stop(model, form.isIdentifiersConfirmed(), form.getDescription(),
				form.getPresenters(), form.getModerator())) {
			return editPage(id, sessionId, model);
		}
		events.updateSession(id, sessionId, form.details());
		redirect.addFlashAttribute("notice", "session.saved");
		return "redirect:/events/" + id;
	}

	/** A session takes place on one of the event's days. */
	private static void checkDayWithinEvent(SessionForm form, Event event, BindingResult errors) {
		if (form.getDay() != null
				&& (form.getDay().isBefore(event.getStartDate()) || form.getDay().isAfter(event.getEndDate()))) {
			errors.rejectValue("day", "session.error.outsideEvent");
		}
	}

	@PostMapping("/events/{id}/sessions/{sessionId}/delete")
	String delete(@PathVariable long id, @PathVariable long sessionId,
			@RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
		UserError.requireConfirmed(confirm);
		events.deleteSession(id, sessionId);
		audit.record(AuditAction.SESSION_DELETED, "event " + id + ", session " + sessionId, null);
		redirect.addFlashAttribute("notice", "session.deleted");
		return "redirect:/events/" + id;
	}

	@PostMapping("/events/{id}/sessions/{sessionId}/materials")
	String addMaterial(@PathVariable long id, @PathVariable long sessionId, @RequestParam(required = false) String title,
			@RequestParam(required = false) String url, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String formToken, @RequestParam(required = false) String back, RedirectAttributes redirect) {
		// added from the event page (back=event) it returns there, to the session; else to the session's edit page
		boolean fromEvent = "event".equals(back);
		return submitOnce.run(formToken, () -> addMaterialOnce(id, sessionId, title, url, file, fromEvent,
				redirect) + (fromEvent ? "#session-" + sessionId : "#materials-heading"));
	}

	private String addMaterialOnce(long id, long sessionId, String title, String url, MultipartFile file,
			boolean fromEvent, RedirectAttributes redirect) {
		String back = "redirect:/events/" + id + (fromEvent ? "" : "/sessions/" + sessionId + "/edit");
		// the event page shows a refusal as the page's alert; the session page beside its form
		String error = fromEvent ? "alert" : "materialError";
		boolean hasFile = file != null && !file.isEmpty();
		boolean hasUrl = url != null && !url.isBlank();
		if (hasFile == hasUrl) {
			redirect.addFlashAttribute(error, "material.error.fileOrLink");
			redirect.addFlashAttribute("materialTitle", title);
			return back;
		}
		if (hasUrl) {
			if (!url.strip().matches("^https?://\\S+$") || url.length() > 1000) {
				redirect.addFlashAttribute(error, "material.error.link");
				redirect.addFlashAttribute("materialTitle", title);
				redirect.addFlashAttribute("materialUrl", url);
				return back;
			}
			events.addLink(id, sessionId, title == null || title.isBlank() ? url.strip() : title.strip(), url.strip());
		}
		else {
			try {
				events.addFile(id, sessionId, title, file);
			}
			catch (UserError e) {
				redirect.addFlashAttribute(error, e.messageKey());
				redirect.addFlashAttribute("materialTitle", title);
				return back;
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		redirect.addFlashAttribute("notice", "material.added");
		return back;
	}

	@PostMapping("/events/{id}/sessions/{sessionId}/materials/{materialId}/delete")
	String deleteMaterial(@PathVariable long id, @PathVariable long sessionId, @PathVariable long materialId,
			@RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
		UserError.requireConfirmed(confirm);
		events.deleteMaterial(id, materialId);
		audit.record(AuditAction.MATERIAL_DELETED, "event " + id + ", material " + materialId, null);
		redirect.addFlashAttribute("notice", "material.deleted");
		return "redirect:/events/" + id + "/sessions/" + sessionId + "/edit";
	}

	@GetMapping("/events/{id}/materials/{materialId}")
	ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long materialId, Principal principal) {
		events.visible(id, principal != null);
		Material material = events.material(id, materialId);
		if (!material.isFile()) {
			return ResponseEntity.status(302).header(HttpHeaders.LOCATION, material.getUrl()).build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(material.getContentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(material.getFileName(), StandardCharsets.UTF_8)
				.build()
				.toString())
			.body(files.read(material.getFileKey()));
	}
}
