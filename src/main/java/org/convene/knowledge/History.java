package org.convene.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

/**
 * A practice's history: each saved version and what it changed against the one before, line by line (java-diff-utils).
 * A version's text is its fields one after another, each under a marker line ({@code §} and the field's message key,
 * shown as the field's name in the reader's language).
 */
public final class History {

	/** One line of a comparison: kept, added or removed; a {@code §key} line names the field that follows. */
	public record Line(Kind kind, String text) {

		public boolean field() {
			return text.startsWith("§");
		}

		public String fieldKey() {
			return text.substring(1);
		}
	}

	public enum Kind {
		KEPT, ADDED, REMOVED
	}

	/** A version and its changes against the version before (all lines added for the first). */
	public record Entry(PracticeVersion version, List<Line> changes) {
	}

	/** Lines compared as they are (the generator's default normaliser escapes HTML and tabs; the page escapes). */
	private static final DiffRowGenerator ROWS = DiffRowGenerator.create().lineNormalizer(line -> line).build();

	private History() {
	}

	/** A version's text: the fields the author writes, each under its marker. */
	static String text(PracticeDetails d) {
		StringBuilder s = new StringBuilder();
		field(s, "practice.titleField", d.title());
		field(s, "practice.summary", d.summary());
		field(s, "practice.language", d.language());
		field(s, "practice.countries", String.join(", ", d.countries()));
		field(s, "practice.period", d.period());
		field(s, "practice.objectives", String.join(", ", d.objectives().stream().map(Enum::name).toList()));
		field(s, "practice.crimeType", d.crimeType() == null ? null : d.crimeType().name());
		field(s, "practice.targetGroup", d.targetGroup());
		field(s, "practice.organisation", d.organisation());
		field(s, "practice.partners", d.partners());
		field(s, "practice.contact", d.contact());
		field(s, "practice.activities", d.activities());
		field(s, "practice.results", d.results());
		field(s, "practice.challenges", d.challenges());
		field(s, "practice.lessons", d.lessons());
		field(s, "practice.takeaway", d.takeaway());
		field(s, "practice.evidenceLevel", d.evidenceLevel() == null ? null : d.evidenceLevel().name());
		field(s, "practice.evidenceLink", d.evidenceLink());
		field(s, "practice.transferability", d.transferability());
		field(s, "practice.links", d.links());
		field(s, "practice.visibility", d.visibility() == null ? null : d.visibility().name());
		return s.toString();
	}

	private static void field(StringBuilder s, String key, String value) {
		if (value != null && !value.isBlank()) {
			s.append('§').append(key).append('\n').append(value.strip().replace("\r", "")).append('\n');
		}
	}

	/** Every version, newest first, each with its changes against the one before. */
	static List<Entry> of(List<PracticeVersion> versions) {
		List<Entry> entries = new ArrayList<>();
		String before = "";
		for (PracticeVersion v : versions) {
			entries.add(new Entry(v, compare(before, v.getText())));
			before = v.getText();
		}
		return entries.reversed();
	}

	/** The changed lines, each with the field marker it falls under (unchanged fields left out). */
	static List<Line> compare(String before, String after) {
		List<DiffRow> rows = ROWS.generateDiffRows(lines(before), lines(after));
		List<Line> changes = new ArrayList<>();
		String field = null;
		boolean fieldShown = false;
		for (DiffRow row : rows) {
			String now = row.getNewLine();
			if (row.getTag() == DiffRow.Tag.EQUAL && now.startsWith("§")) {
				field = now;
				fieldShown = false;
				continue;
			}
			if (row.getTag() == DiffRow.Tag.EQUAL) {
				continue;
			}
			if (field != null && !fieldShown && !now.startsWith("§") && !row.getOldLine().startsWith("§")) {
				changes.add(new Line(Kind.KEPT, field));
				fieldShown = true;
			}
			if (!row.getOldLine().isEmpty() || row.getTag() == DiffRow.Tag.DELETE) {
				changes.add(new Line(Kind.REMOVED, row.getOldLine()));
			}
			if (!now.isEmpty() || row.getTag() == DiffRow.Tag.INSERT) {
				changes.add(new Line(Kind.ADDED, now));
			}
		}
		return changes.stream().filter(l -> !(l.kind() != Kind.KEPT && l.field())).toList();
	}

	private static List<String> lines(String text) {
		return text.isEmpty() ? List.of() : Stream.of(text.split("\n", -1)).toList();
	}
}
