package org.convene.knowledge.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.convene.knowledge.Practice;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.CompositeProjectionValueStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Searches the practice index: who may see what is part of the query (so facet counts never count a practice the
 * reader may not see), the text is matched in every language's field with that language's analyser, and the
 * facets are counted over the same query.
 */
@Component
public class PracticeSearch {

	/** The facets, by the index field they count. */
	public static final List<String> FACETS = List.of("country", "crimeType", "evidence", "objective", "language", "year");

	/**
	 * What the search found: the practices (best or newest first), how many in all, the facet counts, and for each
	 * practice the text matched a snippet of where (HTML: escaped, the matched words in {@code <mark>}).
	 */
	public record Found(List<Practice> practices, long total, Map<String, Map<String, Long>> facets,
			Map<Long, String> snippets) {
	}

	/** The reader: their account (lower case; null for a guest), and whether they coordinate. */
	public record Reader(String account, boolean organiser) {
	}

	/** The filters: text, one value per facet (null for none), and whether the newest come first even for a text. */
	public record Query(String text, Map<String, String> facets, int limit, boolean byDate) {
	}

	/** Marks around a matched word in a snippet, before it is escaped (characters no text holds). */
	private static final String START = "\u0002";
	private static final String END = "\u0003";

	/** The longest snippet of matched text shown under a found practice. */
	private static final int SNIPPET = 180;

	private static final String[] TEXT_FIELDS = PracticeBinder.LANGUAGES.stream().map(l -> "text_" + l)
		.toArray(String[]::new);

	private final EntityManager entities;

	PracticeSearch(EntityManager entities) {
		this.entities = entities;
	}

	public Found search(Reader reader, Query query) {
		SearchSession session = Search.session(entities);
		Map<String, AggregationKey<Map<Object, Long>>> keys = new LinkedHashMap<>();
		boolean text = query.text() != null && !query.text().isBlank();
		String[] marked = text ? highlighted(query.text()) : new String[0];
		var options = session.search(Practice.class).select(f -> marked.length == 0
				? f.composite().from(f.entity(Practice.class)).as(practice -> new Hit(practice, List.of()))
				: f.composite().from(f.entity(Practice.class), highlights(f, marked),
						highlights(f, new String[] { "text_any" }))
					.as((practice, own, any) -> new Hit(practice, own.isEmpty() ? any : own)))
			.where((f, root) -> {
			mayRead(f, root, reader);
			if (text) {
				root.add(f.simpleQueryString().fields(TEXT_FIELDS).field("text_any").matching(query.text().strip())
					.defaultOperator(BooleanOperator.AND));
			}
			query.facets().forEach((field, value) -> {
				if (value != null && !value.isBlank()) {
					root.add(field.equals("year") ? f.match().field(field).matching(Integer.parseInt(value))
							: f.match().field(field).matching(value));
				}
			});
		});
		var sorted = (!text || query.byDate() ? options.sort(f -> f.field("updated").desc())
				: options.sort(f -> f.score().then().field("updated").desc()))
			.highlighter(f -> f.unified().tag(START, END).numberOfFragments(1).noMatchSize(0));
		for (String facet : FACETS) {
			AggregationKey<Map<Object, Long>> key = AggregationKey.of(facet);
			keys.put(facet, key);
			sorted = sorted.aggregation(key, f -> f.terms().field(facet, Object.class).maxTermCount(300));
		}
		SearchResult<Hit> result = sorted.fetch(query.limit());
		Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
		keys.forEach((facet, key) -> {
			Map<String, Long> counts = new LinkedHashMap<>();
			result.aggregation(key).forEach((value, count) -> counts.put(String.valueOf(value), count));
			facets.put(facet, counts);
		});
		Map<Long, String> snippets = new LinkedHashMap<>();
		result.hits().stream().filter(h -> !h.fragments().isEmpty())
			.forEach(h -> snippets.put(h.practice().getId(), snippet(h.fragments().getFirst())));
		return new Found(result.hits().stream().map(Hit::practice).toList(), result.total().hitCount(), facets, snippets);
	}

	/**
	 * Practices like {@code p} that the reader may read: its title and takeaway (and the start of its summary) as an
	 * any-word query in every language, without the practice itself and its translations.
	 */
	public List<Practice> similar(Reader reader, Practice p, int limit) {
		String like = Stream.of(p.getTitle(), p.getTakeaway(), p.getSummary())
			.filter(t -> t != null && !t.isBlank()).collect(Collectors.joining(" "))
			.replaceAll("[\\p{Punct}\\p{S}]+", " ");
		String words = Stream.of(like.split("\\s+")).filter(w -> w.length() > 3).distinct().limit(30)
			.collect(Collectors.joining(" "));
		if (words.isBlank()) {
			return List.of();
		}
		long family = p.getTranslationOf() == null ? p.getId() : p.getTranslationOf();
		return Search.session(entities).search(Practice.class).where((f, root) -> {
			mayRead(f, root, reader);
			root.add(f.simpleQueryString().fields(TEXT_FIELDS).field("text_any").matching(words)
				.defaultOperator(BooleanOperator.OR));
		}).fetchHits(limit + 8).stream()
			.filter(o -> o.getId() != family && (o.getTranslationOf() == null || o.getTranslationOf() != family))
			.limit(limit).toList();
	}

