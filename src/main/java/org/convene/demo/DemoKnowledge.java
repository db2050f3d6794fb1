package org.convene.demo;

import java.util.List;

import org.convene.events.Objective;
import org.convene.events.Visibility;
import org.convene.knowledge.CrimeType;
import org.convene.knowledge.EvidenceLevel;
import org.convene.knowledge.Practice;
import org.convene.knowledge.PracticeDetails;
import org.convene.knowledge.Practices;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's good practices, drawn from what the seeds' workshops reported (synthetic records, written for the
 * demo): a regional prosecutors' network, the messaging group kept after a training (in French), and
 * victim-centred interviewing (in Arabic) — each reviewed by the demo coordinator and published.
 */
@Component
@Profile("demo")
@Order(4)
class DemoKnowledge implements ApplicationRunner {

	private static final String MEMBER = "member@demo.convene";
	private static final Practices.Viewer COORDINATOR = new Practices.Viewer("coordinator@demo.convene", true);

	private final Practices practices;

	DemoKnowledge(Practices practices) {
		this.practices = practices;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (practices.count() > 0) {
			return;
		}
		publish(new PracticeDetails("Regional network of specialised prosecutors",
				"Prosecutors from neighbouring countries meet twice a year and keep a **named contact point** per "
						+ "country, so a request for evidence in a trafficking case reaches a colleague the same week "
						+ "instead of waiting months for formal mutual legal assistance.",
				"en", List.of("PK", "AF", "IR"), "2019–2022", List.of(Objective.REGIONAL_COOPERATION), CrimeType.BOTH,
				"Prosecutors and investigators", "Offices of the prosecutor general", "UNODC, IOM",
				"The network's secretariat", "- Two meetings a year\n- A shared contact list\n- Joint case reviews",
				"Requests answered within days; two joint investigations opened.",
				"Turnover of contact points: the list went stale within a year without a keeper.",
				"Keep two contact points per country, and one person who keeps the list.",
				"Name two contact points per country and meet twice a year.", EvidenceLevel.MONITORED, null,
				"A prosecution service willing to name contact points, and a secretariat that keeps the list.", null,
				Visibility.PUBLIC));
		publish(new PracticeDetails("Un groupe de messagerie conservé après la formation",
				"Après la formation, les participants de plusieurs pays ont gardé un groupe d’échange pour partager "
						+ "des bonnes pratiques et poser des questions sur des cas concrets.",
				"fr", List.of("NE", "ML"), "2020–2021", List.of(Objective.CAPACITY_BUILDING), CrimeType.SOM,
				"Agents de police et magistrats", "Ministère de la Justice", null, null, null,
				"Des réponses rapides entre pairs ; des contacts qui durent après la formation.",
				"Les numéros de téléphone étaient visibles de tous ; ce qui s’y disait se perdait.",
				"Un espace modéré, qui garde la mémoire des échanges, vaut mieux qu’un groupe de messagerie.",
				"Garder le contact après la formation, dans un espace modéré.", EvidenceLevel.ANECDOTAL, null, null,
				null, Visibility.MEMBERS));
		publish(new PracticeDetails("المقابلة المتمحورة حول الضحية",
				"يُجري محققون مدرَّبون مقابلة واحدة مسجَّلة مع الضحية بحضور أخصائي دعم، بدلًا من مقابلات متكررة.",
				"ar", List.of("EG", "JO"), "2021", List.of(Objective.PROTECTION_OF_VICTIMS), CrimeType.TIP,
				"الضحايا والشهود", "وحدة مكافحة الاتجار بالبشر", null, null, null,
				"شهادات أكثر اتساقًا وعدد أقل من الضحايا الذين ينسحبون من القضية.",
				"نقص الغرف المجهزة للمقابلات خارج العاصمة.", "التدريب المشترك للمحققين وأخصائيي الدعم ضروري.",
				"مقابلة واحدة مسجَّلة بحضور أخصائي دعم.", EvidenceLevel.EVALUATED, null,
				"غرفة مقابلات مجهزة ومحققون مدرَّبون.", null, Visibility.PUBLIC));
	}

	private void publish(PracticeDetails details) {
		Practice p = practices.create(MEMBER, details, false);
		practices.submit(p.getId(), COORDINATOR);
		practices.review(p.getId(), COORDINATOR, true, null);
	}
}
