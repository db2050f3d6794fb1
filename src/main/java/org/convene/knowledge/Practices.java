package org.convene.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.convene.events.Objective;
import org.convene.knowledge.internal.AdoptionRepository;
import org.convene.knowledge.internal.PracticeFigures;
import org.convene.knowledge.internal.PracticeRepository;
import org.convene.knowledge.internal.PracticeSearch;
import org.convene.knowledge.internal.PracticeVersionRepository;
import org.convene.platform.UserError;
import org.convene.platform.cluster.Fanout;
import org.convene.platform.i18n.Languages;
import org.convene.platform.notify.Notifications;
import org.convene.platform.notify.Recipients;
import org.convene.platform.text.CleanText;
import org.convene.platform.text.PersonalIdentifiers;
import org.convene.platform.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The good-practice repository: members write practices, coordinators review them (approve, or ask for changes with
 * a comment), and published practices are read by members — or by everyone, when the record is public. Who sees what:
 * guests see published public practices; members all published ones and their own drafts; coordinators everything.
 * Free text is checked for personal identifiers before it is kept.
 */
@Service
@Transactional
public class Practices {

	/** Who is looking: their account (null for a guest) and whether they coordinate. */
	public record Viewer(String account, boolean organiser) {

		public static final Viewer GUEST = new Viewer(null, false);

		public boolean signedIn() {
			return account != null;
		}
	}

	/** What a reader narrows the list to; null or blank parts do not narrow it. */
	public record Filter(String text, String country, CrimeType crimeType, EvidenceLevel evidence, Objective objective,
			String language, Integer year, boolean byDate) {

		public static final Filter NONE = new Filter(null, null, null, null, null, null);

		/** Any year, best match first. */
		public Filter(String text, String country, CrimeType crimeType, EvidenceLevel evidence, Objective objective,
				String language) {
			this(text, country, crimeType, evidence, objective, language, null, false);
		}
	}

	/** The fan-out channel on which nodes name the practices they changed, for the others to index. */
	static final String CHANNEL = "convene_knowledge";

	private final PracticeRepository practices;
	private final AdoptionRepository adoptions;
	private final PracticeVersionRepository versions;
	private final PracticeSearch search;
	private final PracticeFigures figures;
	private final Fanout fanout;
	private final Notifications notifications;
	private final Recipients recipients;

	Practices(PracticeRepository practices, AdoptionRepository adoptions, PracticeVersionRepository versions,
			PracticeSearch search, PracticeFigures figures, Fanout fanout, Notifications notifications,
			Recipients recipients) {
		this.notifications = notifications;
		this.recipients = recipients;
		this.practices = practices;
		this.adoptions = adoptions;
		this.versions = versions;
		this.search = search;
		this.figures = figures;
		this.fanout = fanout;
	}

	/** A practice's saved versions with what each changed, newest first: for its author and coordinators. */
	@Transactional(readOnly = true)
	public List<History.Entry> history(long id, Viewer who) {
		Practice p = visible(id, who);
		if (!mayEdit(p, who) && !who.organiser()) {
			throw new AccessDeniedException("not the author");
		}
		return History.of(versions.findByPracticeIdOrderByNumberAsc(id));
	}

	/** Keeps the practice's text as a new version, unless it is the same as the last one. */
	private void version(Practice p, String by) {
		List<PracticeVersion> earlier = versions.findByPracticeIdOrderByNumberAsc(p.getId());
		String text = History.text(p.details());
		if (!earlier.isEmpty() && earlier.getLast().getText().equals(text)) {
			return;
		}
		versions.save(new PracticeVersion(p.getId(), earlier.size() + 1, by, Instant.now(), text));
	}

	/** Another node changed a practice: index it here too (each node of a cluster keeps its own index). */
	public void reindexOne(long id) {
		search.reindex(id);
	}

	/** Tells the other nodes (once this transaction commits) that the practice changed. */
	private Practice told(Practice p) {
		if (fanout.clustered()) {
			fanout.send(CHANNEL, String.valueOf(p.getId()));
		}
		return p;
	}

