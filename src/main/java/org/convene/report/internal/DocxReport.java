package org.convene.report.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.convene.cafe.Note;
import org.convene.charts.Charts;
import org.convene.events.AgendaSession;
import org.convene.events.Participant;
import org.convene.interact.Evaluations;
import org.convene.interact.Results;
import org.convene.platform.i18n.Languages;
import org.convene.report.Reports;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The workshop report as a Word document (Apache POI): real heading styles (so Word's navigation and
 * table of contents work), tables, and the charts as pictures; right to left in Arabic and Urdu. The
 * sections follow the web page and the PDF.
 */
@Component
public class DocxReport {

	private static final int CHART_WIDTH_PX = 900;
	private static final int CHART_WIDTH_EMU = Units.toEMU(430);
	private static final int A4_WIDTH_TWIPS = 11906;
	private static final int A4_HEIGHT_TWIPS = 16838;
	/** Twentieths of a point per millimetre, rounded. */
	private static final int MM_TWIPS = 57;

	private final MessageSource messages;

	DocxReport(MessageSource messages) {
		this.messages = messages;
	}

	public byte[] write(Reports.Report r) {
		Locale locale = r.locale();
		Writer w = new Writer(locale);
		var e = r.event();
		w.paragraph(text("report.kicker", locale), false);
		w.heading(0, e.getTitle());
		DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
		w.paragraph(e.getStartDate().format(day)
				+ (e.getEndDate() != null && !e.getEndDate().equals(e.getStartDate()) ? " – " + e.getEndDate().format(day) : "")
				+ (e.getVenue() == null ? "" : " · " + e.getVenue()), false);

		w.contents(text("report.contents", locale), text("report.contentsHint", locale));

		w.heading(1, text("report.background", locale));
		w.prose(r.summary());
		if (e.getBackground() != null) {
			w.heading(2, text("event.background", locale));
			w.prose(e.getBackground());
		}
		if (e.getObjectives() != null) {
			w.heading(2, text("event.objectives", locale));
			w.prose(e.getObjectives());
		}

		if (r.hasOutcome()) {
			w.heading(1, text("report.outcome", locale));
			for (Evaluations.Summary ev : r.evaluations()) {
				w.heading(2, ev.deck().getTitle());
				w.paragraph(ev.responseRate() != null
						? text("evaluation.responseRate." + ev.basis(), locale, ev.respondents(), ev.attendance(),
								ev.responseRate())
						: ev.attendance() > 0 ? text("evaluation.respondentsBeyond", locale, ev.respondents(), ev.attendance())
								: text("evaluation.respondents", locale, ev.respondents()), false);
				if (!ev.changes().isEmpty()) {
					w.paragraph(text("evaluation.change", locale), true);
					w.table(new String[] { text("report.statement", locale), text("evaluation.before", locale),
							text("evaluation.after", locale), text("evaluation.difference", locale) },
							ev.changes().stream().map(c -> new String[] { c.label(),
									c.before() + " (" + c.beforeRespondents() + ")", c.after() + " (" + c.afterRespondents() + ")",
									c.change() }).toList());
				}
				List<String[]> averages = ev.items().stream().filter(it -> it.averageText() != null)
					.map(it -> new String[] { it.prompt(), it.averageText() + " / " + it.scaleHigh() })
					.toList();
				w.table(null, averages);
				for (Evaluations.Item it : ev.items()) {
					if (it.respondents() == 0) {
						continue;
					}
					w.heading(3, it.prompt());
					if (it.scale() || it.choice()) {
						w.chart(it.chart());
						w.table(new String[] { text("report.answer", locale), text("report.count", locale), "%" },
								it.shares().stream().map(sh -> new String[] { sh.label(), String.valueOf(sh.count()),
										sh.percent() + "%" }).toList());
						bySex(w, it, ev.minCell(), locale);
					}
					if (it.grid()) {
						w.chart(it.chart());
						w.table(new String[] { text("report.statement", locale),
								text("evaluation.averageColumn", locale) + " (/ " + it.scaleHigh() + ")" },
								it.figures().stream().map(f -> new String[] { f.label(), f.figure() }).toList());
						bySex(w, it, ev.minCell(), locale);
					}
					it.comments().stream().filter(c -> !c.flagged()).forEach(c -> w.bullet(c.text()));
				}
				w.paragraph(text("report.percentRule", locale, ev.minCell()), false);
			}
			r.polls().forEach(p -> poll(w, p, locale));
		}

		w.heading(1, text("report.participants", locale));
		var c = r.counts();
		w.paragraph(text("counts.summary", locale, c.total(), c.female(), c.male()), false);
		w.paragraph(text("counts.bySex", locale), true);
		w.table(null, c.bySex().entrySet().stream()
			.filter(x -> x.getValue() > 0 || x.getKey().name().equals("FEMALE") || x.getKey().name().equals("MALE"))
			.map(x -> new String[] { text("sex." + x.getKey().name(), locale), String.valueOf(x.getValue()) })
			.toList());
		w.paragraph(text("counts.byStakeholder", locale), true);
		w.table(null, c.byStakeholderType().entrySet().stream()
			.map(x -> new String[] { text("stakeholder." + x.getKey().name(), locale), String.valueOf(x.getValue()) })
			.toList());
		w.paragraph(text("counts.byCountry", locale), true);
		w.table(null, c.byCountry().entrySet().stream()
			.map(x -> new String[] { Languages.countryName(x.getKey(), locale), String.valueOf(x.getValue()) })
			.toList());

		if (!r.sessions().isEmpty()) {
			w.heading(1, text("report.sessions", locale));
			DateTimeFormatter at = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale);
			for (Reports.SessionPart sp : r.sessions()) {
				AgendaSession s = sp.session();
				w.heading(2, s.getTitle());
				w.paragraph(s.getStartsAt().format(at) + " – " + s.getEndsAt().format(DateTimeFormatter.ofPattern("HH:mm")),
						false);
				if (s.getObjective() != null) {
					w.paragraph(text("objective." + s.getObjective().name(), locale), false);
				}
				if (s.getModerator() != null) {
					w.paragraph(text("session.moderator", locale) + ": " + s.getModerator(), false);
				}
				if (!s.getPresenterList().isEmpty()) {
					w.paragraph(text("session.presenters", locale) + ":", false);
					s.getPresenterList().forEach(w::bullet);
				}
				w.prose(s.getDescription());
				w.prose(sp.summary());
				if (!sp.materials().isEmpty()) {
					w.paragraph(text("report.materials", locale) + ":", false);
					sp.materials().forEach(m -> w.bullet(m.getTitle()));
				}
				sp.polls().forEach(p -> poll(w, p, locale));
				sp.cafes().forEach(cp -> cafe(w, cp, locale));
			}
		}
		if (!r.cafes().isEmpty()) {
			w.heading(1, text("report.cafes", locale));
			r.cafes().forEach(cp -> cafe(w, cp, locale));
		}

