package org.convene.knowledge.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.convene.events.Objective;
import org.convene.events.Visibility;
import org.convene.knowledge.CrimeType;
import org.convene.knowledge.EvidenceLevel;
import org.convene.knowledge.PracticeDetails;
import org.convene.knowledge.Practices;
import org.convene.platform.files.ImportPreview;
import org.convene.platform.files.SheetReader;
import org.convene.platform.files.Sheets;
import org.convene.platform.i18n.Languages;
import org.convene.platform.text.Folding;
import org.convene.platform.text.PersonalIdentifiers;

/**
 * An existing list of good practices (CSV or Excel, one practice per row) read for the same preview as the
 * participants' import: every row checked by the rules of the practice form, every problem named with its cell,
 * good rows imported as drafts. Countries by code or by name in any shipped language, several separated by commas;
 * codes for crime type, evidence level, objectives (the names in the template) and visibility.
 */
public final class PracticeSheet {

	public static final List<String> COLUMNS = List.of("title", "summary", "language", "countries", "period",
			"objectives", "crime_type", "target_group", "organisation", "partners", "contact", "activities", "results",
			"challenges", "lessons", "takeaway", "evidence_level", "evidence_link", "transferability", "links",
			"visibility");

	public static final int MAX_ROWS = 1000;

	private PracticeSheet() {
	}

	/** Reads the file; a blank language is {@code defaultLanguage}, a blank visibility members only. */
	public static ImportPreview<PracticeDetails> read(String fileName, InputStream in, String defaultLanguage) {
		SheetReader.Read read = SheetReader.read(fileName, in, PracticeSheet::column, COLUMNS, "title", MAX_ROWS);
		if (read.fileProblem() != null) {
			return new ImportPreview<>(fileName, List.of(), read.fileProblem().equals("import.error.noColumn")
					? "practice.import.noTitleColumn" : read.fileProblem());
		}
		List<ImportPreview.Row<PracticeDetails>> rows = new ArrayList<>();
		int line = 1;
		for (Map<String, String> cells : read.records()) {
			line++;
			rows.add(row(line, cells, defaultLanguage));
		}
		return new ImportPreview<>(fileName, rows, null, read.readAs());
	}

	private static ImportPreview.Row<PracticeDetails> row(int line, Map<String, String> cells, String defaultLanguage) {
		List<ImportPreview.Problem> problems = new ArrayList<>();
		String languageCell = cells.getOrDefault("language", "");
		String language = languageCell.isBlank() ? defaultLanguage : languageCell.strip().toLowerCase(Locale.ROOT);
		if (!Languages.isSupported(language)) {
			problems.add(new ImportPreview.Problem("practice.import.language", languageCell));
		}
		List<String> countries = new ArrayList<>();
		for (String c : list(cells.get("countries"))) {
			String code = Languages.countryCode(c);
			if (code == null) {
				problems.add(new ImportPreview.Problem("import.problem.country", c));
			}
			else if (!countries.contains(code)) {
				countries.add(code);
			}
		}
		List<Objective> objectives = new ArrayList<>();
		for (String o : list(cells.get("objectives"))) {
			Objective objective = known(Objective.values(), o);
			if (objective == null) {
				problems.add(new ImportPreview.Problem("practice.import.objective", o));
			}
			else {
				objectives.add(objective);
			}
		}
		CrimeType crime = choice(CrimeType.values(), cells.get("crime_type"), "practice.import.crimeType", problems);
		EvidenceLevel evidence = choice(EvidenceLevel.values(), cells.get("evidence_level"),
				"practice.import.evidence", problems);
		String visibilityCell = cells.getOrDefault("visibility", "");
		Visibility visibility = visibilityCell.isBlank() ? Visibility.MEMBERS
				: choice(Visibility.values(), visibilityCell, "practice.import.visibility", problems);
		PracticeDetails details = new PracticeDetails(cells.get("title"), cells.get("summary"), language, countries,
				cells.get("period"), objectives, crime, cells.get("target_group"), cells.get("organisation"),
				cells.get("partners"), cells.get("contact"), cells.get("activities"), cells.get("results"),
				cells.get("challenges"), cells.get("lessons"), cells.get("takeaway"), evidence, cells.get("evidence_link"),
				cells.get("transferability"), cells.get("links"), visibility);
		// the form's own rules (required fields, lengths, the link); choices already named with their cell above
		Practices.problems(details).stream()
			.filter(key -> !key.equals("practice.error.choices") && !(key.equals("practice.error.language")
					&& problems.stream().anyMatch(p -> p.key().equals("practice.import.language")))
					&& !(key.equals("practice.error.countries") && !countries.isEmpty()))
			.forEach(key -> problems.add(new ImportPreview.Problem(key, null)));
		// personal identifiers cannot be confirmed row by row: such a row is refused, to be cleaned first
		PersonalIdentifiers.find(details.texts().toArray(String[]::new)).stream().findFirst()
			.ifPresent(f -> problems.add(new ImportPreview.Problem("practice.import.identifiers", f.text())));
		return new ImportPreview.Row<>(line, cells, details, problems);
	}

	private static <E extends Enum<E>> E choice(E[] values, String cell, String problem,
			List<ImportPreview.Problem> problems) {
		E value = known(values, cell);
		if (value == null) {
			problems.add(new ImportPreview.Problem(problem, cell == null ? "" : cell));
		}
		return value;
	}

	/** The value whose name the cell is (any case, spaces or hyphens for "_"), or null. */
	private static <E extends Enum<E>> E known(E[] values, String cell) {
		if (cell == null || cell.isBlank()) {
			return null;
		}
		String name = Folding.fold(cell).replace('-', '_').replace(' ', '_').toUpperCase(Locale.ROOT);
		return Arrays.stream(values).filter(v -> v.name().equals(name)).findFirst().orElse(null);
	}

	private static List<String> list(String cell) {
		return cell == null ? List.of() : Arrays.stream(cell.split("[,;]")).map(String::strip)
			.filter(s -> !s.isEmpty()).toList();
	}

	private static String column(String header) {
		return header.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
	}

	/** The refused rows as a CSV to correct and import again: their cells and a last column of problems. */
	public static byte[] refused(ImportPreview<PracticeDetails> preview, Function<ImportPreview.Problem, String> wording) {
		List<String> header = new ArrayList<>(COLUMNS);
		header.add("problems");
		return Sheets.csv(header, preview.refused().stream().map(row -> {
			List<String> values = new ArrayList<>(COLUMNS.stream().map(c -> row.cells().getOrDefault(c, "")).toList());
			values.add(String.join(" ", row.problems().stream().map(wording).toList()));
			return values;
		}).toList());
	}

	/** An empty list to fill in: the header and one example row with the accepted codes. */
	public static byte[] template() {
		return Sheets.csv(COLUMNS, List.of(List.of("Joint investigation teams with a neighbour",
				"Two countries run **one** investigation.", "en", "PK, AF", "2019–2022", "REGIONAL_COOPERATION", "BOTH",
				"Investigators", "Prosecutor General's Office", "", "", "", "", "", "", "Start small.", "MONITORED", "",
				"", "", "MEMBERS")));
	}
}
