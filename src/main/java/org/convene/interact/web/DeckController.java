package org.convene.interact.web;


import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import org.convene.events.Events;
import org.convene.interact.Activity;
import org.convene.interact.ActivityType;
import org.convene.interact.Deck;
import org.convene.interact.Decks;
import org.convene.platform.UserError;
import org.convene.platform.audit.AuditAction;
import org.convene.platform.audit.AuditLog;
import org.convene.platform.i18n.Languages;
import org.convene.platform.web.IdentifierWarning;
import org.convene.platform.web.SubmitOnce;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The deck editor for coordinators: decks, their settings, activities and translations. */
@Controller
class DeckController {

	private final AuditLog audit;
	private final Decks decks;
	private final Events events;
	private final SubmitOnce submitOnce;
	private final MessageSource messages;

	DeckController(AuditLog audit, Decks decks, Events events, SubmitOnce submitOnce, MessageSource messages) {
		this.audit = audit;
		this.decks = decks;
		this.events = events;
		this.submitOnce = submitOnce;
		this.messages = messages;
	}

	@GetMapping("/decks")
	String list(@RequestParam(required = false) Long eventId, @RequestParam(required = false) Long sessionId,
			Model model) {
		model.addAttribute("decks", decks.all());
		model.addAttribute("events", events.listVisible(true));
		model.addAttribute("eventId", eventId);
		model.addAttribute("sessionId", sessionId);
		model.addAttribute("templates", Decks.Template.values());
		return "interact/decks";
	}

	@PostMapping("/decks")
	String create(@RequestParam(required = false) String title, @RequestParam(required = false) Long eventId,
			@RequestParam(required = false) Long sessionId, @RequestParam(required = false) Decks.Template template,
			@RequestParam(required = false) String formToken, Locale locale,
			RedirectAttributes redirect) {
		if (template == null && (title == null || title.isBlank() || title.length() > 200)) {
			redirect.addFlashAttribute("alert", "deck.error.title");
			return "redirect:/decks";
		}
		Long session = sessionId != null && eventId != null ? events.session(eventId, sessionId).getId() : null;
		Long event = eventId == null ? null : events.get(eventId).getId();
		return submitOnce.run(formToken, () -> {
			Deck deck = template == null ? decks.create(title.strip(), locale.getLanguage(), event, session)
					: decks.fromTemplate(template, locale, event, session);
			redirect.addFlashAttribute("notice", "deck.created");
			return "redirect:/decks/" + deck.getId();
		});
	}

	@GetMapping("/decks/{deckId}")
	String edit(@PathVariable long deckId, Model model) {
		Deck deck = decks.get(deckId);
		model.addAttribute("deck", deck);
		model.addAttribute("activities", decks.activities(deckId));
		model.addAttribute("answerCounts", decks.answerCounts(deckId));
		model.addAttribute("types", ActivityType.values());
		model.addAttribute("event", deck.getEventId() == null ? null : events.get(deck.getEventId()));
		model.addAttribute("sessions", deck.getEventId() == null ? List.of() : events.agenda(deck.getEventId()));
		model.addAttribute("deckLanguages", Languages.SUPPORTED.stream().map(Locale::getLanguage).toList());
		return "interact/deck";
	}

	@PostMapping("/decks/{deckId}")
	String update(@PathVariable long deckId, @RequestParam String title, @RequestParam String language,
			@RequestParam(required = false) Long sessionId, @RequestParam(defaultValue = "false") boolean anonymous,
			@RequestParam(defaultValue = "false") boolean changeable,
			@RequestParam(defaultValue = "false") boolean selfPaced,
			@RequestParam(defaultValue = "false") boolean personalLinks, RedirectAttributes redirect) {
		Deck deck = decks.get(deckId);
		if (title.isBlank() || title.length() > 200 || !Languages.isSupported(language)) {
			redirect.addFlashAttribute("alert", "deck.error.title");
			return "redirect:/decks/" + deckId;
		}
		Long session = sessionId != null && deck.getEventId() != null
				? events.session(deck.getEventId(), sessionId).getId() : null;
		decks.update(deckId, title.strip(), language, session, anonymous, changeable, selfPaced, personalLinks);
		redirect.addFlashAttribute("notice", "deck.saved");
		return "redirect:/decks/" + deckId;
	}

