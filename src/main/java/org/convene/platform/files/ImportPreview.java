package org.convene.platform.files;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * An uploaded list read for preview before anything is imported: each data row with what its cells said, what they
 * were read as and every problem found (a row with any is refused; the others can still be imported), or the problem
 * with the whole file ({@code fileProblem}, a message key); {@code readAs} names the character set a CSV was read in
 * when it was not UTF-8. Kept in the coordinator's session between the upload and the confirmation.
 *
 * @param <T> what a good row becomes (a participant's or a practice's details)
 */
public record ImportPreview<T extends Serializable>(String fileName, List<Row<T>> rows, String fileProblem,
		String readAs) implements Serializable {

	public ImportPreview(String fileName, List<Row<T>> rows, String fileProblem) {
		this(fileName, rows, fileProblem, null);
	}

	/**
	 * A problem of one row, as a message key and the cell or line it is about ({@code {0}} in the message), so the
	 * coordinator reads "Sex “x” is not known", not only "the sex is wrong".
	 */
	public record Problem(String key, String value) implements Serializable {
	}

	/** One data row: its line number, its cells as uploaded, what they were read as, and its problems. */
	public record Row<T extends Serializable>(int line, Map<String, String> cells, T details, List<Problem> problems)
			implements Serializable {

		public boolean ok() {
			return problems.isEmpty();
		}
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

	/** What the rows that will be imported become. */
	public List<T> details() {
		return rows.stream().filter(Row::ok).map(Row::details).toList();
	}

	public List<Row<T>> refused() {
		return rows.stream().filter(r -> !r.ok()).toList();
	}
}
