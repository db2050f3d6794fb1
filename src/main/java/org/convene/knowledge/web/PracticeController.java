package org.convene.knowledge.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.convene.charts.Maps;
import org.convene.events.Objective;
import org.convene.events.Visibility;
import org.convene.knowledge.Adoption;
import org.convene.knowledge.AdoptionDetails;
import org.convene.knowledge.CrimeType;
import org.convene.knowledge.EvidenceLevel;
import org.convene.knowledge.Origins;
import org.convene.knowledge.Practice;
import org.convene.knowledge.PracticeStatus;
import org.convene.knowledge.Practices;
import org.convene.platform.UserError;
import org.convene.platform.i18n.Languages;
import org.convene.platform.text.Markdown;
import org.convene.platform.text.PersonalIdentifiers;
import org.convene.platform.web.NotFoundException;
import org.convene.platform.web.SubmitOnce;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The good-practice pages: the list with its filters, one practice, writing and editing one, handing it to review,
 * the coordinators' review queue and their decisions.
 */
@Controller
class PracticeController {

	/** Practices shown at once: the best 50 matches (the count says how many there are; the filters narrow). */
	static final int PAGE = 50;

	private final Practices practices;
	/** How many similar practices a practice's page shows, and how many titles the type-ahead offers. */
	static final int SIMILAR = 3;
	static final int SUGGESTIONS = 8;

	private final Origins origins;
	private final SubmitOnce submitOnce;
	private final MessageSource messages;

	PracticeController(Practices practices, Origins origins, SubmitOnce submitOnce, MessageSource messages) {
		this.practices = practices;
		this.origins = origins;
		this.submitOnce = submitOnce;
		this.messages = messages;
	}

	@ModelAttribute("countryChoices")
	List<Languages.Country> countries(Locale locale) {
		return Languages.countries(locale);
	}

	@ModelAttribute("crimeTypes")
	CrimeType[] crimeTypes() {
		return CrimeType.values();
	}

	@ModelAttribute("evidenceLevels")
	EvidenceLevel[] evidenceLevels() {
		return EvidenceLevel.values();
	}

	@ModelAttribute("objectiveChoices")
	Objective[] objectives() {
		return Objective.values();
	}

	@ModelAttribute("visibilities")
	Visibility[] visibilities() {
		return Visibility.values();
	}

	@ModelAttribute("practiceLanguages")
	List<String> languages() {
		return Languages.SUPPORTED.stream().map(Locale::getLanguage).toList();
	}

	@GetMapping("/practices")
	String list(Readers.FilterParams params, Principal principal, HttpServletRequest request, Locale locale,
			Model model) {
		Practices.Filter filter = params.filter();
		Practices.Results results = practices.search(Readers.viewer(principal, request), filter, PAGE);
		model.addAttribute("filter", filter);
		model.addAttribute("results", results);
		model.addAttribute("practices", onePerFamily(results.practices(), locale.getLanguage()));
		model.addAttribute("years", results.facets().getOrDefault("year", Map.of()).keySet().stream().sorted()
			.toList().reversed());
		model.addAttribute("withHtmx", true);
		return "knowledge/list";
	}

	/**
	 * Type-ahead for the search box: titles the reader may read with a word that starts as typed, as the options of
	 * its {@code <datalist>} (htmx swaps them in; without JavaScript the box simply searches).
	 */
	@GetMapping("/practices/suggest")
	String suggest(@RequestParam(required = false) String q, Principal principal, HttpServletRequest request,
			Model model) {
		model.addAttribute("suggestions", practices.suggest(Readers.viewer(principal, request), q, SUGGESTIONS));
		return "knowledge/list :: suggestions";
	}

