package org.convene.interact.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.convene.events.Events;
import org.convene.events.Participant;
import org.convene.interact.Deck;
import org.convene.interact.Decks;
import org.convene.interact.Evaluations;
import org.convene.interact.Live;
import org.convene.interact.LiveControls;
import org.convene.interact.Response;
import org.convene.interact.Room;
import org.convene.interact.internal.PersonalLinks;
import org.convene.interact.internal.ResultsExport;
import org.convene.interact.internal.Tally;
import org.convene.platform.audit.AuditAction;
import org.convene.platform.audit.AuditLog;
import org.convene.platform.files.Sheets;
import org.convene.platform.mail.Letter;
import org.convene.platform.mail.Mail;
import org.convene.platform.web.Downloads;
import org.convene.platform.web.NotFoundException;
import org.convene.platform.web.PhoneAddress;
import org.convene.platform.web.SubmitOnce;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/** A deck's results after (or during) the session: every activity, moderation, CSV and XLSX export. */
@Controller
class ResultsController {

	private final AuditLog audit;
	private final Live live;
	private final LiveControls controls;
	private final Decks decks;
	private final ResultsExport export;
	private final MessageSource messages;
	private final Evaluations evaluations;

	private final Events events;
	private final PhoneAddress phoneAddress;
	private final PersonalLinks links;
	private final Mail mail;
	private final SubmitOnce submitOnce;

	ResultsController(AuditLog audit, Live live, LiveControls controls, Decks decks, ResultsExport export, MessageSource messages,
			Evaluations evaluations, Events events, PhoneAddress phoneAddress, PersonalLinks links, Mail mail,
			SubmitOnce submitOnce) {
		this.audit = audit;
		this.mail = mail;
		this.submitOnce = submitOnce;
		this.links = links;
		this.events = events;
		this.phoneAddress = phoneAddress;
		this.evaluations = evaluations;
		this.live = live;
		this.controls = controls;
		this.decks = decks;
		this.export = export;
		this.messages = messages;
	}

	@GetMapping("/decks/{deckId}/results")
	String results(@PathVariable long deckId, @RequestParam(defaultValue = "votes") String sort, Locale locale,
			HttpServletRequest request, Model model) {
		Room room = live.room(deckId);
		model.addAttribute("room", room);
		model.addAttribute("deck", room.deck());
		model.addAttribute("sort", sort);
		model.addAttribute("results", room.activities().stream()
			.map(l -> Tally.of(l.activity(), l.responses(), locale, true, !"time".equals(sort)))
			.toList());
		model.addAttribute("leaders", room.leaderboard(20));
		if (room.deck().isSelfPaced()) {
			model.addAttribute("mailOn", mail.enabled());
			model.addAttribute("summary", evaluations.summary(deckId, locale));
			if (room.deck().requiresPersonalLink()) {
				model.addAttribute("links", personalLinks(room.deck(), phoneAddress.of(request), locale));
			}
			else if (room.deck().getEventId() != null && room.open()) {
				model.addAttribute("reminder", reminder(room, locale,
						phoneAddress.of(request) + "/j/" + room.code()));
			}
		}
		return "interact/results";
	}

	/**
	 * A reminder for the event's registered participants who gave an e-mail address: answers are anonymous,
	 * so it goes to everyone, asking those who have not answered yet. A mailto link when it is short enough
	 * for mail programs, and always the addresses and the text to copy.
	 */
	record Reminder(int people, String addresses, String subject, String body, String mailto) {
	}

	private Reminder reminder(Room room, Locale locale, String link) {
		List<String> emails = events.participants(room.deck().getEventId()).stream()
			.map(Participant::getEmail)
			.filter(e -> e != null && !e.isBlank())
			.toList();
		if (emails.isEmpty()) {
			return null;
		}
		String subject = messages.getMessage("evaluation.remindSubject", new Object[] { room.deck().getTitle() }, locale);
		String body = messages.getMessage("evaluation.remindBody", new Object[] { room.deck().getTitle(), link }, locale);
		String addresses = String.join(", ", emails);
		// each address encoded: "x&cc=…&body=…@b.org" passes as an e-mail address and would add its own fields
		String mailto = "mailto:?bcc=" + String.join(",", emails.stream()
			.map(e -> UriUtils.encode(e, StandardCharsets.UTF_8).replace("%40", "@")).toList()) + "&subject="
				+ UriUtils.encode(subject, StandardCharsets.UTF_8) + "&body="
				+ UriUtils.encode(body, StandardCharsets.UTF_8);
		return new Reminder(emails.size(), addresses, subject, body, mailto.length() <= 1800 ? mailto : null);
	}

