package org.convene.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.FromAddress.from;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.apache.pdfbox.Loader;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.convene.ConveneTest;
import org.convene.cafe.Cafe;
import org.convene.cafe.Cafes;
import org.convene.events.Event;
import org.convene.events.EventDetails;
import org.convene.events.Events;
import org.convene.events.Participant;
import org.convene.events.Visibility;
import org.convene.interact.Activity;
import org.convene.interact.ActivityDetails;
import org.convene.interact.ActivityText;
import org.convene.interact.ActivityType;
import org.convene.interact.Deck;
import org.convene.interact.Decks;
import org.convene.interact.Live;
import org.convene.interact.LiveControls;
import org.convene.interact.Response;
import org.convene.platform.text.CleanText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Generated hostile text through every input that reaches a report, a card or an export (issue 14): registrations
 * (name, organisation, job title, biography) and anonymous answers (open text, words), sent as browsers send them,
 * then every output rendered and opened — report page, PDF and DOCX, seat cards, participant CSV and XLSX, results
 * CSV and XLSX. Each must answer 200 and open in its own reader; nothing stored may hold a character XML cannot
 * carry; no input may get a 5xx. The generator is seeded (a failure names its seed and can be replayed) and mixes
 * what broke or could break outputs: controls, non-characters, lone surrogates, bidi and zero-width marks,
 * stacked combining marks, XML and CSV-formula syntax, right-to-left and astral scripts, and over-long runs.
 * (Why not jqwik or Jazzer: decisions.md, 29.)
 */
@ConveneTest
class GeneratedInputTest {

	static final long SEED = 20261201L;
	static final int ROUNDS = 4;
	static final int PEOPLE_PER_ROUND = 12;

	private static final RequestPostProcessor COORDINATOR = user("coordinator@demo.convene").roles("COORDINATOR");

	private static final String[] PIECES = { "<script>alert(1)</script>", "]]>", "<!--", "&amp;", "&#0;", "\"'",
		"=cmd|'/c calc'!A1", "+1+1", "-2", "@SUM(A1)", "\t", "\r\n", "\\", "%s%n", "{0}", "${x}", "#{x}", "*{x}",
		"مؤسسة العدالة", "اسلام آباد", "Прокуратура", "検察庁", "😀", "👩‍⚖️", "🇵🇰", "\uD835\uDD04", "e\u0301",
		"Z\u0351\u0352\u0357\u035B\u0300\u0301", "\u202Eevil\u202C", "\u2066x\u2069", "\u200B", "\u200D", "\uFEFF",
		"\u0000", "\u0001", "\u0007", "\u001B[31m", "\u007F", "\u0085", "\u009F", "\uFFFE", "\uFFFF", "\uFDD0",
		"\uD800", "\uDFFF", "\uDBFF\uDFFF", "\u2028", "\u00AD", "O'Brien", "José Müller", " ", "  ", "." };

	@Autowired
	MockMvc mvc;

	@Autowired
	Events events;

	@Autowired
	Decks decks;

	@Autowired
	Live live;

	@Autowired
	LiveControls controls;

	@Autowired
	Cafes cafes;

	/** A hostile string: pieces and random code points (any plane, any category), up to {@code max} chars. */
	static String hostile(Random random, int max) {
		StringBuilder text = new StringBuilder();
		int parts = 1 + random.nextInt(8);
		for (int i = 0; i < parts; i++) {
			switch (random.nextInt(4)) {
				case 0 -> text.append(PIECES[random.nextInt(PIECES.length)]);
				case 1 -> text.appendCodePoint(random.nextInt(0x110000));
				case 2 -> text.append((char) random.nextInt(0x10000));
				default -> text.append("Word").append(random.nextInt(100));
			}
		}
		if (random.nextInt(20) == 0) {
			text.append("x".repeat(max + 10)); // over-long: refused with a reason, never a 5xx
		}
		return text.toString();
	}

