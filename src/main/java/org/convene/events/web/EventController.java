package org.convene.events.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.convene.events.Event;
import org.convene.events.EventPageContribution;
import org.convene.events.Events;
import org.convene.events.internal.AgendaCalendar;
import org.convene.platform.audit.AuditAction;
import org.convene.platform.audit.AuditLog;
import org.convene.platform.web.IdentifierWarning;
import org.convene.platform.web.SubmitOnce;
import org.springframework.beans.factory.ObjectProvider;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The home page, the list of events, one event's page, creating and editing events, the agenda as ICS. */
@Controller
class EventController {

	private final AuditLog audit;
	private final Events events;
	private final SubmitOnce submitOnce;

	private final ObjectProvider<EventPageContribution> contributions;

	EventController(AuditLog audit, Events events, SubmitOnce submitOnce, ObjectProvider<EventPageContribution> contributions) {
		this.audit = audit;
		this.contributions = contributions;
		this.events = events;
		this.submitOnce = submitOnce;
	}

	@GetMapping("/")
	String home(Principal principal, Model model) {
		var visible = events.listVisible(principal != null);
		LocalDate today = LocalDate.now();
		model.addAttribute("upcoming", visible.stream().filter(e -> !e.getEndDate().isBefore(today)).toList().reversed());
		model.addAttribute("recent", visible.stream().filter(e -> e.getEndDate().isBefore(today)).limit(5).toList());
		return "events/home";
	}

	@GetMapping("/events")
	String list(Principal principal, Model model) {
		model.addAttribute("events", events.listVisible(principal != null));
		return "events/list";
	}

	@GetMapping("/events/{id}")
	String show(@PathVariable long id, Principal principal, Locale locale, HttpServletRequest request, Model model) {
		Event event = events.visible(id, principal != null);
		model.addAttribute("event", event);
		model.addAttribute("agendaByDay", events.agenda(id).stream()
			.collect(Collectors.groupingBy(s -> s.getStartsAt().toLocalDate(), TreeMap::new, Collectors.toList())));
		model.addAttribute("materials", events.materials(id));
		model.addAttribute("counts", events.counts(id));
		boolean organiser = request.isUserInRole("ADMIN") || request.isUserInRole("COORDINATOR");
		model.addAttribute("contributions", contributions.orderedStream()
			.flatMap(c -> c.forEvent(event, organiser, locale).stream()).toList());
		return "events/show";
	}

	@GetMapping("/events/new")
	String create(Model model) {
		EventForm form = new EventForm();
		model.addAttribute("form", form);
		return "events/edit";
	}

	@PostMapping("/events")
	String save(@Valid @ModelAttribute("form") EventForm form, BindingResult errors,
			@RequestParam(required = false) String formToken, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors() || IdentifierWarning.stop(model, form.isIdentifiersConfirmed(), form.getBackground(),
				form.getObjectives())) {
			return "events/edit";
		}
		return submitOnce.run(formToken, () -> {
			Event event = events.create(form.details());
			redirect.addFlashAttribute("notice", "event.created");
			return "redirect:/events/" + event.getId();
		});
	}

	@GetMapping("/events/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Event event = events.get(id);
		model.addAttribute("event", event);
		model.addAttribute("form", EventForm.of(event));
		return "events/edit";
	}

	@PostMapping("/events/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") EventForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (errors.hasErrors() || IdentifierWarning.stop(model, form.isIdentifiersConfirmed(), form.getBackground(),
				form.getObjectives())) {
			model.addAttribute("event", events.get(id));
			return "events/edit";
		}
		events.update(id, form.details());
		redirect.addFlashAttribute("notice", "event.saved");
		return "redirect:/events/" + id;
	}

	@PostMapping("/events/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirm,
			RedirectAttributes redirect) {
		if (!confirm) {
			redirect.addFlashAttribute("alert", "event.deleteNotConfirmed");
			return "redirect:/events/" + id + "/edit#delete-heading";
		}
		String title = events.get(id).getTitle();
		events.delete(id);
		audit.record(AuditAction.EVENT_DELETED, "event " + id, title);
		redirect.addFlashAttribute("notice", "event.deleted");
		return "redirect:/events";
	}

	@GetMapping("/events/{id}/agenda.ics")
	ResponseEntity<byte[]> calendar(@PathVariable long id, Principal principal, HttpServletRequest request) {
		Event event = events.visible(id, principal != null);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/calendar; charset=utf-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("agenda-" + id + ".ics").build().toString())
			.body(AgendaCalendar.of(event, events.agenda(id), request.getServerName()));
	}
}