	/** A new draft by {@code author}. */
	public Practice create(String author, PracticeDetails details, boolean identifiersConfirmed) {
		return create(author, details, identifiersConfirmed, null);
	}

	/** A new draft by {@code author}, drawn from a workshop's café insight or action item when {@code origin} says so. */
	public Practice create(String author, PracticeDetails details, boolean identifiersConfirmed, Origin origin) {
		boolean flagged = check(details, identifiersConfirmed);
		Practice p = new Practice(author, details, flagged, Instant.now());
		if (origin != null) {
			p.originate(origin.kind(), origin.id(), origin.label());
		}
		Practice saved = practices.saveAndFlush(p);
		version(saved, author);
		return told(saved);
	}

	/** Drafts by {@code author} from an imported list (rows already checked in the preview); returns how many. */
	public int importAll(String author, List<PracticeDetails> rows) {
		rows.forEach(d -> create(author, d, false));
		return rows.size();
	}

	/**
	 * A translation of a practice into another language: a practice of its own with its own review, linked to the
	 * original (a translation of a translation is linked to the original too). One per language.
	 */
	public Practice translate(long originalId, String author, PracticeDetails details, boolean identifiersConfirmed) {
		Practice original = visible(originalId, new Viewer(author, false));
		long family = original.family();
		if (family(family).stream().anyMatch(p -> p.getLanguage().equals(details.language())
				&& p.getStatus() != PracticeStatus.ARCHIVED)) {
			throw new UserError("practice.error.translationExists");
		}
		boolean flagged = check(details, identifiersConfirmed);
		Practice p = new Practice(author, details, flagged, Instant.now());
		p.translate(family);
		Practice saved = practices.saveAndFlush(p);
		version(saved, author);
		return told(saved);
	}

	/** The original and every translation of it, the original first. */
	@Transactional(readOnly = true)
	public List<Practice> family(long familyId) {
		List<Practice> all = new ArrayList<>();
		practices.findById(familyId).ifPresent(all::add);
		all.addAll(practices.findByTranslationOf(familyId));
		return all;
	}

	/**
	 * The member of a practice's family (as {@link #family} read it) {@code who} should read in {@code language}: the
	 * published one in that language when there is one they may read, else null (they read the one they asked for,
	 * its language marked).
	 */
	public Practice inLanguage(Practice practice, List<Practice> family, String language, Viewer who) {
		if (practice.getLanguage().equals(language)) {
			return null;
		}
		return family.stream()
			.filter(p -> p.getLanguage().equals(language) && p.getStatus() == PracticeStatus.PUBLISHED && mayRead(p, who))
			.findFirst().orElse(null);
	}

	/** What a practice was drawn from (and the café or group it is within), read from the module that holds it. */
	public record Origin(Practice.OriginKind kind, long id, String label, String text, long within) {
	}

	/**
	 * Changes what a practice says. Its author or a coordinator may; an author's change to a published practice
	 * sends it back to review (a coordinator's keeps it published); an archived practice is not changed.
	 */
	public Practice update(long id, Viewer who, PracticeDetails details, boolean identifiersConfirmed) {
		Practice p = editable(id, who);
		boolean flagged = check(details, identifiersConfirmed);
		p.apply(details, flagged, Instant.now());
		version(p, who.account());
		if (p.getStatus() == PracticeStatus.PUBLISHED && !who.organiser()) {
			p.moveTo(PracticeStatus.IN_REVIEW, null, Instant.now());
		}
		return told(p);
	}

	/** The author hands a draft to the coordinators. */
	public Practice submit(long id, Viewer who) {
		Practice p = editable(id, who);
		if (p.getStatus() != PracticeStatus.DRAFT) {
			throw new UserError("practice.error.notDraft");
		}
		p.moveTo(PracticeStatus.IN_REVIEW, p.getReviewComment(), Instant.now());
		String link = "/practices/" + p.getId();
		recipients.coordinatorsFor(p.countryList()).stream().filter(c -> !c.equalsIgnoreCase(who.account()))
			.forEach(c -> notifications.notify(c, "practice.notify.review", link, p.getTitle()));
		return told(p);
	}