	/**
	 * A new practice; with {@code fromNote} or {@code fromAction} and {@code cafe} (links on a café's harvest, for
	 * coordinators), or {@code fromTopic} and {@code group} (a group discussion), the draft starts from that text and
	 * remembers where it came from.
	 */
	@GetMapping("/practices/new")
	String create(@RequestParam(required = false) Long fromNote, @RequestParam(required = false) Long fromAction,
			@RequestParam(required = false) Long cafe, @RequestParam(required = false) Long fromTopic,
			@RequestParam(required = false) Long group, @RequestParam(required = false) Long translationOf,
			@RequestParam(required = false) String lang, Principal principal, HttpServletRequest request, Locale locale,
			Model model) {
		PracticeForm form = new PracticeForm();
		form.setLanguage(locale.getLanguage());
		if (translationOf != null) {
			// a translation starts as a copy of the original, to be rewritten in the new language
			Practice original = practices.visible(translationOf, Readers.viewer(principal, request));
			form = PracticeForm.of(original.details());
			List<String> taken = practices.family(original.family()).stream().map(Practice::getLanguage).toList();
			String wanted = lang != null && languages().contains(lang) ? lang : locale.getLanguage();
			form.setLanguage(taken.contains(wanted) ? languages().stream().filter(l -> !taken.contains(l))
				.findFirst().orElse(wanted) : wanted);
			model.addAttribute("translating", original);
		}
		Practices.Origin origin = origin(fromNote, fromAction, cafe, fromTopic, group,
				Readers.viewer(principal, request));
		if (origin != null) {
			String text = origin.text().strip();
			form.setTitle(text.length() > 200 ? text.substring(0, 199) + "…" : text);
			form.setSummary(text);
			model.addAttribute("origin", origin);
		}
		model.addAttribute("form", form);
		return "knowledge/edit";
	}

	@PostMapping("/practices")
	String save(@ModelAttribute("form") PracticeForm form, @RequestParam(required = false) String formToken,
			@RequestParam(required = false) Long fromNote, @RequestParam(required = false) Long fromAction,
			@RequestParam(required = false) Long cafe, @RequestParam(required = false) Long fromTopic,
			@RequestParam(required = false) Long group, @RequestParam(required = false) Long translationOf,
			Principal principal, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		Practices.Origin origin = origin(fromNote, fromAction, cafe, fromTopic, group,
				Readers.viewer(principal, request));
		model.addAttribute("origin", origin);
		if (translationOf != null) {
			model.addAttribute("translating", practices.visible(translationOf, Readers.viewer(principal, request)));
		}
		return submitOnce.run(formToken, () -> {
			try {
				Practice p = translationOf != null
						? practices.translate(translationOf, principal.getName(), form.details(), form.isIdentifiersConfirmed())
						: practices.create(principal.getName(), form.details(), form.isIdentifiersConfirmed(), origin);
				redirect.addFlashAttribute("notice", "practice.created");
				return "redirect:/practices/" + p.getId();
			}
			catch (UserError e) {
				return again(e.problems(), null, response, model);
			}
			catch (PersonalIdentifiers.Found e) {
				model.addAttribute("identifiers", e.findings());
				return again(List.of(), null, response, model);
			}
		});
	}

	/**
	 * One practice. A reader whose language has a published translation is taken to it, unless they chose this
	 * language from the translations ({@code chosen}).
	 */
	@GetMapping("/practices/{practiceId}")
	String show(@PathVariable long practiceId, @RequestParam(required = false) String chosen, Principal principal,
			HttpServletRequest request, Locale locale, Model model) {
		Practices.Viewer who = Readers.viewer(principal, request);
		Practice p = practices.visible(practiceId, who);
		List<Practice> wholeFamily = practices.family(p.family());
		Practice theirs = chosen == null && !"POST".equals(request.getMethod())
				? practices.inLanguage(p, wholeFamily, locale.getLanguage(), who) : null;
		if (theirs != null) {
			return "redirect:/practices/" + theirs.getId();
		}
		List<Practice> family = wholeFamily.stream()
			.filter(f -> f.getStatus() == PracticeStatus.PUBLISHED || practices.mayEdit(f, who)).toList();
		model.addAttribute("family", family);
		model.addAttribute("missingLanguages", languages().stream()
			.filter(l -> family.stream().noneMatch(f -> f.getLanguage().equals(l))).toList());
		model.addAttribute("practice", p);
		model.addAttribute("mayEdit", practices.mayEdit(p, who));
		model.addAttribute("mine", who.signedIn() && who.account().equalsIgnoreCase(p.getAuthor()));
		model.addAttribute("html", new Rendered(p));
		List<Adoption> adoptions = practices.adoptions(practiceId, who);
		model.addAttribute("adoptions", adoptions);
		model.addAttribute("adoptionMap", adoptionMap(p, adoptions, locale));
		model.addAttribute("similar", onePerFamily(practices.similar(p, who, SIMILAR), locale.getLanguage()));
		if (!model.containsAttribute("adoption")) {
			model.addAttribute("adoption", new AdoptionDetails(null, null, null, null, null));
		}
		return "knowledge/show";
	}

