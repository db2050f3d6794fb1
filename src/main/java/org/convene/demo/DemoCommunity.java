package org.convene.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.convene.community.Accounts;
import org.convene.community.Role;
import org.convene.events.Event;
import org.convene.events.EventDetails;
import org.convene.events.Events;
import org.convene.events.Objective;
import org.convene.events.Participant;
import org.convene.events.ParticipantDetails;
import org.convene.events.SessionDetails;
import org.convene.events.SessionKind;
import org.convene.events.Sex;
import org.convene.events.StakeholderType;
import org.convene.events.Visibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo community once (it is kept in the data directory and not loaded twice): the demo
 * accounts, the 2019 Vienna community-of-practice workshop and the 2022 Islamabad champions
 * roundtable. Presenters are named by role and organisation; participants are synthetic, with the
 * counts the seeds publish.
 */
@Component
@Profile("demo")
@Order(1)
public class DemoCommunity implements ApplicationRunner {

	static final String VIENNA = "GLO.ACT Community of Practice Workshop — Peer to peer exchange";
	static final String ISLAMABAD = "GLO.ACT champions roundtable (World Café)";

	record DemoAccount(String email, String password, String name, Role role) {
	}

	static final List<DemoAccount> ACCOUNTS = List.of(
			new DemoAccount("admin@demo.convene", "demo-admin", "Demo administrator", Role.ADMIN),
			new DemoAccount("coordinator@demo.convene", "demo-coordinator", "Demo coordinator", Role.COORDINATOR),
			new DemoAccount("member@demo.convene", "demo-member", "Demo member", Role.MEMBER));

	/**
	 * The demo administrator's two-factor key (administrators must have one): RFC 6238's own test key, printed with
	 * the demo accounts so anyone trying the demo can add it to an authenticator app. Never use a known key elsewhere.
	 */
	public static final String ADMIN_TWO_FACTOR_KEY = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

	private static final Logger log = LoggerFactory.getLogger(DemoCommunity.class);

	private final Accounts accounts;
	private final Events events;
	private final Environment environment;

	DemoCommunity(Accounts accounts, Events events, Environment environment) {
		this.accounts = accounts;
		this.events = events;
		this.environment = environment;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		for (DemoAccount a : ACCOUNTS) {
			if (accounts.find(a.email()).isEmpty()) {
				accounts.create(a.email(), a.name(), a.role(), a.password(), "en");
				if (a.role() == Role.ADMIN) {
					accounts.presetTwoFactor(a.email(), ADMIN_TWO_FACTOR_KEY);
				}
			}
		}
		List<String> titles = events.listVisible(true).stream().map(Event::getTitle).toList();
		if (!titles.contains(VIENNA)) {
			vienna();
		}
		if (!titles.contains(ISLAMABAD)) {
			islamabad();
		}
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		StringBuilder signIn = new StringBuilder("\n\n  Convene demo community loaded. Sign in at http://localhost:" + port
				+ "/login with:\n");
		ACCOUNTS.forEach(a -> signIn.append(String.format("    %-26s %-18s (%s)%n", a.email(), a.password(), a.role())));
		signIn.append("  The administrator signs in with a second factor: add the key " + ADMIN_TWO_FACTOR_KEY
				+ "\n  to an authenticator app (TOTP, 6 digits, 30 s) and type the code it shows.\n");
		log.info(signIn.toString());
	}

