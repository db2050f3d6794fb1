package org.convene.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.convene.events.Event;
import org.convene.events.Events;
import org.convene.events.Sex;
import org.convene.events.StakeholderType;
import org.convene.interact.Activity;
import org.convene.interact.ActivityDetails;
import org.convene.interact.ActivityText;
import org.convene.interact.ActivityType;
import org.convene.interact.Deck;
import org.convene.interact.Decks;
import org.convene.interact.Live;
import org.convene.interact.LiveControls;
import org.convene.interact.Room;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's live interaction: the Vienna workshop's opening and closing quizzes with answers that
 * reproduce the counts the seed report publishes, and an open deck with the fixed join code DEMO42
 * (in every shipped language) so anyone can try the audience page at once. Runs after the demo
 * community and outside its transaction: answers are committed by the live engine's own writer.
 */
@Component
@Profile("demo")
@Order(2)
class DemoLive implements ApplicationRunner {

	static final String DEMO_CODE = "DEMO42";

	private final Events events;
	private final Decks decks;
	private final Live live;
	private final LiveControls controls;

	DemoLive(Events events, Decks decks, Live live, LiveControls controls) {
		this.events = events;
		this.decks = decks;
		this.live = live;
		this.controls = controls;
	}

	@Override
	public void run(ApplicationArguments args) {
		events.listVisible(true).stream()
			.filter(e -> e.getTitle().equals(DemoCommunity.VIENNA))
			.findFirst()
			.filter(e -> decks.forEvent(e.getId()).isEmpty())
			.ifPresent(this::viennaQuizzes);
		if (decks.byCode(DEMO_CODE).isEmpty()) {
			tryIt();
		}
		for (Event e : events.listVisible(true)) {
			boolean vienna = e.getTitle().equals(DemoCommunity.VIENNA);
			if ((vienna || e.getTitle().equals(DemoCommunity.ISLAMABAD))
					&& decks.forEvent(e.getId()).stream().noneMatch(Deck::isSelfPaced)) {
				evaluation(e, vienna);
			}
		}
	}