	@GetMapping("/practices/{practiceId}/edit")
	String edit(@PathVariable long practiceId, Principal principal, HttpServletRequest request, Model model) {
		Practices.Viewer who = Readers.viewer(principal, request);
		Practice p = practices.visible(practiceId, who);
		if (!practices.mayEdit(p, who)) {
			throw new AccessDeniedException("not the author");
		}
		model.addAttribute("practice", p);
		model.addAttribute("form", PracticeForm.of(p.details()));
		return "knowledge/edit";
	}

	@PostMapping("/practices/{practiceId}")
	String update(@PathVariable long practiceId, @ModelAttribute("form") PracticeForm form, Principal principal,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Practices.Viewer who = Readers.viewer(principal, request);
		try {
			Practice p = practices.update(practiceId, who, form.details(), form.isIdentifiersConfirmed());
			redirect.addFlashAttribute("notice", "practice.saved");
			return "redirect:/practices/" + p.getId();
		}
		catch (UserError e) {
			return again(e.problems(), practices.visible(practiceId, who), response, model);
		}
		catch (PersonalIdentifiers.Found e) {
			model.addAttribute("identifiers", e.findings());
			return again(List.of(), practices.visible(practiceId, who), response, model);
		}
	}

	@GetMapping("/practices/{practiceId}/history")
	String history(@PathVariable long practiceId, Principal principal, HttpServletRequest request, Model model) {
		Practices.Viewer who = Readers.viewer(principal, request);
		model.addAttribute("practice", practices.visible(practiceId, who));
		model.addAttribute("history", practices.history(practiceId, who));
		return "knowledge/history";
	}

	@PostMapping("/practices/{practiceId}/submit")
	String submit(@PathVariable long practiceId, Principal principal, HttpServletRequest request,
			RedirectAttributes redirect) {
		practices.submit(practiceId, Readers.viewer(principal, request));
		redirect.addFlashAttribute("notice", "practice.submitted");
		return "redirect:/practices/" + practiceId;
	}

	@PostMapping("/practices/{practiceId}/review")
	String review(@PathVariable long practiceId, @RequestParam(defaultValue = "false") boolean approve,
			@RequestParam(required = false) String comment, Principal principal, HttpServletRequest request,
			RedirectAttributes redirect) {
		practices.review(practiceId, Readers.viewer(principal, request), approve, comment);
		redirect.addFlashAttribute("notice", approve ? "practice.approved" : "practice.changesRequested");
		return "redirect:/practices/review";
	}

	/** "We adapted this in …": kept, or the practice page again with the reasons (and what was typed). */
	@PostMapping("/practices/{practiceId}/adoptions")
	String adopt(@PathVariable long practiceId, @RequestParam(required = false) String country,
			@RequestParam(required = false) String period, @RequestParam(required = false) String changes,
			@RequestParam(required = false) String result, @RequestParam(required = false) String contact,
			@RequestParam(defaultValue = "false") boolean identifiersConfirmed, Principal principal,
			HttpServletRequest request, HttpServletResponse response, Locale locale, Model model,
			RedirectAttributes redirect) {
		AdoptionDetails details = new AdoptionDetails(country, period, changes, result, contact);
		try {
			practices.adopt(practiceId, Readers.viewer(principal, request), details, identifiersConfirmed);
			redirect.addFlashAttribute("notice", "adoption.saved");
			return "redirect:/practices/" + practiceId + "#adoptions";
		}
		catch (UserError e) {
			model.addAttribute("adoptionProblems", e.problems());
		}
		catch (PersonalIdentifiers.Found e) {
			model.addAttribute("identifiers", e.findings());
		}
		model.addAttribute("adoption", details);
		response.setStatus(422);
		return show(practiceId, "adoption", principal, request, locale, model);
	}