	@PostMapping("/decks/{deckId}/delete")
	String delete(@PathVariable long deckId, @RequestParam(defaultValue = "false") boolean confirm,
			RedirectAttributes redirect) {
		UserError.requireConfirmed(confirm);
		String title = decks.get(deckId).getTitle();
		decks.delete(deckId);
		audit.record(AuditAction.DECK_DELETED, "deck " + deckId, title);
		redirect.addFlashAttribute("notice", "deck.deleted");
		return "redirect:/decks";
	}

	@PostMapping("/decks/{deckId}/duplicate")
	String duplicate(@PathVariable long deckId, @RequestParam(required = false) String formToken, Locale locale, RedirectAttributes redirect) {
		Deck source = decks.get(deckId);
		return submitOnce.run(formToken, () -> {
			Deck copy = decks.duplicate(deckId,
					messages.getMessage("deck.copyOf", new Object[] { source.getTitle() }, locale));
			redirect.addFlashAttribute("notice", "deck.duplicated");
			return "redirect:/decks/" + copy.getId();
		});
	}

	@PostMapping("/decks/{deckId}/activities")
	String addActivity(@PathVariable long deckId, @RequestParam ActivityType type,
			@RequestParam(required = false) String formToken, Locale locale,
			RedirectAttributes redirect) {
		decks.get(deckId);
		return submitOnce.run(formToken, () -> {
			String prompt = messages.getMessage("activity.newPrompt." + type, null, locale);
			Activity activity = decks.addActivity(deckId, type, ActivityForm.defaults(type, prompt));
			return "redirect:/decks/" + deckId + "/activities/" + activity.getId();
		});
	}

	@GetMapping("/decks/{deckId}/activities/{activityId}")
	String editActivity(@PathVariable long deckId, @PathVariable long activityId, Model model) {
		model.addAttribute("form", ActivityForm.of(decks.activity(deckId, activityId)));
		return activityPage(deckId, activityId, model);
	}

	private String activityPage(long deckId, long activityId, Model model) {
		Deck deck = decks.get(deckId);
		model.addAttribute("deck", deck);
		model.addAttribute("activity", decks.activity(deckId, activityId));
		model.addAttribute("otherLanguages", Languages.SUPPORTED.stream()
			.filter(l -> !l.getLanguage().equals(deck.getLanguage()))
			.map(l -> new String[] { l.getLanguage(), Languages.nativeName(l) })
			.toList());
		return "interact/activity";
	}

	@PostMapping("/decks/{deckId}/activities/{activityId}")
	String saveActivity(@PathVariable long deckId, @PathVariable long activityId,
			@Valid @ModelAttribute("form") ActivityForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Activity activity = decks.activity(deckId, activityId);
		form.validate(activity.getType(), errors);
		if (errors.hasErrors() || IdentifierWarning.stop(model, form.isIdentifiersConfirmed(), form.texts())) {
			return activityPage(deckId, activityId, model);
		}
		decks.updateActivity(deckId, activityId, form.details(activity.getType(), decks.get(deckId).getLanguage()));
		redirect.addFlashAttribute("notice", "activity.saved");
		return "redirect:/decks/" + deckId;
	}

	@PostMapping("/decks/{deckId}/activities/{activityId}/delete")
	String deleteActivity(@PathVariable long deckId, @PathVariable long activityId,
			@RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
		decks.deleteActivity(deckId, activityId, confirm);
		redirect.addFlashAttribute("notice", "activity.deleted");
		return "redirect:/decks/" + deckId;
	}

	@PostMapping("/decks/{deckId}/activities/{activityId}/move")
	String move(@PathVariable long deckId, @PathVariable long activityId, @RequestParam(defaultValue = "1") int delta) {
		decks.move(deckId, activityId, delta);
		return "redirect:/decks/" + deckId + "#activity-" + activityId;
	}

}