	/**
	 * The standard evaluation with synthetic answers. Vienna: 17 respondents whose figures are the seed
	 * report's (overall 4.4, relevance 4.6, expectations met 4.4, knowledge gained 4.5 out of 5; very
	 * helpful 59%, helpful 29%, mostly helpful 12%, partly and not helpful 0%). Islamabad: 12 respondents,
	 * all of whom felt it was a collaborative and safe environment. Sent through the questionnaire's own
	 * path ({@link Live#submitAll}), with sex and stakeholder type for the breakdowns.
	 */
	private void evaluation(Event event, boolean vienna) {
		Deck deck = decks.fromTemplate(Decks.Template.EVALUATION, Locale.ENGLISH, event.getId(), null);
		Room room = live.room(deck.getId());
		controls.control(room, LiveControls.Control.OPEN);
		List<Activity> items = room.activities().stream().map(Room.LiveActivity::activity).toList();
		// per respondent: overall, relevance, expectations, knowledge (1–5), helpfulness (option), safe (option)
		int[][] answers = vienna ? new int[][] {
				{ 5, 5, 5, 5, 0, 0 }, { 5, 5, 5, 5, 0, 0 }, { 5, 5, 5, 5, 0, 0 }, { 5, 5, 5, 5, 0, 0 },
				{ 5, 5, 5, 5, 0, 0 }, { 5, 5, 5, 5, 0, 0 }, { 5, 5, 5, 5, 0, 0 }, { 4, 5, 5, 5, 0, 0 },
				{ 4, 5, 4, 5, 0, 0 }, { 4, 5, 4, 4, 0, 0 }, { 4, 4, 4, 4, 1, 0 }, { 4, 4, 4, 4, 1, 0 },
				{ 4, 4, 4, 4, 1, 0 }, { 4, 4, 4, 4, 1, 0 }, { 4, 4, 4, 4, 1, 0 }, { 4, 4, 4, 4, 2, 0 },
				{ 4, 4, 3, 4, 2, 0 } }
				: new int[][] { { 5, 5, 5, 5, 0, 0 }, { 5, 5, 5, 4, 0, 0 }, { 5, 5, 4, 5, 0, 0 }, { 5, 4, 4, 4, 0, 0 },
						{ 4, 5, 4, 4, 1, 0 }, { 4, 5, 5, 4, 0, 0 }, { 4, 4, 4, 5, 1, 0 }, { 5, 5, 4, 4, 0, 0 },
						{ 4, 4, 5, 4, 1, 0 }, { 5, 5, 5, 5, 0, 0 }, { 4, 4, 4, 4, 1, 0 }, { 5, 4, 4, 5, 0, 0 } };
		String[] useful = vienna
				? new String[] { "Hearing how other countries set up national referral mechanisms",
						"The peer exchange on joint investigations", "Meeting counterparts from the region" }
				: new String[] { "The World Café: every table had new people", "Sharing what works between provinces" };
		String[] improve = vienna ? new String[] { "More time for the country presentations", "Share materials in advance" }
				: new String[] { "A second day for the action plan" };
		StakeholderType[] stakeholders = { StakeholderType.LAW_ENFORCEMENT,
				StakeholderType.PROSECUTION, StakeholderType.MINISTRY,
				StakeholderType.LAW_ENFORCEMENT, StakeholderType.CIVIL_SOCIETY,
				StakeholderType.PROSECUTION, StakeholderType.JUDICIARY };
		for (int i = 0; i < answers.length; i++) {
			Map<Long, Map<String, String[]>> forms = new HashMap<>();
			for (int q = 0; q < 4; q++) {
				forms.put(items.get(q).getId(), Map.of("value", new String[] { String.valueOf(answers[i][q]) }));
			}
			forms.put(items.get(4).getId(), Map.of("choice", new String[] { String.valueOf(answers[i][4]) }));
			forms.put(items.get(5).getId(), Map.of("choice", new String[] { String.valueOf(answers[i][5]) }));
			if (i < useful.length) {
				forms.put(items.get(6).getId(), Map.of("text", new String[] { useful[i] }));
			}
			if (i < improve.length) {
				forms.put(items.get(7).getId(), Map.of("text", new String[] { improve[i] }));
			}
			// Vienna: 7 women, 10 men; Islamabad: 4 women, 8 men — spread through the answers
			int n = answers.length;
			int women = vienna ? 7 : 4;
			Sex sex = (i * women) % n < women ? Sex.FEMALE
					: Sex.MALE;
			live.submitAll(room, String.format("%s-eval-%02d", vienna ? "vienna" : "islamabad", i + 1), null, forms, sex,
					stakeholders[i % stakeholders.length], false);
		}
		controls.control(room, LiveControls.Control.CLOSE);
		if (vienna) {
			selfAssessment(event);
		}
	}

	/** Vienna's self-assessment before and after: 14 answers each, knowledge rising on every statement. */
	private void selfAssessment(Event event) {
		Deck before = decks.fromTemplate(Decks.Template.SELF_ASSESSMENT, Locale.ENGLISH, event.getId(), null);
		Deck after = decks.forEvent(event.getId()).stream().filter(d -> before.getId().equals(d.getPreDeckId()))
			.findFirst().orElseThrow();
		for (Deck deck : List.of(before, after)) {
			Room room = live.room(deck.getId());
			controls.control(room, LiveControls.Control.OPEN);
			long grid = room.activities().get(0).activity().getId();
			int lift = deck == before ? 0 : 1;
			for (int i = 0; i < 14; i++) {
				Map<String, String[]> form = new HashMap<>();
				for (int k = 0; k < 4; k++) {
					form.put("grid_" + k, new String[] { String.valueOf(Math.min(5, 2 + (i + k) % 3 + lift + (lift == 1 && i % 2 == 0 ? 1 : 0))) });
				}
				live.submitAll(room, String.format("vienna-self-%s-%02d", deck == before ? "pre" : "post", i + 1), null,
						Map.of(grid, form), i % 2 == 0 ? Sex.FEMALE : Sex.MALE, null, false);
			}
			controls.control(room, LiveControls.Control.CLOSE);
		}
	}

