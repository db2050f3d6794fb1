package org.convene.cafe.planner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What to plan: the number of rounds, the tables (capacity, optional host who stays at the table all
 * rounds), the participants (organisation, sex, stakeholder type and country are optional and used to
 * mix tables; absent rounds are 1-based), pairs to keep apart, pairs who may sit together (colleagues
 * whose meeting is not counted against the plan: an interpreter and their delegate), the time budget and
 * the random seed.
 */
public record Instance(int rounds, List<Table> tables, List<Person> participants, List<List<String>> apart,
		List<List<String>> together, double seconds, long seed) {

	public Instance(int rounds, List<Table> tables, List<Person> participants, List<List<String>> apart,
			double seconds, long seed) {
		this(rounds, tables, participants, apart, List.of(), seconds, seed);
	}

	public record Table(int capacity, String host) {
	}

	public record Person(String id, String sex, String organisation, String stakeholder, String country,
			Set<Integer> absentRounds) {

		public Person {
			absentRounds = absentRounds == null ? Set.of() : Set.copyOf(absentRounds);
		}

		public Person(String id) {
			this(id, null, null, null, null, Set.of());
		}
	}

	public Instance {
		tables = List.copyOf(tables);
		participants = List.copyOf(participants);
		apart = apart == null ? List.of() : List.copyOf(apart);
		together = together == null ? List.of() : List.copyOf(together);
	}

	/** Why the instance cannot be planned, or an empty list. */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (rounds < 1) {
			problems.add("rounds must be at least 1");
		}
		if (tables.isEmpty()) {
			problems.add("there must be at least one table");
		}
		Map<String, Person> byId = new HashMap<>();
		for (Person p : participants) {
			if (p.id() == null || p.id().isBlank()) {
				problems.add("every participant needs an id");
			}
			else if (byId.put(p.id(), p) != null) {
				problems.add("participant id used twice: " + p.id());
			}
			for (int r : p.absentRounds()) {
				if (r < 1 || r > rounds) {
					problems.add("participant " + p.id() + " is absent in round " + r + ", which does not exist");
				}
			}
		}
		Set<String> hosts = new HashSet<>();
		for (int t = 0; t < tables.size(); t++) {
			Table table = tables.get(t);
			if (table.capacity() < 1) {
				problems.add("table " + (t + 1) + " needs a capacity of at least 1");
			}
			if (table.host() != null) {
				if (!byId.containsKey(table.host())) {
					problems.add("the host of table " + (t + 1) + " is not a participant: " + table.host());
				}
				else if (!hosts.add(table.host())) {
					problems.add(table.host() + " hosts two tables");
				}
			}
		}
		for (List<String> pair : apart) {
			if (pair == null || pair.size() != 2) {
				problems.add("each pair to keep apart names two participants");
				continue;
			}
			for (String id : pair) {
				if (!byId.containsKey(id)) {
					problems.add("unknown participant in a pair to keep apart: " + id);
				}
			}
			if (pair.size() == 2 && hosts.contains(pair.get(0)) && hosts.contains(pair.get(1))) {
				continue; // hosts never meet anyway
			}
		}
		Set<Set<String>> keptApart = new HashSet<>();
		apart.stream().filter(pair -> pair != null && pair.size() == 2).forEach(pair -> keptApart.add(Set.copyOf(pair)));
		for (List<String> pair : together) {
			if (pair == null || pair.size() != 2 || pair.get(0).equals(pair.get(1))) {
				problems.add("each pair who may sit together names two participants");
				continue;
			}
			for (String id : pair) {
				if (!byId.containsKey(id)) {
					problems.add("unknown participant in a pair who may sit together: " + id);
				}
			}
			if (keptApart.contains(Set.copyOf(pair))) {
				problems.add(pair.get(0) + " and " + pair.get(1) + " are both kept apart and allowed together");
			}
		}
		int seats = tables.stream().mapToInt(Table::capacity).sum();
		for (int r = 1; r <= rounds; r++) {
			int round = r;
			long present = participants.stream().filter(p -> !p.absentRounds().contains(round)).count();
			if (present > seats) {
				problems.add("round " + r + " has " + present + " people for " + seats + " seats");
			}
		}
		return problems;
	}
}