	/** A coordinator's decision: publish it, or send it back to its author with what to change. */
	public Practice review(long id, Viewer who, boolean approve, String comment) {
		requireOrganiser(who);
		Practice p = practices.findById(id).orElseThrow(NotFoundException::new);
		if (p.getStatus() != PracticeStatus.IN_REVIEW) {
			throw new UserError("practice.error.notInReview");
		}
		String said = CleanText.stripToNull(comment);
		if (!approve && said == null) {
			throw new UserError("practice.error.commentNeeded");
		}
		if (said != null && said.length() > 4000) {
			throw new UserError("practice.error.tooLong");
		}
		p.moveTo(approve ? PracticeStatus.PUBLISHED : PracticeStatus.DRAFT, said, Instant.now());
		String link = "/practices/" + p.getId();
		notifications.notify(p.getAuthor(), approve ? "practice.notify.published" : "practice.notify.changes", link,
				p.getTitle());
		// the contact person, when it is a member's address other than the author's, learns they are named
		if (approve && p.getContact() != null && !p.getContact().equalsIgnoreCase(p.getAuthor())
				&& recipients.recipient(p.getContact().strip().toLowerCase(Locale.ROOT)).isPresent()) {
			notifications.notify(p.getContact().strip().toLowerCase(Locale.ROOT), "practice.notify.contact", link,
					p.getTitle());
		}
		return told(p);
	}

	/** A coordinator withdraws a practice from view (it stays in the record). */
	public Practice archive(long id, Viewer who) {
		requireOrganiser(who);
		Practice p = practices.findById(id).orElseThrow(NotFoundException::new);
		p.moveTo(PracticeStatus.ARCHIVED, p.getReviewComment(), Instant.now());
		return told(p);
	}

	/**
	 * One practice as {@code who} may see it: a guest asking for a members-only practice is asked to sign in; a
	 * draft is its author's and the coordinators' only.
	 */
	@Transactional(readOnly = true)
	public Practice visible(long id, Viewer who) {
		Practice p = practices.findById(id).orElseThrow(NotFoundException::new);
		if (mayRead(p, who)) {
			return p;
		}
		if (!who.signedIn() && p.getStatus() == PracticeStatus.PUBLISHED) {
			throw new AccessDeniedException("members only");
		}
		throw new NotFoundException();
	}

	/** Whether {@code who} may change the practice (its author or a coordinator). */
	public boolean mayEdit(Practice p, Viewer who) {
		return who.signedIn() && p.getStatus() != PracticeStatus.ARCHIVED
				&& (who.organiser() || who.account().equalsIgnoreCase(p.getAuthor()));
	}

	/** What a search found: the practices (best match or newest first), how many in all, and the facet counts. */
	public record Results(List<Practice> practices, long total, Map<String, Map<String, Long>> facets,
			Map<Long, String> snippets) {

		/** How many of the found practices have this value of the facet (0 when none). */
		public long count(String facet, Object value) {
			return facets.getOrDefault(facet, Map.of()).getOrDefault(String.valueOf(value), 0L);
		}
	}

	/**
	 * The practices {@code who} may read that match the filter, from the full-text index: the text is matched in every
	 * language with that language's analyser; facets count only what the reader may see.
	 */
	@Transactional(readOnly = true)
	public Results search(Viewer who, Filter filter, int limit) {
		Map<String, String> facets = new LinkedHashMap<>();
		facets.put("country", filter.country());
		facets.put("crimeType", filter.crimeType() == null ? null : filter.crimeType().name());
		facets.put("evidence", filter.evidence() == null ? null : filter.evidence().name());
		facets.put("objective", filter.objective() == null ? null : filter.objective().name());
		facets.put("language", filter.language());
		facets.put("year", filter.year() == null ? null : String.valueOf(filter.year()));
		PracticeSearch.Found found = search.search(reader(who), new PracticeSearch.Query(filter.text(), facets, limit,
				filter.byDate()));
		return new Results(found.practices(), found.total(), found.facets(), found.snippets());
	}

