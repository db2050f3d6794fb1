package org.convene.knowledge.internal;

import org.apache.lucene.analysis.ar.ArabicNormalizationFilterFactory;
import org.apache.lucene.analysis.ar.ArabicStemFilterFactory;
import org.apache.lucene.analysis.core.DecimalDigitFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.es.SpanishLightStemFilterFactory;
import org.apache.lucene.analysis.fa.PersianNormalizationFilterFactory;
import org.apache.lucene.analysis.fr.FrenchLightStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.util.ElisionFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analysers a practice's text is indexed with, one per language we ship (named by its language code), and
 * "any" for a query matched across languages:
 * <ul>
 * <li>ar — Lucene's Arabic normalisation (alef and hamza forms, ta marbuta, alef maqsura, tatweel and diacritics)
 * and light stemming (the definite article ال and common prefixes and suffixes), so "الممارسة" finds "ممارسات";</li>
 * <li>ru — the Snowball Russian stemmer, so "расследования" finds "расследование";</li>
 * <li>fr, es — elision (fr), accent folding and the light stemmers;</li>
 * <li>en — possessives and the Porter stemmer;</li>
 * <li>ur — Lucene has no Urdu stemmer: Arabic-script normalisation (Persian's, which maps the Urdu forms of
 * yeh and kaf) and digits, no stemming;</li>
 * <li>any — lower case and accent folding only.</li>
 * </ul>
 */
public class PracticeAnalysis implements LuceneAnalysisConfigurer {

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer("ar").custom().tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class).tokenFilter(DecimalDigitFilterFactory.class)
			.tokenFilter(ArabicNormalizationFilterFactory.class).tokenFilter(ArabicStemFilterFactory.class);
		context.analyzer("ru").custom().tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(SnowballPorterFilterFactory.class).param("language", "Russian");
		context.analyzer("fr").custom().tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(ElisionFilterFactory.class).tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class).tokenFilter(FrenchLightStemFilterFactory.class);
		context.analyzer("es").custom().tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class).tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(SpanishLightStemFilterFactory.class);
		context.analyzer("en").custom().tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(EnglishPossessiveFilterFactory.class).tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class).tokenFilter(PorterStemFilterFactory.class);
		context.analyzer("ur").custom().tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class).tokenFilter(DecimalDigitFilterFactory.class)
			.tokenFilter(PersianNormalizationFilterFactory.class).tokenFilter(ArabicNormalizationFilterFactory.class);
		context.analyzer("any").custom().tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class).tokenFilter(ASCIIFoldingFilterFactory.class);
	}
}
