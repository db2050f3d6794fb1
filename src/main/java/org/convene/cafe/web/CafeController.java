package org.convene.cafe.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.convene.cafe.Cafe;
import org.convene.cafe.CafeHarvest;
import org.convene.cafe.CafePerson;
import org.convene.cafe.CafePlanning;
import org.convene.cafe.CafeTable;
import org.convene.cafe.Cafes;
import org.convene.cafe.Seating;
import org.convene.events.Event;
import org.convene.events.Events;
import org.convene.events.Objective;
import org.convene.platform.ConveneProperties;
import org.convene.platform.UserError;
import org.convene.platform.pdf.Pdfs;
import org.convene.platform.push.PushHub;
import org.convene.platform.web.SubmitOnce;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's side of a World Café (ADMIN and COORDINATOR, by path in the security policy):
 * set-up and planning, the projector while the rounds run, the harvest, and the seat cards.
 * Every form works without JavaScript (post, then redirect); htmx only polls the planner's progress
 * and refreshes the projector when something changes.
 */
@Controller
class CafeController {

	private final Cafes cafes;
	private final CafePlanning planning;
	private final CafeHarvest harvest;
	private final Events events;
	private final Pdfs pdfs;
	private final PushHub hub;
	private final SubmitOnce submitOnce;
	private final MessageSource messages;
	private final ConveneProperties properties;

	CafeController(Cafes cafes, CafePlanning planning, CafeHarvest harvest, Events events, Pdfs pdfs, PushHub hub, SubmitOnce submitOnce, MessageSource messages,
			ConveneProperties properties) {
		this.cafes = cafes;
		this.planning = planning;
		this.harvest = harvest;
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
			@RequestParam(required = false) String title, @RequestParam(required = false) String formToken, Locale locale, RedirectAttributes redirect) {
		Event event = events.get(eventId);
		String name = title == null || title.isBlank() ? messages.getMessage("cafe.defaultTitle", null, locale)
				: title.strip();
		List<String> questions = List.of(messages.getMessage("cafe.question.past", null, locale),
				messages.getMessage("cafe.question.present", null, locale),
				messages.getMessage("cafe.question.future", null, locale));
		return submitOnce.run(formToken, () -> {
			Cafe cafe = cafes.create(event.getId(), sessionId, name, questions);
			redirect.addFlashAttribute("notice", "cafe.created");
			return "redirect:/cafes/" + cafe.id();
		});
	}

	@GetMapping("/cafes/{cafeId}")
	String setup(@PathVariable long cafeId, Locale locale, Model model) {
		// the planning run first, and whether it runs read once: a run ending between reading the café and rendering
		// would show neither its plan nor its progress (a plan built from a design takes milliseconds); a run seen
		// done has saved its plan, one seen running shows its progress, which reloads the page when it ends
		CafePlanning.PlanJob job = planning.planning(cafeId);
		boolean planRunning = job != null && !job.done();
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
		model.addAttribute("apartTogether", planning.apartTogether(cafeId));
		model.addAttribute("unseated", unseated(cafe, seating));
		model.addAttribute("job", job);
		model.addAttribute("planRunning", planRunning);
		model.addAttribute("planError", job == null || job.error() == null ? null : job.error().message(messages, locale));
		model.addAttribute("objectives", Objective.values());
		model.addAttribute("form", SetupForm.of(cafe, seating.tables()));
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

	/** The rounds as the form sends them ({@code rounds[i].question}, {@code .minutes}, {@code .returnHome}). */
	@PostMapping("/cafes/{cafeId}/rounds")
	String rounds(@PathVariable long cafeId, @ModelAttribute SetupForm form, BindingResult binding,
			RedirectAttributes redirect) {
		return act(cafeId, "#rounds", redirect, () -> {
			if (binding.hasErrors()) {
				throw new UserError("cafe.error.minutes");
			}
			cafes.saveRounds(cafeId, form.toRounds());
		});
	}

	/** The tables as the form sends them ({@code tables[i].id}, {@code .name}, {@code .capacity}, {@code .host}). */
	@PostMapping("/cafes/{cafeId}/tables")
	String tables(@PathVariable long cafeId, @ModelAttribute SetupForm form, BindingResult binding,
			RedirectAttributes redirect) {
		return act(cafeId, "#tables", redirect, () -> {
			FieldError wrong = binding.getFieldError();
			if (wrong != null) {
				String row = wrong.getField().replaceAll("\\.\\w+$", ".name");
				Object name = binding.getRawFieldValue(row);
				throw new UserError(wrong.getField().endsWith(".capacity") ? "cafe.error.capacity" : "cafe.error.host",
						name == null ? "" : name);
			}
			cafes.saveTables(cafeId, form.toTables());
		});
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
		return act(cafeId, "#plan", redirect, () -> planning.startPlanning(cafeId, seconds));
	}

	/** The planner's progress, polled every second by the set-up page; when it is done the page reloads. */
	@GetMapping("/cafes/{cafeId}/plan")
	String progress(@PathVariable long cafeId, HttpServletResponse response, Model model) {
		Cafe cafe = cafes.get(cafeId);
		CafePlanning.PlanJob job = planning.planning(cafeId);
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
			planning.swap(cafeId, round, a, b);
			redirect.addFlashAttribute("notice", "cafe.swapped");
		});
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
