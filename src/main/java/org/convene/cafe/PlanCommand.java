package org.convene.cafe;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.convene.cafe.planner.Instance;
import org.convene.cafe.planner.Plan;
import org.convene.cafe.planner.Planner;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar convene.jar plan [--in instance.json]}: reads a café instance (from the file, or
 * standard input), writes the plan as JSON to standard output, and exits 0; an invalid instance exits 2
 * with the reasons on standard error. No web server starts.
 */
public final class PlanCommand {

	/** The instance as JSON gives it: only rounds, tables[].capacity and participants[].id are required. */
	record InstanceJson(Integer rounds, List<TableJson> tables, List<PersonJson> participants, List<List<String>> apart,
			List<List<String>> together, Double seconds, Long seed) {
	}

	record TableJson(Integer capacity, String host) {
	}

	record PersonJson(String id, String sex, String organisation, String stakeholder, String country,
			List<Integer> absentRounds) {
	}

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private PlanCommand() {
	}

	public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
		String file = null;
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--in") && i + 1 < args.length) {
				file = args[++i];
			}
			else if (!args[i].equals("-")) {
				err.println("plan: unknown argument " + args[i] + " (usage: plan [--in instance.json])");
				return 2;
			}
		}
		Instance instance;
		try {
			String text = file == null ? new String(in.readAllBytes(), StandardCharsets.UTF_8)
					: Files.readString(Path.of(file));
			instance = instance(JSON.readValue(text, InstanceJson.class));
		}
		catch (IOException e) {
			err.println("plan: cannot read " + (file == null ? "standard input" : file) + ": " + e.getMessage());
			return 2;
		}
		catch (JacksonException e) {
			err.println("plan: not a valid instance: " + e.getOriginalMessage());
			return 2;
		}
		catch (IllegalArgumentException e) {
			err.println("plan: " + e.getMessage());
			return 2;
		}
		List<String> problems = instance.problems();
		if (!problems.isEmpty()) {
			problems.forEach(p -> err.println("plan: " + p));
			return 2;
		}
		Plan plan = new Planner(instance).plan();
		Map<String, Object> metrics = new LinkedHashMap<>();
		metrics.put("repeatedPairs", plan.metrics().repeatedPairs());
		metrics.put("lowerBoundRepeatedPairs", plan.metrics().lowerBoundRepeatedPairs());
		metrics.put("sameOrganisationPairs", plan.metrics().sameOrganisationPairs());
		metrics.put("sumSquares", plan.metrics().sumSquares());
		metrics.put("seconds", plan.metrics().seconds());
		metrics.put("method", plan.metrics().method());
		metrics.put("optimal", plan.metrics().optimal());
		Map<String, Object> output = new LinkedHashMap<>();
		output.put("rounds", plan.rounds());
		output.put("metrics", metrics);
		out.println(JSON.writeValueAsString(output));
		return 0;
	}

	static Instance instance(InstanceJson json) {
		List<String> missing = new ArrayList<>();
		if (json == null) {
			throw new IllegalArgumentException("the instance is empty");
		}
		if (json.rounds() == null) {
			missing.add("rounds");
		}
		if (json.tables() == null || json.tables().stream().anyMatch(t -> t == null || t.capacity() == null)) {
			missing.add("tables[].capacity");
		}
		if (json.participants() == null || json.participants().stream().anyMatch(p -> p == null || p.id() == null)) {
			missing.add("participants[].id");
		}
		if (!missing.isEmpty()) {
			throw new IllegalArgumentException("missing " + String.join(", ", missing));
		}
		return new Instance(json.rounds(),
				json.tables().stream().map(t -> new Instance.Table(t.capacity(), t.host())).toList(),
				json.participants().stream().map(p -> new Instance.Person(p.id(), p.sex(), p.organisation(),
						p.stakeholder(), p.country(), p.absentRounds() == null ? Set.of() : Set.copyOf(p.absentRounds())))
					.toList(),
				json.apart(), json.together(), json.seconds() == null ? 10 : json.seconds(),
				json.seed() == null ? 1 : json.seed());
	}
}