	private void vienna() {
		Event e = events.create(new EventDetails(VIENNA, LocalDate.of(2019, 5, 20), LocalDate.of(2019, 5, 21),
				"Europe/Vienna", "Room C06, Vienna International Centre, Vienna, Austria", null, List.of("en"),
				"""
				The Global Action to Prevent and Address Trafficking in Persons and the Smuggling of Migrants (GLO.ACT) \
				is a multi-year joint initiative by the European Union (EU) and the United Nations Office on Drugs and \
				Crime (UNODC), launched in 2015 and implemented in partnership with IOM and UNICEF in 13 countries: \
				Belarus, Brazil, Colombia, Egypt, the Kyrgyz Republic, Lao PDR, Mali, Morocco, Nepal, Niger, Pakistan, \
				South Africa and Ukraine.
				GLO.ACT Asia and the Middle East (2018–2022) builds on the global community of practice set in motion \
				in the first phase, in Afghanistan, Bangladesh, Iran, Iraq and Pakistan.""",
				"""
				Formally introduce the next phase of the project: GLO.ACT Asia and the Middle East.
				Acknowledge the efforts of partner governments in addressing TIP and SOM across all six project objectives.
				Facilitate dialogue and information exchange between the countries.
				Promote joined-up thinking around patterns of movement and exploitation and the most effective responses.
				Explore synergies between the first and second phase countries.
				Identify concrete inputs for the workplans in GLO.ACT Asia and the Middle East countries.""",
				Visibility.PUBLIC));
		long id = e.getId();
		session(id, 20, "14:30", "15:00", "Formal opening", SessionKind.OPENING, null,
				"Chief, Human Trafficking and Migrant Smuggling Section, UNODC", """
				Director, Division of Treaty Affairs, UNODC
				EU Anti-Trafficking Coordinator, European Union
				Regional Representative, Regional Office for the Middle East and North Africa, UNODC
				GLO.ACT Asia and the Middle East Coordinator, UNODC
				Migrant Protection and Assistance Specialist, IOM
				GLO.ACT Coordinator, UNODC""");
		session(id, 20, "15:00", "16:30", "Introduction to GLO.ACT and GLO.ACT Asia and the Middle East",
				SessionKind.SESSION, null, "GLO.ACT Asia and the Middle East Coordinator, UNODC", """
				Former GLO.ACT Asia and the Middle East Coordinator, UNODC
				GLO.ACT Coordinator, UNODC
				Partner country delegations: Afghanistan, Iraq, Pakistan
				International partners, ICMPD""");
		session(id, 21, "09:00", "10:15", "Session 1: Legislative assistance", SessionKind.SESSION,
				Objective.LEGISLATIVE_ASSISTANCE, "GLO.ACT Crime Prevention and Criminal Justice Officer, UNODC", """
				Director (UN-I), Ministry of Foreign Affairs of Pakistan
				Drug Control and Crime Prevention Officer, UNODC""");
		session(id, 21, "10:15", "10:30", "Coffee break", SessionKind.BREAK, null, null, null);
		session(id, 21, "10:30", "11:45", "Session 2: Strategy and policy development", SessionKind.SESSION,
				Objective.STRATEGY_AND_POLICY, "GLO.ACT Change Management Expert", """
				Coordinator, Department to Combat Trafficking in Persons, Ministry of Justice of Brazil
				Director-General, Department of Justice and Constitutional Development, South Africa
				Minister Counsellor, Ministry of Foreign Affairs of Colombia
				Deputy Director, State Agency for Youth Affairs, Physical Culture and Sports, Kyrgyz Republic""");
		session(id, 21, "11:45", "13:00", "Session 3: Capacity building", SessionKind.SESSION,
				Objective.CAPACITY_BUILDING, "GLO.ACT Communications Expert", """
				Prosecutor, Head of Unit, Presidency of the Prosecutor General’s Office, Morocco
				Member of the Technical Secretariat, National Coordinating Committee (NCCPIM-TIP), Egypt
				National Project Officer, UNODC Liaison and Partnership Office in Mexico
				Senior Training Specialist, Academy of the Ministry of the Interior of Belarus""");
		session(id, 21, "13:00", "14:00", "Lunch", SessionKind.BREAK, null, null, null);
		session(id, 21, "14:00", "15:00", "Session 4: Regional and trans-regional cooperation", SessionKind.SESSION,
				Objective.REGIONAL_COOPERATION, "Chief, Implementation Support Section, UNODC", """
				Prosecutor specialised in TIP and SOM, Spain (REDTRAM)
				Criminal Justice and Crime Prevention Officer, UNODC""");
		session(id, 21, "15:00", "16:00",
				"Session 5: Protection and assistance to victims of trafficking and smuggled migrants, including children",
				SessionKind.SESSION, Objective.PROTECTION_OF_VICTIMS,
				"Member, UN Advisory Board on Sexual Exploitation and Abuse; former UN Special Rapporteur on Trafficking in Persons",
				"""
				Migrant Protection and Assistance Specialist, IOM
				Manager, Lawrence House, South Africa
				Child Protection, UNICEF Lao PDR
				Deputy Director, Division of Child Protection, Ministry of Labour and Social Welfare, Lao PDR
				GLO.ACT National Project Officer, Niger""");
		session(id, 21, "16:00", "16:30", "Conclusions and closure", SessionKind.CLOSING, null, null, """
				Chief, Organized Crime Branch, UNODC
				Programme Manager, European Union, DG DEVCO
				Migrant Protection and Assistance Specialist, IOM
				GLO.ACT Coordinator, UNODC
				GLO.ACT Asia and the Middle East Coordinator, UNODC""");
		// 26 synthetic participants: the number who answered the opening quiz in the seed report. The seed
		// publishes no sex split for Vienna, so the synthetic one alternates (13 female, 13 male).
		String[] countries = { "PK", "AF", "IQ", "BD", "BR", "CO", "ZA", "KG", "MA", "EG", "BY", "LA", "NE", "MX",
				"UA", "NP", "ML", "AT", "AT", "AT", "AT", "PK", "IQ", "AF", "ZA", "BR" };
		StakeholderType[] types = { StakeholderType.MINISTRY, StakeholderType.MINISTRY, StakeholderType.LAW_ENFORCEMENT,
				StakeholderType.MINISTRY, StakeholderType.MINISTRY, StakeholderType.MINISTRY, StakeholderType.MINISTRY,
				StakeholderType.MINISTRY, StakeholderType.PROSECUTION, StakeholderType.MINISTRY,
				StakeholderType.LAW_ENFORCEMENT, StakeholderType.MINISTRY, StakeholderType.INTERNATIONAL_ORGANISATION,
				StakeholderType.INTERNATIONAL_ORGANISATION, StakeholderType.MINISTRY, StakeholderType.MINISTRY,
				StakeholderType.MINISTRY, StakeholderType.INTERNATIONAL_ORGANISATION,
				StakeholderType.INTERNATIONAL_ORGANISATION, StakeholderType.INTERNATIONAL_ORGANISATION,
				StakeholderType.DONOR, StakeholderType.LAW_ENFORCEMENT, StakeholderType.JUDICIARY,
				StakeholderType.CIVIL_SOCIETY, StakeholderType.CIVIL_SOCIETY, StakeholderType.PROSECUTION };
		for (int i = 0; i < countries.length; i++) {
			Sex sex = i % 2 == 0 ? Sex.FEMALE : Sex.MALE;
			participant(id, String.format("Vienna delegate %02d (synthetic)", i + 1), "Delegation of " + countries[i],
					types[i], countries[i], sex, i % 5 != 4);
		}
	}