	@Test
	void generatedHostileTextThroughEveryInputLeavesEveryOutputReadable() throws Exception {
		Random random = new Random(SEED);
		int sent = 0;
		for (int round = 0; round < ROUNDS; round++) {
			String context = "seed " + SEED + ", round " + round;
			Event event = events.create(new EventDetails("Generated " + round, LocalDate.of(2032, 1, 1 + round),
					LocalDate.of(2032, 1, 1 + round), "UTC", null, null, List.of("en", "ar"), null, null,
					Visibility.PUBLIC));
			String register = "/events/" + event.getId() + "/register";
			for (int i = 0; i < PEOPLE_PER_ROUND; i++) {
				String name = i == 0 ? "Plain Person" : hostile(random, 200);
				MockHttpServletResponse response = mvc.perform(post(register).param("name", name)
					.param("organisation", hostile(random, 200)).param("jobTitle", hostile(random, 200))
					.param("biography", hostile(random, 2000)).param("stakeholderType", "JUDICIARY")
					.param("country", "PK").param("sex", i % 2 == 0 ? "FEMALE" : "MALE").param("consentToList", "true")
					.param("formToken", "g-" + System.nanoTime()).with(csrf())).andReturn().getResponse();
				sent++;
				assertThat(response.getStatus()).as(context + ": " + escape(name)).isIn(200, 302, 422);
			}
			assertThat(events.participants(event.getId())).as(context + ": hostile names were stored too").hasSizeGreaterThan(2);
			for (Participant p : events.participants(event.getId())) {
				for (String stored : new String[] { p.getName(), p.getOrganisation(), p.getJobTitle(), p.getBiography() }) {
					assertThat(stored == null || CleanText.clean(stored).equals(stored))
						.as(context + ": stored clean: " + escape(stored)).isTrue();
				}
			}

			Deck deck = decks.create("Generated answers " + round, "en", event.getId(), null);
			Activity open = decks.addActivity(deck.getId(), ActivityType.OPEN, new ActivityDetails(
					new ActivityText("Say anything", null, null, null), null, null, null, null, false, Map.of()));
			Activity words = decks.addActivity(deck.getId(), ActivityType.WORDS, new ActivityDetails(
					new ActivityText("Three words", null, null, null), null, 3, null, null, false, Map.of()));
			var room = live.room(deck.getId());
			controls.control(room, LiveControls.Control.OPEN);
			for (Activity activity : List.of(open, words)) {
				controls.moveTo(room, activity == open ? 0 : 1);
				for (int i = 0; i < PEOPLE_PER_ROUND; i++) {
					var request = post("/j/" + deck.getJoinCode() + "/a").param("activity", String.valueOf(activity.getId()))
						.param("identifiersConfirmed", "true").with(csrf()).with(from("10.6." + round + "." + i));
					if (activity == open) {
						request.param("text", hostile(random, 500));
					}
					else {
						request.param("word", hostile(random, 40)).param("word", hostile(random, 40));
					}
					MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
					sent++;
					assertThat(response.getStatus()).as(context).isIn(302, 422);
				}
				for (Response r : room.live(activity.getId()).responses()) {
					assertThat(CleanText.clean(r.answer())).as(context + ": stored clean: " + escape(r.answer()))
						.isEqualTo(r.answer());
				}
			}
			assertThat(room.live(open.getId()).responses()).as(context + ": some answers got through").isNotEmpty();

			Cafe cafe = cafes.create(event.getId(), null, "Generated café " + round, List.of(hostile(random, 200)));
			String base = "/events/" + event.getId();
			for (String url : List.of(base + "/report", base + "/report.pdf", base + "/report.docx",
					"/cafes/" + cafe.id() + "/cards.pdf", base + "/participants.csv", base + "/participants.xlsx",
					"/decks/" + deck.getId() + "/results", "/decks/" + deck.getId() + "/results.csv",
					"/decks/" + deck.getId() + "/results.xlsx", base + "/participants")) {
				for (String language : List.of("en", "ar")) {
					MockHttpServletResponse out = mvc.perform(get(url).header("Accept-Language", language).with(COORDINATOR))
						.andReturn().getResponse();
					assertThat(out.getStatus()).as(context + ": " + url).isEqualTo(200);
					opens(url, out.getContentAsByteArray(), context);
				}
			}
		}
		assertThat(sent).isEqualTo(ROUNDS * PEOPLE_PER_ROUND * 3);
	}

	/** Each output opens in its own reader. */
	private static void opens(String url, byte[] body, String context) throws Exception {
		if (url.endsWith(".pdf")) {
			try (var pdf = Loader.loadPDF(body)) {
				assertThat(pdf.getNumberOfPages()).as(context + ": " + url).isPositive();
			}
		}
		else if (url.endsWith(".docx")) {
			try (var docx = new XWPFDocument(new ByteArrayInputStream(body))) {
				assertThat(docx.getParagraphs()).as(context + ": " + url).isNotEmpty();
			}
		}
		else if (url.endsWith(".xlsx")) {
			try (var xlsx = new XSSFWorkbook(new ByteArrayInputStream(body))) {
				assertThat(xlsx.getNumberOfSheets()).as(context + ": " + url).isPositive();
			}
		}
		else if (url.endsWith(".csv")) {
			assertThat(new String(body, StandardCharsets.UTF_8)).as(context + ": " + url).doesNotContain("\u0000");
		}
		else {
			// a page: the script arrives as text, never as markup
			assertThat(new String(body, StandardCharsets.UTF_8)).as(context + ": " + url).doesNotContain("\u0000")
				.doesNotContain("<script>alert(1)");
		}
	}

	/** A string as Java would write it, so a failure message shows what was sent. */
	private static String escape(String text) {
		if (text == null) {
			return "null";
		}
		StringBuilder out = new StringBuilder();
		text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format(Locale.ROOT, "\\u%04X", c) : (char) c));
		return out.toString();
	}
}
