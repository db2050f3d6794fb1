package org.convene.cafe.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.convene.cafe.ActionItem;
import org.convene.cafe.Cafe;
import org.convene.cafe.CafePerson;
import org.convene.cafe.CafeTable;
import org.convene.cafe.Cafes;
import org.convene.cafe.Note;
import org.convene.cafe.Seating;
import org.convene.charts.QrCodes;
import org.convene.events.Event;
import org.convene.events.Events;
import org.convene.events.Objective;
import org.convene.platform.ConveneProperties;
import org.convene.platform.UserError;
import org.convene.platform.pdf.Pdfs;
import org.convene.platform.push.PushHub;
import org.convene.platform.web.Downloads;
import org.convene.platform.web.PublicAddress;
import org.convene.platform.web.SubmitOnce;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's side of a World Café (ADMIN and COORDINATOR, by path in the security policy):
 * set-up and planning, the projector while the rounds run, the harvest, and the seat cards.
 * Every form works without JavaScript (post, then redirect); htmx only polls the planner's progress
 * and refreshes the projector when something changes.
 */
@Controller
class CafeController {

	/** One participant's card: their table in each round (null table: absent or not seated), and a QR code to their phone page. */
	record Card(CafePerson person, List<CardRound> rounds, String qr, String link) {
	}

	record CardRound(int number, String table, boolean host) {
	}

	/** One table's sheet: who sits there in each round, host first. */
	record Sheet(CafeTable table, List<SheetRound> rounds) {
	}

	record SheetRound(Cafe.Round round, List<CafePerson> people) {
	}

	/** The notes of one table in one round, for the harvest board. */
	record TableNotes(CafeTable table, List<Note> notes) {
	}

	record RoundNotes(Cafe.Round round, List<TableNotes> tables) {
	}

	private final Cafes cafes;
	private final Events events;
	private final Pdfs pdfs;
	private final PushHub hub;
	private final SubmitOnce submitOnce;
	private final MessageSource messages;
	private final ConveneProperties properties;

	CafeController(Cafes cafes, Events events, Pdfs pdfs, PushHub hub, SubmitOnce submitOnce, MessageSource messages,
			ConveneProperties properties) {
		this.cafes = cafes;
		this.events = events;
		this.pdfs = pdfs;
		this.hub = hub;
		this.submitOnce = submitOnce;
		this.messages = messages;
		this.properties = properties;
	}

	// ---- creating and setting up

	/** A new café for an event (or one of its sessions), with three rounds on the past, the present and the future. */
	@PostMapping("/cafes")
	String create(@RequestParam long eventId, @RequestParam(required = false) Long sessionId,
			@RequestParam(required = false) String title, @RequestParam(required = false) String formToken,
			HttpSession httpSession, Locale locale, RedirectAttributes redirect) {
		Event event = events.get(eventId);
		String name = title == null || title.isBlank() ? messages.getMessage("cafe.defaultTitle", null, locale)
				: title.strip();
		List<String> questions = List.of(messages.getMessage("cafe.question.past", null, locale),
				messages.getMessage("cafe.question.present", null, locale),
				messages.getMessage("cafe.question.future", null, locale));
		return submitOnce.run(httpSession, formToken, () -> {
			Cafe cafe = cafes.create(event.getId(), sessionId, name, questions);
			redirect.addFlashAttribute("notice", "cafe.created");
			return "redirect:/cafes/" + cafe.id();
		});
	}

	@GetMapping("/cafes/{cafeId}")
	String setup(@PathVariable long cafeId, Model model) {
		Cafe cafe = cafes.get(cafeId);
		Seating seating = cafes.seating(cafeId);
		model.addAttribute("cafe", cafe);
		model.addAttribute("event", events.get(cafe.eventId()));
		model.addAttribute("sessions", events.agenda(cafe.eventId()));
		model.addAttribute("seating", seating);
		model.addAttribute("people", seating.people());
		model.addAttribute("hosts", hosts(seating.tables()));
		model.addAttribute("apart", cafes.apart(cafeId).stream()
			.map(p -> new Pair(seating.person(p[0]), seating.person(p[1])))
			.toList());
		model.addAttribute("together", cafes.together(cafeId).stream()
			.map(p -> new Pair(seating.person(p[0]), seating.person(p[1])))
			.toList());
		model.addAttribute("apartTogether", cafes.apartTogether(cafeId));
		model.addAttribute("unseated", unseated(cafe, seating));
		model.addAttribute("job", cafes.planning(cafeId));
		model.addAttribute("objectives", Objective.values());
		model.addAttribute("withHtmx", true);
		return "cafe/setup";
	}