	private void viennaQuizzes(Event vienna) {
		var agenda = events.agenda(vienna.getId());
		Long opening = agenda.stream().filter(s -> s.getTitle().equals("Formal opening")).findFirst()
			.map(s -> s.getId()).orElse(null);
		Long closing = agenda.stream().filter(s -> s.getTitle().equals("Conclusions and closure")).findFirst()
			.map(s -> s.getId()).orElse(null);
		Deck start = decks.create("Opening quiz (Mentimeter, 20 May 2019)", "en", vienna.getId(), opening);
		Activity cooperation = multiple(start, "How did GLO.ACT contribute to strengthening cooperation with other countries?",
				"Internationally, by exchanging with countries outside your region",
				"Through establishing informal networks", "By promoting sub-regional cooperation",
				"By promoting bilateral cooperation", "Through establishing formal networks");
		Activity expectations = multiple(start, "What do you expect from the Community of Practice Workshop?",
				"To learn about good practices from other countries that I could adapt and implement at home",
				"To explore synergies between participating countries",
				"To know about the next phase of the project in Asia and the Middle East",
				"To present my country’s efforts in addressing TIP and SOM");
		Deck end = decks.create("Closing quiz (Mentimeter, 21 May 2019)", "en", vienna.getId(), closing);
		Activity learned = multiple(end, "What did you get from this Workshop?",
				"I learned about good practices from other countries that I could adapt and implement",
				"I am now familiar with the next phase of the project in Asia and the Middle East",
				"I was able to present my country’s efforts in addressing TIP and SOM",
				"We explored synergies between participating states");
		// the 26 respondents of the seed report, each choosing several options
		answer(start, cooperation, "vienna-open", 26, 15, 13, 12, 11, 11);
		answer(start, expectations, "vienna-open", 26, 23, 11, 11, 9);
		answer(end, learned, "vienna-close", 26, 16, 12, 12, 9);
		for (Deck d : List.of(start, end)) {
			Room room = live.room(d.getId());
			for (int i = 0; i < room.activities().size(); i++) {
				controls.moveTo(room, i);
				controls.control(room, LiveControls.Control.SHOW);
			}
			controls.control(room, LiveControls.Control.CLOSE);
		}
	}

	private Activity multiple(Deck deck, String prompt, String... options) {
		return decks.addActivity(deck.getId(), ActivityType.MULTIPLE, new ActivityDetails(
				new ActivityText(prompt, String.join("\n", options), null, null), null, null, null, null, false, Map.of()));
	}

	/**
	 * Multiple-choice answers whose option counts are exactly {@code counts}: option k goes to a run of
	 * respondents starting where option k − 1's run ended, wrapping round, so everyone picks at least one.
	 */
	static List<String> answersWithCounts(int respondents, int... counts) {
		List<TreeSet<Integer>> chosen = new ArrayList<>();
		for (int i = 0; i < respondents; i++) {
			chosen.add(new TreeSet<>());
		}
		int start = 0;
		for (int k = 0; k < counts.length; k++) {
			for (int j = 0; j < counts[k]; j++) {
				chosen.get((start + j) % respondents).add(k);
			}
			start = (start + counts[k]) % respondents;
		}
		return chosen.stream().map(s -> s.stream().map(String::valueOf).collect(Collectors.joining(","))).toList();
	}

