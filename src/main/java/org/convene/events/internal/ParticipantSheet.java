package org.convene.events.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.convene.events.Events;
import org.convene.events.Participant;
import org.convene.events.ParticipantDetails;
import org.convene.events.Sex;
import org.convene.events.StakeholderType;
import org.convene.platform.files.ImportPreview;
import org.convene.platform.files.SheetReader;
import org.convene.platform.files.Sheets;
import org.convene.platform.i18n.Languages;
import org.convene.platform.text.Folding;

/**
 * Participant lists as spreadsheets, both ways: reading a CSV or XLSX file into a per-row preview
 * (nothing is saved here), and writing the participants of an event as CSV or XLSX in the same
 * columns, so an export can be edited and imported again.
 */
public final class ParticipantSheet {

	/** The columns, in export order; the import recognises them (and a few common variants) in any order. */
	public static final List<String> COLUMNS = List.of("name", "organisation", "stakeholder", "country", "title",
			"sex", "email", "consent", "biography", "checked_in");

	public static final int MAX_ROWS = 5000;

	private static final Map<String, String> HEADER_ALIASES = Map.ofEntries(Map.entry("full name", "name"),
			Map.entry("participant", "name"), Map.entry("organization", "organisation"),
			Map.entry("institution", "organisation"), Map.entry("stakeholder type", "stakeholder"),
			Map.entry("agency type", "stakeholder"), Map.entry("job title", "title"), Map.entry("position", "title"),
			Map.entry("gender", "sex"), Map.entry("e-mail", "email"), Map.entry("mail", "email"),
			Map.entry("consent to be listed", "consent"), Map.entry("listed", "consent"),
			Map.entry("bio", "biography"), Map.entry("checked in", "checked_in"));

	private ParticipantSheet() {
	}

	/**
	 * Reads a CSV (comma or semicolon, UTF-8) or XLSX file and checks every row: every problem of a row is
	 * listed, unknown values are refused (known synonyms are read, and the preview shows what they were read
	 * as), and a person is a duplicate either of someone in {@code taken} (already registered) or of an
	 * earlier row of the same file.
	 */
	public static ImportPreview<ParticipantDetails> read(String fileName, InputStream in, Set<String> taken) {
		SheetReader.Read read = SheetReader.read(fileName, in, ParticipantSheet::column, COLUMNS, "name", MAX_ROWS);
		if (read.fileProblem() != null) {
			return new ImportPreview<>(fileName, List.of(), read.fileProblem().equals("import.error.noColumn")
					? "import.error.noNameColumn" : read.fileProblem());
		}
		List<Map<String, String>> records = read.records();
		String readAs = read.readAs();
		Map<String, Integer> firstLine = new HashMap<>();
		List<ImportPreview.Row<ParticipantDetails>> rows = new ArrayList<>();
		int line = 1;
		for (Map<String, String> cells : records) {
			line++;
			rows.add(row(line, cells, taken, firstLine));
		}
		return new ImportPreview<>(fileName, rows, null, readAs);
	}

	private static ImportPreview.Row<ParticipantDetails> row(int line, Map<String, String> cells, Set<String> taken, Map<String, Integer> firstLine) {
		List<ImportPreview.Problem> problems = new ArrayList<>();
		String sexCell = cells.getOrDefault("sex", "");
		Sex sex = sex(sexCell);
		if (sex == null) {
			problems.add(new ImportPreview.Problem("import.problem.sex", sexCell));
		}
		String stakeholderCell = cells.getOrDefault("stakeholder", "");
		StakeholderType stakeholder = stakeholder(stakeholderCell);
		if (stakeholder == null) {
			problems.add(stakeholderCell.isBlank() ? new ImportPreview.Problem("participant.error.stakeholder", null)
					: new ImportPreview.Problem("import.problem.stakeholder", stakeholderCell));
		}
		String countryCell = cells.getOrDefault("country", "");
		String country = country(countryCell);
		if (country == null) {
			problems.add(countryCell.isBlank() ? new ImportPreview.Problem("participant.error.country", null)
					: new ImportPreview.Problem("import.problem.country", countryCell));
		}
		String consentCell = cells.getOrDefault("consent", "");
		Boolean consent = consent(consentCell);
		if (consent == null) {
			problems.add(new ImportPreview.Problem("import.problem.consent", consentCell));
		}
		ParticipantDetails details = new ParticipantDetails(cells.get("name"), cells.get("organisation"), stakeholder,
				country, cells.get("title"), sex, cells.get("email"), Boolean.TRUE.equals(consent), cells.get("biography"));
		// the same rules as every other way in (Events.problems), worded with the cell where a cell says more
		List<String> checked = Events.problems(details, taken);
		for (String key : checked) {
			switch (key) {
				case "participant.error.sex", "participant.error.stakeholder", "participant.error.country" -> {
					// said above, with the cell
				}
				case "participant.error.email" -> problems.add(new ImportPreview.Problem("import.problem.email", cells.get("email")));
				default -> problems.add(new ImportPreview.Problem(key, null));
			}
		}
		List<String> keys = details.duplicateKeys();
		if (!checked.contains("participant.error.duplicate")) {
			keys.stream().map(firstLine::get).filter(Objects::nonNull).findFirst()
				.ifPresent(earlier -> problems.add(new ImportPreview.Problem("import.problem.duplicateInFile", String.valueOf(earlier))));
		}
		if (problems.isEmpty()) {
			// only a row that will be imported makes later rows duplicates
			keys.forEach(k -> firstLine.putIfAbsent(k, line));
		}
		return new ImportPreview.Row<>(line, cells, details, problems);
	}

