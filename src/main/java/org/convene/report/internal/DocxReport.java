package org.convene.report.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.convene.cafe.Note;
import org.convene.charts.Charts;
import org.convene.events.AgendaSession;
import org.convene.events.Participant;
import org.convene.interact.Evaluations;
import org.convene.interact.Results;
import org.convene.platform.i18n.Languages;
import org.convene.platform.pdf.Docx;
import org.convene.report.Reports;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The workshop report as a Word document (Apache POI): real heading styles (so Word's navigation and
 * table of contents work), tables, and the charts as pictures; right to left in Arabic and Urdu. The
 * sections follow the web page and the PDF.
 */
@Component
public class DocxReport {

	private static final int CHART_WIDTH_PX = 900;

	private final MessageSource messages;

	DocxReport(MessageSource messages) {
		this.messages = messages;
	}

	public byte[] write(Reports.Report r) {
		Locale locale = r.locale();
		Docx w = new Docx(locale);
		var e = r.event();
		w.paragraph(text("report.kicker", locale), false);
		w.heading(0, e.getTitle());
		DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
		w.paragraph(e.getStartDate().format(day)
				+ (e.getEndDate() != null && !e.getEndDate().equals(e.getStartDate()) ? " – " + e.getEndDate().format(day) : "")
				+ (e.getVenue() == null ? "" : " · " + e.getVenue()), false);

		w.contents(text("report.contents", locale), text("report.contentsHint", locale));

		w.heading(1, text("report.background", locale));
		w.prose(r.summary());
		if (e.getBackground() != null) {
			w.heading(2, text("event.background", locale));
			w.prose(e.getBackground());
		}
		if (e.getObjectives() != null) {
			w.heading(2, text("event.objectives", locale));
			w.prose(e.getObjectives());
		}

		if (r.hasOutcome()) {
			w.heading(1, text("report.outcome", locale));
			for (Evaluations.Summary ev : r.evaluations()) {
				w.heading(2, ev.deck().getTitle());
				w.paragraph(ev.responseRate() != null
						? text("evaluation.responseRate." + ev.basis(), locale, ev.respondents(), ev.attendance(),
								ev.responseRate())
						: ev.attendance() > 0 ? text("evaluation.respondentsBeyond", locale, ev.respondents(), ev.attendance())
								: text("evaluation.respondents", locale, ev.respondents()), false);
				if (!ev.changes().isEmpty()) {
					w.paragraph(text("evaluation.change", locale), true);
					w.table(new String[] { text("report.statement", locale), text("evaluation.before", locale),
							text("evaluation.after", locale), text("evaluation.difference", locale) },
							ev.changes().stream().map(c -> new String[] { c.label(),
									c.before() + " (" + c.beforeRespondents() + ")", c.after() + " (" + c.afterRespondents() + ")",
									c.change() }).toList());
				}
				List<String[]> averages = ev.items().stream().filter(it -> it.averageText() != null)
					.map(it -> new String[] { it.prompt(), it.averageText() + " / " + it.scaleHigh() })
					.toList();
				w.table(null, averages);
				for (Evaluations.Item it : ev.items()) {
					if (it.respondents() == 0) {
						continue;
					}
					w.heading(3, it.prompt());
					if (it.scale() || it.choice()) {
						chart(w, it.chart());
						w.table(new String[] { text("report.answer", locale), text("report.count", locale), "%" },
								it.shares().stream().map(sh -> new String[] { sh.label(), String.valueOf(sh.count()),
										sh.percent() + "%" }).toList());
						bySex(w, it, ev.minCell(), locale);
					}
					if (it.grid()) {
						chart(w, it.chart());
						w.table(new String[] { text("report.statement", locale),
								text("evaluation.averageColumn", locale) + " (/ " + it.scaleHigh() + ")" },
								it.figures().stream().map(f -> new String[] { f.label(), f.figure() }).toList());
						bySex(w, it, ev.minCell(), locale);
					}
					it.comments().stream().filter(c -> !c.flagged()).forEach(c -> w.bullet(c.text()));
				}
				w.paragraph(text("report.percentRule", locale, ev.minCell()), false);
			}
			r.polls().forEach(p -> poll(w, p, locale));
		}

		w.heading(1, text("report.participants", locale));
		var c = r.counts();
		w.paragraph(text("counts.summary", locale, c.total(), c.female(), c.male()), false);
		w.paragraph(text("counts.bySex", locale), true);
		w.table(null, c.bySex().entrySet().stream()
			.filter(x -> x.getValue() > 0 || x.getKey().name().equals("FEMALE") || x.getKey().name().equals("MALE"))
			.map(x -> new String[] { text("sex." + x.getKey().name(), locale), String.valueOf(x.getValue()) })
			.toList());
		w.paragraph(text("counts.byStakeholder", locale), true);
		w.table(null, c.byStakeholderType().entrySet().stream()
			.map(x -> new String[] { text("stakeholder." + x.getKey().name(), locale), String.valueOf(x.getValue()) })
			.toList());
		w.paragraph(text("counts.byCountry", locale), true);
		w.table(null, c.byCountry().entrySet().stream()
			.map(x -> new String[] { Languages.countryName(x.getKey(), locale), String.valueOf(x.getValue()) })
			.toList());

		if (!r.sessions().isEmpty()) {
			w.heading(1, text("report.sessions", locale));
			DateTimeFormatter at = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale);
			for (Reports.SessionPart sp : r.sessions()) {
				AgendaSession s = sp.session();
				w.heading(2, s.getTitle());
				w.paragraph(s.getStartsAt().format(at) + " – " + s.getEndsAt().format(DateTimeFormatter.ofPattern("HH:mm")),
						false);
				if (s.getObjective() != null) {
					w.paragraph(text("objective." + s.getObjective().name(), locale), false);
				}
				if (s.getModerator() != null) {
					w.paragraph(text("session.moderator", locale) + ": " + s.getModerator(), false);
				}
				if (!s.getPresenterList().isEmpty()) {
					w.paragraph(text("session.presenters", locale) + ":", false);
					s.getPresenterList().forEach(w::bullet);
				}
				w.prose(s.getDescription());
				w.prose(sp.summary());
				if (!sp.materials().isEmpty()) {
					w.paragraph(text("report.materials", locale) + ":", false);
					sp.materials().forEach(m -> w.bullet(m.getTitle()));
				}
				sp.polls().forEach(p -> poll(w, p, locale));
				sp.cafes().forEach(cp -> cafe(w, cp, locale));
			}
		}
		if (!r.cafes().isEmpty()) {
			w.heading(1, text("report.cafes", locale));
			r.cafes().forEach(cp -> cafe(w, cp, locale));
		}

