package org.convene.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.convene.ConveneTest;
import org.convene.events.AgendaSession;
import org.convene.events.Event;
import org.convene.events.EventDetails;
import org.convene.events.Events;
import org.convene.events.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo Vienna workshop's report, as the issue asks: PDF and DOCX both carry the evaluation's
 * published figures and every session's title; the Arabic PDF embeds an Arabic font and holds Arabic
 * text; the narrative texts are saved (and checked for personal identifiers).
 */
@ConveneTest
class ReportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Events events;

	private Event vienna() {
		return events.listVisible(true).stream()
			.filter(e -> e.getTitle().startsWith("GLO.ACT Community of Practice Workshop"))
			.findFirst()
			.orElseThrow();
	}

	private byte[] download(String url, String language) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(url).locale(Locale.of(language))
			.with(user("coordinator@demo.convene").roles("COORDINATOR"))).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		byte[] body = response.getContentAsByteArray();
		// kept to look at: target/report-<language>.<pdf|docx>
		if (url.endsWith(".pdf") || url.endsWith(".docx")) {
			Files.write(Path.of("target", "report-" + language + url.substring(url.lastIndexOf('.'))),
					body);
		}
		return body;
	}

	@Test
	void theViennaReportDownloadsAsPdfAndDocxWithTheFiguresAndEverySession() throws Exception {
		Event vienna = vienna();
		List<String> sessions = events.agenda(vienna.getId()).stream().map(AgendaSession::getTitle).toList();
		assertThat(sessions).hasSizeGreaterThanOrEqualTo(5);

		byte[] pdf = download("/events/" + vienna.getId() + "/report.pdf", "en");
		String pdfText;
		try (var doc = Loader.loadPDF(pdf)) {
			pdfText = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
			assertThat(doc.getNumberOfPages()).isGreaterThan(5);
		}
		byte[] docx = download("/events/" + vienna.getId() + "/report.docx", "en");
		String docxText;
		try (var doc = new XWPFDocument(new ByteArrayInputStream(docx)); var extractor = new XWPFWordExtractor(doc)) {
			docxText = extractor.getText().replaceAll("\\s+", " ");
			assertThat(doc.getAllPictures()).isNotEmpty();
			assertThat(doc.getParagraphs()).anyMatch(p -> "Heading1".equals(p.getStyle()));
			assertThat(doc.getParagraphs()).anyMatch(p -> p.getCTP().getFldSimpleList().stream()
				.anyMatch(f -> f.getInstr().startsWith("TOC")));
			assertThat(doc.isEnforcedUpdateFields()).isTrue();
		}
		for (String text : List.of(pdfText, docxText)) {
			// each figure beside its own label (a figure anywhere in the text could be a template's sample)
			assertThat(text).contains("Overall, how would you rate the workshop? 4.4 / 5",
					"How relevant was the workshop to your work? 4.6 / 5",
					"How far did the workshop meet your expectations? 4.4 / 5",
					"How much knowledge did you gain? 4.5 / 5", "Very helpful 10 59%", "Helpful 5 29%",
					"Mostly helpful 2 12%");
			for (String session : sessions) {
				assertThat(text).contains(session.replaceAll("\\s+", " "));
			}
		}
		assertThat(pdfText).contains("Contents");
	}

	@Test
	void anEventWithNothingYetStillGivesAReportInEveryFormat() throws Exception {
		var empty = events.create(new EventDetails("Nothing yet", LocalDate.of(2031, 2, 1),
				LocalDate.of(2031, 2, 1), "UTC", null, null, List.of("en"), null, null,
				Visibility.PUBLIC));
		for (String format : List.of("/report", "/report.pdf", "/report.docx")) {
			assertThat(download("/events/" + empty.getId() + format, "en")).as(format).isNotEmpty();
		}
	}

	@Test
	void theUrduReportPrintsInUrdu() throws Exception {
		byte[] pdf = download("/events/" + vienna().getId() + "/report.pdf", "ur");
		try (var doc = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(doc)).contains("ورکشاپ رپورٹ").contains("شرکاء");
		}
		byte[] docx = download("/events/" + vienna().getId() + "/report.docx", "ur");
		try (var doc = new XWPFDocument(new ByteArrayInputStream(docx)); var extractor = new XWPFWordExtractor(doc)) {
			assertThat(extractor.getText()).contains("ورکشاپ رپورٹ");
			assertThat(doc.getParagraphs().get(0).getCTP().getPPr().isSetBidi()).as("right to left").isTrue();
		}
	}

	@Test
	void theArabicPdfEmbedsAnArabicFontAndHoldsArabicText() throws Exception {
		byte[] pdf = download("/events/" + vienna().getId() + "/report.pdf", "ar");
		try (var doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains("تقرير ورشة العمل").contains("المشاركون");
			boolean arabicFont = false;
			for (PDPage page : doc.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					arabicFont |= font.getName().contains("NotoNaskhArabic");
				}
			}
			assertThat(arabicFont).as("Noto Naskh Arabic embedded").isTrue();
		}
	}

	/**
	 * The contents page of the Arabic and Urdu PDFs, rendered as a reader sees it (text extraction reads the
	 * whole titles even where the page shows one or two letters of them): every line's title is drawn at more
	 * than a sliver's width, and two-digit page numbers are drawn whole, on the left.
	 */
	@Test
	void theRightToLeftContentsPagesShowWholeTitlesAndPageNumbers() throws Exception {
		for (String language : List.of("ar", "ur")) {
			byte[] pdf = download("/events/" + vienna().getId() + "/report.pdf", language);
			BufferedImage page;
			try (var doc = Loader.loadPDF(pdf)) {
				page = new PDFRenderer(doc).renderImageWithDPI(1, 100, ImageType.GRAY);
			}
			ImageIO.write(page, "png", Path.of("target", "report-" + language + "-contents.png").toFile());
			int width = page.getWidth();
			int numberZone = width * 15 / 100;
			List<int[]> lines = inkLines(page);
			assertThat(lines).as(language + ": heading and entries").hasSizeGreaterThan(10);
			int numbered = 0;
			int widestNumber = 0;
			int narrowestNumber = Integer.MAX_VALUE;
			for (int[] line : lines) {
				int[] title = inkSpan(page, line, numberZone, width);
				assertThat(title[1] - title[0]).as(language + ": title ink on line at y=" + line[0])
					.isGreaterThan(width * 25 / 1000);
				int[] number = inkSpan(page, line, 0, numberZone);
				if (number[1] > number[0]) {
					numbered++;
					widestNumber = Math.max(widestNumber, number[1] - number[0]);
					narrowestNumber = Math.min(narrowestNumber, number[1] - number[0]);
				}
			}
			assertThat(numbered).as(language + ": lines with a page number").isGreaterThanOrEqualTo(10);
			assertThat(widestNumber).as(language + ": two-digit page numbers are wider than one digit")
				.isGreaterThan(narrowestNumber * 3 / 2);
		}
	}

	/** Bands of rows that hold dark pixels (text lines), as [top, bottom]; the light dotted rules (grey 207) do not count. */
	private static List<int[]> inkLines(BufferedImage image) {
		List<int[]> lines = new ArrayList<>();
		int top = -1;
		for (int y = 0; y < image.getHeight() * 9 / 10; y++) {
			boolean ink = inkSpan(image, new int[] { y, y }, 0, image.getWidth())[1] > 0;
			if (ink && top < 0) {
				top = y;
			}
			else if (!ink && top >= 0) {
				int[] last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
				if (last != null && top - last[1] <= 5) {
					last[1] = y - 1; // the dots below or above Arabic letters belong to their line
				}
				else {
					lines.add(new int[] { top, y - 1 });
				}
				top = -1;
			}
		}
		return lines;
	}

	/** The leftmost and rightmost dark pixel of a band between x0 and x1, or [0, 0] for none. */
	private static int[] inkSpan(BufferedImage image, int[] band, int x0, int x1) {
		int left = Integer.MAX_VALUE;
		int right = -1;
		for (int y = band[0]; y <= band[1]; y++) {
			for (int x = x0; x < x1; x++) {
				if ((image.getRGB(x, y) & 0xFF) < 170) {
					left = Math.min(left, x);
					right = Math.max(right, x);
				}
			}
		}
		return right < 0 ? new int[] { 0, 0 } : new int[] { left, right + 1 };
	}

	@Test
	void theWordReportIsA4RightToLeftWithTheBreakdownInColumnsAndCountriesByName() throws Exception {
		byte[] docx = download("/events/" + vienna().getId() + "/report.docx", "ar");
		try (var doc = new XWPFDocument(new ByteArrayInputStream(docx)); var extractor = new XWPFWordExtractor(doc)) {
			var section = doc.getDocument().getBody().getSectPr();
			assertThat(section.getPgSz().getW()).as("A4 width in twips").hasToString("11906");
			assertThat(section.getPgSz().getH()).as("A4 height in twips").hasToString("16838");
			assertThat(section.isSetBidi()).isTrue();
			// each paragraph takes its text's direction: Arabic ones right to left, the demo's English texts left to right
			assertThat(doc.getParagraphs()).filteredOn(p -> p.getText().matches("^[\\u0600-\\u06FF].*"))
				.isNotEmpty()
				.allMatch(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetBidi(), "Arabic paragraphs are bidi");
			assertThat(doc.getParagraphs()).filteredOn(p -> p.getText().matches("^[A-Za-z].*"))
				.isNotEmpty()
				.noneMatch(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetBidi());
			assertThat(extractor.getText()).contains(Locale.of("", "PK").getDisplayCountry(Locale.of("ar")))
				.doesNotContain("\tPK\t");
			// the breakdown by sex: a header row (group, respondents, average, …) and every row as wide as it
			var breakdowns = doc.getTables().stream()
				.filter(t -> t.getRow(0).getCell(0).getText().equals("الفئة") || t.getRow(0).getTableCells().size() > 3)
				.toList();
			assertThat(breakdowns).as("breakdown tables").isNotEmpty();
			for (var table : breakdowns) {
				int columns = table.getRow(0).getTableCells().size();
				assertThat(columns).isGreaterThan(3);
				assertThat(table.getRows()).allMatch(r -> r.getTableCells().size() == columns);
			}
		}
		byte[] english = download("/events/" + vienna().getId() + "/report.docx", "en");
		try (var doc = new XWPFDocument(new ByteArrayInputStream(english))) {
			var byHelpfulness = doc.getTables().stream()
				.filter(t -> t.getRow(0).getCell(0).getText().equals("Group")
						&& t.getRow(0).getTableCells().stream().anyMatch(c -> c.getText().equals("Very helpful")))
				.findFirst().orElseThrow();
			assertThat(byHelpfulness.getRow(0).getTableCells()).extracting(c -> c.getText())
				.startsWith("Group", "Respondents").contains("Very helpful", "Helpful", "Mostly helpful");
			assertThat(doc.getParagraphs()).noneMatch(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetBidi()
					&& p.getText().matches("[A-Za-z].*"));
		}
	}

	@Test
	void narrativeTextsAreSavedAndShownAndCheckedForIdentifiers() throws Exception {
		long id = vienna().getId();
		long firstSession = events.agenda(id).getFirst().getId();
		var coordinator = user("coordinator@demo.convene").roles("COORDINATOR");
		String refused = mvc.perform(post("/events/" + id + "/report").with(csrf()).with(coordinator)
			.param("summary", "Contact the focal point at focal.point@example.org").param("conclusions", "Keep meeting."))
			.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("identifier-warning");
		mvc.perform(post("/events/" + id + "/report").with(csrf()).with(coordinator)
			.param("summary", "Twenty-six practitioners from thirteen countries met in Vienna.")
			.param("conclusions", "Keep the network alive between workshops.")
			.param("session:" + firstSession, "The opening agreed on two contact points per country."));
		// the editor shows what was saved for each session
		assertThat(mvc.perform(get("/events/" + id + "/report/edit").with(coordinator)).andReturn().getResponse()
			.getContentAsString()).contains("The opening agreed on two contact points per country.");
		String page = mvc.perform(get("/events/" + id + "/report").with(coordinator)).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("Twenty-six practitioners from thirteen countries met in Vienna.")
			.contains("Keep the network alive between workshops.");
		String preview = mvc.perform(post("/events/" + id + "/report/preview").with(csrf()).with(coordinator)
			.param("summary", "A draft not yet saved")).andReturn().getResponse().getContentAsString();
		assertThat(preview).contains("A draft not yet saved").doesNotContain("<html");
	}
}