	/** The refused rows as a CSV to correct and import again: their cells as uploaded and a last column of problems. */
	public static byte[] refused(ImportPreview<ParticipantDetails> preview, Function<ImportPreview.Problem, String> wording) {
		List<String> header = new ArrayList<>(COLUMNS);
		header.add("problems");
		List<List<String>> rows = new ArrayList<>();
		for (ImportPreview.Row<ParticipantDetails> row : preview.refused()) {
			List<String> values = new ArrayList<>();
			for (String column : COLUMNS) {
				values.add(row.cells().getOrDefault(column, ""));
			}
			values.add(String.join(" ", row.problems().stream().map(wording).toList()));
			rows.add(values);
		}
		return Sheets.csv(header, rows);
	}







	/** A header cell's column: its alias or itself, lower case, words joined by "_". */
	private static String column(String header) {
		String key = header.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
		return HEADER_ALIASES.getOrDefault(key, key.replace(' ', '_'));
	}



	/** Known words for each sex; "x" is refused on purpose (a tick mark or a passport marker — ask). */
	static Sex sex(String value) {
		String v = Folding.fold(value);
		return switch (v) {
			case "f", "female", "woman", "femme", "femenino", "mujer", "feminin", "femenina" -> Sex.FEMALE;
			case "m", "male", "man", "homme", "masculino", "hombre", "masculin" -> Sex.MALE;
			case "another", "other", "autre", "otro", "non-binary", "nonbinary", "diverse" -> Sex.ANOTHER;
			case "", "undisclosed", "prefer not to say", "rather not say", "n/a" -> Sex.UNDISCLOSED;
			default -> null;
		};
	}

	static StakeholderType stakeholder(String value) {
		String v = Folding.fold(value).replace('-', '_').replace(' ', '_').replace('/', '_');
		for (StakeholderType type : StakeholderType.values()) {
			if (type.name().toLowerCase(Locale.ROOT).equals(v)) {
				return type;
			}
		}
		return switch (v) {
			case "police", "fia", "border", "law_enforcement_agency" -> StakeholderType.LAW_ENFORCEMENT;
			case "ngo", "civil_society___ngo", "civil_society_ngo", "csos", "cso" -> StakeholderType.CIVIL_SOCIETY;
			case "international_organization", "io", "un" -> StakeholderType.INTERNATIONAL_ORGANISATION;
			case "court", "judge" -> StakeholderType.JUDICIARY;
			case "prosecutor", "prosecutors" -> StakeholderType.PROSECUTION;
			default -> null;
		};
	}

	/** The ISO code of a country named or coded in the cell, or null when it is blank or unknown. */
	static String country(String value) {
		return Languages.countryCode(value);
	}

	/** Consent to be listed: yes or no in a few languages (blank is no), or null for anything else. */
	static Boolean consent(String value) {
		return switch (Folding.fold(value)) {
			case "yes", "y", "true", "1", "x", "oui", "si", "да", "نعم", "ہاں" -> true;
			case "", "no", "n", "false", "0", "non", "нет", "لا", "نہیں" -> false;
			default -> null;
		};
	}

	// ---- export

	/** A participant's row; the country by its name in the reader's language (the import reads names in all six). */
	private static List<String> values(Participant p, Locale locale) {
		return List.of(p.getName(), nz(p.getOrganisation()),
				p.getStakeholderType().name().toLowerCase(Locale.ROOT).replace('_', '-'),
				Languages.countryName(p.getCountry(), locale),
				nz(p.getJobTitle()), p.getSex().name().toLowerCase(Locale.ROOT), nz(p.getEmail()),
				p.isConsentToList() ? "yes" : "no", nz(p.getBiography()), p.isCheckedIn() ? "yes" : "no");
	}

	public static byte[] csv(List<Participant> participants, Locale locale) {
		return csvOf(participants.stream().map(p -> values(p, locale)).toList());
	}

	/** An empty list to fill in: the header and one example row showing the accepted values. */
	public static byte[] template() {
		return csvOf(List.of(List.of("Example Person", "Federal Investigation Agency", "law-enforcement", "PK",
				"Inspector", "female", "", "yes", "", "no")));
	}

	private static byte[] csvOf(List<List<String>> rows) {
		return Sheets.csv(COLUMNS, rows);
	}

	public static byte[] xlsx(List<Participant> participants, Locale locale) {
		return Sheets.xlsx("participants", COLUMNS, participants.stream().map(p -> values(p, locale)).toList());
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
