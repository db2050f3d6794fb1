package org.convene.cafe.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.convene.cafe.ActionItem;
import org.convene.cafe.Cafe;
import org.convene.cafe.CafeHarvest;
import org.convene.cafe.CafeTable;
import org.convene.cafe.Cafes;
import org.convene.cafe.Note;
import org.convene.events.Events;
import org.convene.platform.UserError;
import org.convene.platform.audit.AuditAction;
import org.convene.platform.audit.AuditLog;
import org.convene.platform.web.SubmitOnce;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The harvest board (ADMIN and COORDINATOR): insights by round and table, hiding, releasing a flagged note,
 * clusters, and the action items that come of it. Every form works without JavaScript (post, then redirect).
 */
@Controller
class HarvestController {

	/** The notes of one table in one round, for the harvest board. */
	record TableNotes(CafeTable table, List<Note> notes) {
	}

	record RoundNotes(Cafe.Round round, List<TableNotes> tables) {
	}

	private final AuditLog audit;
	private final Cafes cafes;
	private final CafeHarvest harvest;
	private final Events events;
	private final SubmitOnce submitOnce;

	HarvestController(AuditLog audit, Cafes cafes, CafeHarvest harvest, Events events, SubmitOnce submitOnce) {
		this.audit = audit;
		this.cafes = cafes;
		this.harvest = harvest;
		this.events = events;
		this.submitOnce = submitOnce;
	}

	@GetMapping("/cafes/{cafeId}/harvest")
	String harvest(@PathVariable long cafeId, Model model) {
		Cafe cafe = cafes.get(cafeId);
		List<CafeTable> tables = cafes.tables(cafeId);
		List<Note> notes = harvest.notes(cafeId);
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
		Map<String, List<Note>> clusters = harvest.clusters(cafeId);
		model.addAttribute("clusters", clusters);
		model.addAttribute("clusterNames", clusters.keySet());
		model.addAttribute("actions", harvest.actions(cafeId));
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
		harvest.hideNote(cafeId, noteId, hidden);
		return "redirect:/cafes/" + cafeId + "/harvest#note-" + noteId;
	}

	/** A flagged note the coordinator has checked: it joins the ballot and the projector. */
	@PostMapping("/cafes/{cafeId}/notes/{noteId}/clear")
	String clearFlag(@PathVariable long cafeId, @PathVariable long noteId) {
		harvest.clearFlag(cafeId, noteId);
		return "redirect:/cafes/" + cafeId + "/harvest#note-" + noteId;
	}

	@PostMapping("/cafes/{cafeId}/notes/{noteId}/cluster")
	String cluster(@PathVariable long cafeId, @PathVariable long noteId,
			@RequestParam(required = false) String cluster) {
		harvest.cluster(cafeId, noteId, cluster);
		return "redirect:/cafes/" + cafeId + "/harvest#note-" + noteId;
	}

	/** A new action item; the form's one-time token makes a double click add it once. */
	@PostMapping("/cafes/{cafeId}/actions")
	String addAction(@PathVariable long cafeId, @RequestParam(required = false) Long noteId,
			@RequestParam(required = false) String text, @RequestParam(required = false) String owner,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due,
			@RequestParam(required = false) String formToken, Locale locale,
			RedirectAttributes redirect) {
		return submitOnce.run(formToken, () -> act(cafeId, redirect, () -> {
			harvest.addAction(cafeId, noteId, text, owner, due);
			redirect.addFlashAttribute("notice", "cafe.actionAdded");
		}));
	}

	@PostMapping("/cafes/{cafeId}/actions/{actionId}")
	String updateAction(@PathVariable long cafeId, @PathVariable long actionId,
			@RequestParam(required = false) String text, @RequestParam(required = false) String owner,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due,
			@RequestParam(required = false) ActionItem.Status status, Locale locale, RedirectAttributes redirect) {
		return act(cafeId, redirect, () -> {
			harvest.updateAction(cafeId, actionId, text, owner, due, status);
			redirect.addFlashAttribute("notice", "cafe.actionSaved");
		});
	}

	@PostMapping("/cafes/{cafeId}/actions/{actionId}/delete")
	String deleteAction(@PathVariable long cafeId, @PathVariable long actionId,
			@RequestParam(defaultValue = "false") boolean confirm) {
		UserError.requireConfirmed(confirm);
		harvest.deleteAction(cafeId, actionId);
		audit.record(AuditAction.ACTION_ITEM_DELETED, "café " + cafeId + ", action item " + actionId, null);
		return "redirect:/cafes/" + cafeId + "/harvest#actions";
	}

	/** Runs a change and goes back to the action items; a refusal goes back with its message (the error advice). */
	private static String act(long cafeId, RedirectAttributes redirect, Runnable action) {
		action.run();
		return "redirect:/cafes/" + cafeId + "/harvest#actions";
	}
}
