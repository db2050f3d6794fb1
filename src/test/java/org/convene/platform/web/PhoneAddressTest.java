package org.convene.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.convene.ConveneTest;
import org.convene.cafe.Cafes;
import org.convene.events.Events;
import org.convene.platform.ConveneProperties;
import org.convene.platform.UserError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Phones must reach the server: opened as http://localhost:8080, the projector, its QR code and the seat cards
 * name an address on the room's network, which a coordinator can change in one click and which is kept.
 */
@ConveneTest
class PhoneAddressTest {

	static final RequestPostProcessor COORDINATOR = user("coordinator@demo.convene").roles("COORDINATOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	PhoneAddress phoneAddress;

	@Autowired
	ConveneProperties properties;

	@Autowired
	Events events;

	@Autowired
	Cafes cafes;

	@AfterEach
	void forget() {
		phoneAddress.choose(null);
	}

	@Test
	void loopbackAddressesAreRecognised() {
		assertThat(PhoneAddress.isLoopback("http://localhost:8080")).isTrue();
		assertThat(PhoneAddress.isLoopback("http://127.0.0.1:8080")).isTrue();
		assertThat(PhoneAddress.isLoopback("http://[::1]:8080")).isTrue();
		assertThat(PhoneAddress.isLoopback("http://192.168.1.20:8080")).isFalse();
		assertThat(PhoneAddress.isLoopback("https://convene.example.org")).isFalse();
	}

	@Test
	void openedAsLocalhostPhonesGetANetworkAddressOrTheChosenOne() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/decks/1/present");
		request.setServerName("localhost");
		request.setServerPort(8080);
		request.setLocalPort(8080);
		var candidates = phoneAddress.candidates("http", 8080);
		assertThat(candidates).allMatch(c -> !PhoneAddress.isLoopback(c));
		if (!candidates.isEmpty()) {
			assertThat(phoneAddress.of(request)).isEqualTo(candidates.getFirst());
		}
		phoneAddress.choose("http://192.168.1.20:8080/");
		assertThat(phoneAddress.of(request)).isEqualTo("http://192.168.1.20:8080");
		// kept across a restart: a new instance reads it back from the data folder
		assertThat(new PhoneAddress(properties).of(request)).isEqualTo("http://192.168.1.20:8080");
		assertThat(Files.exists(properties.dataDir().resolve("phone-address.txt"))).isTrue();
		// a browser that already used a network address keeps it only when nothing was chosen
		phoneAddress.choose(null);
		request.setServerName("10.0.0.7");
		assertThat(phoneAddress.of(request)).isEqualTo("http://10.0.0.7:8080");
	}

	@Test
	void onlyAWebAddressWithoutAPathCanBeChosen() {
		for (String bad : new String[] { "ftp://192.168.1.20", "192.168.1.20", "http://x/j", "javascript:alert(1)",
				"http://a?b=c" }) {
			assertThatThrownBy(() -> phoneAddress.choose(bad)).as(bad).isInstanceOf(UserError.class);
		}
	}

	@Test
	void theProjectorOffersTheChoiceWarnsOnLoopbackAndUsesTheChosenAddressInItsQrCode() throws Exception {
		phoneAddress.choose("http://localhost:8080");
		String page = mvc.perform(get("/decks/1/present").with(COORDINATOR)).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("Phones cannot reach http://localhost:8080")
			.contains("Phones will use http://localhost:8080 — change");
		var response = mvc.perform(post("/phone-address").param("address", "http://192.168.1.20:8080")
			.param("back", "/decks/1/present").with(COORDINATOR).with(csrf())).andReturn().getResponse();
		assertThat(response.getRedirectedUrl()).isEqualTo("/decks/1/present");
		page = mvc.perform(get("/decks/1/present").with(COORDINATOR)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("<bdi>http://192.168.1.20:8080/j</bdi>").contains("<title>http://192.168.1.20:8080/j/")
			.doesNotContain("Phones cannot reach");
		// a choice from another site's page goes nowhere else
		response = mvc.perform(post("/phone-address").param("address", "http://192.168.1.21:8080")
			.param("back", "//evil.example/").with(COORDINATOR).with(csrf())).andReturn().getResponse();
		assertThat(response.getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void seatCardsCarryTheFullAddress() throws Exception {
		phoneAddress.choose("http://192.168.1.20:8080");
		long cafeId = cafes.forEvent(events.listVisible(true).stream()
			.filter(e -> e.getTitle().contains("World Café")).findFirst().orElseThrow().getId()).getFirst().id();
		byte[] pdf = mvc.perform(get("/cafes/" + cafeId + "/cards.pdf").with(COORDINATOR)).andReturn().getResponse()
			.getContentAsByteArray();
		try (var doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
			assertThat(text).containsPattern("http://192\\.168\\.1\\.20:8080/c · [A-Z0-9]{8}");
		}
	}
}
