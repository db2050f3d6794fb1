package org.convene.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.convene.events.Event;
import org.convene.events.Events;
import org.convene.events.Participant;
import org.convene.events.Sex;
import org.convene.events.StakeholderType;
import org.convene.interact.Deck;
import org.convene.interact.Decks;
import org.convene.interact.Evaluations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme's figures across events, for donors and the monitoring officer: events held,
 * participants by sex, stakeholder type and country over time, evaluation averages and response rates
 * per event — filtered by period (the event's start date) and by participants' country.
 */
@Service
public class Indicators {

	/** The period (inclusive; either end may be open) and a participants' country (ISO code), or none. */
	public record Filter(LocalDate from, LocalDate to, String country) {

		boolean includes(Event e) {
			return (from == null || !e.getStartDate().isBefore(from)) && (to == null || !e.getStartDate().isAfter(to));
		}

		boolean counts(Participant p) {
			return country == null || country.equalsIgnoreCase(p.getCountry());
		}
	}

	/** People counted by sex: women, men, and everyone else (another, not disclosed). */
	public record BySex(long total, long female, long male, long other) {

		static BySex of(List<Participant> people) {
			long f = people.stream().filter(p -> p.getSex() == Sex.FEMALE).count();
			long m = people.stream().filter(p -> p.getSex() == Sex.MALE).count();
			return new BySex(people.size(), f, m, people.size() - f - m);
		}
	}

	/**
	 * One event: its people by sex and, when it was evaluated, the evaluation's respondents, response rate
	 * and scale questions (the first is the overall rating).
	 */
	public record EventRow(Event event, BySex people, Integer respondents, Integer responseRate,
			List<Evaluations.Item> scales) {

		public Double overall() {
			return scales.isEmpty() ? null : scales.get(0).average();
		}

		public String overallText() {
			return scales.isEmpty() ? null : scales.get(0).averageText();
		}

		/** Each scale question's average as reports print it ("–" when nobody answered it). */
		public List<String> scaleAverages() {
			return scales.stream().map(it -> it.averageText() == null ? "–" : it.averageText()).toList();
		}
	}

	public record YearRow(int year, long events, BySex people) {
	}

	public record Result(Filter filter, List<EventRow> events, List<YearRow> years, BySex people,
			Map<StakeholderType, Long> byStakeholder, Map<String, Long> byCountry, List<String> countries,
			List<String> scalePrompts) {
	}

	private final Events events;
	private final Decks decks;
	private final Evaluations evaluations;

	Indicators(Events events, Decks decks, Evaluations evaluations) {
		this.events = events;
		this.decks = decks;
		this.evaluations = evaluations;
	}

	@Transactional(readOnly = true)
	public Result of(Filter filter, Locale locale) {
		List<EventRow> rows = new ArrayList<>();
		TreeSet<String> countries = new TreeSet<>();
		Map<Integer, List<Participant>> byYear = new TreeMap<>();
		Map<Integer, Long> eventsByYear = new TreeMap<>();
		List<Participant> everyone = new ArrayList<>();
		List<String> scalePrompts = new ArrayList<>();
		List<Event> all = new ArrayList<>(events.listVisible(true));
		all.sort(Comparator.comparing(Event::getStartDate));
		for (Event e : all) {
			List<Participant> participants = events.participants(e.getId());
			participants.stream().map(Participant::getCountry).filter(c -> c != null && !c.isBlank())
				.forEach(c -> countries.add(c.toUpperCase(Locale.ROOT)));
			if (!filter.includes(e)) {
				continue;
			}
			List<Participant> counted = participants.stream().filter(filter::counts).toList();
			if (filter.country() != null && counted.isEmpty()) {
				continue;
			}
			everyone.addAll(counted);
			int year = e.getStartDate().getYear();
			byYear.computeIfAbsent(year, y -> new ArrayList<>()).addAll(counted);
			eventsByYear.merge(year, 1L, Long::sum);
			Evaluations.Summary evaluation = decks.forEvent(e.getId()).stream()
				.filter(Deck::isSelfPaced)
				.map(d -> evaluations.summary(d.getId(), locale))
				.filter(s -> s.respondents() > 0)
				.findFirst()
				.orElse(null);
			if (evaluation == null) {
				rows.add(new EventRow(e, BySex.of(counted), null, null, List.of()));
				continue;
			}
			List<Evaluations.Item> scales = evaluation.items().stream().filter(Evaluations.Item::scale).toList();
			if (scalePrompts.isEmpty()) {
				scales.forEach(it -> scalePrompts.add(it.prompt()));
			}
			rows.add(new EventRow(e, BySex.of(counted), evaluation.respondents(), evaluation.responseRate(), scales));
		}
		List<YearRow> years = byYear.entrySet().stream()
			.map(y -> new YearRow(y.getKey(), eventsByYear.get(y.getKey()), BySex.of(y.getValue())))
			.toList();
		Map<StakeholderType, Long> byStakeholder = new EnumMap<>(StakeholderType.class);
		everyone.stream().filter(p -> p.getStakeholderType() != null)
			.forEach(p -> byStakeholder.merge(p.getStakeholderType(), 1L, Long::sum));
		Map<String, Long> byCountry = new TreeMap<>();
		everyone.stream().filter(p -> p.getCountry() != null && !p.getCountry().isBlank())
			.forEach(p -> byCountry.merge(p.getCountry().toUpperCase(Locale.ROOT), 1L, Long::sum));
		return new Result(filter, rows, years, BySex.of(everyone), byStakeholder, byCountry, List.copyOf(countries),
				scalePrompts);
	}
}