	/** Up to {@code limit} practices like this one that {@code who} may read (not itself, nor its translations). */
	@Transactional(readOnly = true)
	public List<Practice> similar(Practice p, Viewer who, int limit) {
		return search.similar(reader(who), p, limit);
	}

	/** Titles of practices {@code who} may read that start with, or contain a word starting with, what was typed. */
	@Transactional(readOnly = true)
	public List<String> suggest(Viewer who, String typed, int limit) {
		return search.suggest(reader(who), typed, limit);
	}

	private static PracticeSearch.Reader reader(Viewer who) {
		return new PracticeSearch.Reader(who.account(), who.organiser());
	}

	/** The first 200 practices {@code who} may read that match the filter. */
	@Transactional(readOnly = true)
	public List<Practice> list(Viewer who, Filter filter) {
		return search(who, filter, 200).practices();
	}

	/** Whether the index misses practices the database holds (a new or restored index): then {@link #reindex}. */
	@Transactional(readOnly = true)
	public boolean indexBehind() {
		return search.indexed() != practices.count();
	}

	/** Indexes every practice again; blocks until done. */
	@Transactional(readOnly = true)
	public void reindex() throws InterruptedException {
		search.reindex();
	}

	/**
	 * A member records that a published practice was taken up in a country: what changed, when, the result, a
	 * contact. Free text is checked for personal identifiers like the practice's own.
	 */
	public Adoption adopt(long practiceId, Viewer who, AdoptionDetails details, boolean identifiersConfirmed) {
		Practice p = visible(practiceId, who);
		if (!who.signedIn() || p.getStatus() != PracticeStatus.PUBLISHED) {
			throw new UserError("practice.error.notPublished");
		}
		List<String> problems = new ArrayList<>();
		if (details.country() == null || !Languages.isCountry(details.country())) {
			problems.add("practice.error.countries");
		}
		if (details.changes() == null || details.changes().isBlank()) {
			problems.add("adoption.error.changes");
		}
		if (tooLong(details.changes(), 4000) || tooLong(details.result(), 4000) || tooLong(details.period(), 100)
				|| tooLong(details.contact(), 300)) {
			problems.add("practice.error.tooLong");
		}
		if (!problems.isEmpty()) {
			throw new UserError(problems);
		}
		List<PersonalIdentifiers.Finding> findings = PersonalIdentifiers.find(details.changes(), details.result(),
				details.contact(), details.period());
		if (!findings.isEmpty() && !identifiersConfirmed) {
			throw new PersonalIdentifiers.Found(findings);
		}
		return adoptions.save(new Adoption(practiceId, who.account(), details, !findings.isEmpty(), Instant.now()));
	}

	/** Where a practice travelled, first taken up first (empty for a practice the reader may not see). */
	@Transactional(readOnly = true)
	public List<Adoption> adoptions(long practiceId, Viewer who) {
		visible(practiceId, who);
		return adoptions.findByPracticeIdOrderByCreatedAtAsc(practiceId);
	}

	/**
	 * The adoptions of many practices in one query, by practice id: for practices already found for the reader
	 * (a search's results), so each is not looked up again.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<Adoption>> adoptionsOf(List<Practice> found) {
		Map<Long, List<Adoption>> byPractice = new LinkedHashMap<>();
		found.forEach(p -> byPractice.put(p.getId(), new ArrayList<>()));
		if (!found.isEmpty()) {
			adoptions.findByPracticeIdInOrderByCreatedAtAsc(byPractice.keySet())
				.forEach(a -> byPractice.get(a.getPracticeId()).add(a));
		}
		return byPractice;
	}

	/** Its author or a coordinator takes an adoption back. */
	public void removeAdoption(long practiceId, long adoptionId, Viewer who) {
		Adoption a = adoptions.findById(adoptionId).filter(x -> x.getPracticeId() == practiceId)
			.orElseThrow(NotFoundException::new);
		if (!who.signedIn() || !(who.organiser() || who.account().equalsIgnoreCase(a.getAuthor()))) {
			throw new AccessDeniedException("not the author");
		}
		adoptions.delete(a);
	}

