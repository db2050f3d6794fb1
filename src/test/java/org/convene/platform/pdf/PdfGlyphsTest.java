package org.convene.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every character a printed document can take from our own texts — the messages its templates use, in all six
 * languages, and the templates' literal text — has a glyph in the embedded fonts. A missing glyph prints as "#"
 * (the "●" of a café note's dots did, in every PDF), and text extraction cannot see it.
 */
class PdfGlyphsTest {

	/** The templates that are printed, with the fragments they include. */
	private static final List<String> PRINTED = List.of("report/body.html", "report/pdf.html", "cafe/cards.html",
			"interact/figures.html", "interact/breakdown.html");

	private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)");
	private static final Pattern KEY_PREFIX = Pattern.compile("#\\{'([A-Za-z0-9_.]+)'\\s*\\+");
	private static final Pattern TEXT = Pattern.compile(">([^<>]+)<");

	@Test
	void everyCharacterOfThePrintedTextsHasAGlyphInTheEmbeddedFonts() throws Exception {
		List<Font> fonts = new ArrayList<>();
		for (String file : List.of("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoNaskhArabic-Regular.ttf",
				"NotoNaskhArabic-Bold.ttf")) {
			try (InputStream in = getClass().getResourceAsStream("/fonts/" + file)) {
				fonts.add(Font.createFont(Font.TRUETYPE_FONT, in));
			}
		}
		Set<String> keys = new TreeSet<>();
		Set<String> prefixes = new TreeSet<>();
		StringBuilder literal = new StringBuilder();
		for (String template : PRINTED) {
			String html = Files.readString(Path.of("src/main/resources/templates", template));
			collect(LITERAL_KEY.matcher(html), keys);
			collect(KEY_PREFIX.matcher(html), prefixes);
			Matcher text = TEXT.matcher(html.replaceAll("(?s)<!--.*?-->", ""));
			while (text.find()) {
				literal.append(text.group(1));
			}
		}
		assertThat(keys).as("the scan found the templates' messages").contains("report.contents", "cafe.cards.noSeat");
		List<String> missing = new ArrayList<>();
		missing.addAll(unprintable("template text", literal.toString(), fonts));
		for (String suffix : List.of("", "_ar", "_es", "_fr", "_ru", "_ur")) {
			Properties messages = messages(suffix);
			for (String key : messages.stringPropertyNames()) {
				if (keys.contains(key) || prefixes.stream().anyMatch(key::startsWith)) {
					missing.addAll(unprintable("messages" + suffix + " " + key, messages.getProperty(key), fonts));
				}
			}
		}
		assertThat(missing).as("characters the PDF fonts cannot draw").isEmpty();
	}

	private static void collect(Matcher matcher, Set<String> into) {
		while (matcher.find()) {
			into.add(matcher.group(1));
		}
	}

	private static List<String> unprintable(String where, String text, List<Font> fonts) {
		List<String> missing = new ArrayList<>();
		text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c) && c != 0x200F
				&& c != 0x200E && fonts.stream().noneMatch(f -> f.canDisplay(c)))
			.distinct()
			.forEach(c -> missing.add(where + ": U+" + Integer.toHexString(c).toUpperCase() + " "
					+ new String(Character.toChars(c))));
		return missing;
	}

	private static Properties messages(String suffix) throws IOException {
		Properties p = new Properties();
		try (var reader = new InputStreamReader(PdfGlyphsTest.class.getResourceAsStream("/messages" + suffix + ".properties"),
				StandardCharsets.UTF_8)) {
			p.load(reader);
		}
		return p;
	}
}
