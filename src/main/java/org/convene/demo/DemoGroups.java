package org.convene.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.convene.community.Directory;
import org.convene.community.JoinRequestDetails;
import org.convene.community.JoinRequests;
import org.convene.community.MemberProfile;
import org.convene.community.ProfileField;
import org.convene.events.StakeholderType;
import org.convene.groups.Group;
import org.convene.groups.Groups;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's member profiles (for the directory) and groups — the Vienna 2019 cohort (open) and the Islamabad champions (by request) — with a few
 * discussions in English, French and Urdu, and one request to join from Pakistan waiting for a coordinator
 * (synthetic people).
 */
@Component
@Profile("demo")
@Order(5)
class DemoGroups implements ApplicationRunner {

	private static final String COORDINATOR = "coordinator@demo.convene";
	private static final String MEMBER = "member@demo.convene";

	private final Groups groups;
	private final JoinRequests requests;
	private final Directory directory;

	DemoGroups(Groups groups, JoinRequests requests, Directory directory) {
		this.directory = directory;
		this.groups = groups;
		this.requests = requests;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!groups.visibleTo(COORDINATOR).isEmpty()) {
			return;
		}
		directory.update(MEMBER, new MemberProfile("Federal Investigation Agency", "PK", StakeholderType.LAW_ENFORCEMENT,
				"Deputy director, anti-trafficking circle", List.of("en", "ur"),
				List.of("victim identification", "joint investigations"), "Leads the anti-trafficking circle in Lahore.",
				true, EnumSet.of(ProfileField.ORGANISATION, ProfileField.COUNTRY, ProfileField.STAKEHOLDER,
						ProfileField.JOB_TITLE, ProfileField.LANGUAGES, ProfileField.EXPERTISE)));
		directory.update(COORDINATOR, new MemberProfile("UNODC", "AT", StakeholderType.INTERNATIONAL_ORGANISATION,
				"Programme coordinator", List.of("en", "fr", "ru"), List.of("regional cooperation", "training"), null,
				true, EnumSet.allOf(ProfileField.class)));
		long vienna = groups.create("Vienna 2019 cohort",
				"The participants of the Vienna Community of Practice workshop (May 2019): keep sharing what works.",
				Group.Access.OPEN, null, null, COORDINATOR);
		groups.join(vienna, MEMBER);
		long jit = groups.startTopic(vienna, "Setting up a joint investigation team with a neighbour",
				"We are preparing a JIT on a smuggling route. Which template for the agreement did you use, and who "
						+ "signed it on your side?", MEMBER);
		groups.reply(vienna, jit, "@Demo member we used the **Eurojust model agreement**, adapted: the prosecutor "
				+ "general signed, with the police as partner. Two months from first call to signature.", COORDINATOR);
		long fr = groups.startTopic(vienna, "Garder le contact après la formation",
				"Comment faites-vous vivre le réseau entre deux ateliers ? Chez nous, un point de contact par pays "
						+ "envoie un message chaque mois.", COORDINATOR);
		groups.reply(vienna, fr, "Bonne idée : nous faisons pareil, avec un court résumé des cas en cours.", MEMBER);

		long islamabad = groups.create("Islamabad champions",
				"Champions of the Islamabad workshop (2022) who carry the victim-centred approach in their agencies.",
				Group.Access.REQUEST, "PK", null, COORDINATOR);
		groups.invite(islamabad, MEMBER, COORDINATOR);
		groups.join(islamabad, MEMBER);
		groups.startTopic(islamabad, "متاثرین پر مرکوز انٹرویو کی تربیت",
				"ہم نے اپنے دفتر میں دو روزہ تربیت کی۔ اگلے ماہ کے لیے کوئی اچھا کیس اسٹڈی تجویز کریں؟", MEMBER);

		requests.submit(new JoinRequestDetails("sana.demo@example.org", "Sana Demo", "Federal Investigation Agency",
				"PK", StakeholderType.LAW_ENFORCEMENT, "Assistant director", MEMBER, null,
				"I coordinate the anti-trafficking circle and took part in the Islamabad café."), Locale.ENGLISH);
	}
}
