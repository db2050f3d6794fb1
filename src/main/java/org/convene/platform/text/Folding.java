package org.convene.platform.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.SpoofChecker;

/** Text compared the way people mean it. */
public final class Folding {

	private static final Pattern MARKS = Pattern.compile("\\p{M}");
	private static final Pattern FORMAT = Pattern.compile("\\p{Cf}");
	private static final Pattern SPACES = Pattern.compile("\\s+");
	/** Unicode's confusables (UTS #39): thread-safe once built. */
	private static final SpoofChecker CONFUSABLES = new SpoofChecker.Builder().build();

	private Folding() {
	}

	/** For searching: without case, accents or surrounding spaces ("Énfasis " = "enfasis"). */
	public static String fold(String value) {
		if (value == null) {
			return "";
		}
		return MARKS.matcher(Normalizer.normalize(value.strip(), Normalizer.Form.NFD)).replaceAll("")
			.toLowerCase(Locale.ROOT);
	}

	/**
	 * For finding one person twice: the same name however it was typed — composed or decomposed accents,
	 * full-width letters, invisible zero-width characters, another case, a Cyrillic letter that looks Latin — gives
	 * the same key (NFKC, format characters removed, case folded, then the UTS #39 skeleton). Accents still count:
	 * "José" and "Jose" may be two people.
	 */
	public static String identity(String value) {
		if (value == null) {
			return "";
		}
		String text = FORMAT.matcher(Normalizer.normalize(value, Normalizer.Form.NFKC)).replaceAll("");
		String skeleton = CONFUSABLES.getSkeleton(UCharacter.foldCase(text, true));
		return SPACES.matcher(Normalizer.normalize(skeleton, Normalizer.Form.NFC).strip()).replaceAll(" ");
	}
}
