package org.convene.cafe.web;

import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.convene.cafe.Cafe;
import org.convene.cafe.CafeHarvest;
import org.convene.cafe.Cafes;
import org.convene.cafe.Note;
import org.convene.charts.QrCodes;
import org.convene.platform.push.PushHub;
import org.convene.platform.web.PhoneAddress;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The projector while a café runs (ADMIN and COORDINATOR): the round, its question and clock, who sits where,
 * the insights with their dots, and the controls that move every phone along. Refreshed by the café's push.
 */
@Controller
class RunController {

	private final Cafes cafes;
	private final CafeHarvest harvest;
	private final PushHub hub;
	private final PhoneAddress phoneAddress;

	RunController(Cafes cafes, CafeHarvest harvest, PushHub hub, PhoneAddress phoneAddress) {
		this.cafes = cafes;
		this.harvest = harvest;
		this.hub = hub;
		this.phoneAddress = phoneAddress;
	}

	/** The projector: the round, its question and clock, who sits where, and the controls. */
	@GetMapping("/cafes/{cafeId}/run")
	String run(@PathVariable long cafeId, HttpServletRequest request, Model model) {
		runModel(cafeId, model);
		PhoneAddress.Choice phone = phoneAddress.choice(request);
		model.addAttribute("phone", phone);
		String base = phone.address();
		model.addAttribute("phoneUrl", base + "/c");
		model.addAttribute("qr", QrCodes.svg(base + "/c", base + "/c"));
		model.addAttribute("cafeScripts", true);
		model.addAttribute("projector", true);
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
		List<Note> notes = harvest.notes(cafeId);
		model.addAttribute("noteCount", notes.stream().filter(n -> !n.hidden()).count());
		model.addAttribute("top", notes.stream().filter(n -> n.shown() && n.dots() > 0)
			.sorted(Comparator.comparingInt(Note::dots).reversed())
			.limit(5)
			.toList());
	}

	/** The projector's live socket: "round" and "changed" as the café moves. */
	@GetMapping("/cafes/{cafeId}/live")
	void live(@PathVariable long cafeId, HttpServletRequest request, HttpServletResponse response) throws IOException {
		cafes.get(cafeId);
		hub.connect(Cafes.topic(cafeId), () -> { }, request, response);
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
}
