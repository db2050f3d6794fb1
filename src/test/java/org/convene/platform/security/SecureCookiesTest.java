package org.convene.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.convene.ConveneTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Cookies are Secure when the request came over HTTPS, directly or (when told to trust it) through a TLS proxy. */
class SecureCookiesTest {

	static List<String> cookies(MockHttpServletResponse response) {
		return response.getHeaders("Set-Cookie");
	}

	@Nested
	@ConveneTest
	class Direct {

		@Autowired
		MockMvc mvc;

		@Test
		void overPlainHttpCookiesAreNotMarkedSecure() throws Exception {
			var response = mvc.perform(post("/language").param("lang", "fr").with(csrf())).andReturn().getResponse();
			assertThat(cookies(response)).anyMatch(c -> c.startsWith("convene-lang=")).noneMatch(c -> c.contains("Secure"));
		}

		@Test
		void overHttpsEveryCookieIsSecure() throws Exception {
			var language = mvc.perform(post("/language").param("lang", "fr").secure(true).with(csrf())).andReturn()
				.getResponse();
			assertThat(cookies(language)).filteredOn(c -> c.startsWith("convene-lang=")).singleElement()
				.asString().contains("; Secure");
			var phone = mvc.perform(get("/j/DEMO42").secure(true)).andReturn().getResponse();
			assertThat(cookies(phone)).filteredOn(c -> c.startsWith("convene-p=")).singleElement()
				.asString().contains("; Secure").contains("HttpOnly");
		}

		@Test
		void aForwardedHeaderIsNotBelievedUnlessConfigured() throws Exception {
			var response = mvc.perform(post("/language").param("lang", "fr").header("X-Forwarded-Proto", "https")
				.with(csrf())).andReturn().getResponse();
			assertThat(cookies(response)).noneMatch(c -> c.contains("Secure"));
		}
	}

	@Nested
	@ConveneTest
	@TestPropertySource(properties = "server.forward-headers-strategy=framework")
	class BehindATlsProxy {

		@Autowired
		MockMvc mvc;

		@Test
		void theProxysForwardedProtocolMakesCookiesSecure() throws Exception {
			var response = mvc.perform(post("/language").param("lang", "fr").header("X-Forwarded-Proto", "https")
				.with(csrf())).andReturn().getResponse();
			assertThat(cookies(response)).filteredOn(c -> c.startsWith("convene-lang=")).singleElement()
				.asString().contains("; Secure");
		}
	}
}