	/** Per country and year: published practices shared from it and adoptions recorded in it (for the indicators). */
	@Transactional(readOnly = true)
	public List<Spread> spread(LocalDate from, LocalDate to, String country) {
		return figures.rows(from, to, country);
	}

	/** How many practices are recorded, in any state (the demo loads its own only into an empty repository). */
	@Transactional(readOnly = true)
	public long count() {
		return practices.count();
	}

	/** Practices waiting for a coordinator, oldest first. */
	@Transactional(readOnly = true)
	public List<Practice> reviewQueue(Viewer who) {
		requireOrganiser(who);
		return practices.findByStatusOrderByUpdatedAtAsc(PracticeStatus.IN_REVIEW);
	}

	private static boolean mayRead(Practice p, Viewer who) {
		if (who.organiser()) {
			return true;
		}
		if (who.signedIn() && who.account().equalsIgnoreCase(p.getAuthor())) {
			return true;
		}
		if (p.getStatus() != PracticeStatus.PUBLISHED) {
			return false;
		}
		return who.signedIn() || p.isPublicNow();
	}

	private Practice editable(long id, Viewer who) {
		Practice p = practices.findById(id).orElseThrow(NotFoundException::new);
		if (!mayRead(p, who)) {
			throw new NotFoundException();
		}
		if (!mayEdit(p, who)) {
			if (p.getStatus() == PracticeStatus.ARCHIVED) {
				throw new UserError("practice.error.archived");
			}
			throw new AccessDeniedException("not the author");
		}
		return p;
	}

	private static void requireOrganiser(Viewer who) {
		if (!who.organiser()) {
			throw new AccessDeniedException("coordinators review practices");
		}
	}

	private static boolean tooLong(String text, int max) {
		return text != null && text.strip().length() > max;
	}

	/** Required fields, known codes; personal identifiers stop the save unless the author confirmed. True if found. */
	private static boolean check(PracticeDetails d, boolean confirmed) {
		List<String> problems = problems(d);
		if (!problems.isEmpty()) {
			throw new UserError(problems);
		}
		List<PersonalIdentifiers.Finding> findings = d.texts().stream().flatMap(t -> PersonalIdentifiers.find(t).stream())
			.toList();
		if (!findings.isEmpty() && !confirmed) {
			throw new PersonalIdentifiers.Found(findings);
		}
		return !findings.isEmpty();
	}

	/** What is wrong with the details (message keys; empty when they can be saved): the same for every way in. */
	public static List<String> problems(PracticeDetails d) {
		List<String> problems = new ArrayList<>();
		if (d.title() == null || d.title().isBlank() || d.title().strip().length() > 200) {
			problems.add("practice.error.title");
		}
		if (d.summary() == null || d.summary().isBlank()) {
			problems.add("practice.error.summary");
		}
		if (d.language() == null || Languages.SUPPORTED.stream().noneMatch(l -> l.getLanguage().equals(d.language()))) {
			problems.add("practice.error.language");
		}
		if (d.countries() == null || d.countries().isEmpty() || !d.countries().stream().allMatch(Languages::isCountry)) {
			problems.add("practice.error.countries");
		}
		if (d.crimeType() == null || d.evidenceLevel() == null || d.visibility() == null) {
			problems.add("practice.error.choices");
		}
		if (d.evidenceLink() != null && !d.evidenceLink().isBlank() && !d.evidenceLink().strip().matches("https?://\\S+")) {
			problems.add("practice.error.link");
		}
		if (tooLong(d.period(), 100) || tooLong(d.targetGroup(), 300) || tooLong(d.organisation(), 300)
				|| tooLong(d.contact(), 300) || tooLong(d.partners(), 2000) || tooLong(d.takeaway(), 1000)
				|| tooLong(d.evidenceLink(), 500) || tooLong(d.links(), 4000) || tooLong(d.summary(), 20000)
				|| tooLong(d.activities(), 20000) || tooLong(d.results(), 20000) || tooLong(d.challenges(), 20000)
				|| tooLong(d.lessons(), 20000) || tooLong(d.transferability(), 20000)) {
			problems.add("practice.error.tooLong");
		}
		return problems;
	}
}
