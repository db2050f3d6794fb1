package org.convene.cafe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.convene.ConveneTest;
import org.convene.cafe.Cafe;
import org.convene.cafe.Cafes;
import org.convene.events.Event;
import org.convene.events.EventDetails;
import org.convene.events.Events;
import org.convene.events.ParticipantDetails;
import org.convene.events.Sex;
import org.convene.events.StakeholderType;
import org.convene.events.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Seat cards are printed in parts and joined (so 5,000 people fit in a 512 MB heap: BigEventMemory in
 * docs/benchmarks.md): the joined PDF has every person's card, then every table's sheet, and no blank page where
 * two parts meet.
 */
@ConveneTest
class SeatCardPartsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Events events;

	@Autowired
	Cafes cafes;

	@Test
	void cardsPrintedInPartsAreOneDocumentWithEveryCardAndNoBlankPage() throws Exception {
		int people = SeatCards.ROWS_PER_PART * 2 * 2 + 7; // two full parts of cards and a third
		Event event = events.create(new EventDetails("Many seats", LocalDate.of(2031, 7, 1), LocalDate.of(2031, 7, 1),
				"UTC", null, null, List.of("en"), null, null, Visibility.PUBLIC));
		List<ParticipantDetails> rows = new ArrayList<>();
		for (int i = 0; i < people; i++) {
			rows.add(new ParticipantDetails(String.format("Seat Person %03d", i), "Org", StakeholderType.MINISTRY, "AT",
					null, i % 2 == 0 ? Sex.FEMALE : Sex.MALE, null, true, null));
		}
		events.importAll(event.getId(), rows);
		Cafe cafe = cafes.create(event.getId(), null, "Many seats café", List.of("Why?"));
		byte[] pdf = mvc.perform(get("/cafes/" + cafe.id() + "/cards.pdf")
			.with(user("coordinator@demo.convene").roles("COORDINATOR"))).andReturn().getResponse().getContentAsByteArray();
		try (var doc = Loader.loadPDF(pdf)) {
			PDFTextStripper text = new PDFTextStripper();
			String all = text.getText(doc);
			for (int i = 0; i < people; i++) {
				assertThat(all).contains(String.format("Seat Person %03d", i));
			}
			int tables = cafes.seating(cafe.id()).tables().size();
			assertThat(all.split("Round 1", -1).length - 1).as("a card's and a sheet's round per person and table")
				.isGreaterThanOrEqualTo(people + tables);
			for (int page = 1; page <= doc.getNumberOfPages(); page++) {
				text.setStartPage(page);
				text.setEndPage(page);
				assertThat(text.getText(doc).strip()).as("page " + page + " of " + doc.getNumberOfPages()).isNotEmpty();
			}
		}
	}
}
