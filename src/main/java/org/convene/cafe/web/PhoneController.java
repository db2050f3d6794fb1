package org.convene.cafe.web;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.convene.cafe.Cafe;
import org.convene.cafe.CafeHarvest;
import org.convene.cafe.CafeTable;
import org.convene.cafe.Cafes;
import org.convene.cafe.Note;
import org.convene.cafe.Seating;
import org.convene.events.Objective;
import org.convene.platform.UserError;
import org.convene.platform.push.PushHub;
import org.convene.platform.text.PersonalIdentifiers;
import org.convene.platform.web.HtmxCsrf;
import org.convene.platform.web.NotFoundException;
import org.convene.platform.web.PhonePosts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A participant's phone at {@code /c/{key}} (the personal key from their seat card; no account):
 * where to sit this round, the question and its clock, and dot voting (the stage, fetched again on
 * every change of the café: a bare "changed" Server-Sent Event); the host's note pad with the table's
 * earlier notes (fetched again only when the round changes: "round", so a push never wipes a warning
 * the host is reading). Every form also works as a plain post.
 */
@Controller
class PhoneController {

	private final Cafes cafes;
	private final CafeHarvest harvest;
	private final PushHub hub;
	private final MessageSource messages;
	private final PhonePosts posts;

	PhoneController(Cafes cafes, CafeHarvest harvest, PushHub hub, MessageSource messages, PhonePosts posts) {
		this.posts = posts;
		this.cafes = cafes;
		this.harvest = harvest;
		this.hub = hub;
		this.messages = messages;
	}

	@GetMapping("/c")
	String enter(@RequestParam(required = false) String key) {
		if (key != null && !key.isBlank()) {
			return "redirect:/c/" + key.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
		}
		return "cafe/enter";
	}

	@GetMapping("/c/{key}")
	String page(@PathVariable String key, HttpServletRequest request, HttpServletResponse response, Model model) {
		Cafes.Phone phone;
		try {
			phone = cafes.phone(key);
		}
		catch (NotFoundException e) {
			model.addAttribute("unknown", true);
			model.addAttribute("key", key);
			response.setStatus(404);
			return "cafe/enter";
		}
		stage(phone, model);
		model.addAttribute("noteSaved", request.getParameter("saved") != null ? Boolean.TRUE : null);
		model.addAttribute("hxHeaders", HtmxCsrf.headers(request));
		model.addAttribute("cafeScripts", true);
		return "cafe/phone";
	}

	@GetMapping("/c/{key}/stage")
	String stage(@PathVariable String key, Model model) {
		stage(cafes.phone(key), model);
		return "cafe/phone :: stage";
	}

	/** The note pad, fetched again when the round changes (the host's own notes come back with each post). */
	@GetMapping("/c/{key}/notepad")
	String notepad(@PathVariable String key, Model model) {
		stage(cafes.phone(key), model);
		return "cafe/phone :: notepad";
	}

	/** The phone's live socket: "round" and "changed" as the café moves (the page then fetches its parts). */
	@GetMapping("/c/{key}/live")
	void live(@PathVariable String key, HttpServletRequest request, HttpServletResponse response) throws IOException {
		hub.connect(Cafes.topic(cafes.phone(key).cafe().id()), () -> { }, request, response);
	}

	/** A host's insight for their table; refused with the reason (in the phone's language) and the draft kept. */
	@PostMapping("/c/{key}/notes")
	String note(@PathVariable String key, @RequestParam(required = false) String text,
			@RequestParam(required = false) Note.Tag tag, @RequestParam(required = false) String objective,
			@RequestParam(defaultValue = "false") boolean identifiersConfirmed,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletRequest request,
			HttpServletResponse response, Locale locale, Model model) {
		Cafes.Phone phone = cafes.phone(key);
		try {
			slowDown(phone, response);
			harvest.addNote(key, text, tag, objective(objective), identifiersConfirmed);
			if (htmx == null) {
				return "redirect:/c/" + phone.person().key() + "?saved";
			}
			response.setHeader("X-Convene-Saved", "note");
			model.addAttribute("noteSaved", true);
		}
		catch (UserError e) {
			model.addAttribute("noteError", e.message(messages, locale));
			model.addAttribute("draft", text);
			refused(e, htmx, response);
		}
		catch (PersonalIdentifiers.Found e) {
			model.addAttribute("identifiers", e.findings());
			model.addAttribute("draft", text);
			response.setStatus(htmx == null ? 422 : 200);
		}
		stage(cafes.phone(key), model);
		model.addAttribute("cafeScripts", true);
		model.addAttribute("hxHeaders", HtmxCsrf.headers(request));
		return htmx == null ? "cafe/phone" : "cafe/phone :: notepad";
	}