	/** Titles of practices the reader may read with a word that starts as typed (for type-ahead), best first. */
	public List<String> suggest(Reader reader, String typed, int limit) {
		String words = typed == null ? "" : typed.strip().replaceAll("[\\p{Punct}\\p{S}]+", " ").strip();
		if (words.length() < 2) {
			return List.of();
		}
		String prefix = Stream.of(words.split("\\s+")).map(w -> w + "*").collect(Collectors.joining(" "));
		return Search.session(entities).search(Practice.class).where((f, root) -> {
			mayRead(f, root, reader);
			root.add(f.simpleQueryString().fields(TEXT_FIELDS).field("text_any").matching(prefix)
				.defaultOperator(BooleanOperator.AND));
		}).fetchHits(limit).stream().map(Practice::getTitle).distinct().toList();
	}

	/** Who may read what, as part of the query: the same for the list, the counts, similar practices and type-ahead. */
	private static void mayRead(SearchPredicateFactory f, SimpleBooleanPredicateClausesCollector<?, ?> root, Reader reader) {
		root.add(f.matchAll());
		if (reader.organiser()) {
			root.add(f.not(f.match().field("status").matching("ARCHIVED")));
		}
		else if (reader.account() != null) {
			root.add(f.or(f.match().field("status").matching("PUBLISHED"),
					f.and(f.match().field("author").matching(reader.account().toLowerCase(Locale.ROOT)),
							f.not(f.match().field("status").matching("ARCHIVED")))));
		}
		else {
			root.add(f.match().field("status").matching("PUBLISHED"));
			root.add(f.match().field("visibility").matching("PUBLIC"));
		}
	}

	/**
	 * The language fields worth highlighting for a query, by its script (each highlighted field costs time per hit):
	 * Arabic script → Arabic and Urdu, Cyrillic → Russian, Latin → English, French and Spanish; none for no letters.
	 */
	static String[] highlighted(String text) {
		List<String> fields = new ArrayList<>();
		if (text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)) {
			fields.addAll(List.of("text_ar", "text_ur"));
		}
		if (text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
			fields.add("text_ru");
		}
		if (text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)) {
			fields.addAll(List.of("text_en", "text_fr", "text_es"));
		}
		return fields.toArray(String[]::new);
	}

	/** A hit: the practice and the matched fragments (of its own language's field, else of the any-language one). */
	private record Hit(Practice practice, List<String> fragments) {
	}

	/** The fragments of the first of these fields that has any, as one projection. */
	private static CompositeProjectionValueStep<?, List<String>> highlights(SearchProjectionFactory<?, ?> f,
			String[] fields) {
		SearchProjection<?>[] each = Stream.of(fields).map(field -> f.highlight(field).toProjection())
			.toArray(SearchProjection<?>[]::new);
		return f.composite().from(each).asList(values -> values.stream().map(v -> (List<?>) v)
			.filter(l -> !l.isEmpty()).findFirst().map(l -> l.stream().map(String::valueOf).toList())
			.orElse(List.<String>of()));
	}

	/**
	 * A fragment as safe HTML: at most {@link #SNIPPET} characters around the first match (the highlighter returns
	 * whole sentences), Markdown marks dropped, escaped, matched words in {@code <mark>}.
	 */
	static String snippet(String fragment) {
		String plain = fragment.replaceAll("[*_#`]+", "").replaceAll("\\s+", " ").strip();
		int first = Math.max(0, plain.indexOf(START));
		int from = Math.max(0, first - SNIPPET / 3);
		String window = plain.substring(from, Math.min(plain.length(), from + SNIPPET));
		if (window.lastIndexOf(START) > window.lastIndexOf(END)) {
			window += END; // a match cut by the window's end is closed
		}
		return HtmlUtils.htmlEscape(window).replace(START, "<mark>").replace(END, "</mark>");
	}

	/** Indexes every practice again (after a restore, or when the index is new): blocking. */
	public void reindex() throws InterruptedException {
		Search.session(entities).massIndexer(Practice.class).startAndWait();
	}

	/** Indexes one practice again (another node changed it); in the caller's transaction. */
	public void reindex(long id) {
		Practice p = entities.find(Practice.class, id);
		if (p != null) {
			Search.session(entities).indexingPlan().addOrUpdate(p);
		}
	}

	/** How many practices the index holds. */
	public long indexed() {
		return Search.session(entities).search(Practice.class).where(f -> f.matchAll()).fetchTotalHitCount();
	}
}
