package org.convene.cafe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The {@code plan} command's JSON in and out, and its refusals. */
class PlanCommandTest {

	record Run(int exit, String out, String err) {
	}

	static Run run(String input, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = PlanCommand.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	@SuppressWarnings("unchecked")
	void writesThePlanAndItsMetrics() {
		String instance = """
				{"rounds": 3, "tables": [{"capacity": 4, "host": "p1"}, {"capacity": 3}, {"capacity": 3}],
				 "participants": [{"id": "p1", "sex": "F", "organisation": "FIA", "stakeholder": "law-enforcement",
				   "country": "PK", "absentRounds": []}, {"id": "p2", "absentRounds": [2]}, {"id": "p3"}, {"id": "p4"},
				   {"id": "p5"}, {"id": "p6"}, {"id": "p7"}, {"id": "p8"}, {"id": "p9"}],
				 "apart": [["p3", "p4"]], "seconds": 1, "seed": 1}""";
		Run run = run(instance);
		assertThat(run.exit()).as(run.err()).isZero();
		Map<String, Object> plan = JsonMapper.builder().build().readValue(run.out(), Map.class);
		assertThat(plan).containsOnlyKeys("rounds", "metrics");
		List<List<List<String>>> rounds = (List<List<List<String>>>) plan.get("rounds");
		assertThat(rounds).hasSize(3).allSatisfy(round -> assertThat(round).hasSize(3));
		assertThat(rounds).allSatisfy(round -> assertThat(round.get(0).get(0)).isEqualTo("p1"));
		assertThat(rounds.get(1).stream().flatMap(List::stream)).doesNotContain("p2").hasSize(8);
		assertThat((Map<String, Object>) plan.get("metrics")).containsOnlyKeys("repeatedPairs", "lowerBoundRepeatedPairs",
				"sameOrganisationPairs", "sumSquares", "seconds", "method", "optimal");
		assertThat(((Map<String, Object>) plan.get("metrics")).get("method")).asString().isNotBlank();
	}

	@Test
	void invalidInstancesExitNonZeroWithAMessage() {
		Run tooMany = run("{\"rounds\": 1, \"tables\": [{\"capacity\": 1}], \"participants\": [{\"id\": \"a\"}, {\"id\": \"b\"}]}");
		assertThat(tooMany.exit()).isEqualTo(2);
		assertThat(tooMany.err()).contains("2 people for 1 seats");
		Run badHost = run("{\"rounds\": 1, \"tables\": [{\"capacity\": 2, \"host\": \"z\"}], \"participants\": [{\"id\": \"a\"}]}");
		assertThat(badHost.exit()).isEqualTo(2);
		assertThat(badHost.err()).contains("not a participant: z");
		Run missing = run("{\"tables\": [{\"capacity\": 2}], \"participants\": [{\"id\": \"a\"}]}");
		assertThat(missing.exit()).isEqualTo(2);
		assertThat(missing.err()).contains("missing rounds");
		Run notJson = run("rounds: 3");
		assertThat(notJson.exit()).isEqualTo(2);
		assertThat(notJson.err()).startsWith("plan: not a valid instance");
		assertThat(run("{}", "--bogus").exit()).isEqualTo(2);
	}
}
