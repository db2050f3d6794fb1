package org.convene.platform.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

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
import org.convene.platform.i18n.Languages;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A Word document as Convene writes them (the workshop report, the compendium of practices): paragraphs, headings,
 * tables and pictures on A4, right to left when the language is; a paragraph or cell
 * whose text starts in another direction (an Arabic session title in an English report) takes its text's
 * direction, as {@code dir="auto"} does on the page.
 */
public final class Docx {

	private static final int PICTURE_WIDTH_EMU = Units.toEMU(430);
	private static final int A4_WIDTH_TWIPS = 11906;
	private static final int A4_HEIGHT_TWIPS = 16838;
	/** Twentieths of a point per millimetre, rounded. */
	private static final int MM_TWIPS = 57;

	private final XWPFDocument doc = new XWPFDocument();
	private final boolean rtl;
	private int pictures;

	public Docx(Locale locale) {
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
	public void contents(String title, String hint) {
		paragraph(title, true);
		XWPFParagraph p = newParagraph();
		var field = p.getCTP().addNewFldSimple();
		field.setInstr("TOC \\o \"1-3\" \\h \\z \\u");
		field.setDirty(Boolean.TRUE);
		field.addNewR().addNewT().setStringValue(hint);
		doc.enforceUpdateFields();
	}

	public void heading(int level, String text) {
		XWPFParagraph p = newParagraph(text);
		p.setStyle(level == 0 ? "Title" : "Heading" + level);
		run(p, text);
	}

	public void paragraph(String text, boolean bold) {
		XWPFParagraph p = newParagraph(text);
		run(p, text).setBold(bold);
	}

	public void prose(String text) {
		if (text != null && !text.isBlank()) {
			for (String block : text.strip().split("\n\\s*\n")) {
				paragraph(block.strip(), false);
			}
		}
	}

	public void bullet(String text) {
		paragraph("• " + text, false);
	}

	public void table(String[] header, List<String[]> rows) {
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

	/** A picture (PNG) as wide as the text column, its height in proportion. */
	public void picture(byte[] png, int widthPx, int heightPx) {
		XWPFParagraph p = newParagraph();
		try {
			p.createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG,
					"picture-" + (++pictures) + ".png", PICTURE_WIDTH_EMU, (int) ((long) PICTURE_WIDTH_EMU * heightPx / widthPx));
		}
		catch (IOException | InvalidFormatException ex) {
			throw new IllegalStateException("Picture could not be added", ex);
		}
	}

	/** The next content starts on a new page. */
	public void pageBreak() {
		newParagraph().setPageBreak(true);
	}

	public byte[] bytes() {
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