	/** Puts a dot on an insight ({@code on=true}) or takes it back; sent twice, it changes nothing more. */
	@PostMapping("/c/{key}/dots/{noteId}")
	String dot(@PathVariable String key, @PathVariable long noteId, @RequestParam(defaultValue = "true") boolean on,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletRequest request,
			HttpServletResponse response, Locale locale, Model model) {
		Cafes.Phone phone = cafes.phone(key);
		try {
			slowDown(phone, response);
			harvest.setDot(key, noteId, on);
			if (htmx == null) {
				return "redirect:/c/" + phone.person().key() + "#voting";
			}
		}
		catch (UserError e) {
			model.addAttribute("error", e.message(messages, locale));
			refused(e, htmx, response);
		}
		stage(cafes.phone(key), model);
		if (htmx == null) {
			model.addAttribute("cafeScripts", true);
			model.addAttribute("hxHeaders", HtmxCsrf.headers(request));
			return "cafe/phone";
		}
		return "cafe/phone :: stage";
	}

	/**
	 * Refuses a post from a seat card's phone beyond what {@link PhonePosts} allows (429 with Retry-After, the reason
	 * in the phone's language; nothing is recorded).
	 */
	private void slowDown(Cafes.Phone phone, HttpServletResponse response) {
		if (!posts.take("card:" + phone.person().key(), response)) {
			throw new UserError("cafe.error.slowDown");
		}
	}

	/** A refused post: 429 when over the limit; else 422 for a plain form, 200 for htmx (which shows the reason). */
	private static void refused(UserError e, String htmx, HttpServletResponse response) {
		if ("cafe.error.slowDown".equals(e.messageKey())) {
			response.setStatus(429);
		}
		else {
			response.setStatus(htmx == null ? 422 : 200);
		}
	}

	private static Objective objective(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Objective.valueOf(value);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	/** Where the person sits, what to talk about, their note pad and their dots. */
	private void stage(Cafes.Phone phone, Model model) {
		Cafe cafe = phone.cafe();
		Seating seating = cafes.seating(cafe.id());
		long me = phone.person().id();
		int round = cafe.running() ? cafe.currentRound() : (cafe.started() ? 0 : 1);
		CafeTable table = round == 0 ? null : seating.tableOf(me, round);
		model.addAttribute("cafe", cafe);
		model.addAttribute("person", phone.person());
		model.addAttribute("key", phone.person().key());
		model.addAttribute("planned", !seating.isEmpty());
		model.addAttribute("table", table);
		model.addAttribute("hosting", table != null && Long.valueOf(me).equals(table.hostId()));
		model.addAttribute("tablemates", table == null ? List.of() : seating.at(table.id(), round));
		model.addAttribute("secondsLeft", cafe.secondsLeft(Instant.now()));
		// one read of the seating and of the notes serves the whole stage (every phone fetches it on every change)
		CafeTable noteTable = seating.noteTable(cafe, me);
		List<Note> notes = noteTable != null || cafe.votingOpen() ? harvest.notes(cafe.id()) : List.of();
		model.addAttribute("noteTable", noteTable);
		model.addAttribute("tableNotes", noteTable == null ? List.of() : CafeHarvest.atTable(notes, noteTable.id()));
		model.addAttribute("tags", Note.Tag.values());
		model.addAttribute("objectives", Objective.values());
		if (cafe.votingOpen()) {
			Set<Long> mine = harvest.dotsOf(me);
			Map<Long, String> tableNames = new HashMap<>();
			seating.tables().forEach(t -> tableNames.put(t.id(), t.name()));
			model.addAttribute("myDots", mine);
			model.addAttribute("dotsLeft", Math.max(0, cafe.dotsPerPerson() - mine.size()));
			model.addAttribute("ballot", notes.stream().filter(Note::shown).toList());
			model.addAttribute("tableNames", tableNames);
		}
	}
}
