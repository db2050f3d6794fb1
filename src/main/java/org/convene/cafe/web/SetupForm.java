package org.convene.cafe.web;

import java.util.ArrayList;
import java.util.List;

import org.convene.cafe.Cafe;
import org.convene.cafe.CafeTable;
import org.convene.cafe.Cafes;

/**
 * The set-up page's rounds and tables as Spring binds them ({@code rounds[0].question}, {@code tables[2].host}):
 * one row per round or table, plus one blank row to add another. A value that cannot be read (letters in a number)
 * binds as nothing and is refused by the café's own checks, with the message in the reader's language.
 */
public class SetupForm {

	private List<RoundRow> rounds = new ArrayList<>();

	private List<TableRow> tables = new ArrayList<>();

	/** The rows as the page shows them: the café's rounds and tables, then a blank row of each. */
	static SetupForm of(Cafe cafe, List<CafeTable> tables) {
		SetupForm form = new SetupForm();
		for (Cafe.Round r : cafe.rounds()) {
			form.rounds.add(new RoundRow(r.question(), r.minutes(), r.returnHome()));
		}
		form.rounds.add(new RoundRow(null, null, false));
		for (CafeTable t : tables) {
			form.tables.add(new TableRow(t.id(), t.name(), t.capacity(), t.hostId()));
		}
		form.tables.add(new TableRow(null, null, 6, null));
		return form;
	}

	/** The rounds to save: a row with neither question nor minutes is left out; minutes default to 20. */
	List<Cafe.Round> toRounds() {
		List<Cafe.Round> result = new ArrayList<>();
		for (RoundRow row : rounds) {
			String question = row.question == null ? "" : row.question.strip();
			if (question.isEmpty() && row.minutes == null) {
				continue;
			}
			result.add(new Cafe.Round(result.size() + 1, question, row.minutes == null ? 20 : row.minutes,
					row.returnHome));
		}
		return result;
	}

	/** The tables to save: an existing table has an id; a blank name removes it. */
	List<Cafes.TableForm> toTables() {
		return tables.stream()
			.map(t -> new Cafes.TableForm(t.id, t.name, t.capacity == null ? 0 : t.capacity, t.host))
			.toList();
	}

	public List<RoundRow> getRounds() {
		return rounds;
	}

	public void setRounds(List<RoundRow> rounds) {
		this.rounds = rounds;
	}

	public List<TableRow> getTables() {
		return tables;
	}

	public void setTables(List<TableRow> tables) {
		this.tables = tables;
	}

	/** One round's row. */
	public static class RoundRow {

		private String question;

		private Integer minutes;

		private boolean returnHome;

		public RoundRow() {
		}

		RoundRow(String question, Integer minutes, boolean returnHome) {
			this.question = question;
			this.minutes = minutes;
			this.returnHome = returnHome;
		}

		public String getQuestion() {
			return question;
		}

		public void setQuestion(String question) {
			this.question = question;
		}

		public Integer getMinutes() {
			return minutes;
		}

		public void setMinutes(Integer minutes) {
			this.minutes = minutes;
		}

		public boolean isReturnHome() {
			return returnHome;
		}

		public void setReturnHome(boolean returnHome) {
			this.returnHome = returnHome;
		}
	}

	/** One table's row. */
	public static class TableRow {

		private Long id;

		private String name;

		private Integer capacity;

		private Long host;

		public TableRow() {
		}

		TableRow(Long id, String name, Integer capacity, Long host) {
			this.id = id;
			this.name = name;
			this.capacity = capacity;
			this.host = host;
		}

		public Long getId() {
			return id;
		}

		public void setId(Long id) {
			this.id = id;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public Integer getCapacity() {
			return capacity;
		}

		public void setCapacity(Integer capacity) {
			this.capacity = capacity;
		}

		public Long getHost() {
			return host;
		}

		public void setHost(Long host) {
			this.host = host;
		}
	}
}