	/** Two people kept apart, or allowed together. */
	record Pair(CafePerson a, CafePerson b) {
	}

	/** Rounds in which present people have no seat (they registered after planning, or came back). */
	record Unseated(int round, List<CafePerson> people) {
	}

	private static List<Unseated> unseated(Cafe cafe, Seating seating) {
		if (seating.isEmpty()) {
			return List.of();
		}
		return cafe.rounds().stream()
			.map(r -> new Unseated(r.number(), seating.unseated(r.number())))
			.filter(u -> !u.people().isEmpty())
			.toList();
	}

	private static Set<Long> hosts(List<CafeTable> tables) {
		Set<Long> hosts = new HashSet<>();
		tables.forEach(t -> {
			if (t.hostId() != null) {
				hosts.add(t.hostId());
			}
		});
		return hosts;
	}

	@PostMapping("/cafes/{cafeId}")
	String update(@PathVariable long cafeId, @RequestParam(required = false) String title,
			@RequestParam(required = false) Long sessionId, @RequestParam(defaultValue = "3") int dotsPerPerson,
			Locale locale, RedirectAttributes redirect) {
		return act(cafeId, "", redirect, () -> cafes.update(cafeId, title, sessionId, dotsPerPerson));
	}

	/** The rounds as the form sends them: parallel lists; a round with neither question nor minutes is dropped. */
	@PostMapping("/cafes/{cafeId}/rounds")
	String rounds(@PathVariable long cafeId, @RequestParam(name = "question", required = false) List<String> questions,
			@RequestParam(name = "minutes", required = false) List<String> minutes,
			@RequestParam(name = "returnHome", required = false) List<Integer> returnHome, Locale locale,
			RedirectAttributes redirect) {
		List<Cafe.Round> rounds = new ArrayList<>();
		int count = questions == null ? 0 : questions.size();
		for (int i = 0; i < count; i++) {
			String question = questions.get(i) == null ? "" : questions.get(i).strip();
			String m = minutes != null && i < minutes.size() && minutes.get(i) != null ? minutes.get(i).strip() : "";
			if (question.isEmpty() && m.isEmpty()) {
				continue;
			}
			int mins;
			try {
				mins = m.isEmpty() ? 20 : Integer.parseInt(m);
			}
			catch (NumberFormatException e) {
				mins = -1;
			}
			rounds.add(new Cafe.Round(rounds.size() + 1, question, mins,
					returnHome != null && returnHome.contains(i + 1)));
		}
		return act(cafeId, "#rounds", redirect, () -> cafes.saveRounds(cafeId, rounds));
	}

	/** The tables as the form sends them: parallel lists; a blank name removes a table. */
	@PostMapping("/cafes/{cafeId}/tables")
	String tables(@PathVariable long cafeId, @RequestParam(name = "tableId", required = false) List<String> ids,
			@RequestParam(name = "name", required = false) List<String> names,
			@RequestParam(name = "capacity", required = false) List<String> capacities,
			@RequestParam(name = "host", required = false) List<String> hostIds, Locale locale,
			RedirectAttributes redirect) {
		List<Cafes.TableForm> forms = new ArrayList<>();
		int count = names == null ? 0 : names.size();
		for (int i = 0; i < count; i++) {
			forms.add(new Cafes.TableForm(number(ids, i), names.get(i),
					number(capacities, i) == null ? 0 : number(capacities, i).intValue(), number(hostIds, i)));
		}
		return act(cafeId, "#tables", redirect, () -> cafes.saveTables(cafeId, forms));
	}

	private static Long number(List<String> values, int i) {
		if (values == null || i >= values.size() || values.get(i) == null || values.get(i).isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(values.get(i).strip());
		}
		catch (NumberFormatException e) {
			return -1L;
		}
	}

