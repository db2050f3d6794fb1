package org.convene.knowledge;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.convene.events.Objective;
import org.convene.platform.i18n.Languages;
import org.convene.platform.pdf.Docx;
import org.convene.platform.pdf.Pdfs;
import org.convene.platform.text.Markdown;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A compendium of published practices, for print (PDF) and for editing (Word): a cover, a table of contents, one
 * chapter per project objective (a practice under its first objective; those without one last), each practice on
 * its own pages, and an index by country — in the reader's language, right to left where it is read so.
 */
@Service
@Transactional(readOnly = true)
public class Compendium {

	/** A chapter: its title and its practices, each with its Markdown fields as safe HTML. */
	public record Chapter(String title, List<Entry> practices) {
	}

	/** One practice in the compendium, numbered, with its texts rendered. */
	public record Entry(int number, Practice practice, Map<String, String> html) {
	}

	private static final int MAX = 500;

	private final Practices practices;
	private final Pdfs pdfs;
	private final MessageSource messages;

	Compendium(Practices practices, Pdfs pdfs, MessageSource messages) {
		this.practices = practices;
		this.pdfs = pdfs;
		this.messages = messages;
	}

	/** The published practices chosen: those named (that the reader may see), else all that match the filter. */
	public List<Practice> select(Practices.Viewer who, Practices.Filter filter, List<Long> ids) {
		List<Practice> found = practices.search(who, filter, MAX).practices().stream()
			.filter(p -> p.getStatus() == PracticeStatus.PUBLISHED).toList();
		if (ids == null || ids.isEmpty()) {
			return found;
		}
		return found.stream().filter(p -> ids.contains(p.getId())).toList();
	}

	public byte[] pdf(List<Practice> chosen, Locale locale) {
		Map<String, Object> model = new LinkedHashMap<>();
		List<Chapter> chapters = chapters(chosen, locale);
		model.put("chapters", chapters);
		model.put("index", index(chapters, locale));
		model.put("count", chosen.size());
		return pdfs.render("knowledge/compendium", model, locale);
	}

	public byte[] docx(List<Practice> chosen, Locale locale) {
		Docx w = new Docx(locale);
		List<Chapter> chapters = chapters(chosen, locale);
		w.heading(0, text("compendium.title", locale));
		w.paragraph(text("compendium.count", locale, chosen.size()), false);
		w.contents(text("compendium.contents", locale), text("report.contentsHint", locale));
		for (Chapter c : chapters) {
			w.pageBreak();
			w.heading(1, c.title());
			for (Entry e : c.practices()) {
				Practice p = e.practice();
				w.heading(2, e.number() + ". " + p.getTitle());
				w.paragraph(String.join(", ", p.countryList().stream().map(code -> Languages.countryName(code, locale))
					.toList()) + " · " + text("practice.crime." + p.getCrimeType(), locale) + " · "
						+ text("practice.evidence." + p.getEvidenceLevel(), locale), false);
				w.prose(p.getSummary());
				section(w, "practice.takeaway", p.getTakeaway(), locale);
				section(w, "practice.activities", p.getActivities(), locale);
				section(w, "practice.results", p.getResults(), locale);
				section(w, "practice.challenges", p.getChallenges(), locale);
				section(w, "practice.lessons", p.getLessons(), locale);
				section(w, "practice.transferability", p.getTransferability(), locale);
				section(w, "practice.contact", p.getContact(), locale);
			}
		}
		w.pageBreak();
		w.heading(1, text("compendium.index", locale));
		index(chapters, locale).forEach((country, entries) -> w.paragraph(country + ": " + String.join(", ",
				entries.stream().map(e -> e.number() + ". " + e.practice().getTitle()).toList()), false));
		return w.bytes();
	}

	private void section(Docx w, String heading, String body, Locale locale) {
		if (body != null && !body.isBlank()) {
			w.heading(3, text(heading, locale));
			w.prose(body);
		}
	}

	/** The chapters in the order of the objectives, practices by title within each, numbered throughout. */
	List<Chapter> chapters(List<Practice> chosen, Locale locale) {
		Collator collator = Collator.getInstance(locale);
		Map<Objective, List<Practice>> byObjective = new TreeMap<>();
		List<Practice> other = new ArrayList<>();
		for (Practice p : chosen) {
			if (p.objectiveList().isEmpty()) {
				other.add(p);
			}
			else {
				byObjective.computeIfAbsent(p.objectiveList().getFirst(), o -> new ArrayList<>()).add(p);
			}
		}
		List<Chapter> chapters = new ArrayList<>();
		int[] number = { 0 };
		byObjective.forEach((objective, list) -> chapters.add(new Chapter(text("objective." + objective, locale),
				numbered(list, collator, number))));
		if (!other.isEmpty()) {
			chapters.add(new Chapter(text("compendium.otherChapter", locale), numbered(other, collator, number)));
		}
		return chapters;
	}

	private static List<Entry> numbered(List<Practice> list, Collator collator, int[] number) {
		return list.stream().sorted(Comparator.comparing(Practice::getTitle, collator))
			.map(p -> new Entry(++number[0], p, rendered(p))).toList();
	}

	private static Map<String, String> rendered(Practice p) {
		Map<String, String> html = new LinkedHashMap<>();
		html.put("summary", Markdown.html(p.getSummary()));
		html.put("activities", Markdown.html(p.getActivities()));
		html.put("results", Markdown.html(p.getResults()));
		html.put("challenges", Markdown.html(p.getChallenges()));
		html.put("lessons", Markdown.html(p.getLessons()));
		html.put("transferability", Markdown.html(p.getTransferability()));
		return html;
	}

	/** Country names (in the reader's language, in its order) and the practices from each. */
	Map<String, List<Entry>> index(List<Chapter> chapters, Locale locale) {
		Map<String, List<Entry>> index = new TreeMap<>(Collator.getInstance(locale));
		for (Chapter c : chapters) {
			for (Entry e : c.practices()) {
				for (String code : e.practice().countryList()) {
					index.computeIfAbsent(Languages.countryName(code, locale), k -> new ArrayList<>()).add(e);
				}
			}
		}
		return index;
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
