package org.convene;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Arrays;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpSession;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.security.web.csrf.CsrfTokenRepository;

/**
 * What every MockMvc request of the tests does first, so that the tests see the application as a browser does.
 *
 * <p><b>Convene's own CSRF tokens.</b> Spring Security's {@code csrf()} test helper swaps the CSRF filter's
 * repository for a session-based one and leaves it there for every later request of the shared test context — so
 * tests that post with the token a page rendered would no longer test Convene's own, session-free tokens. Every
 * request first puts the application's repository back; {@code csrf()} then still works for the request that asks.
 *
 * <p><b>Sessions in the database.</b> Signed-in users' sessions are Spring Session's (kept in the database, found by
 * the {@code SESSION} cookie), which ignores a {@link MockHttpSession} handed to a request. A test's
 * {@code MockHttpSession} therefore stands for a browser's cookie jar: the {@code SESSION} cookie a response sets is
 * kept on it and sent with the next request that names it.
 */
@Configuration(proxyBeanMethods = false)
class MockMvcDefaults {

	static final String COOKIE = "SESSION";

	@Bean
	MockMvcBuilderCustomizer browserLikeRequests(CsrfTokenRepository tokens) {
		return builder -> builder.defaultRequest(get("/").with(request -> {
			WebTestUtils.setCsrfTokenRepository(request, tokens);
			if (request.getSession(false) instanceof MockHttpSession jar && jar.getAttribute(COOKIE) instanceof String id) {
				Cookie[] before = request.getCookies() == null ? new Cookie[0] : request.getCookies();
				Cookie[] cookies = Arrays.copyOf(before, before.length + 1);
				cookies[before.length] = new Cookie(COOKIE, id);
				request.setCookies(cookies);
			}
			return request;
		})).alwaysDo(result -> {
			HttpSession jar = result.getRequest().getSession(false);
			Cookie set = result.getResponse().getCookie(COOKIE);
			if (jar instanceof MockHttpSession && set != null) {
				jar.setAttribute(COOKIE, set.getMaxAge() == 0 ? null : set.getValue());
			}
		});
	}
}
