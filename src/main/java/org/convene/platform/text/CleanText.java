package org.convene.platform.text;

import java.text.Normalizer;

/**
 * Text as it may be stored: Unicode NFC (so "é" typed two ways is one text), without control characters other
 * than tab and line breaks, without non-characters (U+FFFE, U+FFFF, U+FDD0–U+FDEF …) and without unpaired surrogate
 * halves. Such characters have no business in a name or an answer, and one of them in a stored text made every
 * PDF, DOCX and seat card that printed it fail ("invalid XML character"). Applied to every request parameter
 * ({@code platform.web.CleanParameters}) and every imported cell.
 */
public final class CleanText {

	private CleanText() {
	}

	public static String clean(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		StringBuilder kept = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int codePoint = c;
			int width = 1;
			boolean unpaired = false;
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					codePoint = Character.toCodePoint(c, text.charAt(i + 1));
					width = 2;
				}
				else {
					unpaired = true;
				}
			}
			else if (Character.isLowSurrogate(c)) {
				unpaired = true;
			}
			boolean drop = unpaired || unwanted(codePoint);
			if (drop && kept == null) {
				kept = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (!drop && kept != null) {
				kept.append(text, i, i + width);
			}
			i += width - 1;
		}
		String result = kept == null ? text : kept.toString();
		return Normalizer.isNormalized(result, Normalizer.Form.NFC) ? result
				: Normalizer.normalize(result, Normalizer.Form.NFC);
	}

	private static boolean unwanted(int c) {
		if (c == '\t' || c == '\n' || c == '\r') {
			return false;
		}
		return Character.getType(c) == Character.CONTROL // C0, DEL and C1
				|| (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE; // the non-characters
	}

	/** The text without surrounding white space, or null when nothing is left: how optional fields are kept. */
	public static String stripToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
