package org.convene.interact.web;

import java.util.List;
import java.util.Locale;

import org.convene.interact.Deck;
import org.convene.interact.Decks;
import org.convene.interact.Live;
import org.convene.interact.Response;
import org.convene.interact.Room;
import org.convene.interact.internal.ResultsExport;
import org.convene.interact.internal.Tally;
import org.convene.platform.files.Sheets;
import org.convene.platform.web.Downloads;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A deck's results after (or during) the session: every activity, moderation, CSV and XLSX export. */
@Controller
class ResultsController {

	private final Live live;
	private final Decks decks;
	private final ResultsExport export;
	private final MessageSource messages;
	private final org.convene.interact.Evaluations evaluations;

	ResultsController(Live live, Decks decks, ResultsExport export, MessageSource messages,
			org.convene.interact.Evaluations evaluations) {
		this.evaluations = evaluations;
		this.live = live;
		this.decks = decks;
		this.export = export;
		this.messages = messages;
	}

	@GetMapping("/decks/{deckId}/results")
	String results(@PathVariable long deckId, @RequestParam(defaultValue = "votes") String sort, Locale locale,
			Model model) {
		Room room = live.room(deckId);
		model.addAttribute("room", room);
		model.addAttribute("deck", room.deck());
		model.addAttribute("sort", sort);
		model.addAttribute("results", room.activities().stream()
			.map(l -> Tally.of(l.activity(), l.responses(), locale, true, !"time".equals(sort)))
			.toList());
		model.addAttribute("leaders", room.leaderboard(20));
		if (room.deck().isSelfPaced()) {
			model.addAttribute("summary", evaluations.summary(deckId, locale));
		}
		return "interact/results";
	}

	@PostMapping("/decks/{deckId}/responses/{responseId}")
	String moderate(@PathVariable long deckId, @PathVariable long responseId, @RequestParam Response.Status status,
			RedirectAttributes redirect) {
		live.moderate(live.room(deckId), responseId, status);
		redirect.addFlashAttribute("notice", "moderation.saved");
		return "redirect:/decks/" + deckId + "/results#response-" + responseId;
	}

	@GetMapping("/decks/{deckId}/results.csv")
	ResponseEntity<byte[]> csv(@PathVariable long deckId, Locale locale) {
		Deck deck = decks.get(deckId);
		return Downloads.attachment(fileName(deck, "csv"), Sheets.CSV, Sheets.csv(header(locale), export.rows(deckId)));
	}

	@GetMapping("/decks/{deckId}/results.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long deckId, Locale locale) {
		Deck deck = decks.get(deckId);
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