	/** Brings in the participants registered since the café was set up. */
	@PostMapping("/cafes/{cafeId}/people")
	String people(@PathVariable long cafeId, RedirectAttributes redirect) {
		int count = cafes.syncPeople(cafeId);
		redirect.addFlashAttribute("notice", "cafe.peopleCount");
		redirect.addFlashAttribute("noticeArg", count);
		return "redirect:/cafes/" + cafeId + "#people";
	}

	/** Who misses which rounds: checkboxes named {@code absent} with values {@code personId:round}. */
	@PostMapping("/cafes/{cafeId}/absences")
	String absences(@PathVariable long cafeId, @RequestParam(name = "absent", required = false) List<String> absent,
			Locale locale, RedirectAttributes redirect) {
		Map<Long, Set<Integer>> byPerson = new HashMap<>();
		cafes.people(cafeId).forEach(p -> byPerson.put(p.id(), new HashSet<>()));
		if (absent != null) {
			for (String value : absent) {
				String[] parts = value.split(":");
				if (parts.length == 2 && parts[0].matches("\\d{1,18}") && parts[1].matches("\\d{1,3}")
						&& byPerson.containsKey(Long.valueOf(parts[0]))) {
					byPerson.get(Long.valueOf(parts[0])).add(Integer.valueOf(parts[1]));
				}
			}
		}
		return act(cafeId, "#people", redirect, () -> byPerson.forEach((p, r) -> cafes.setAbsent(cafeId, p, r)));
	}

	/** A pair kept apart (kind APART), allowed together (TOGETHER), or forgotten (any other kind). */
	@PostMapping("/cafes/{cafeId}/pairs")
	String pair(@PathVariable long cafeId, @RequestParam(required = false) Long a,
			@RequestParam(required = false) Long b, @RequestParam(defaultValue = "APART") String kind, Locale locale,
			RedirectAttributes redirect) {
		return act(cafeId, "#pairs", redirect, () -> {
			if (a == null || b == null) {
				throw new UserError("cafe.error.apart");
			}
			switch (kind) {
				case "APART" -> cafes.keepApart(cafeId, a, b);
				case "TOGETHER" -> cafes.allowTogether(cafeId, a, b);
				default -> cafes.forgetPair(cafeId, a, b);
			}
		});
	}

	// ---- planning

	@PostMapping("/cafes/{cafeId}/plan")
	String plan(@PathVariable long cafeId, @RequestParam(defaultValue = "10") double seconds, Locale locale,
			RedirectAttributes redirect) {
		return act(cafeId, "#plan", redirect, () -> cafes.startPlanning(cafeId, seconds));
	}

	/** The planner's progress, polled every second by the set-up page; when it is done the page reloads. */
	@GetMapping("/cafes/{cafeId}/plan")
	String progress(@PathVariable long cafeId, HttpServletResponse response, Model model) {
		Cafe cafe = cafes.get(cafeId);
		Cafes.PlanJob job = cafes.planning(cafeId);
		if (job == null || job.done()) {
			response.setHeader("HX-Refresh", "true");
		}
		model.addAttribute("cafe", cafe);
		model.addAttribute("job", job);
		return "cafe/setup :: progress";
	}

	@PostMapping("/cafes/{cafeId}/swap")
	String swap(@PathVariable long cafeId, @RequestParam int round, @RequestParam(required = false) Long a,
			@RequestParam(required = false) Long b, Locale locale, RedirectAttributes redirect) {
		return act(cafeId, "#plan", redirect, () -> {
			if (a == null || b == null) {
				throw new UserError("cafe.error.swapSeats");
			}
			cafes.swap(cafeId, round, a, b);
			redirect.addFlashAttribute("notice", "cafe.swapped");
		});
	}

	// ---- running the rounds

	/** The projector: the round, its question and clock, who sits where, and the controls. */
	@GetMapping("/cafes/{cafeId}/run")
	String run(@PathVariable long cafeId, HttpServletRequest request, Model model) {
		runModel(cafeId, model);
		String base = PublicAddress.of(properties.baseUrl(), request);
		model.addAttribute("phoneUrl", base + "/c");
		model.addAttribute("qr", QrCodes.svg(base + "/c", base + "/c"));
		model.addAttribute("cafeScripts", true);
		return "cafe/run";
	}

