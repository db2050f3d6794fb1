package org.convene;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.security.web.csrf.CsrfTokenRepository;

/**
 * Spring Security's {@code csrf()} test helper swaps the CSRF filter's repository for a session-based one and
 * leaves it there for every later request of the shared test context — so tests that post with the token a page
 * rendered would no longer test Convene's own, session-free tokens. Every MockMvc request first puts the
 * application's repository back; {@code csrf()} then still works for the request that asks for it.
 */
@Configuration(proxyBeanMethods = false)
class RealCsrfTokens {

	@Bean
	MockMvcBuilderCustomizer applicationCsrfTokensFirst(CsrfTokenRepository tokens) {
		return builder -> builder.defaultRequest(get("/").with(request -> {
			WebTestUtils.setCsrfTokenRepository(request, tokens);
			return request;
		}));
	}
}
