package org.convene.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.convene.ConveneTest;
import org.convene.platform.UserError;
import org.convene.platform.notify.Notifications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Contact points and networks: a country with fewer than two contact points for a theme says so; only the
 * coordinators for a country designate its contact points (and the person is told); a deactivated contact point
 * is no longer listed; a network cannot, through others, belong to itself.
 */
@ConveneTest
class NetworksTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	ContactPoints contacts;

	@Autowired
	Networks networks;

	@Autowired
	Notifications notifications;

	@Test
	void aCountryWithFewerThanTwoContactPointsPerThemeSaysSo() throws Exception {
		Account first = accounts.create("cp.uz.1@example.org", "Dilnoza First", Role.MEMBER, "a-long-password", "ru");
		Account second = accounts.create("cp.uz.2@example.org", "Bekzod Second", Role.MEMBER, "a-long-password", "ru");
		assertThat(contacts.gaps("UZ")).isEqualTo(Map.of(Theme.TIP, 0L, Theme.SOM, 0L));
		contacts.designate("UZ", first.getEmail(), Theme.BOTH, "coordinator@demo.convene");
		contacts.designate("UZ", second.getEmail(), Theme.TIP, "coordinator@demo.convene");
		assertThat(contacts.gaps("UZ")).isEqualTo(Map.of(Theme.SOM, 1L));
		assertThat(notifications.recent(first.getEmail(), 1)).extracting(Notifications.Notification::messageKey)
			.containsExactly("contacts.notify.designated");
		String page = mvc.perform(get("/countries/UZ").with(user("member@demo.convene").roles("MEMBER"))
			.header("Accept-Language", "fr")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Dilnoza First", "Bekzod Second",
				"Seulement 1 point(s) de contact pour le trafic illicite de migrants");
		assertThatThrownBy(() -> contacts.designate("UZ", second.getEmail(), Theme.TIP, "coordinator@demo.convene"))
			.isInstanceOf(UserError.class).hasMessage("contacts.error.already");

		// a coordinator for Austria only designates nothing in Uzbekistan; a member neither
		Account austrian = accounts.create("coordinator.at.cp@example.org", "AT coordinator", Role.COORDINATOR,
				"a-long-password", "de");
		accounts.setCoordinatesCountries(austrian.getId(), Set.of("AT"));
		assertThatThrownBy(() -> contacts.designate("UZ", first.getEmail(), Theme.SOM, austrian.getEmail()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> contacts.designate("UZ", first.getEmail(), Theme.SOM, "member@demo.convene"))
			.isInstanceOf(AccessDeniedException.class);

		// a deactivated contact point is no longer one
		accounts.setActive(second.getId(), false, "admin@demo.convene");
		assertThat(contacts.of("UZ")).extracting(ContactPoints.ContactPoint::name).containsExactly("Dilnoza First");
		assertThat(contacts.gaps("UZ")).isEqualTo(Map.of(Theme.TIP, 1L, Theme.SOM, 1L));
	}

	@Test
	void anAdministratorLimitsACoordinatorToSomeCountries() throws Exception {
		Account coordinator = accounts.create("scoped.coordinator@example.org", "Scoped", Role.COORDINATOR,
				"a-long-password", "en");
		var admin = user("admin@demo.convene").roles("ADMIN");
		mvc.perform(post("/admin/accounts/" + coordinator.getId() + "/countries").with(csrf()).with(admin)
			.param("countries", "pk, af"));
		assertThat(accounts.find(coordinator.getEmail()).orElseThrow().getCoordinatesCountries())
			.containsExactly("AF", "PK");
		assertThat(contacts.designates("PK", coordinator.getEmail())).isTrue();
		assertThat(contacts.designates("UZ", coordinator.getEmail())).isFalse();
		mvc.perform(post("/admin/accounts/" + coordinator.getId() + "/countries").with(csrf()).with(admin)
			.param("countries", "PK, Pakistan"));
		assertThat(accounts.find(coordinator.getEmail()).orElseThrow().getCoordinatesCountries())
			.as("a wrong code changes nothing").containsExactly("AF", "PK");
		mvc.perform(post("/admin/accounts/" + coordinator.getId() + "/countries").with(csrf()).with(admin)
			.param("countries", ""));
		assertThat(contacts.designates("UZ", coordinator.getEmail())).as("empty: every country").isTrue();
	}

	@Test
	void networksContainNetworksButNeverThemselves() {
		long region = networks.create("Test region", null, Theme.TIP, List.of("PK", "AF", "ZZ"), "coordinator@demo.convene");
		long sub = networks.create("Test sub-region", null, Theme.TIP, List.of("AF"), "coordinator@demo.convene");
		long subSub = networks.create("Test sub-sub-region", null, Theme.TIP, List.of(), "coordinator@demo.convene");
		assertThat(networks.get(region).countries()).containsExactly("AF", "PK");
		networks.addNetwork(region, sub);
		networks.addNetwork(sub, subSub);
		assertThatThrownBy(() -> networks.addNetwork(subSub, region)).isInstanceOf(UserError.class)
			.hasMessage("networks.error.cycle");
		assertThatThrownBy(() -> networks.addNetwork(region, region)).isInstanceOf(UserError.class);
		assertThat(networks.partOf(sub)).containsExactly(region);
		assertThat(networks.ofCountry("AF")).extracting(Networks.Network::id).contains(region, sub);
	}
}