	/** The projector's stage, fetched again whenever the café changes. */
	@GetMapping("/cafes/{cafeId}/run/stage")
	String runStage(@PathVariable long cafeId, Model model) {
		runModel(cafeId, model);
		return "cafe/run :: stage";
	}

	private void runModel(long cafeId, Model model) {
		Cafe cafe = cafes.get(cafeId);
		model.addAttribute("cafe", cafe);
		model.addAttribute("seating", cafes.seating(cafeId));
		model.addAttribute("secondsLeft", cafe.secondsLeft(Instant.now()));
		List<Note> notes = cafes.notes(cafeId);
		model.addAttribute("noteCount", notes.stream().filter(n -> !n.hidden()).count());
		model.addAttribute("top", notes.stream().filter(n -> n.shown() && n.dots() > 0)
			.sorted(java.util.Comparator.comparingInt(Note::dots).reversed())
			.limit(5)
			.toList());
	}

	@GetMapping(path = "/cafes/{cafeId}/events", produces = "text/event-stream")
	SseEmitter events(@PathVariable long cafeId,
			@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
		cafes.get(cafeId);
		return hub.subscribe(Cafes.topic(cafeId), lastEventId);
	}

	/** Moves to a round: 0 before the first, n + 1 to end; the projector and every phone follow. */
	@PostMapping("/cafes/{cafeId}/round")
	String round(@PathVariable long cafeId, @RequestParam int to) {
		cafes.moveTo(cafeId, to);
		return "redirect:/cafes/" + cafeId + "/run";
	}

	@PostMapping("/cafes/{cafeId}/voting")
	String voting(@PathVariable long cafeId, @RequestParam boolean open,
			@RequestParam(defaultValue = "run") String back) {
		cafes.setVoting(cafeId, open);
		return "redirect:/cafes/" + cafeId + ("harvest".equals(back) ? "/harvest" : "/run");
	}

	// ---- the harvest

	@GetMapping("/cafes/{cafeId}/harvest")
	String harvest(@PathVariable long cafeId, Model model) {
		Cafe cafe = cafes.get(cafeId);
		List<CafeTable> tables = cafes.tables(cafeId);
		List<Note> notes = cafes.notes(cafeId);
		List<RoundNotes> rounds = new ArrayList<>();
		for (Cafe.Round r : cafe.rounds()) {
			List<TableNotes> atTables = new ArrayList<>();
			for (CafeTable t : tables) {
				List<Note> here = notes.stream().filter(n -> n.round() == r.number() && n.tableId() == t.id()).toList();
				if (!here.isEmpty()) {
					atTables.add(new TableNotes(t, here));
				}
			}
			rounds.add(new RoundNotes(r, atTables));
		}
		Map<Long, Note> byId = new HashMap<>();
		notes.forEach(n -> byId.put(n.id(), n));
		model.addAttribute("cafe", cafe);
		model.addAttribute("event", events.get(cafe.eventId()));
		model.addAttribute("rounds", rounds);
		model.addAttribute("noteCount", notes.size());
		model.addAttribute("tableNames", tableNames(tables));
		Map<String, List<Note>> clusters = cafes.clusters(cafeId);
		model.addAttribute("clusters", clusters);
		model.addAttribute("clusterNames", clusters.keySet());
		model.addAttribute("actions", cafes.actions(cafeId));
		model.addAttribute("notesById", byId);
		model.addAttribute("statuses", ActionItem.Status.values());
		return "cafe/harvest";
	}

	private static Map<Long, String> tableNames(List<CafeTable> tables) {
		Map<Long, String> names = new HashMap<>();
		tables.forEach(t -> names.put(t.id(), t.name()));
		return names;
	}

	@PostMapping("/cafes/{cafeId}/notes/{noteId}/hide")
	String hide(@PathVariable long cafeId, @PathVariable long noteId, @RequestParam boolean hidden) {
		cafes.hideNote(cafeId, noteId, hidden);
		return "redirect:/cafes/" + cafeId + "/harvest#note-" + noteId;
	}

	/** A flagged note the coordinator has checked: it joins the ballot and the projector. */
	@PostMapping("/cafes/{cafeId}/notes/{noteId}/clear")
	String clearFlag(@PathVariable long cafeId, @PathVariable long noteId) {
		cafes.clearFlag(cafeId, noteId);
		return "redirect:/cafes/" + cafeId + "/harvest#note-" + noteId;
	}

