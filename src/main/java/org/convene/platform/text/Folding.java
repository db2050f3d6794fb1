package org.convene.platform.text;

import java.text.Normalizer;
import java.util.Locale;

/** Text compared the way people mean it: without case, accents or surrounding spaces ("Énfasis " = "enfasis"). */
public final class Folding {

	private Folding() {
	}

	public static String fold(String value) {
		if (value == null) {
			return "";
		}
		return Normalizer.normalize(value.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}
}
