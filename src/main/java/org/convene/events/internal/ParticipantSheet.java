package org.convene.events.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.convene.events.Events;
import org.convene.events.Participant;
import org.convene.events.ParticipantDetails;
import org.convene.events.Sex;
import org.convene.events.StakeholderType;
import org.convene.platform.files.Sheets;
import org.convene.platform.i18n.Languages;
import org.convene.platform.text.CleanText;
import org.convene.platform.text.Folding;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

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

	private static final Map<String, String> COUNTRY_NAMES = new HashMap<>();

	static {
		for (String code : Locale.getISOCountries()) {
			// names in every language we ship, so an export in any of them imports again
			for (Locale language : Languages.SUPPORTED) {
				COUNTRY_NAMES.putIfAbsent(Folding.fold(Languages.countryName(code, language)), code);
			}
			COUNTRY_NAMES.put(Folding.fold(code), code);
		}
	}

	private ParticipantSheet() {
	}

	/**
	 * A problem of one row, as a message key and the cell or line it is about ({@code {0}} in the message), so
	 * the coordinator reads "Sex “x” is not known", not only "the sex is wrong".
	 */
	public record Problem(String key, String value) implements Serializable {
	}

	/**
	 * One data row of an uploaded file: its line number, what its cells said, what they were read as, and every
	 * problem found (a row with any is refused; the others can still be imported).
	 */
	public record PreviewRow(int line, Map<String, String> cells, ParticipantDetails details, List<Problem> problems)
			implements Serializable {

		public boolean ok() {
			return problems.isEmpty();
		}
	}

	/**
	 * A whole file read for preview; {@code fileProblem} is a message key when the file itself is unusable;
	 * {@code readAs} names the character set a CSV was read in when it was not UTF-8 (null otherwise).
	 */
	public record Preview(String fileName, List<PreviewRow> rows, String fileProblem, String readAs)
			implements Serializable {

		public Preview(String fileName, List<PreviewRow> rows, String fileProblem) {
			this(fileName, rows, fileProblem, null);
		}

		public long errorCount() {
			return rows.stream().filter(r -> !r.ok()).count();
		}

		public long goodCount() {
			return rows.size() - errorCount();
		}

		/** Something can be imported: the rows without problems (refused rows stay out, to be fixed). */
		public boolean importable() {
			return fileProblem == null && goodCount() > 0;
		}

		/** The rows that will be imported. */
		public List<ParticipantDetails> details() {
			return rows.stream().filter(PreviewRow::ok).map(PreviewRow::details).toList();
		}

		public List<PreviewRow> refused() {
			return rows.stream().filter(r -> !r.ok()).toList();
		}
	}

	/**
	 * Reads a CSV (comma or semicolon, UTF-8) or XLSX file and checks every row: every problem of a row is
	 * listed, unknown values are refused (known synonyms are read, and the preview shows what they were read
	 * as), and a person is a duplicate either of someone in {@code taken} (already registered) or of an
	 * earlier row of the same file.
	 */
	public static Preview read(String fileName, InputStream in, Set<String> taken) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		List<Map<String, String>> records;
		String readAs = null;
		try {
			if (name.endsWith(".xlsx")) {
				records = rows(streamXlsx(in));
			}
			else if (name.endsWith(".xls")) {
				records = readWorkbook(in);
			}
			else if (name.endsWith(".csv") || name.endsWith(".txt")) {
				byte[] bytes = BOMInputStream.builder().setInputStream(in).get().readAllBytes();
				String text;
				try {
					text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
				}
				catch (CharacterCodingException notUtf8) {
					// Excel's "CSV" on Windows: Western European; read so, and say so above the rows
					text = new String(bytes, Charset.forName("windows-1252"));
					readAs = "windows-1252";
				}
				records = readCsv(text);
			}
			else {
				return new Preview(fileName, List.of(), "import.error.type");
			}
		}
		catch (TooManyRows e) {
			return new Preview(fileName, List.of(), "import.error.tooManyRows");
		}
		catch (IOException | RuntimeException e) {
			return new Preview(fileName, List.of(), "import.error.unreadable");
		}
		if (records == null) {
			return new Preview(fileName, List.of(), "import.error.noNameColumn");
		}
		if (records.isEmpty()) {
			return new Preview(fileName, List.of(), "import.error.empty");
		}
		if (records.size() > MAX_ROWS) {
			return new Preview(fileName, List.of(), "import.error.tooManyRows");
		}
		Map<String, Integer> firstLine = new HashMap<>();
		List<PreviewRow> rows = new ArrayList<>();
		int line = 1;
		for (Map<String, String> cells : records) {
			line++;
			rows.add(row(line, cells, taken, firstLine));
		}
		return new Preview(fileName, rows, null, readAs);
	}

	private static PreviewRow row(int line, Map<String, String> cells, Set<String> taken, Map<String, Integer> firstLine) {
		List<Problem> problems = new ArrayList<>();
		String sexCell = cells.getOrDefault("sex", "");
		Sex sex = sex(sexCell);
		if (sex == null) {
			problems.add(new Problem("import.problem.sex", sexCell));
		}
		String stakeholderCell = cells.getOrDefault("stakeholder", "");
		StakeholderType stakeholder = stakeholder(stakeholderCell);
		if (stakeholder == null) {
			problems.add(stakeholderCell.isBlank() ? new Problem("participant.error.stakeholder", null)
					: new Problem("import.problem.stakeholder", stakeholderCell));
		}
		String countryCell = cells.getOrDefault("country", "");
		String country = country(countryCell);
		if (country == null) {
			problems.add(countryCell.isBlank() ? new Problem("participant.error.country", null)
					: new Problem("import.problem.country", countryCell));
		}
		String consentCell = cells.getOrDefault("consent", "");
		Boolean consent = consent(consentCell);
		if (consent == null) {
			problems.add(new Problem("import.problem.consent", consentCell));
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
				case "participant.error.email" -> problems.add(new Problem("import.problem.email", cells.get("email")));
				default -> problems.add(new Problem(key, null));
			}
		}
		List<String> keys = details.duplicateKeys();
		if (!checked.contains("participant.error.duplicate")) {
			keys.stream().map(firstLine::get).filter(Objects::nonNull).findFirst()
				.ifPresent(earlier -> problems.add(new Problem("import.problem.duplicateInFile", String.valueOf(earlier))));
		}
		if (problems.isEmpty()) {
			// only a row that will be imported makes later rows duplicates
			keys.forEach(k -> firstLine.putIfAbsent(k, line));
		}
		return new PreviewRow(line, cells, details, problems);
	}

	/** The refused rows as a CSV to correct and import again: their cells as uploaded and a last column of problems. */
	public static byte[] refused(Preview preview, Function<Problem, String> wording) {
		List<String> header = new ArrayList<>(COLUMNS);
		header.add("problems");
		List<List<String>> rows = new ArrayList<>();
		for (PreviewRow row : preview.refused()) {
			List<String> values = new ArrayList<>();
			for (String column : COLUMNS) {
				values.add(row.cells().getOrDefault(column, ""));
			}
			values.add(String.join(" ", row.problems().stream().map(wording).toList()));
			rows.add(values);
		}
		return Sheets.csv(header, rows);
	}

	private static List<Map<String, String>> readCsv(String text) throws IOException {
		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
				? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
		try (CSVParser parser = CSVParser.parse(text, format)) {
			List<String[]> lines = new ArrayList<>();
			for (CSVRecord record : parser) {
				keep(lines, record.values());
			}
			return rows(lines);
		}
	}

	/** Reading stopped at the row limit: a 400,000-row workbook once took 1.9 GB of memory to be refused. */
	private static final class TooManyRows extends RuntimeException {

		TooManyRows() {
			super(null, null, false, false);
		}
	}

	/**
	 * The first sheet of an XLSX, row by row with POI's streaming (SAX) reader, stopping as soon as there are more
	 * rows than an import takes; blank rows are skipped. Cells are formatted as Excel shows them.
	 */
	private static List<String[]> streamXlsx(InputStream in) throws IOException {
		// from a file, POI reads the zip's entries as it needs them; from a stream it would hold the whole
		// uncompressed sheet in memory (about 100 MB for 400,000 rows) before the first row
		Path copy = Files.createTempFile("convene-import-", ".xlsx");
		try {
			Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
			return streamXlsx(copy);
		}
		finally {
			Files.deleteIfExists(copy);
		}
	}

	private static List<String[]> streamXlsx(Path file) throws IOException {
		try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(workbook);
			List<String[]> lines = new ArrayList<>();
			XSSFSheetXMLHandler.SheetContentsHandler rows = new XSSFSheetXMLHandler.SheetContentsHandler() {
				private final List<String> row = new ArrayList<>();

				@Override
				public void startRow(int number) {
					row.clear();
				}

				@Override
				public void endRow(int number) {
					if (row.stream().anyMatch(v -> !v.isBlank())) {
						keep(lines, row.toArray(String[]::new));
					}
				}

				@Override
				public void cell(String reference, String value, XSSFComment comment) {
					int column = reference == null ? row.size() : new CellReference(reference).getCol();
					while (row.size() < column) {
						row.add("");
					}
					row.add(value == null ? "" : value);
				}
			};
			XMLReader parser = XMLHelper.newXMLReader();
			parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
					new ReadOnlySharedStringsTable(workbook), rows, new DataFormatter(Locale.ROOT), false));
			try (InputStream sheet = reader.getSheetsData().next()) {
				parser.parse(new InputSource(sheet));
			}
			return lines;
		}
		catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
			throw new IOException(e);
		}
	}

	/** Keeps a row read (the header and up to MAX_ROWS more); one more stops the reading. */
	private static void keep(List<String[]> lines, String[] row) {
		if (lines.size() > MAX_ROWS) {
			throw new TooManyRows();
		}
		lines.add(row);
	}

	/** Rows of cells to records by the header row; null when there is no "name" column. */
	private static List<Map<String, String>> rows(List<String[]> lines) {
		if (lines.isEmpty()) {
			return List.of();
		}
		List<String> header = columns(lines.get(0));
		if (!header.contains("name")) {
			return null;
		}
		return lines.subList(1, lines.size()).stream().map(v -> cells(header, v)).toList();
	}

	private static List<Map<String, String>> readWorkbook(InputStream in) throws IOException {
		try (Workbook workbook = WorkbookFactory.create(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			List<String[]> lines = new ArrayList<>();
			for (Row row : sheet) {
				int width = Math.max(row.getLastCellNum(), 0);
				String[] values = new String[width];
				for (int i = 0; i < width; i++) {
					Cell cell = row.getCell(i);
					values[i] = cell == null ? "" : formatter.formatCellValue(cell);
				}
				if (Arrays.stream(values).anyMatch(v -> !v.isBlank())) {
					lines.add(values);
				}
			}
			return rows(lines);
		}
	}

	private static List<String> columns(String[] header) {
		List<String> columns = new ArrayList<>();
		for (String h : header) {
			String key = h == null ? "" : h.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
			key = HEADER_ALIASES.getOrDefault(key, key.replace(' ', '_'));
			columns.add(key);
		}
		return columns;
	}

	private static Map<String, String> cells(List<String> header, String[] values) {
		Map<String, String> cells = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			if (COLUMNS.contains(header.get(i))) {
				cells.put(header.get(i), i < values.length && values[i] != null ? CleanText.clean(values[i]).strip() : "");
			}
		}
		return cells;
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
		return value == null || value.isBlank() ? null : COUNTRY_NAMES.get(Folding.fold(value));
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