	/**
	 * Sends the reminder by e-mail, one message per registered participant with an address: their own link when the
	 * questionnaire needs personal links, else the questionnaire's link (answers stay anonymous either way). In the
	 * language the coordinator is using; sent once per form.
	 */
	@PostMapping("/decks/{deckId}/reminders")
	String sendReminders(@PathVariable long deckId, @RequestParam(required = false) String formToken, Locale locale,
			HttpServletRequest request, RedirectAttributes redirect) {
		return submitOnce.run(formToken, () -> {
			Room room = live.room(deckId);
			Deck deck = room.deck();
			if (!deck.isSelfPaced() || deck.getEventId() == null || !mail.enabled()) {
				throw new NotFoundException();
			}
			String open = messages.getMessage("evaluation.open", null, locale);
			int sent = 0;
			if (deck.requiresPersonalLink()) {
				String subject = messages.getMessage("evaluation.linkSubject", new Object[] { deck.getTitle() }, locale);
				for (PersonalLinks.Link l : links.links(deck, phoneAddress.of(request))) {
					String body = messages.getMessage("evaluation.linkBody", new Object[] { deck.getTitle(),
							l.person().getName(), l.url() }, locale);
					sent += mail.send(new Letter(l.person().getEmail(), locale, subject, List.of(body.split("\n\n")),
							List.of(new Letter.Link(open, l.url())), null)) ? 1 : 0;
				}
			}
			else {
				String link = phoneAddress.of(request) + "/j/" + room.code();
				String subject = messages.getMessage("evaluation.remindSubject", new Object[] { deck.getTitle() }, locale);
				String body = messages.getMessage("evaluation.remindBody", new Object[] { deck.getTitle(), link }, locale);
				for (Participant p : events.participants(deck.getEventId())) {
					sent += mail.send(new Letter(p.getEmail(), locale, subject, List.of(body.split("\n\n")),
							List.of(new Letter.Link(open, link)), null)) ? 1 : 0;
				}
			}
			redirect.addFlashAttribute("notice", "evaluation.remindersSent");
			redirect.addFlashAttribute("noticeArg", sent);
			return "redirect:/decks/" + deckId + "/results";
		});
	}

	/** A participant's personal link, with an e-mail to them that carries it when they gave an address. */
	record PersonalLink(String name, String email, String url, String mailto) {
	}

	private List<PersonalLink> personalLinks(Deck deck, String base, Locale locale) {
		String subject = messages.getMessage("evaluation.linkSubject", new Object[] { deck.getTitle() }, locale);
		return links.links(deck, base).stream().map(l -> {
			String email = l.person().getEmail();
			String mailto = email == null || email.isBlank() ? null
					: "mailto:" + UriUtils.encode(email, StandardCharsets.UTF_8).replace("%40", "@") + "?subject="
							+ UriUtils.encode(subject, StandardCharsets.UTF_8) + "&body="
							+ UriUtils.encode(messages.getMessage("evaluation.linkBody", new Object[] { deck.getTitle(),
									l.person().getName(), l.url() }, locale), StandardCharsets.UTF_8);
			return new PersonalLink(l.person().getName(), email, l.url(), mailto);
		}).toList();
	}

	/** Every registered participant's personal link, for a mail merge. */
	@GetMapping("/decks/{deckId}/links.csv")
	ResponseEntity<byte[]> linksCsv(@PathVariable long deckId, Locale locale, HttpServletRequest request) {
		Deck deck = decks.get(deckId);
		if (!deck.requiresPersonalLink()) {
			throw new NotFoundException();
		}
		audit.record(AuditAction.PERSONAL_LINKS_EXPORTED, "deck " + deckId, null);
		List<String> header = List.of(messages.getMessage("participant.name", null, locale),
				messages.getMessage("evaluation.linkEmail", null, locale), messages.getMessage("evaluation.link", null, locale));
		return Downloads.attachment(fileName(deck, "csv").replace("-results.", "-links."), Sheets.CSV,
				Sheets.csv(header, personalLinks(deck, phoneAddress.of(request), locale).stream()
					.map(l -> List.of(l.name(), l.email() == null ? "" : l.email(), l.url())).toList()));
	}

	@PostMapping("/decks/{deckId}/responses/{responseId}")
	String moderate(@PathVariable long deckId, @PathVariable long responseId, @RequestParam Response.Status status,
			RedirectAttributes redirect) {
		controls.moderate(live.room(deckId), responseId, status);
		redirect.addFlashAttribute("notice", "moderation.saved");
		return "redirect:/decks/" + deckId + "/results#response-" + responseId;
	}

	@GetMapping("/decks/{deckId}/results.csv")
	ResponseEntity<byte[]> csv(@PathVariable long deckId, Locale locale) {
		Deck deck = decks.get(deckId);
		audit.record(AuditAction.RESULTS_EXPORTED, "deck " + deckId, "CSV");
		return Downloads.attachment(fileName(deck, "csv"), Sheets.CSV, Sheets.csv(header(locale), export.rows(deckId)));
	}

	@GetMapping("/decks/{deckId}/results.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long deckId, Locale locale) {
		Deck deck = decks.get(deckId);
		audit.record(AuditAction.RESULTS_EXPORTED, "deck " + deckId, "XLSX");
		return Downloads.attachment(fileName(deck, "xlsx"), Sheets.XLSX,
				Sheets.xlsx("results", header(locale), export.rows(deckId)));
	}

	private List<String> header(Locale locale) {
		return ResultsExport.COLUMNS.stream().map(c -> messages.getMessage("export." + c, null, locale)).toList();
	}

	private static String fileName(Deck deck, String extension) {
		String base = deck.getTitle().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
		return (base.isEmpty() ? "results" : base) + "-results." + extension;
	}

}
