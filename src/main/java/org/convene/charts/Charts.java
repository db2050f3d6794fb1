package org.convene.charts;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

/**
 * Charts as SVG text, rendered on the server: the same chart shows on the projector, the phone, the
 * printed report and the Word document, and no chart script is shipped to anyone. Pure functions, no
 * Spring. Right-to-left charts mirror: labels and bars start at the right.
 */
public final class Charts {

	private static final int WIDTH = 640;
	private static final int RIGHT = WIDTH + 40;
	private static final int ROW = 56;

	/** The colours the web page's stylesheet gives charts, for places without it (PDF, Word). */
	private static final String PRINT_STYLE = "<style>.chart-bar{fill:#1f4e79}.chart-bar-highlight{fill:#0b6e4f}"
			+ ".chart-label,.chart-figure{fill:#1b1f24}.chart-figure{font-weight:bold}.cloud-word{fill:#1f4e79;"
			+ "font-weight:bold}.cloud-weight-0{fill:#4f5b66}.cloud-weight-3,.cloud-weight-4{fill:#0b6e4f}</style>";

	private static final Pattern CHART_OPEN = Pattern
		.compile("(<svg [^>]*class=\"chart\"[^>]*?) font-family=\"sans-serif\"([^>]*>)");

	private Charts() {
	}

	/** One bar: its label, its length (any unit, relative to the longest), the figure printed beside it. */
	public record Bar(String label, double value, String figure, boolean highlighted) {

		public Bar(String label, double value, String figure) {
			this(label, value, figure, false);
		}
	}

	/** One word in a cloud and how many people gave it. */
	public record Word(String text, int count) {
	}

	/** Horizontal bars, each label on its own line above its bar (long option texts stay readable). */
	public static String bars(String title, List<Bar> bars, boolean rtl) {
		double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
		int height = Math.max(ROW, bars.size() * ROW) + 4;
		StringBuilder svg = open(title, height, rtl);
		int barSpace = WIDTH - 80;
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			int y = i * ROW;
			int length = max <= 0 ? 0 : (int) Math.round(barSpace * bar.value() / max);
			int x = rtl ? RIGHT - length : 0;
			int labelX = rtl ? RIGHT : 0;
			int figureX = rtl ? RIGHT - length - 8 : length + 8;
			svg.append("<text class=\"chart-label\" x=\"").append(labelX).append("\" y=\"").append(y + 19)
				.append("\">").append(escape(bar.label())).append(bar.highlighted() ? " ✓" : "").append("</text>");
			svg.append("<rect class=\"chart-bar").append(bar.highlighted() ? " chart-bar-highlight" : "")
				.append("\" x=\"").append(x).append("\" y=\"").append(y + 27).append("\" width=\"")
				.append(Math.max(length, 2)).append("\" height=\"22\" rx=\"3\"/>");
			svg.append("<text class=\"chart-figure\" x=\"").append(figureX).append("\" y=\"").append(y + 45)
				.append("\">").append(escape(bar.figure())).append("</text>");
		}
		return svg.append("</svg>").toString();
	}

	/**
	 * A word cloud: the more people gave a word, the larger it is. Words are laid out in rows, largest
	 * first, so the most shared idea is read first.
	 */
	public static String wordCloud(String title, List<Word> words, boolean rtl) {
		List<Word> sorted = words.stream()
			.sorted((a, b) -> b.count() != a.count() ? Integer.compare(b.count(), a.count())
					: a.text().compareTo(b.text()))
			.limit(60)
			.toList();
		int max = sorted.stream().mapToInt(Word::count).max().orElse(1);
		StringBuilder rows = new StringBuilder();
		int x = 0;
		int y = 0;
		int rowHeight = 0;
		for (Word w : sorted) {
			int size = 14 + (int) Math.round(34.0 * (w.count() - 1) / Math.max(1, max - 1));
			if (max == 1) {
				size = 22;
			}
			int width = (int) Math.ceil(w.text().codePointCount(0, w.text().length()) * size * 0.62) + 16;
			if (x > 0 && x + width > WIDTH) {
				x = 0;
				y += rowHeight;
				rowHeight = 0;
			}
			rowHeight = Math.max(rowHeight, size + 10);
			int textX = rtl ? RIGHT - x : x;
			rows.append("<text class=\"cloud-word cloud-weight-").append(Math.min(4, (size - 14) / 9))
				.append("\" x=\"").append(textX).append("\" y=\"").append(y + size).append("\" font-size=\"")
				.append(size).append("\"><title>").append(w.count()).append("</title>").append(escape(w.text()))
				.append("</text>");
			x += width;
		}
		int height = Math.max(40, y + rowHeight + 4);
		return open(title, height, rtl).append(rows).append("</svg>").toString();
	}

	private static StringBuilder open(String title, int height, boolean rtl) {
		StringBuilder svg = new StringBuilder(1024);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
			.append(RIGHT).append(' ').append(height).append("\" width=\"100%\"")
			// in a right-to-left chart text starts at its x and runs leftwards
			.append(rtl ? " direction=\"rtl\"" : "")
			.append(" font-family=\"sans-serif\" font-size=\"19\"><title>").append(escape(title)).append("</title>");
		return svg;
	}

	/**
	 * Every chart in {@code html} (or a single chart) made ready for print: its colours inside the SVG
	 * and the fonts that also cover Arabic and Urdu.
	 */
	public static String forPrint(String html) {
		return CHART_OPEN.matcher(html)
			.replaceAll("$1 font-family=\"'Noto Sans', 'Noto Naskh Arabic', sans-serif\"$2" + PRINT_STYLE)
			// Batik ignores the chart's direction: a right-to-left chart's texts end at their x instead
			.replace(" direction=\"rtl\"", " text-anchor=\"end\"");
	}

	/** A chart as a PNG image {@code width} pixels wide (for Word documents). */
	public static byte[] png(String svg, int width) {
		PNGTranscoder transcoder = new PNGTranscoder();
		transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, (float) width);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			transcoder.transcode(new TranscoderInput(new StringReader(
					forPrint(svg).replace(" width=\"100%\"", ""))), new TranscoderOutput(out));
		}
		catch (TranscoderException e) {
			throw new IllegalStateException("Chart could not be drawn", e);
		}
		return out.toByteArray();
	}

	/** The height a chart drawn {@code width} wide will have (its view box's proportions). */
	public static int heightAt(String svg, int width) {
		Matcher m = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
		return m.find() ? (int) Math.round(width * Double.parseDouble(m.group(2)) / Double.parseDouble(m.group(1))) : width / 2;
	}

	/** A percentage for people: whole numbers, "0%" for nobody. */
	public static String percent(int part, int whole, Locale locale) {
		if (whole <= 0) {
			return String.format(locale, "%d%%", 0);
		}
		return String.format(locale, "%d%%", Math.round(100.0 * part / whole));
	}

	/** A character XML 1.0 allows on its own: no control characters but tab and newline, no U+FFFE/U+FFFF, no half pair. */
	private static boolean allowedInXml(char c) {
		return (c >= 0x20 || c == '\n' || c == '\t') && c != 0xFFFE && c != 0xFFFF && !Character.isSurrogate(c);
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					if (Character.isHighSurrogate(c) && i + 1 < text.length()
							&& Character.isLowSurrogate(text.charAt(i + 1))) {
						out.append(c).append(text.charAt(++i));
					}
					else if (allowedInXml(c)) {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}
}
