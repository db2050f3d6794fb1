package org.convene.knowledge.internal;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The same analysers as {@link PracticeAnalysis}, with the same names, for the OpenSearch backend: OpenSearch's
 * built-in token filters are Lucene's, so each chain is the Lucene one filter for filter (French elision needs its
 * articles spelled out, which Lucene's factory has as its default).
 */
public class PracticeAnalysisOpenSearch implements ElasticsearchAnalysisConfigurer {

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.tokenFilter("convene_arabic_stem").type("stemmer").param("language", "arabic");
		context.tokenFilter("convene_russian_snowball").type("snowball").param("language", "Russian");
		context.tokenFilter("convene_french_elision").type("elision").param("articles_case", true)
			.param("articles", "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu");
		context.tokenFilter("convene_french_light").type("stemmer").param("language", "light_french");
		context.tokenFilter("convene_spanish_light").type("stemmer").param("language", "light_spanish");
		context.tokenFilter("convene_english_possessive").type("stemmer").param("language", "possessive_english");
		context.analyzer("ar").custom().tokenizer("standard")
			.tokenFilters("lowercase", "decimal_digit", "arabic_normalization", "convene_arabic_stem");
		context.analyzer("ru").custom().tokenizer("standard").tokenFilters("lowercase", "convene_russian_snowball");
		context.analyzer("fr").custom().tokenizer("standard")
			.tokenFilters("convene_french_elision", "lowercase", "asciifolding", "convene_french_light");
		context.analyzer("es").custom().tokenizer("standard")
			.tokenFilters("lowercase", "asciifolding", "convene_spanish_light");
		context.analyzer("en").custom().tokenizer("standard")
			.tokenFilters("convene_english_possessive", "lowercase", "asciifolding", "porter_stem");
		context.analyzer("ur").custom().tokenizer("standard")
			.tokenFilters("lowercase", "decimal_digit", "persian_normalization", "arabic_normalization");
		context.analyzer("any").custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding");
	}
}
