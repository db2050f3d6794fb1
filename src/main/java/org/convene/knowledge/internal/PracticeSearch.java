package org.convene.knowledge.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.convene.knowledge.Practice;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;

/**
 * Searches the practice index: who may see what is part of the query (so facet counts never count a practice the
 * reader may not see), the text is matched in every language's field with that language's analyser, and the
 * facets are counted over the same query.
 */
@Component
public class PracticeSearch {

	/** The facets, by the index field they count. */
	public static final List<String> FACETS = List.of("country", "crimeType", "evidence", "objective", "language", "year");

	/** What the search found: the practices (best or newest first), how many in all, and the facet counts. */
	public record Found(List<Practice> practices, long total, Map<String, Map<String, Long>> facets) {
	}

	/** The reader: their account (lower case; null for a guest), and whether they coordinate. */
	public record Reader(String account, boolean organiser) {
	}

	/** The filters: text, and one value per facet (null for none). */
	public record Query(String text, Map<String, String> facets, int limit) {
	}

	private static final String[] TEXT_FIELDS = PracticeBinder.LANGUAGES.stream().map(l -> "text_" + l)
		.toArray(String[]::new);

	private final EntityManager entities;

	PracticeSearch(EntityManager entities) {
		this.entities = entities;
	}

	public Found search(Reader reader, Query query) {
		SearchSession session = Search.session(entities);
		Map<String, AggregationKey<Map<Object, Long>>> keys = new LinkedHashMap<>();
		var options = session.search(Practice.class).where((f, root) -> {
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
			if (query.text() != null && !query.text().isBlank()) {
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
		var sorted = query.text() == null || query.text().isBlank()
				? options.sort(f -> f.field("updated").desc())
				: options.sort(f -> f.score().then().field("updated").desc());
		for (String facet : FACETS) {
			AggregationKey<Map<Object, Long>> key = AggregationKey.of(facet);
			keys.put(facet, key);
			sorted = sorted.aggregation(key, f -> f.terms().field(facet, Object.class).maxTermCount(300));
		}
		SearchResult<Practice> result = sorted.fetch(query.limit());
		Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
		keys.forEach((facet, key) -> {
			Map<String, Long> counts = new LinkedHashMap<>();
			result.aggregation(key).forEach((value, count) -> counts.put(String.valueOf(value), count));
			facets.put(facet, counts);
		});
		return new Found(result.hits(), result.total().hitCount(), facets);
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
