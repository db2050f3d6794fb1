package org.convene.platform.files;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
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
import org.convene.platform.text.CleanText;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an uploaded list — CSV (UTF-8, or Excel's Windows-1252 when it is not UTF-8; comma or semicolon), XLS or XLSX
 * (the first sheet, streamed) — into records keyed by the header row's column names, for an import's preview. Reading
 * stops as soon as there are more rows than allowed (a 400,000-row workbook once took 1.9 GB of memory to be
 * refused). Blank rows are skipped; cells are formatted as Excel shows them and cleaned ({@link CleanText}).
 */
public final class SheetReader {

	/**
	 * What was read: the records (column → cell, only the known columns), or the problem with the file as a message
	 * key ({@code import.error.type}, {@code .unreadable}, {@code .tooManyRows}, {@code .empty}, {@code .noColumn});
	 * and the encoding a CSV was read as when it was not UTF-8.
	 */
	public record Read(List<Map<String, String>> records, String fileProblem, String readAs) {
	}

	private SheetReader() {
	}

	/**
	 * Reads the file; {@code column} turns a header cell into a column name (aliases, case), {@code known} are the
	 * columns kept, and {@code required} must be among the header's columns.
	 */
	public static Read read(String fileName, InputStream in, UnaryOperator<String> column, List<String> known,
			String required, int maxRows) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		List<String[]> lines;
		String readAs = null;
		try {
			if (name.endsWith(".xlsx")) {
				lines = streamXlsx(in, maxRows);
			}
			else if (name.endsWith(".xls")) {
				lines = readWorkbook(in, maxRows);
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
				lines = readCsv(text, maxRows);
			}
			else {
				return new Read(List.of(), "import.error.type", null);
			}
		}
		catch (TooManyRows e) {
			return new Read(List.of(), "import.error.tooManyRows", null);
		}
		catch (IOException | RuntimeException e) {
			return new Read(List.of(), "import.error.unreadable", null);
		}
		if (lines.isEmpty()) {
			return new Read(List.of(), "import.error.empty", readAs);
		}
		List<String> header = Arrays.stream(lines.getFirst()).map(h -> column.apply(h == null ? "" : h)).toList();
		if (!header.contains(required)) {
			return new Read(List.of(), "import.error.noColumn", readAs);
		}
		List<Map<String, String>> records = lines.subList(1, lines.size()).stream()
			.map(values -> cells(header, values, known)).toList();
		return new Read(records, records.isEmpty() ? "import.error.empty" : null, readAs);
	}

	private static Map<String, String> cells(List<String> header, String[] values, List<String> known) {
		Map<String, String> cells = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			if (known.contains(header.get(i))) {
				cells.put(header.get(i), i < values.length && values[i] != null ? CleanText.clean(values[i]).strip() : "");
			}
		}
		return cells;
	}

	private static List<String[]> readCsv(String text, int maxRows) throws IOException {
		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
				? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
		try (CSVParser parser = CSVParser.parse(text, format)) {
			List<String[]> lines = new ArrayList<>();
			for (CSVRecord record : parser) {
				keep(lines, record.values(), maxRows);
			}
			return lines;
		}
	}

	/** Reading stopped at the row limit. */
	private static final class TooManyRows extends RuntimeException {

		TooManyRows() {
			super(null, null, false, false);
		}
	}

	/**
	 * The first sheet of an XLSX, row by row with POI's streaming (SAX) reader, stopping as soon as there are more
	 * rows than allowed.
	 */
	private static List<String[]> streamXlsx(InputStream in, int maxRows) throws IOException {
		// from a file, POI reads the zip's entries as it needs them; from a stream it would hold the whole
		// uncompressed sheet in memory (about 100 MB for 400,000 rows) before the first row
		Path copy = Files.createTempFile("convene-import-", ".xlsx");
		try {
			Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
			return streamXlsx(copy, maxRows);
		}
		finally {
			Files.deleteIfExists(copy);
		}
	}

	private static List<String[]> streamXlsx(Path file, int maxRows) throws IOException {
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
						keep(lines, row.toArray(String[]::new), maxRows);
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

	/** Keeps a row read (the header and up to {@code maxRows} more); one more stops the reading. */
	private static void keep(List<String[]> lines, String[] row, int maxRows) {
		if (lines.size() > maxRows) {
			throw new TooManyRows();
		}
		lines.add(row);
	}

	private static List<String[]> readWorkbook(InputStream in, int maxRows) throws IOException {
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
					keep(lines, values, maxRows);
				}
			}
			return lines;
		}
	}
}
