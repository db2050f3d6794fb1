package org.convene.cafe.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.convene.cafe.Cafe;
import org.convene.cafe.CafePerson;
import org.convene.cafe.CafeTable;
import org.convene.cafe.Cafes;
import org.convene.cafe.Seating;
import org.convene.charts.QrCodes;
import org.convene.platform.audit.AuditAction;
import org.convene.platform.audit.AuditLog;
import org.convene.platform.pdf.Pdfs;
import org.convene.platform.web.Downloads;
import org.convene.platform.web.PhoneAddress;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Seat cards (PDF): one card per participant with their table in each round and a QR code to their phone page
 * (the full address phones can reach), then one sheet per table with who sits there each round, host first.
 */
@Controller
class SeatCards {

	/** Rows of two cards printed together (100 cards, ten pages), and table sheets: memory is bounded by a part. */
	static final int ROWS_PER_PART = 50;
	static final int SHEETS_PER_PART = 50;

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

	private final AuditLog audit;
	private final Cafes cafes;
	private final Pdfs pdfs;
	private final PhoneAddress phoneAddress;

	SeatCards(AuditLog audit, Cafes cafes, Pdfs pdfs, PhoneAddress phoneAddress) {
		this.audit = audit;
		this.cafes = cafes;
		this.pdfs = pdfs;
		this.phoneAddress = phoneAddress;
	}

	/** Seat cards: one card per participant with their table per round, then one sheet per table. */
	@GetMapping("/cafes/{cafeId}/cards.pdf")
	ResponseEntity<byte[]> cards(@PathVariable long cafeId, HttpServletRequest request, Locale locale) {
		Cafe cafe = cafes.get(cafeId);
		audit.record(AuditAction.SEAT_CARDS_DOWNLOADED, "café " + cafeId, null);
		Seating seating = cafes.seating(cafeId);
		String base = phoneAddress.of(request);
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
		// printed in parts (the cards, then the table sheets), so 5,000 people fit in a small heap
		List<Map<String, Object>> parts = new ArrayList<>();
		for (int i = 0; i < rows.size(); i += ROWS_PER_PART) {
			parts.add(Map.of("cafe", cafe, "base", base, "rows", rows.subList(i, Math.min(rows.size(), i + ROWS_PER_PART)),
					"sheets", List.of(), "planned", !seating.isEmpty()));
		}
		for (int i = 0; i < sheets.size(); i += SHEETS_PER_PART) {
			parts.add(Map.of("cafe", cafe, "base", base, "rows", List.of(), "sheets",
					sheets.subList(i, Math.min(sheets.size(), i + SHEETS_PER_PART)), "planned", !seating.isEmpty()));
		}
		if (parts.isEmpty()) {
			parts.add(Map.of("cafe", cafe, "base", base, "rows", List.of(), "sheets", List.of(), "planned",
					!seating.isEmpty()));
		}
		byte[] pdf = pdfs.renderParts("cafe/cards", parts, locale);
		return Downloads.attachment("seat-cards-" + cafeId + ".pdf", "application/pdf", pdf);
	}
}
