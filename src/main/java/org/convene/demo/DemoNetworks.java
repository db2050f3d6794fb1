package org.convene.demo;

import java.util.List;

import org.convene.community.Accounts;
import org.convene.community.ContactPoints;
import org.convene.community.Networks;
import org.convene.community.Role;
import org.convene.community.Theme;
import org.convene.events.Events;
import org.convene.groups.Group;
import org.convene.groups.Groups;
import org.convene.platform.ServerSecret;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's contact points for GLO.ACT countries named in the seeds (synthetic people; Afghanistan and Kyrgyzstan
 * with one each, so their pages show the warning), a regional prosecutors' network whose meetings are the Vienna
 * and Islamabad workshops (with its own group), and a programme-wide network it belongs to ("networking the
 * networks").
 */
@Component
@Profile("demo")
@Order(6)
class DemoNetworks implements ApplicationRunner {

	private static final String COORDINATOR = "coordinator@demo.convene";

	/** Synthetic contact points: e-mail, name, country, theme. */
	private static final List<String[]> PEOPLE = List.of(
			new String[] { "cp.pk.tip@demo.convene", "Ayesha Siddiqui", "PK", "TIP" },
			new String[] { "cp.pk.som@demo.convene", "Imran Qureshi", "PK", "BOTH" },
			new String[] { "cp.af@demo.convene", "Farid Ahmadi", "AF", "BOTH" },
			new String[] { "cp.ir.1@demo.convene", "Maryam Karimi", "IR", "BOTH" },
			new String[] { "cp.ir.2@demo.convene", "Reza Hosseini", "IR", "BOTH" },
			new String[] { "cp.bd.1@demo.convene", "Nusrat Jahan", "BD", "BOTH" },
			new String[] { "cp.bd.2@demo.convene", "Tanvir Hasan", "BD", "BOTH" },
			new String[] { "cp.kg@demo.convene", "Aidana Sydykova", "KG", "TIP" });

	private final Accounts accounts;
	private final ContactPoints contacts;
	private final Networks networks;
	private final Events events;
	private final Groups groups;

	DemoNetworks(Accounts accounts, ContactPoints contacts, Networks networks, Events events, Groups groups) {
		this.groups = groups;
		this.accounts = accounts;
		this.contacts = contacts;
		this.networks = networks;
		this.events = events;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!networks.all().isEmpty()) {
			return;
		}
		for (String[] p : PEOPLE) {
			if (accounts.find(p[0]).isEmpty()) {
				accounts.create(p[0], p[1], Role.MEMBER, ServerSecret.random(24), "en");
			}
			contacts.designate(p[2], p[0], Theme.valueOf(p[3]), COORDINATOR);
		}
		long prosecutors = networks.create("Regional network of specialised prosecutors",
				"Prosecutors of neighbouring countries meet twice a year and answer each other's requests for evidence"
						+ " within days.", Theme.BOTH, List.of("PK", "AF", "IR", "BD"), COORDINATOR);
		long programme = networks.create("GLO.ACT regional cooperation",
				"The programme's networks and the countries they join.", Theme.BOTH, List.of("KG"), COORDINATOR);
		networks.addNetwork(programme, prosecutors);
		events.listVisible(true).stream()
			.filter(e -> e.getTitle().startsWith("GLO.ACT Community of Practice Workshop")
					|| e.getTitle().startsWith("GLO.ACT champions roundtable"))
			.forEach(e -> networks.addMeeting(prosecutors, e.getId()));
		long place = groups.create("Prosecutors’ network", "Requests for evidence between meetings, and the case reviews.",
				Group.Access.REQUEST, null, null, COORDINATOR);
		groups.setNetwork(place, prosecutors, COORDINATOR);
	}
}
