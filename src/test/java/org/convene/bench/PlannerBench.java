package org.convene.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.convene.cafe.planner.Instance;
import org.convene.cafe.planner.Plan;
import org.convene.cafe.planner.Planner;

/**
 * The World Café planner on the benchmark instances of the issue, against the one-round-at-a-time
 * greedy baseline. Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.convene.bench.PlannerBench -Dexec.args="10"} (the argument: seconds per instance).
 */
public final class PlannerBench {

	public static void main(String[] args) {
		double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
		System.out.println("| instance | lower bound | planner repeats | planner same-org pairs | planner time | greedy repeats | greedy same-org pairs |");
		System.out.println("|---|---|---|---|---|---|---|");
		for (var named : instances(seconds)) {
			Planner planner = new Planner(named.instance());
			Plan greedy = planner.greedy();
			Plan plan = new Planner(named.instance()).plan();
			System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %.2f s | %d | %d |%n", named.name(),
					plan.metrics().lowerBoundRepeatedPairs(), plan.metrics().repeatedPairs(),
					plan.metrics().sameOrganisationPairs(), plan.metrics().seconds(), greedy.metrics().repeatedPairs(),
					greedy.metrics().sameOrganisationPairs());
		}
	}

	record Named(String name, Instance instance) {
	}

	static List<Named> instances(double seconds) {
		return List.of(
				new Named("Kirkman: 15 people, 5 tables of 3, 7 rounds", grid(15, 5, 3, 7, seconds)),
				new Named("32 people, 8 tables of 4, 10 rounds", grid(32, 8, 4, 10, seconds)),
				new Named("37 people, 7 tables (2×6 + 5×5) with hosts, 3 rounds", hosted37(seconds)),
				new Named("120 people, 20 tables of 6 with hosts, 4 rounds, 12 organisations of 10", hosted120(seconds)),
				new Named("24 people, 6 tables of 4, 10 rounds", grid(24, 6, 4, 10, seconds)),
				new Named("500 people, 50 tables of 10, 3 rounds, 25 organisations", large500(seconds)));
	}

	static Instance grid(int people, int tables, int size, int rounds, double seconds) {
		List<Instance.Table> t = new ArrayList<>();
		for (int i = 0; i < tables; i++) {
			t.add(new Instance.Table(size, null));
		}
		List<Instance.Person> p = new ArrayList<>();
		for (int i = 0; i < people; i++) {
			p.add(new Instance.Person("p" + (i + 1)));
		}
		return new Instance(rounds, t, p, List.of(), seconds, 1);
	}

	static Instance hosted37(double seconds) {
		List<Instance.Table> t = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			t.add(new Instance.Table(i < 2 ? 6 : 5, "p" + (i + 1)));
		}
		List<Instance.Person> p = new ArrayList<>();
		for (int i = 0; i < 37; i++) {
			p.add(new Instance.Person("p" + (i + 1)));
		}
		return new Instance(3, t, p, List.of(), seconds, 1);
	}

	static Instance hosted120(double seconds) {
		List<Instance.Table> t = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			t.add(new Instance.Table(6, "p" + (i * 6 + 1)));
		}
		List<Instance.Person> p = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			p.add(new Instance.Person("p" + (i + 1), i % 2 == 0 ? "F" : "M", "org" + (i % 12), null, null, Set.of()));
		}
		return new Instance(4, t, p, List.of(), seconds, 1);
	}

	static Instance large500(double seconds) {
		List<Instance.Table> t = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			t.add(new Instance.Table(10, null));
		}
		List<Instance.Person> p = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			p.add(new Instance.Person("p" + (i + 1), i % 2 == 0 ? "F" : "M", "org" + (i % 25), null, null, Set.of()));
		}
		return new Instance(3, t, p, List.of(), seconds, 1);
	}
}