		w.heading(1, text("report.conclusions", locale));
		w.prose(r.conclusions() != null ? r.conclusions() : text("report.noConclusions", locale));

		w.heading(1, text("report.annexAgenda", locale));
		DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMM, HH:mm", locale);
		w.table(null, r.agenda().stream().map(s -> new String[] { s.getStartsAt().format(when) + "–"
				+ s.getEndsAt().format(DateTimeFormatter.ofPattern("HH:mm")),
				s.getTitle() + (s.getModerator() == null ? "" : " — " + s.getModerator()) }).toList());
		w.heading(1, text("report.annexParticipants", locale));
		w.paragraph(text("annex.consentOnly", locale), false);
		w.table(new String[] { text("participant.name", locale), text("participant.jobTitle", locale),
				text("participant.organisation", locale), text("participant.country", locale) },
				r.listed().stream().map(p -> new String[] { p.getName(), nz(p.getJobTitle()), nz(p.getOrganisation()),
						Languages.countryName(p.getCountry(), locale) }).toList());
		if (!r.biographies().isEmpty()) {
			w.heading(1, text("report.annexBiographies", locale));
			for (Participant p : r.biographies()) {
				w.heading(3, p.getName());
				w.prose(p.getBiography());
			}
		}
		return w.bytes();
	}

	private void poll(Writer w, Reports.Poll p, Locale locale) {
		w.heading(3, p.title());
		for (Results res : p.results()) {
			w.paragraph(res.prompt(), true);
			w.paragraph(text("interact.respondents", locale, res.respondents()), false);
			if (res.hasChart()) {
				w.chart(res.chart());
			}
			w.table(null, res.entries().stream().map(en -> new String[] { en.label(), en.figure() }).toList());
		}
	}

	private void cafe(Writer w, Reports.CafePart cp, Locale locale) {
		w.heading(3, cp.cafe().title());
		cp.cafe().rounds().forEach(rd -> w.bullet(rd.question()));
		if (!cp.top().isEmpty()) {
			w.paragraph(text("report.topInsights", locale), true);
			for (Note n : cp.top()) {
				w.bullet(n.text() + " (" + text("cafe.tag." + n.tag().name(), locale) + ", "
						+ text("cafe.dots", locale, n.dots()) + ")");
			}
		}
		if (!cp.clusters().isEmpty()) {
			w.paragraph(text("cafe.clusters", locale), true);
			for (Map.Entry<String, List<Note>> c : cp.clusters().entrySet()) {
				w.bullet(c.getKey() + ": " + String.join("; ", c.getValue().stream().map(Note::text).toList()));
			}
		}
		if (!cp.actions().isEmpty()) {
			w.paragraph(text("cafe.actions", locale), true);
			w.table(new String[] { text("cafe.action.text", locale), text("cafe.action.owner", locale),
					text("cafe.action.due", locale), text("cafe.action.status", locale) },
					cp.actions().stream().map(a -> new String[] { a.text(), nz(a.owner()),
							a.due() == null ? "" : a.due().format(DateTimeFormatter.ofPattern("d MMM yyyy", locale)),
							text("cafe.status." + a.status().name(), locale) }).toList());
		}
	}

	/**
	 * An item's breakdown by sex in the same columns as on the page and in the PDF (interact/breakdown.html):
	 * group, respondents, the average, one column per answer or statement; a hidden group says why in the first
	 * figure column and leaves the others empty.
	 */
	private void bySex(Writer w, Evaluations.Item it, int minCell, Locale locale) {
		if (it.bySex().isEmpty()) {
			return;
		}
		List<String> header = new ArrayList<>(List.of(text("evaluation.group", locale),
				text("evaluation.respondentsColumn", locale)));
		if (it.scale()) {
			header.add(text("evaluation.averageColumn", locale));
		}
		it.shares().forEach(sh -> header.add(sh.label()));
		if (it.grid()) {
			it.figures().forEach(f -> header.add(f.label()));
		}
		List<String[]> rows = new ArrayList<>();
		for (Evaluations.Group g : it.bySex()) {
			List<String> row = new ArrayList<>(List.of(text(g.labelKey(), locale), g.small()
					? text("evaluation.fewer", locale, minCell) : g.suppressed() ? "—" : String.valueOf(g.respondents())));
			if (g.suppressed()) {
				row.add(text(g.small() ? "evaluation.suppressed" : "evaluation.suppressedWithOthers", locale));
			}
			else {
				if (it.scale()) {
					row.add(nz(g.averageText()));
				}
				g.percents().forEach(pc -> row.add(pc + "%"));
				row.addAll(g.statementAverages());
			}
			while (row.size() < header.size()) {
				row.add("");
			}
			rows.add(row.toArray(String[]::new));
		}
		w.paragraph(text("evaluation.bySex", locale), true);
		w.table(header.toArray(String[]::new), rows);
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	/**
	 * Paragraphs, headings, tables and pictures on A4, right to left when the language is; a paragraph or cell
	 * whose text starts in another direction (an Arabic session title in an English report) takes its text's
	 * direction, as {@code dir="auto"} does on the page.
	 */
	private static final class Writer {

		private final XWPFDocument doc = new XWPFDocument();
		private final boolean rtl;
		private int pictures;

		Writer(Locale locale) {
			this.rtl = Languages.isRightToLeft(locale);
			// A4 with the PDF's margins (Word's default is US Letter); the section itself right to left when the language is
			CTSectPr section = doc.getDocument().getBody().addNewSectPr();
			CTPageSz size = section.addNewPgSz();
			size.setW(BigInteger.valueOf(A4_WIDTH_TWIPS));
			size.setH(BigInteger.valueOf(A4_HEIGHT_TWIPS));
			CTPageMar margins = section.addNewPgMar();
			margins.setTop(BigInteger.valueOf(MM_TWIPS * 20));
			margins.setBottom(BigInteger.valueOf(MM_TWIPS * 22));
			margins.setLeft(BigInteger.valueOf(MM_TWIPS * 18));
			margins.setRight(BigInteger.valueOf(MM_TWIPS * 18));
			if (rtl) {
				section.addNewBidi();
			}
			XWPFStyles styles = doc.createStyles();
			addHeadingStyle(styles, "Title", "Title", 0, 40);
			for (int level = 1; level <= 3; level++) {
				addHeadingStyle(styles, "Heading" + level, "heading " + level, level, level == 1 ? 32 : level == 2 ? 28 : 24);
			}
		}

		private static void addHeadingStyle(XWPFStyles styles, String id, String name, int level, int halfPoints) {
			CTStyle style = CTStyle.Factory.newInstance();
			style.setStyleId(id);
			style.addNewName().setVal(name);
			style.addNewQFormat();
			if (level > 0) {
				style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
			}
			var rpr = style.addNewRPr();
			rpr.addNewB();
			rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
			rpr.addNewColor().setVal("1F4E79");
			XWPFStyle xwpf = new XWPFStyle(style);
			xwpf.setType(STStyleType.PARAGRAPH);
			styles.addStyle(xwpf);
		}

		private XWPFParagraph newParagraph() {
			return newParagraph("");
		}

		private XWPFParagraph newParagraph(String text) {
			XWPFParagraph p = doc.createParagraph();
			direct(p, text);
			return p;
		}

		/** Right to left (bidi, aligned to the right) when the text starts so, or has no direction and the document is. */
		private void direct(XWPFParagraph p, String text) {
			if (rightToLeft(text)) {
				(p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewBidi();
				p.setAlignment(ParagraphAlignment.RIGHT);
			}
		}

		/** The direction of the text's first strong character, else the document's. */
		private boolean rightToLeft(String text) {
			for (int i = 0; text != null && i < text.length(); i++) {
				byte d = Character.getDirectionality(text.charAt(i));
				if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
					return false;
				}
				if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
					return true;
				}
			}
			return rtl;
		}

		private XWPFRun run(XWPFParagraph p, String text) {
			XWPFRun run = p.createRun();
			if (rightToLeft(text)) {
				run.getCTR().addNewRPr().addNewRtl();
			}
			String[] lines = text.split("\n", -1);
			for (int i = 0; i < lines.length; i++) {
				if (i > 0) {
					run.addBreak();
				}
				run.setText(lines[i], i);
			}
			return run;
		}

		/**
		 * A table of contents field built from the heading styles; Word fills it in when the document opens
		 * (the document asks Word to update its fields), until then it shows the hint.
		 */
		void contents(String title, String hint) {
			paragraph(title, true);
			XWPFParagraph p = newParagraph();
			var field = p.getCTP().addNewFldSimple();
			field.setInstr("TOC \\o \"1-3\" \\h \\z \\u");
			field.setDirty(Boolean.TRUE);
			field.addNewR().addNewT().setStringValue(hint);
			doc.enforceUpdateFields();
		}

		void heading(int level, String text) {
			XWPFParagraph p = newParagraph(text);
			p.setStyle(level == 0 ? "Title" : "Heading" + level);
			run(p, text);
		}

		void paragraph(String text, boolean bold) {
			XWPFParagraph p = newParagraph(text);
			run(p, text).setBold(bold);
		}

		void prose(String text) {
			if (text != null && !text.isBlank()) {
				for (String block : text.strip().split("\n\\s*\n")) {
					paragraph(block.strip(), false);
				}
			}
		}

		void bullet(String text) {
			paragraph("• " + text, false);
		}

		void table(String[] header, List<String[]> rows) {
			if (rows.isEmpty()) {
				return;
			}
			int columns = header != null ? header.length : rows.get(0).length;
			XWPFTable table = doc.createTable(rows.size() + (header == null ? 0 : 1), columns);
			table.setWidth("100%");
			if (rtl) {
				table.getCTTbl().getTblPr().addNewBidiVisual();
			}
			int r = 0;
			if (header != null) {
				fill(table.getRow(r++), header, true);
			}
			for (String[] row : rows) {
				fill(table.getRow(r++), row, false);
			}
			newParagraph();
		}

		private void fill(XWPFTableRow row, String[] cells, boolean bold) {
			for (int i = 0; i < cells.length && i < row.getTableCells().size(); i++) {
				XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
				direct(p, cells[i]);
				run(p, cells[i] == null ? "" : cells[i]).setBold(bold);
			}
		}

		void chart(String svg) {
			if (svg == null || svg.isEmpty()) {
				return;
			}
			byte[] png = Charts.png(svg, CHART_WIDTH_PX);
			int height = Charts.heightAt(svg, CHART_WIDTH_PX);
			XWPFParagraph p = newParagraph();
			try {
				p.createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG,
						"chart-" + (++pictures) + ".png", CHART_WIDTH_EMU,
						(int) ((long) CHART_WIDTH_EMU * height / CHART_WIDTH_PX));
			}
			catch (IOException | InvalidFormatException ex) {
				throw new IllegalStateException("Chart could not be added", ex);
			}
		}

		byte[] bytes() {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try (doc) {
				doc.write(out);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return out.toByteArray();
		}
	}
}