	@PostMapping("/practices/{practiceId}/adoptions/{adoptionId}/delete")
	String removeAdoption(@PathVariable long practiceId, @PathVariable long adoptionId, Principal principal,
			HttpServletRequest request, RedirectAttributes redirect) {
		practices.removeAdoption(practiceId, adoptionId, Readers.viewer(principal, request));
		redirect.addFlashAttribute("notice", "adoption.removed");
		return "redirect:/practices/" + practiceId + "#adoptions";
	}

	@PostMapping("/practices/{practiceId}/archive")
	String archive(@PathVariable long practiceId, @RequestParam(defaultValue = "false") boolean confirm,
			Principal principal, HttpServletRequest request, RedirectAttributes redirect) {
		UserError.requireConfirmed(confirm);
		practices.archive(practiceId, Readers.viewer(principal, request));
		redirect.addFlashAttribute("notice", "practice.archivedNotice");
		return "redirect:/practices";
	}

	@GetMapping("/practices/review")
	String queue(Principal principal, HttpServletRequest request, Model model) {
		model.addAttribute("queue", practices.reviewQueue(Readers.viewer(principal, request)));
		return "knowledge/review";
	}

	/**
	 * A search's practices with each family once: where an original and its translations are found, the one in the
	 * reader's language stands for them, else the original, else the first found — in the place of the first found.
	 */
	static List<Practice> onePerFamily(List<Practice> found, String language) {
		Map<Long, Practice> chosen = new LinkedHashMap<>();
		for (Practice p : found) {
			Practice earlier = chosen.get(p.family());
			if (earlier == null || rank(p, language) < rank(earlier, language)) {
				chosen.put(p.family(), p);
			}
		}
		return List.copyOf(chosen.values());
	}

	private static int rank(Practice p, String language) {
		return p.getLanguage().equals(language) ? 0 : p.getTranslationOf() == null ? 1 : 2;
	}

	/**
	 * What a draft starts from: a café insight or action item (coordinators only: the harvest is theirs), or a group
	 * discussion (anyone who may read it).
	 */
	private Practices.Origin origin(Long fromNote, Long fromAction, Long cafe, Long fromTopic, Long group,
			Practices.Viewer who) {
		if (fromTopic != null && group != null && who.signedIn()) {
			try {
				return origins.discussion(group, fromTopic, who.account()).orElse(null);
			}
			catch (NotFoundException gone) {
				return null;
			}
		}
		if (cafe == null || !who.organiser()) {
			return null;
		}
		try {
			if (fromNote != null) {
				return origins.cafeNote(cafe, fromNote).orElse(null);
			}
			if (fromAction != null) {
				return origins.actionItem(cafe, fromAction).orElse(null);
			}
		}
		catch (NotFoundException gone) {
			return null;
		}
		return null;
	}

	private static String again(List<String> problems, Practice practice, HttpServletResponse response, Model model) {
		model.addAttribute("problems", problems);
		model.addAttribute("practice", practice);
		response.setStatus(422);
		return "knowledge/edit";
	}

	/** The Markdown fields of a practice as safe HTML. */
	record Rendered(String summary, String activities, String results, String challenges, String lessons,
			String transferability) {

		Rendered(Practice p) {
			this(Markdown.html(p.getSummary()), Markdown.html(p.getActivities()), Markdown.html(p.getResults()),
					Markdown.html(p.getChallenges()), Markdown.html(p.getLessons()), Markdown.html(p.getTransferability()));
		}
	}

	/** The schematic map of where a practice travelled, or null without adoptions in known countries. */
	private String adoptionMap(Practice practice, List<Adoption> adoptions, Locale locale) {
		if (adoptions.isEmpty()) {
			return null;
		}
		List<Maps.Place> from = practice.countryList().stream()
			.map(c -> new Maps.Place(c, Languages.countryName(c, locale)))
			.toList();
		List<Maps.Place> to = adoptions.stream()
			.map(Adoption::getCountry)
			.filter(Objects::nonNull)
			.distinct()
			.map(c -> new Maps.Place(c, Languages.countryName(c, locale)))
			.toList();
		String origin = String.join(", ", from.stream().map(Maps.Place::label).toList());
		return Maps.travels(messages.getMessage("adoption.map", new Object[] { origin }, locale), from, to,
				Languages.isRightToLeft(locale));
	}
}