	private void answer(Deck deck, Activity activity, String tokenPrefix, int respondents, int... counts) {
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < respondents; i++) {
			tokens.add(String.format("%s-%02d", tokenPrefix, i + 1));
		}
		live.record(live.room(deck.getId()), activity.getId(), tokens, answersWithCounts(respondents, counts));
	}

	private void tryIt() {
		Deck deck = decks.create("Try it: a live demo", "en", null, null, DEMO_CODE);
		decks.addActivity(deck.getId(), ActivityType.SINGLE, new ActivityDetails(
				new ActivityText("Where are you joining from?", "Asia\nMiddle East\nAfrica\nEurope\nThe Americas", null,
						null), null, null, null, null, false, Map.of(
								"fr", new ActivityText("D’où participez-vous ?", "Asie\nMoyen-Orient\nAfrique\nEurope\nAmériques", null, null),
								"es", new ActivityText("¿Desde dónde participa?", "Asia\nOriente Medio\nÁfrica\nEuropa\nAméricas", null, null),
								"ar", new ActivityText("من أين تشارك؟", "آسيا\nالشرق الأوسط\nأفريقيا\nأوروبا\nالأمريكتان", null, null),
								"ru", new ActivityText("Откуда вы участвуете?", "Азия\nБлижний Восток\nАфрика\nЕвропа\nАмерика", null, null),
								"ur", new ActivityText("آپ کہاں سے شریک ہیں؟", "ایشیا\nمشرق وسطیٰ\nافریقہ\nیورپ\nامریکہ", null, null))));
		decks.addActivity(deck.getId(), ActivityType.WORDS, new ActivityDetails(
				new ActivityText("In one to three words: what makes cooperation across borders work?", null, null, null),
				null, 3, null, null, false, Map.of(
						"fr", new ActivityText("En un à trois mots : qu’est-ce qui fait fonctionner la coopération transfrontalière ?", null, null, null),
						"es", new ActivityText("En una a tres palabras: ¿qué hace que funcione la cooperación transfronteriza?", null, null, null),
						"ar", new ActivityText("في كلمة إلى ثلاث كلمات: ما الذي يجعل التعاون عبر الحدود ناجحًا؟", null, null, null),
						"ru", new ActivityText("В одном–трёх словах: что помогает трансграничному сотрудничеству?", null, null, null),
						"ur", new ActivityText("ایک سے تین الفاظ میں: سرحد پار تعاون کس چیز سے کامیاب ہوتا ہے؟", null, null, null))));
		decks.addActivity(deck.getId(), ActivityType.QUIZ, new ActivityDetails(
				new ActivityText("In which year did the UN Trafficking in Persons Protocol turn 20?", "2010\n2015\n2020\n2025",
						null, null), null, null, "2", 30, false, Map.of(
								"fr", new ActivityText("En quelle année le Protocole des Nations Unies sur la traite des personnes a-t-il eu 20 ans ?", "2010\n2015\n2020\n2025", null, null),
								"es", new ActivityText("¿En qué año cumplió 20 años el Protocolo de la ONU sobre la trata de personas?", "2010\n2015\n2020\n2025", null, null),
								"ar", new ActivityText("في أي عام أكمل بروتوكول الأمم المتحدة لمنع الاتجار بالأشخاص عشرين عامًا؟", "2010\n2015\n2020\n2025", null, null),
								"ru", new ActivityText("В каком году Протоколу ООН о торговле людьми исполнилось 20 лет?", "2010\n2015\n2020\n2025", null, null),
								"ur", new ActivityText("اقوام متحدہ کے انسانی اسمگلنگ پروٹوکول کو کس سال 20 برس ہوئے؟", "2010\n2015\n2020\n2025", null, null))));
		decks.addActivity(deck.getId(), ActivityType.SCALE, new ActivityDetails(
				new ActivityText("How useful would live polls be in your workshops?", null, "Not useful", "Very useful"), 1, 5,
				null, null, false, Map.of(
						"fr", new ActivityText("Les sondages en direct seraient-ils utiles dans vos ateliers ?", null, "Pas utile", "Très utile"),
						"es", new ActivityText("¿Qué utilidad tendrían las encuestas en vivo en sus talleres?", null, "Nada útil", "Muy útil"),
						"ar", new ActivityText("ما مدى فائدة الاستطلاعات المباشرة في ورش عملك؟", null, "غير مفيد", "مفيد جدًا"),
						"ru", new ActivityText("Насколько полезны были бы опросы на ваших семинарах?", null, "Бесполезно", "Очень полезно"),
						"ur", new ActivityText("آپ کی ورکشاپس میں براہ راست رائے شماری کتنی مفید ہو گی؟", null, "مفید نہیں", "بہت مفید"))));
		decks.addActivity(deck.getId(), ActivityType.QA, new ActivityDetails(
				new ActivityText("Questions for the organisers", null, null, null), null, null, null, null, true, Map.of(
						"fr", new ActivityText("Questions aux organisateurs", null, null, null),
						"es", new ActivityText("Preguntas para los organizadores", null, null, null),
						"ar", new ActivityText("أسئلة للمنظمين", null, null, null),
						"ru", new ActivityText("Вопросы организаторам", null, null, null),
						"ur", new ActivityText("منتظمین کے لیے سوالات", null, null, null))));
		Room room = live.room(deck.getId());
		controls.moveTo(room, 0);
		controls.control(room, LiveControls.Control.OPEN);
	}
}
