package org.convene.report.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.convene.charts.Charts;
import org.convene.interact.Statistics;
import org.convene.knowledge.Practices;
import org.convene.platform.audit.AuditAction;
import org.convene.platform.audit.AuditLog;
import org.convene.platform.files.Sheets;
import org.convene.platform.i18n.Languages;
import org.convene.platform.web.Downloads;
import org.convene.report.Indicators;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Indicators across events (ADMIN and COORDINATOR): the page with its charts, and every table behind them as XLSX. */
@Controller
class IndicatorsController {

	private final AuditLog audit;
	private final Indicators indicators;
	private final Practices practices;
	private final MessageSource messages;

	IndicatorsController(AuditLog audit, Indicators indicators, Practices practices, MessageSource messages) {
		this.audit = audit;
		this.indicators = indicators;
		this.practices = practices;
		this.messages = messages;
	}

	@GetMapping("/indicators")
	String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String country, Locale locale, Model model) {
		Indicators.Result result = indicators.of(filter(from, to, country), locale);
		boolean rtl = Languages.isRightToLeft(locale);
		List<Charts.Bar> people = new ArrayList<>();
		for (Indicators.YearRow y : result.years()) {
			people.add(new Charts.Bar(y.year() + " · " + text("sex.FEMALE", locale), y.people().female(),
					String.valueOf(y.people().female())));
			people.add(new Charts.Bar(y.year() + " · " + text("sex.MALE", locale), y.people().male(),
					String.valueOf(y.people().male())));
		}
		List<Charts.Bar> ratings = result.events().stream().filter(e -> e.overall() != null)
			.map(e -> new Charts.Bar(e.event().getStartDate() + " · " + shorten(e.event().getTitle()), e.overall(),
					e.overallText()))
			.toList();
		model.addAttribute("result", result);
		model.addAttribute("practiceSpread", practices.spread(from, to, country));
		model.addAttribute("peopleChart", people.isEmpty() ? null
				: Charts.bars(text("indicators.peopleBySex", locale), people, rtl));
		model.addAttribute("ratingChart", ratings.isEmpty() ? null
				: Charts.bars(text("indicators.overallTrend", locale), ratings, rtl));
		return "report/indicators";
	}

	@GetMapping("/indicators.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String country, Locale locale) {
		Indicators.Result r = indicators.of(filter(from, to, country), locale);
		audit.record(AuditAction.INDICATORS_EXPORTED, "indicators", "from=" + from + " to=" + to + " country=" + country);
		List<String> eventHeader = new ArrayList<>(List.of(text("indicators.event", locale), text("indicators.date", locale),
				text("indicators.participants", locale), text("sex.FEMALE", locale), text("sex.MALE", locale),
				text("indicators.otherSex", locale), text("evaluation.respondentsColumn", locale),
				text("indicators.responseRate", locale)));
		eventHeader.addAll(r.scalePrompts());
		List<List<Object>> eventRows = r.events().stream().map(e -> {
			List<Object> row = new ArrayList<>(List.of(e.event().getTitle(), e.event().getStartDate().toString(),
					e.people().total(), e.people().female(), e.people().male(), e.people().other()));
			row.add(e.respondents());
			row.add(e.responseRate());
			e.scales().forEach(it -> row.add(it.average() == null ? null : Statistics.oneDecimal(it.average())));
			return row;
		}).toList();
		List<Sheets.Table> tables = List.of(
				new Sheets.Table(text("indicators.events", locale), eventHeader, eventRows),
				new Sheets.Table(text("indicators.byYear", locale),
						List.of(text("indicators.year", locale), text("indicators.events", locale),
								text("indicators.participants", locale), text("sex.FEMALE", locale), text("sex.MALE", locale),
								text("indicators.otherSex", locale)),
						r.years().stream().map(y -> List.<Object>of(y.year(), y.events(), y.people().total(),
								y.people().female(), y.people().male(), y.people().other())).toList()),
				new Sheets.Table(text("counts.byStakeholder", locale),
						List.of(text("participant.stakeholderType", locale), text("indicators.participants", locale)),
						r.byStakeholder().entrySet().stream()
							.map(x -> List.<Object>of(text("stakeholder." + x.getKey().name(), locale), x.getValue())).toList()),
				new Sheets.Table(text("counts.byCountry", locale),
						List.of(text("participant.country", locale), text("indicators.participants", locale)),
						r.byCountry().entrySet().stream()
							.map(x -> List.<Object>of(Languages.countryName(x.getKey(), locale), x.getValue()))
							.toList()),
				new Sheets.Table(text("indicators.practicesSheet", locale),
						List.of(text("practice.countries", locale), text("indicators.year", locale),
								text("indicators.shared", locale), text("indicators.adopted", locale)),
						practices.spread(from, to, country).stream()
							.map(x -> List.<Object>of(Languages.countryName(x.country(), locale), x.year(), x.shared(),
									x.adopted()))
							.toList()));
		return Downloads.attachment("indicators.xlsx", Sheets.XLSX, Sheets.xlsx(tables));
	}

	/** A chart label fits on one line of the chart: long event titles are cut with an ellipsis. */
	private static String shorten(String title) {
		return title.length() <= 48 ? title : title.substring(0, 47).strip() + "…";
	}

	private static Indicators.Filter filter(LocalDate from, LocalDate to, String country) {
		String c = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
		return new Indicators.Filter(from, to, c != null && c.matches("[A-Z]{2,3}") ? c : null);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
