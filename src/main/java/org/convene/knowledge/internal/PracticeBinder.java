package org.convene.knowledge.internal;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.convene.knowledge.Practice;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * How a practice is indexed: all its text in the field of its own language ("text_ar", …, analysed as that language,
 * see {@link PracticeAnalysis}) and in "text_any"; and keyword fields for the facets and for who may see it
 * (country and objective many-valued; crime, evidence, language, status, visibility, author, year), and "updated"
 * to sort by. One binder, so the fields and what they are made from are declared in one place.
 */
public class PracticeBinder implements TypeBinder {

	/** The languages with an analyser of their own (the languages Convene ships). */
	public static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar", "ru", "ur");

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies().use("title").use("summary").use("activities").use("results").use("challenges")
			.use("lessons").use("takeaway").use("transferability").use("targetGroup").use("organisation")
			.use("partners").use("period").use("language").use("countries").use("objectives").use("crimeType")
			.use("evidenceLevel").use("status").use("visibility").use("author").use("publishedAt").use("updatedAt");
		IndexSchemaElement schema = context.indexSchemaElement();
		Map<String, IndexFieldReference<String>> texts = new HashMap<>();
		for (String language : LANGUAGES) {
			texts.put(language, schema.field("text_" + language, f -> f.asString().analyzer(language)
				.highlightable(List.of(Highlightable.ANY))).toReference());
		}
		Fields fields = new Fields(texts, schema.field("text_any", f -> f.asString().analyzer("any")
			.highlightable(List.of(Highlightable.ANY))).toReference(),
				keyword(schema, "country", true), keyword(schema, "objective", true), keyword(schema, "crimeType", false),
				keyword(schema, "evidence", false), keyword(schema, "language", false), keyword(schema, "status", false),
				keyword(schema, "visibility", false), keyword(schema, "author", false),
				schema.field("year", f -> f.asInteger().aggregable(Aggregable.YES)).toReference(),
				schema.field("updated", f -> f.asLong().sortable(Sortable.YES)).toReference());
		context.bridge(Practice.class, new Bridge(fields));
	}

	private static IndexFieldReference<String> keyword(IndexSchemaElement schema, String name, boolean many) {
		var field = schema.field(name, f -> f.asString().aggregable(Aggregable.YES));
		return many ? field.multiValued().toReference() : field.toReference();
	}

	private record Fields(Map<String, IndexFieldReference<String>> texts, IndexFieldReference<String> any,
			IndexFieldReference<String> country, IndexFieldReference<String> objective,
			IndexFieldReference<String> crimeType, IndexFieldReference<String> evidence,
			IndexFieldReference<String> language, IndexFieldReference<String> status,
			IndexFieldReference<String> visibility, IndexFieldReference<String> author, IndexFieldReference<Integer> year,
			IndexFieldReference<Long> updated) {
	}

	private record Bridge(Fields fields) implements TypeBridge<Practice> {

		@Override
		public void write(DocumentElement target, Practice p, TypeBridgeWriteContext context) {
			String text = Stream.of(p.getTitle(), p.getSummary(), p.getTakeaway(), p.getActivities(), p.getResults(),
					p.getChallenges(), p.getLessons(), p.getTransferability(), p.getTargetGroup(), p.getOrganisation(),
					p.getPartners(), p.getPeriod()).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining("\n"));
			IndexFieldReference<String> own = fields.texts().get(p.getLanguage());
			if (own != null) {
				target.addValue(own, text);
			}
			target.addValue(fields.any(), text);
			p.countryList().forEach(c -> target.addValue(fields.country(), c));
			p.objectiveList().forEach(o -> target.addValue(fields.objective(), o.name()));
			target.addValue(fields.crimeType(), p.getCrimeType().name());
			target.addValue(fields.evidence(), p.getEvidenceLevel().name());
			target.addValue(fields.language(), p.getLanguage());
			target.addValue(fields.status(), p.getStatus().name());
			target.addValue(fields.visibility(), p.getVisibility().name());
			target.addValue(fields.author(), p.getAuthor().toLowerCase(Locale.ROOT));
			if (p.getPublishedAt() != null) {
				target.addValue(fields.year(), p.getPublishedAt().atZone(ZoneOffset.UTC).getYear());
			}
			target.addValue(fields.updated(), p.getUpdatedAt().toEpochMilli());
		}
	}
}
