package org.convene.interact.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.convene.interact.Activity;
import org.convene.interact.ActivityText;
import org.convene.interact.ActivityType;
import org.convene.interact.Response;
import org.convene.interact.Results;
import org.convene.platform.UserError;
import org.junit.jupiter.api.Test;

/** How forms become canonical answers, and how answers add up, for every activity type. */
class AnswersAndTallyTest {

	static Activity activity(ActivityType type, String options, Integer min, Integer max, String correct) {
		Activity a = new Activity(1L, 0, type);
		a.update(new ActivityText("Question?", options, "low", "high"), min, max, correct, 20, false);
		return a;
	}

	static List<Response> responses(String... answers) {
		List<Response> list = new ArrayList<>();
		for (int i = 0; i < answers.length; i++) {
			list.add(new Response(i, 1, "t" + i, 0, answers[i], null, null, false, Response.Status.SHOWN,
					ConcurrentHashMap.newKeySet(), Instant.EPOCH.plusSeconds(i)));
		}
		return list;
	}

	@Test
	void choicesAreSortedAndBoundedByTheMaximum() {
		Activity multiple = activity(ActivityType.MULTIPLE, "A\nB\nC\nD", null, 2, null);
		assertThat(Answers.parse(multiple, Map.of("choice", new String[] { "3", "0" }))).isEqualTo("0,3");
		assertThatThrownBy(() -> Answers.parse(multiple, Map.of("choice", new String[] { "0", "1", "2" })))
			.isInstanceOf(UserError.class).hasMessage("interact.error.tooMany");
		assertThatThrownBy(() -> Answers.parse(multiple, Map.of("choice", new String[] { "7" })))
			.hasMessage("interact.error.invalid");
		assertThatThrownBy(() -> Answers.parse(multiple, Map.of())).hasMessage("interact.error.choose");
		Activity single = activity(ActivityType.SINGLE, "A\nB", null, null, null);
		assertThatThrownBy(() -> Answers.parse(single, Map.of("choice", new String[] { "0", "1" })))
			.hasMessage("interact.error.tooMany");
	}

	@Test
	void wordsAreNormalisedAndGroupedRegardlessOfCaseSpacesAndAccents() {
		Activity words = activity(ActivityType.WORDS, null, null, 3, null);
		assertThat(Answers.parse(words, Map.of("word", new String[] { "  Trust ", "trust", "mutual   respect", "" })))
			.isEqualTo("Trust\nmutual respect");
		assertThatThrownBy(() -> Answers.parse(words, Map.of("word", new String[] { "a", "b", "c", "d" })))
			.hasMessage("interact.error.tooMany");
		Results r = Tally.of(words, responses("Trust\nCoopération", "trust", "TRUST\ncooperation", "Réseaux"),
				Locale.ENGLISH, false, true);
		assertThat(r.entries()).extracting(Results.Entry::label, Results.Entry::count)
			.containsExactly(tuple("TRUST", 3), tuple("Coopération", 2), tuple("Réseaux", 1));
		assertThat(r.chart()).startsWith("<svg").contains("Réseaux");
	}

	@Test
	void aScaleShowsItsDistributionAndAverage() {
		Activity scale = activity(ActivityType.SCALE, null, 1, 5, null);
		assertThatThrownBy(() -> Answers.parse(scale, Map.of("value", new String[] { "6" })))
			.hasMessage("interact.error.invalid");
		Results r = Tally.of(scale, responses("5", "4", "4", "5", "4"), Locale.ENGLISH, false, true);
		assertThat(r.average()).isEqualTo(4.4);
		assertThat(r.entries()).extracting(Results.Entry::count).containsExactly(0, 0, 0, 3, 2);
		assertThat(r.entries().get(4).figure()).isEqualTo("2 · 40%");
	}

