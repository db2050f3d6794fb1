package org.convene.cafe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who sits where, round by round ({@code round → person id → table id}), with the ways the pages read
 * it: a person's table in a round, the people at a table in a round (host first).
 */
public record Seating(Map<Integer, Map<Long, Long>> seats, List<CafeTable> tables, List<CafePerson> people) {

	public boolean isEmpty() {
		return seats.isEmpty();
	}

	/** The table of a person in a round, or null when they have no seat. */
	public CafeTable tableOf(long personId, int round) {
		Long table = seats.getOrDefault(round, Map.of()).get(personId);
		return table == null ? null : tables.stream().filter(t -> t.id() == table).findFirst().orElse(null);
	}

	/** The people at a table in a round, its host first, then by name. */
	public List<CafePerson> at(long tableId, int round) {
		Map<Long, Long> inRound = seats.getOrDefault(round, Map.of());
		long host = tables.stream().filter(t -> t.id() == tableId).findFirst().map(CafeTable::hostId).orElse(-1L);
		List<CafePerson> list = new ArrayList<>();
		for (CafePerson p : people) {
			if (Long.valueOf(tableId).equals(inRound.get(p.id()))) {
				list.add(p);
			}
		}
		// people are already in name order; a stable sort moves only the host to the front
		list.sort(Comparator.comparing(p -> p.id() != host));
		return list;
	}

	/** The present people with no seat in a round (registered after planning, or back from absence). */
	public List<CafePerson> unseated(int round) {
		Map<Long, Long> inRound = seats.getOrDefault(round, Map.of());
		return people.stream().filter(p -> p.presentIn(round) && !inRound.containsKey(p.id())).toList();
	}

	/**
	 * The table a person may take notes for in the café's current round: theirs if they host it, or an
	 * unhosted table they sit at; null otherwise (and when no round runs).
	 */
	public CafeTable noteTable(Cafe cafe, long personId) {
		CafeTable table = cafe.running() ? tableOf(personId, cafe.currentRound()) : null;
		if (table == null) {
			return null;
		}
		return table.hostId() == null || table.hostId() == personId ? table : null;
	}

	public CafePerson person(long id) {
		return people.stream().filter(p -> p.id() == id).findFirst().orElse(null);
	}

	/** A mutable copy of the seats, for a change by hand. */
	public Map<Integer, Map<Long, Long>> copy() {
		Map<Integer, Map<Long, Long>> copy = new HashMap<>();
		seats.forEach((r, m) -> copy.put(r, new HashMap<>(m)));
		return copy;
	}
}
