package org.convene.bench;

import java.io.FileOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.convene.events.internal.ParticipantSheet;

/**
 * How much it costs to refuse an oversized participant list: writes a 400,000-row XLSX (once, under target/) and
 * times {@code ParticipantSheet.read} on it. Run with a small heap to see it stays small, e.g.
 * {@code java -Xmx64m -cp target/test-classes:target/classes:$(cat cp.txt) org.convene.bench.ImportBench} after
 * {@code ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
public final class ImportBench {

	private ImportBench() {
	}

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 400_000;
		Path file = Path.of("target", "import-bench-" + rows + ".xlsx");
		if (!Files.exists(file)) {
			try (var workbook = new SXSSFWorkbook(100); var out = new FileOutputStream(file.toFile())) {
				var sheet = workbook.createSheet();
				String[] columns = { "name", "organisation", "stakeholder", "country", "sex", "email" };
				var header = sheet.createRow(0);
				for (int c = 0; c < columns.length; c++) {
					header.createCell(c).setCellValue(columns[c]);
				}
				for (int r = 1; r <= rows; r++) {
					var row = sheet.createRow(r);
					row.createCell(0).setCellValue("Person " + r);
					row.createCell(1).setCellValue("Organisation " + r % 50);
					row.createCell(2).setCellValue("ministry");
					row.createCell(3).setCellValue("PK");
					row.createCell(4).setCellValue("female");
					row.createCell(5).setCellValue("p" + r + "@example.org");
				}
				workbook.write(out);
			}
		}
		long started = System.nanoTime();
		try (InputStream in = Files.newInputStream(file)) {
			var preview = ParticipantSheet.read("big.xlsx", in, Set.of());
			System.out.printf("%d rows, %d KB: %s in %d ms (max heap %d MB)%n", rows, Files.size(file) / 1024,
					preview.fileProblem() == null ? preview.rows().size() + " rows read" : preview.fileProblem(),
					(System.nanoTime() - started) / 1_000_000, Runtime.getRuntime().maxMemory() / 1024 / 1024);
		}
	}
}
