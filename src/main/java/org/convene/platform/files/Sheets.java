package org.convene.platform.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Tables written as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read it right) and as
 * XLSX (numbers stay numbers). Text that a spreadsheet would run as a formula is neutralised.
 */
public final class Sheets {

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
	public static final String CSV = "text/csv; charset=utf-8";

	private Sheets() {
	}

	public static byte[] csv(List<String> header, List<? extends List<?>> rows) {
		StringWriter out = new StringWriter();
		out.write('\uFEFF');
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			printer.printRecord(header);
			for (List<?> row : rows) {
				printer.printRecord(row.stream().map(v -> v instanceof String s ? neutraliseFormula(s) : v).toList());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] xlsx(String sheetName, List<String> header, List<? extends List<?>> rows) {
		return xlsx(List.of(new Table(sheetName, header, rows)));
	}

	/** One sheet of a workbook: its name, column headings and rows (numbers stay numbers). */
	public record Table(String name, List<String> header, List<? extends List<?>> rows) {
	}

	/** A workbook with one sheet per table. */
	public static byte[] xlsx(List<Table> tables) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (Table table : tables) {
				Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
				Row head = sheet.createRow(0);
				for (int i = 0; i < table.header().size(); i++) {
					head.createCell(i).setCellValue(table.header().get(i));
				}
				int r = 1;
				for (List<?> values : table.rows()) {
					Row row = sheet.createRow(r++);
					for (int i = 0; i < values.size(); i++) {
						Object v = values.get(i);
						if (v instanceof Number n) {
							row.createCell(i).setCellValue(n.doubleValue());
						}
						else if (v != null) {
							row.createCell(i).setCellValue(v.toString());
						}
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A cell that a spreadsheet would run as a formula is prefixed with an apostrophe (CSV injection). */
	public static String neutraliseFormula(String value) {
		return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
	}
}
