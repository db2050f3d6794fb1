package org.convene.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Map;

import org.convene.ConveneTest;
import org.convene.community.Accounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** One advice answers what a person can put right, and malformed requests are the person's 400, not our 500. */
@ConveneTest
class ErrorAdviceTest {

	static final RequestPostProcessor ADMIN = user("admin@demo.convene").roles("ADMIN");

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Test
	void aMalformedIdInTheAddressIsABadRequestWithTheFriendlyPage() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/events/abc").with(ADMIN).locale(Locale.FRENCH))
			.andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("n’est pas valide").doesNotContain("Exception");
	}

	@Test
	void aMalformedNumberInAFormIsABadRequest() throws Exception {
		MockHttpServletResponse response = mvc.perform(post("/j/DEMO42/a").param("activity", "abc").with(csrf()))
			.andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("is not valid");
	}

	@Test
	void anUnknownChoiceIsABadRequest() throws Exception {
		mvc.perform(post("/admin/invitations").param("email", "x@example.org").param("role", "WIZARD")
			.with(ADMIN).with(csrf())).andExpect(status().isBadRequest());
	}

	@Test
	void aRefusedChangeGoesBackToTheFormWithTheMessageInTheReadersLanguageAndWhatWasTyped() throws Exception {
		long adminId = accounts.all().stream().filter(a -> a.getEmail().equals("admin@demo.convene"))
			.findFirst().orElseThrow().getId();
		mvc.perform(post("/admin/accounts/" + adminId + "/role").param("role", "MEMBER")
			.header("Referer", "http://localhost/admin/accounts").locale(Locale.FRENCH).with(ADMIN).with(csrf()))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attribute("alertText", "Vous ne pouvez pas vous retirer le rôle d’administrateur."))
			.andExpect(flash().attribute("typed", Map.of("role", "MEMBER")));
	}

	@Test
	void aRefusalWithoutAPageToGoBackToIsABadRequestThatSaysWhy() throws Exception {
		long adminId = accounts.all().stream().filter(a -> a.getEmail().equals("admin@demo.convene"))
			.findFirst().orElseThrow().getId();
		MockHttpServletResponse response = mvc.perform(post("/admin/accounts/" + adminId + "/role")
			.param("role", "MEMBER").header("Referer", "https://elsewhere.example/admin").with(ADMIN).with(csrf()))
			.andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("You cannot take the administrator role away from yourself.");
	}
}