		w.heading(1, text("report.conclusions", locale));
		w.prose(r.conclusions() != null ? r.conclusions() : text("report.noConclusions", locale));

		w.heading(1, text("report.annexAgenda", locale));
		DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMM, HH:mm", locale);
		w.table(null, r.agenda().stream().map(s -> new String[] { s.getStartsAt().format(when) + "–"
				+ s.getEndsAt().format(DateTimeFormatter.ofPattern("HH:mm")),
				s.getTitle() + (s.getModerator() == null ? "" : " — " + s.getModerator()) }).toList());
		w.heading(1, text("report.annexParticipants", locale));
		w.paragraph(text("annex.consentOnly", locale), false);
		w.table(new String[] { text("participant.name", locale), text("participant.jobTitle", locale),
				text("participant.organisation", locale), text("participant.country", locale) },
				r.listed().stream().map(p -> new String[] { p.getName(), nz(p.getJobTitle()), nz(p.getOrganisation()),
						Languages.countryName(p.getCountry(), locale) }).toList());
		if (!r.biographies().isEmpty()) {
			w.heading(1, text("report.annexBiographies", locale));
			for (Participant p : r.biographies()) {
				w.heading(3, p.getName());
				w.prose(p.getBiography());
			}
		}
		return w.bytes();
	}

	private void poll(Docx w, Reports.Poll p, Locale locale) {
		w.heading(3, p.title());
		for (Results res : p.results()) {
			w.paragraph(res.prompt(), true);
			w.paragraph(text("interact.respondents", locale, res.respondents()), false);
			if (res.hasChart()) {
				chart(w, res.chart());
			}
			w.table(null, res.entries().stream().map(en -> new String[] { en.label(), en.figure() }).toList());
		}
	}

	private void cafe(Docx w, Reports.CafePart cp, Locale locale) {
		w.heading(3, cp.cafe().title());
		cp.cafe().rounds().forEach(rd -> w.bullet(rd.question()));
		if (!cp.top().isEmpty()) {
			w.paragraph(text("report.topInsights", locale), true);
			for (Note n : cp.top()) {
				w.bullet(n.text() + " (" + text("cafe.tag." + n.tag().name(), locale) + ", "
						+ text("cafe.dots", locale, n.dots()) + ")");
			}
		}
		if (!cp.clusters().isEmpty()) {
			w.paragraph(text("cafe.clusters", locale), true);
			for (Map.Entry<String, List<Note>> c : cp.clusters().entrySet()) {
				w.bullet(c.getKey() + ": " + String.join("; ", c.getValue().stream().map(Note::text).toList()));
			}
		}
		if (!cp.actions().isEmpty()) {
			w.paragraph(text("cafe.actions", locale), true);
			w.table(new String[] { text("cafe.action.text", locale), text("cafe.action.owner", locale),
					text("cafe.action.due", locale), text("cafe.action.status", locale) },
					cp.actions().stream().map(a -> new String[] { a.text(), nz(a.owner()),
							a.due() == null ? "" : a.due().format(DateTimeFormatter.ofPattern("d MMM yyyy", locale)),
							text("cafe.status." + a.status().name(), locale) }).toList());
		}
	}

	/**
	 * An item's breakdown by sex in the same columns as on the page and in the PDF (interact/breakdown.html):
	 * group, respondents, the average, one column per answer or statement; a hidden group says why in the first
	 * figure column and leaves the others empty.
	 */
	private void bySex(Docx w, Evaluations.Item it, int minCell, Locale locale) {
		if (it.bySex().isEmpty()) {
			return;
		}
		List<String> header = new ArrayList<>(List.of(text("evaluation.group", locale),
				text("evaluation.respondentsColumn", locale)));
		if (it.scale()) {
			header.add(text("evaluation.averageColumn", locale));
		}
		it.shares().forEach(sh -> header.add(sh.label()));
		if (it.grid()) {
			it.figures().forEach(f -> header.add(f.label()));
		}
		List<String[]> rows = new ArrayList<>();
		for (Evaluations.Group g : it.bySex()) {
			List<String> row = new ArrayList<>(List.of(text(g.labelKey(), locale), g.small()
					? text("evaluation.fewer", locale, minCell) : g.suppressed() ? "—" : String.valueOf(g.respondents())));
			if (g.suppressed()) {
				row.add(text(g.small() ? "evaluation.suppressed" : "evaluation.suppressedWithOthers", locale));
			}
			else {
				if (it.scale()) {
					row.add(nz(g.averageText()));
				}
				g.percents().forEach(pc -> row.add(pc + "%"));
				row.addAll(g.statementAverages());
			}
			while (row.size() < header.size()) {
				row.add("");
			}
			rows.add(row.toArray(String[]::new));
		}
		w.paragraph(text("evaluation.bySex", locale), true);
		w.table(header.toArray(String[]::new), rows);
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	/** A chart (SVG) as a picture as wide as the text. */
	private static void chart(Docx w, String svg) {
		if (svg == null || svg.isEmpty()) {
			return;
		}
		w.picture(Charts.png(svg, CHART_WIDTH_PX), CHART_WIDTH_PX, Charts.heightAt(svg, CHART_WIDTH_PX));
	}
}
