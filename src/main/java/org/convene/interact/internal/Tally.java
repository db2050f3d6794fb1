package org.convene.interact.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.convene.charts.Charts;
import org.convene.interact.Activity;
import org.convene.interact.ActivityText;
import org.convene.interact.ActivityType;
import org.convene.interact.Response;
import org.convene.interact.Results;
import org.convene.interact.Statistics;
import org.convene.platform.i18n.Languages;
import org.convene.platform.text.Folding;

/**
 * Adds up an activity's answers into {@link Results}: counts and percentages of respondents per
 * option, grouped words, the distribution and average of a scale, average rank, average points, and the
 * texts in the order a moderator or a room wants them. Labels come from the reader's language; the
 * counts are the same in every language.
 */
public final class Tally {

	private Tally() {
	}

	/** {@code moderator} sees pending and hidden texts too; the room sees only approved ones. */
	public static Results of(Activity activity, Collection<Response> responses, Locale locale, boolean moderator,
			boolean byVotes) {
		boolean rtl = Languages.isRightToLeft(locale);
		ActivityText text = activity.textIn(locale.getLanguage());
		List<String> labels = activity.optionsIn(locale.getLanguage());
		int respondents = (int) responses.stream().map(Response::token).distinct().count();
		List<Results.Entry> entries = new ArrayList<>();
		Double average = null;
		String chart;
		switch (activity.getType()) {
			case SINGLE, MULTIPLE, QUIZ -> {
				int[] counts = new int[labels.size()];
				for (Response r : responses) {
					for (int i : Answers.indexes(r.answer())) {
						if (i < counts.length) {
							counts[i]++;
						}
					}
				}
				Set<Integer> correct = activity.getType() == ActivityType.QUIZ ? activity.correctOptions() : Set.of();
				for (int i = 0; i < labels.size(); i++) {
					entries.add(new Results.Entry(labels.get(i), counts[i], counts[i],
							counts[i] + " · " + Charts.percent(counts[i], respondents, locale), correct.contains(i)));
				}
				chart = bars(text.getPrompt(), entries, rtl);
			}
			case SCALE -> {
				int low = Answers.scaleLow(activity);
				int high = Answers.scaleHigh(activity);
				int[] counts = new int[high - low + 1];
				long sum = 0;
				for (Response r : responses) {
					int v = Integer.parseInt(r.answer());
					counts[v - low]++;
					sum += v;
				}
				for (int v = low; v <= high; v++) {
					String label = String.valueOf(v);
					if (v == low && text.getLowLabel() != null && !text.getLowLabel().isBlank()) {
						label += " — " + text.getLowLabel();
					}
					if (v == high && text.getHighLabel() != null && !text.getHighLabel().isBlank()) {
						label += " — " + text.getHighLabel();
					}
					entries.add(new Results.Entry(label, counts[v - low], counts[v - low],
							counts[v - low] + " · " + Charts.percent(counts[v - low], respondents, locale), false));
				}
				average = responses.isEmpty() ? null : (double) sum / responses.size();
				chart = bars(text.getPrompt(), entries, rtl);
			}
			case GRID -> {
				// each statement's average rating, highest first in the chart's order of the statements
				double[] sums = new double[labels.size()];
				for (Response r : responses) {
					List<Integer> ratings = Answers.indexes(r.answer());
					for (int i = 0; i < Math.min(ratings.size(), sums.length); i++) {
						sums[i] += ratings.get(i);
					}
				}
				for (int i = 0; i < labels.size(); i++) {
					double avg = responses.isEmpty() ? 0 : sums[i] / responses.size();
					entries.add(new Results.Entry(labels.get(i), responses.size(), avg,
							responses.isEmpty() ? "–" : Statistics.oneDecimal(avg, locale), false));
				}
				chart = bars(text.getPrompt(), entries, rtl);
			}
			case RANKING -> {
				int n = labels.size();
				double[] rankSum = new double[n];
				for (Response r : responses) {
					List<Integer> order = Answers.indexes(r.answer());
					for (int rank = 0; rank < order.size(); rank++) {
						if (order.get(rank) < n) {
							rankSum[order.get(rank)] += rank + 1;
						}
					}
				}
				for (int i = 0; i < n; i++) {
					double avg = responses.isEmpty() ? 0 : rankSum[i] / responses.size();
					entries.add(new Results.Entry(labels.get(i), responses.size(), responses.isEmpty() ? 0 : n + 1 - avg,
							responses.isEmpty() ? "–" : String.format(locale, "%.1f", avg), false));
				}
				entries.sort(Comparator.comparingDouble(Results.Entry::value).reversed());
				chart = bars(text.getPrompt(), entries, rtl);
			}
			case POINTS -> {
				int n = labels.size();
				long[] sums = new long[n];
				for (Response r : responses) {
					List<Integer> points = Answers.indexes(r.answer());
					for (int i = 0; i < Math.min(n, points.size()); i++) {
						sums[i] += points.get(i);
					}
				}
				for (int i = 0; i < n; i++) {
					double avg = responses.isEmpty() ? 0 : (double) sums[i] / responses.size();
					entries.add(new Results.Entry(labels.get(i), responses.size(), avg, String.format(locale, "%.1f", avg),
							false));
				}
				chart = bars(text.getPrompt(), entries, rtl);
			}
			case WORDS -> {
				Map<String, Map<String, Integer>> spellings = new LinkedHashMap<>();
				Map<String, Integer> people = new HashMap<>();
				for (Response r : responses) {
					for (String word : r.answer().split("\n")) {
						String key = Folding.fold(word).replaceAll("\\s+", " ");
						spellings.computeIfAbsent(key, k -> new HashMap<>()).merge(word, 1, Integer::sum);
						people.merge(key, 1, Integer::sum);
					}
				}
				List<Charts.Word> words = new ArrayList<>();
				for (var e : spellings.entrySet()) {
					String shown = e.getValue().entrySet().stream()
						.max(Map.Entry.<String, Integer>comparingByValue()
							.thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
						.orElseThrow().getKey();
					int count = people.get(e.getKey());
					words.add(new Charts.Word(shown, count));
					entries.add(new Results.Entry(shown, count, count, String.valueOf(count), false));
				}
				entries.sort(Comparator.comparingInt(Results.Entry::count).reversed().thenComparing(Results.Entry::label));
				chart = Charts.wordCloud(text.getPrompt(), words, rtl);
			}
			default -> chart = "";
		}
		List<Results.Text> texts = new ArrayList<>();
		int pending = 0;
		if (activity.getType().isText()) {
			List<Response> sorted = new ArrayList<>(responses);
			Comparator<Response> newest = Comparator.comparing(Response::createdAt).reversed();
			sorted.sort(byVotes ? Comparator.comparingInt(Response::votes).reversed().thenComparing(newest) : newest);
			for (Response r : sorted) {
				if (r.status() == Response.Status.PENDING) {
					pending++;
				}
				if (moderator || r.status().visible()) {
					texts.add(new Results.Text(r.id(), r.answer(), r.votes(), r.status(), r.flagged()));
				}
			}
		}
		return new Results(activity.getId(), activity.getType(), text.getPrompt(), respondents, chart, entries,
				average, texts, pending);
	}

	private static String bars(String title, List<Results.Entry> entries, boolean rtl) {
		return Charts.bars(title,
				entries.stream().map(e -> new Charts.Bar(e.label(), e.value(), e.figure(), e.correct())).toList(), rtl);
	}

	/** A quiz score: 1000 for a correct answer at once, falling to 500 at the time limit; 0 when wrong. */
	public static int quizScore(boolean correct, long elapsedMillis, int limitSeconds) {
		if (!correct) {
			return 0;
		}
		double fraction = Math.min(1.0, Math.max(0.0, elapsedMillis / (limitSeconds * 1000.0)));
		return (int) Math.round(1000 * (1 - fraction / 2));
	}
}
