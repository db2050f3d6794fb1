package org.convene.platform.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what looks like a personal identifier in free text — an e-mail address, a phone number, a
 * passport or identity-card number — so the author can be warned before it is stored. This is a
 * safety net against victim data in a community's notes, not a guarantee: it errs on the side of
 * asking.
 */
public final class PersonalIdentifiers {

	/** What kind of identifier was found. */
	public enum Kind {
		EMAIL, PHONE, ID_NUMBER
	}

	/** One finding: its kind and the text that matched. */
	/** A text that seems to hold personal identifiers, refused until its author confirms it. */
	public static class Found extends RuntimeException {

		private final transient List<Finding> findings;

		public Found(List<Finding> findings) {
			super("personal identifiers");
			this.findings = findings;
		}

		public List<Finding> findings() {
			return findings;
		}
	}

	public record Finding(Kind kind, String text) {
	}

	private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");

	/** A run of digits with the separators phone numbers are written with; counted as a phone from 9 digits. */
	private static final Pattern DIGIT_RUN = Pattern.compile("\\+?\\(?\\d[\\d\\s().-]{6,}\\d");

	/** Letters then digits, as passports and identity cards are numbered (AB1234567, K-12345678). */
	private static final Pattern DOCUMENT = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}{1,3}-?\\d{6,9}(?![\\p{L}\\p{N}])");

	/** A range of years such as 2018-2022 or 2017–2020 is not an identifier. */
	private static final Pattern YEAR_RANGE = Pattern.compile("(19|20)\\d\\d\\s*[-–/]\\s*(19|20)\\d\\d");

	private PersonalIdentifiers() {
	}

	public static List<Finding> find(String text) {
		List<Finding> findings = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return findings;
		}
		String withoutEmails = collect(EMAIL, text, Kind.EMAIL, findings);
		String withoutDocuments = collect(DOCUMENT, withoutEmails, Kind.ID_NUMBER, findings);
		Matcher m = DIGIT_RUN.matcher(withoutDocuments);
		while (m.find()) {
			String run = m.group().strip();
			long digits = run.chars().filter(Character::isDigit).count();
			if (digits >= 9 && !YEAR_RANGE.matcher(run).matches()) {
				findings.add(new Finding(run.contains("-") && !run.startsWith("+") && digits == 13 ? Kind.ID_NUMBER
						: Kind.PHONE, run));
			}
		}
		return findings;
	}

	/** All findings in several texts (e.g. every free-text field of a form). */
	public static List<Finding> find(String... texts) {
		List<Finding> findings = new ArrayList<>();
		for (String text : texts) {
			findings.addAll(find(text));
		}
		return findings;
	}

	private static String collect(Pattern pattern, String text, Kind kind, List<Finding> findings) {
		Matcher m = pattern.matcher(text);
		StringBuilder rest = new StringBuilder();
		while (m.find()) {
			findings.add(new Finding(kind, m.group()));
			m.appendReplacement(rest, " ");
		}
		m.appendTail(rest);
		return rest.toString();
	}
}