	@PostMapping("/cafes/{cafeId}/notes/{noteId}/cluster")
	String cluster(@PathVariable long cafeId, @PathVariable long noteId,
			@RequestParam(required = false) String cluster) {
		cafes.cluster(cafeId, noteId, cluster);
		return "redirect:/cafes/" + cafeId + "/harvest#note-" + noteId;
	}

	/** A new action item; the form's one-time token makes a double click add it once. */
	@PostMapping("/cafes/{cafeId}/actions")
	String addAction(@PathVariable long cafeId, @RequestParam(required = false) Long noteId,
			@RequestParam(required = false) String text, @RequestParam(required = false) String owner,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due,
			@RequestParam(required = false) String formToken, HttpSession httpSession, Locale locale,
			RedirectAttributes redirect) {
		return submitOnce.run(httpSession, formToken, () -> act(cafeId, "/harvest#actions", redirect, () -> {
			cafes.addAction(cafeId, noteId, text, owner, due);
			redirect.addFlashAttribute("notice", "cafe.actionAdded");
		}));
	}

	@PostMapping("/cafes/{cafeId}/actions/{actionId}")
	String updateAction(@PathVariable long cafeId, @PathVariable long actionId,
			@RequestParam(required = false) String text, @RequestParam(required = false) String owner,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due,
			@RequestParam(required = false) ActionItem.Status status, Locale locale, RedirectAttributes redirect) {
		return act(cafeId, "/harvest#actions", redirect, () -> {
			cafes.updateAction(cafeId, actionId, text, owner, due, status);
			redirect.addFlashAttribute("notice", "cafe.actionSaved");
		});
	}

	@PostMapping("/cafes/{cafeId}/actions/{actionId}/delete")
	String deleteAction(@PathVariable long cafeId, @PathVariable long actionId) {
		cafes.deleteAction(cafeId, actionId);
		return "redirect:/cafes/" + cafeId + "/harvest#actions";
	}

	// ---- seat cards

	/** Seat cards: one card per participant with their table per round, then one sheet per table. */
	@GetMapping("/cafes/{cafeId}/cards.pdf")
	ResponseEntity<byte[]> cards(@PathVariable long cafeId, HttpServletRequest request, Locale locale) {
		Cafe cafe = cafes.get(cafeId);
		Seating seating = cafes.seating(cafeId);
		String base = PublicAddress.of(properties.baseUrl(), request);
		List<Card> cards = new ArrayList<>();
		for (CafePerson person : seating.people()) {
			List<CardRound> rounds = new ArrayList<>();
			for (Cafe.Round round : cafe.rounds()) {
				CafeTable table = seating.tableOf(person.id(), round.number());
				rounds.add(new CardRound(round.number(), table == null ? null : table.name(),
						table != null && Long.valueOf(person.id()).equals(table.hostId())));
			}
			String link = base + "/c/" + person.key();
			cards.add(new Card(person, rounds, QrCodes.svg(link, link), link));
		}
		List<Sheet> sheets = seating.tables().stream()
			.map(t -> new Sheet(t, cafe.rounds().stream()
				.map(r -> new SheetRound(r, seating.at(t.id(), r.number())))
				.toList()))
			.toList();
		List<List<Card>> rows = new ArrayList<>();
		for (int i = 0; i < cards.size(); i += 2) {
			rows.add(cards.subList(i, Math.min(cards.size(), i + 2)));
		}
		byte[] pdf = pdfs.render("cafe/cards", Map.of("cafe", cafe, "rows", rows, "sheets", sheets,
				"planned", !seating.isEmpty()), locale);
		return Downloads.attachment("seat-cards-" + cafeId + ".pdf", "application/pdf", pdf);
	}

	// ----

	/**
	 * Runs a change and goes back to the part of the page it came from; a refusal ({@code UserError}) goes back with
	 * the message in the reader's language through the one error advice.
	 */
	private static String act(long cafeId, String back, RedirectAttributes redirect, Runnable action) {
		action.run();
		if (!redirect.getFlashAttributes().containsKey("notice")) {
			redirect.addFlashAttribute("notice", "cafe.saved");
		}
		return "redirect:/cafes/" + cafeId + back;
	}
}