	private void islamabad() {
		Event e = events.create(new EventDetails(ISLAMABAD, LocalDate.of(2022, 8, 25), LocalDate.of(2022, 8, 25),
				"Asia/Karachi", "Islamabad, Pakistan", null, List.of("en", "ur"),
				"""
				The transition from consultation to partnership to ownership lies at the heart of UNODC’s approach to \
				implementing the EU-funded GLO.ACT Asia and the Middle East project in Pakistan. To better understand \
				what works and what does not, GLO.ACT held a champions roundtable based on a World Café approach.""",
				"""
				Understand successes in countering human trafficking and migrant smuggling through GLO.ACT.
				Identify existing barriers and solutions.
				Round 1 — the past; round 2 — the present, connecting ideas; round 3 — the future, creating forward momentum.""",
				Visibility.PUBLIC));
		long id = e.getId();
		LocalDate day = e.getStartDate();
		sessionOn(id, day, "09:30", "10:00", "Welcome and purpose of the roundtable", SessionKind.OPENING, null,
				"National Project Officer, UNODC Pakistan", null);
		sessionOn(id, day, "10:00", "10:45", "World Café round 1: the past", SessionKind.DISCUSSION, null,
				"National Project Officer, UNODC Pakistan", null);
		sessionOn(id, day, "10:45", "11:30", "World Café round 2: the present — connecting ideas",
				SessionKind.DISCUSSION, null, "National Project Officer, UNODC Pakistan", null);
		sessionOn(id, day, "11:30", "12:15", "World Café round 3: the future — forward momentum",
				SessionKind.DISCUSSION, null, "National Project Officer, UNODC Pakistan", null);
		sessionOn(id, day, "12:15", "12:45", "Harvest, survey and closing", SessionKind.CLOSING, null,
				"National Project Officer, UNODC Pakistan", null);
		// 15 synthetic participants, 5 female and 10 male, as the seed reports.
		Object[][] people = { { "Federal Investigation Agency", StakeholderType.LAW_ENFORCEMENT, Sex.FEMALE },
				{ "Federal Investigation Agency", StakeholderType.LAW_ENFORCEMENT, Sex.MALE },
				{ "Federal Investigation Agency", StakeholderType.LAW_ENFORCEMENT, Sex.MALE },
				{ "Federal Investigation Agency", StakeholderType.LAW_ENFORCEMENT, Sex.MALE },
				{ "Federal Investigation Agency", StakeholderType.LAW_ENFORCEMENT, Sex.FEMALE },
				{ "Punjab Police", StakeholderType.LAW_ENFORCEMENT, Sex.MALE },
				{ "Sindh Police", StakeholderType.LAW_ENFORCEMENT, Sex.MALE },
				{ "Khyber Pakhtunkhwa Police", StakeholderType.LAW_ENFORCEMENT, Sex.FEMALE },
				{ "Balochistan Police", StakeholderType.LAW_ENFORCEMENT, Sex.MALE },
				{ "District Judiciary", StakeholderType.JUDICIARY, Sex.MALE },
				{ "District Judiciary", StakeholderType.JUDICIARY, Sex.FEMALE },
				{ "Judicial Academy", StakeholderType.JUDICIARY, Sex.MALE },
				{ "Civil society organisation", StakeholderType.CIVIL_SOCIETY, Sex.FEMALE },
				{ "Civil society organisation", StakeholderType.CIVIL_SOCIETY, Sex.MALE },
				{ "Civil society organisation", StakeholderType.CIVIL_SOCIETY, Sex.MALE } };
		for (int i = 0; i < people.length; i++) {
			participant(id, String.format("Roundtable champion %02d (synthetic)", i + 1), (String) people[i][0],
					(StakeholderType) people[i][1], "PK", (Sex) people[i][2], true);
		}
	}

	private void session(long eventId, int mayDay, String start, String end, String title, SessionKind kind,
			Objective objective, String moderator, String presenters) {
		sessionOn(eventId, LocalDate.of(2019, 5, mayDay), start, end, title, kind, objective, moderator, presenters);
	}

	private void sessionOn(long eventId, LocalDate day, String start, String end, String title, SessionKind kind,
			Objective objective, String moderator, String presenters) {
		events.addSession(eventId, new SessionDetails(LocalDateTime.of(day, LocalTime.parse(start)),
				LocalDateTime.of(day, LocalTime.parse(end)), title, kind, objective, moderator,
				presenters == null ? null : presenters.strip(), null));
	}

	private void participant(long eventId, String name, String organisation, StakeholderType type, String country,
			Sex sex, boolean listed) {
		events.register(eventId, new ParticipantDetails(name, organisation, type, country, "Delegate", sex, null,
				listed, listed ? "Synthetic demo participant; no real person." : null), Participant.Source.DEMO);
	}
}
