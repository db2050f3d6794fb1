package org.convene.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.convene.ConveneTest;
import org.convene.events.Objective;
import org.convene.events.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The practice search understands each language's word forms: an Arabic query finds an Arabic practice with or
 * without the definite article and with another alef or hamza form; a Russian one finds another inflection; French
 * and Spanish ignore accents and plurals. Facet counts count only what the reader may see. The same tests run on
 * OpenSearch ({@link OpenSearchPracticeSearchTest}).
 */
@ConveneTest
class PracticeSearchTest {

	static final Practices.Viewer COORDINATOR = new Practices.Viewer("coordinator@demo.convene", true);
	static final Practices.Viewer MEMBER = new Practices.Viewer("reader.search@example.org", false);

	/** The test database is shared by every test context in the JVM: the practices go in once. */
	private static final AtomicBoolean PUBLISHED = new AtomicBoolean();
	/** The contexts (one per backend) whose index has them: another backend's context indexes them again. */
	private static final Set<Class<?>> INDEXED = ConcurrentHashMap.newKeySet();

	@Autowired
	Practices practices;

	@BeforeEach
	void practices() throws InterruptedException {
		if (PUBLISHED.getAndSet(true)) {
			if (INDEXED.add(getClass())) {
				practices.reindex();
			}
			return;
		}
		INDEXED.add(getClass());
		publish("ar", "التحقيقات المالية الموازية", "تتبع الأموال في قضايا الاتجار بالأشخاص يكشف الشبكات.", "EG",
				Visibility.PUBLIC);
		publish("ru", "Совместные расследования с соседними странами",
				"Следователи двух стран ведут одно расследование и делятся доказательствами.", "KZ", Visibility.PUBLIC);
		publish("fr", "Équipes communes d’enquête", "Les enquêteurs partagent les éléments de preuve.", "SN",
				Visibility.MEMBERS);
		publish("es", "Protección de víctimas en frontera", "Los guardias fronterizos derivan a las víctimas.", "MX",
				Visibility.PUBLIC);
	}

	@Test
	void arabicFindsOtherWordFormsWithAndWithoutTheArticleAndOtherAlefForms() {
		// indexed: "التحقيقات المالية" (the investigations, financial); asked: without ال, singular, hamza on alef
		assertThat(titles(MEMBER, "تحقيقات")).contains("التحقيقات المالية الموازية");
		assertThat(titles(MEMBER, "التحقيق المالي")).contains("التحقيقات المالية الموازية");
		assertThat(titles(MEMBER, "الأموال")).as("the same word as indexed").contains("التحقيقات المالية الموازية");
		assertThat(titles(MEMBER, "الاموال")).as("bare alef for alef with hamza").contains("التحقيقات المالية الموازية");
		assertThat(titles(MEMBER, "والأموال")).as("with the conjunction و").contains("التحقيقات المالية الموازية");
		assertThat(titles(MEMBER, "الشرطة")).doesNotContain("التحقيقات المالية الموازية");
	}

	@Test
	void russianFindsAnotherInflection() {
		assertThat(titles(MEMBER, "расследованиях")).contains("Совместные расследования с соседними странами");
		assertThat(titles(MEMBER, "доказательство")).contains("Совместные расследования с соседними странами");
	}

	@Test
	void frenchAndSpanishIgnoreAccentsAndPlurals() {
		assertThat(titles(MEMBER, "equipe enquete")).contains("Équipes communes d’enquête");
		assertThat(titles(MEMBER, "victima")).contains("Protección de víctimas en frontera");
	}

	@Test
	void facetsCountOnlyWhatTheReaderMaySee() {
		Practices.Results member = practices.search(MEMBER, Practices.Filter.NONE, 200);
		Practices.Results guest = practices.search(Practices.Viewer.GUEST, Practices.Filter.NONE, 200);
		assertThat(member.count("country", "SN")).isEqualTo(1);
		assertThat(guest.count("country", "SN")).as("members only: not counted for guests").isZero();
		assertThat(guest.practices()).extracting(Practice::getTitle).doesNotContain("Équipes communes d’enquête");
		assertThat(guest.count("language", "ru")).isGreaterThanOrEqualTo(1);
		Practices.Results narrowed = practices.search(MEMBER, new Practices.Filter("enquête", "SN", CrimeType.BOTH,
				EvidenceLevel.EVALUATED, Objective.REGIONAL_COOPERATION, "fr"), 200);
		assertThat(narrowed.practices()).extracting(Practice::getTitle).containsExactly("Équipes communes d’enquête");
		assertThat(practices.search(MEMBER, new Practices.Filter(null, "SN", CrimeType.TIP, null, null, null), 200)
			.practices()).isEmpty();
	}

	@Test
	void aMatchIsShownInContextEscapedWithTheWordsMarked() {
		Practices.Results found = practices.search(MEMBER, new Practices.Filter("расследованиях", null, null, null, null,
				null), 200);
		Practice russian = found.practices().stream().filter(p -> p.getLanguage().equals("ru")).findFirst().orElseThrow();
		assertThat(found.snippets().get(russian.getId())).contains("<mark>расследование</mark>");
	}

	@Test
	void byYearNewestFirstSimilarAndTypeAheadKeepToWhatTheReaderMaySee() {
		int year = Year.now(ZoneOffset.UTC).getValue();
		Practices.Results thisYear = practices.search(MEMBER, new Practices.Filter(null, null, null, null, null, null,
				year, false), 200);
		assertThat(thisYear.practices()).extracting(Practice::getTitle).contains("Совместные расследования с соседними странами");
		assertThat(practices.search(MEMBER, new Practices.Filter(null, null, null, null, null, null, 1999, false), 200)
			.practices()).isEmpty();
		List<Practice> newest = practices.search(MEMBER, new Practices.Filter("les", null, null, null, null, null, null,
				true), 200).practices();
		assertThat(newest).isSortedAccordingTo((a, b) -> b.getUpdatedAt().compareTo(a.getUpdatedAt()));

		Practice teams = practices.search(MEMBER, new Practices.Filter("enquête", null, null, null, null, null), 200)
			.practices().getFirst();
		assertThat(practices.similar(teams, MEMBER, 3)).extracting(Practice::getId).doesNotContain(teams.getId());
		Practice russian = practices.search(MEMBER, new Practices.Filter("расследования", null, null, null, null, null), 200)
			.practices().getFirst();
		assertThat(practices.similar(russian, Practices.Viewer.GUEST, 5)).extracting(Practice::getTitle)
			.doesNotContain("Équipes communes d’enquête");

		assertThat(practices.suggest(MEMBER, "équi", 8)).contains("Équipes communes d’enquête");
		assertThat(practices.suggest(Practices.Viewer.GUEST, "équi", 8)).as("members only")
			.doesNotContain("Équipes communes d’enquête");
		assertThat(practices.suggest(MEMBER, "Совмест", 8)).contains("Совместные расследования с соседними странами");
	}

	private List<String> titles(Practices.Viewer who, String text) {
		return practices.search(who, new Practices.Filter(text, null, null, null, null, null), 200).practices().stream()
			.map(Practice::getTitle).toList();
	}

	private void publish(String language, String title, String summary, String country, Visibility visibility) {
		Practice p = practices.create("author.search@example.org", new PracticeDetails(title, summary, language,
				List.of(country), null, List.of(Objective.REGIONAL_COOPERATION), CrimeType.BOTH, null, null, null, null,
				null, null, null, null, null, EvidenceLevel.EVALUATED, null, null, null, visibility), false);
		practices.submit(p.getId(), COORDINATOR);
		practices.review(p.getId(), COORDINATOR, true, null);
	}
}