	@Test
	void rankingTakesEachRankOnceAndAveragesThem() {
		Activity ranking = activity(ActivityType.RANKING, "A\nB\nC", null, null, null);
		assertThat(Answers.parse(ranking, Map.of("rank_0", new String[] { "2" }, "rank_1", new String[] { "3" },
				"rank_2", new String[] { "1" }))).isEqualTo("2,0,1");
		assertThatThrownBy(() -> Answers.parse(ranking, Map.of("rank_0", new String[] { "1" }, "rank_1",
				new String[] { "1" }, "rank_2", new String[] { "2" }))).hasMessage("interact.error.rankOnce");
		Results r = Tally.of(ranking, responses("2,0,1", "2,1,0"), Locale.ENGLISH, false, true);
		assertThat(r.entries()).extracting(Results.Entry::label, Results.Entry::figure).containsExactly(
				tuple("C", "1.0"), tuple("A", "2.5"),
				tuple("B", "2.5"));
	}

	@Test
	void pointsMustAddUpToTheTotal() {
		Activity points = activity(ActivityType.POINTS, "A\nB", null, 100, null);
		assertThat(Answers.parse(points, Map.of("points_0", new String[] { "70" }, "points_1", new String[] { "30" })))
			.isEqualTo("70,30");
		assertThatThrownBy(() -> Answers.parse(points, Map.of("points_0", new String[] { "70" }, "points_1",
				new String[] { "20" }))).hasMessage("interact.error.pointsSum");
		Results r = Tally.of(points, responses("70,30", "50,50"), Locale.ENGLISH, false, true);
		assertThat(r.entries()).extracting(Results.Entry::figure).containsExactly("60.0", "40.0");
	}

	@Test
	void quizScoresRewardSpeedAndOnlyCorrectAnswers() {
		assertThat(Tally.quizScore(true, 0, 20)).isEqualTo(1000);
		assertThat(Tally.quizScore(true, 10_000, 20)).isEqualTo(750);
		assertThat(Tally.quizScore(true, 20_000, 20)).isEqualTo(500);
		assertThat(Tally.quizScore(true, 90_000, 20)).isEqualTo(500);
		assertThat(Tally.quizScore(false, 1_000, 20)).isZero();
		Activity quiz = activity(ActivityType.QUIZ, "2010\n2020", null, null, "1");
		Results r = Tally.of(quiz, responses("1", "1", "0"), Locale.ENGLISH, false, true);
		assertThat(r.entries()).extracting(Results.Entry::correct).containsExactly(false, true);
		assertThat(r.chart()).contains("chart-bar-highlight");
	}

	@Test
	void resultsMergeAcrossLanguagesAndShowTheReadersLabels() {
		Activity single = activity(ActivityType.SINGLE, "Yes\nNo", null, null, null);
		single.translate("ar", new ActivityText("هل؟", "نعم\nلا", null, null));
		Results ar = Tally.of(single, responses("0", "0", "1"), Locale.of("ar"), false, true);
		assertThat(ar.prompt()).isEqualTo("هل؟");
		assertThat(ar.entries()).extracting(Results.Entry::label, Results.Entry::count)
			.containsExactly(tuple("نعم", 2), tuple("لا", 1));
		assertThat(ar.chart()).contains("direction=\"rtl\"");
	}

	@Test
	void theRoomSeesOnlyApprovedTextsTheModeratorSeesAll() {
		Activity open = activity(ActivityType.OPEN, null, null, null, null);
		List<Response> list = new ArrayList<>(responses("shown"));
		list.add(new Response(9, 1, "t9", 0, "waiting", null, null, true, Response.Status.PENDING,
				ConcurrentHashMap.newKeySet(), Instant.EPOCH));
		assertThat(Tally.of(open, list, Locale.ENGLISH, false, true).texts()).extracting(Results.Text::text)
			.containsExactly("shown");
		Results moderator = Tally.of(open, list, Locale.ENGLISH, true, true);
		assertThat(moderator.texts()).hasSize(2);
		assertThat(moderator.pending()).isEqualTo(1);
	}
}
