package org.convene.platform.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * One security policy for the whole application: which paths each role may reach, sign-in and
 * sign-out, CSRF, and the strict Content-Security-Policy (no inline script or style anywhere).
 * Finer checks (members-only events) happen in the controllers that know the data.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	@Bean
	SecurityFilterChain filterChain(HttpSecurity http, ObjectProvider<AuthenticationSuccessHandler> onSignIn,
			DeviceCsrfTokens csrfTokens) throws Exception {
		// the token is made when the request starts, not when a page's form asks for it: its cookie must go out
		// before the response is committed
		XorCsrfTokenRequestAttributeHandler eager = new XorCsrfTokenRequestAttributeHandler();
		eager.setCsrfRequestAttributeName(null);
		http.authorizeHttpRequests(auth -> auth
				.requestMatchers("/assets/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
				.requestMatchers("/", "/login", "/login/code", "/language", "/privacy", "/setup/**", "/invite/**", "/reset/**").permitAll()
				// asking to join, a forgotten password and the unsubscribe link of e-mails work without an account
				.requestMatchers("/join", "/join/sent", "/login/forgot", "/unsubscribe").permitAll()
				.requestMatchers("/members/requests", "/members/requests/**").hasAnyRole("ADMIN", "COORDINATOR")
				.requestMatchers("/members", "/members/**").authenticated()
				.requestMatchers(HttpMethod.POST, "/countries/**", "/networks", "/networks/**")
				.hasAnyRole("ADMIN", "COORDINATOR")
				.requestMatchers("/countries", "/countries/**", "/networks", "/networks/**").authenticated()
				.requestMatchers("/notifications", "/notifications/**").authenticated()
				.requestMatchers(HttpMethod.POST, "/groups", "/groups/from-event/*").hasAnyRole("ADMIN", "COORDINATOR")
				.requestMatchers("/groups", "/groups/**").authenticated()
				// the audience of a live session joins by code, without an account
				.requestMatchers("/j", "/j/**", "/c", "/c/**").permitAll()
				.requestMatchers("/decks", "/decks/**").hasAnyRole("ADMIN", "COORDINATOR")
				.requestMatchers("/indicators", "/indicators.xlsx").hasAnyRole("ADMIN", "COORDINATOR")
				.requestMatchers("/cafes", "/cafes/**").hasAnyRole("ADMIN", "COORDINATOR")
				.requestMatchers("/phone-address").hasAnyRole("ADMIN", "COORDINATOR")
				.requestMatchers("/admin/**").hasRole("ADMIN")
				// good practices: coordinators review; guests read the list and public practices (checked per record)
				.requestMatchers("/practices/import", "/practices/import/**").hasAnyRole("ADMIN", "COORDINATOR")
				.requestMatchers("/practices/review", "/practices/*/review", "/practices/*/archive", "/practices/compendium",
						"/practices/compendium.pdf", "/practices/compendium.docx")
				.hasAnyRole("ADMIN", "COORDINATOR")
				.requestMatchers(HttpMethod.GET, "/practices", "/practices.atom", "/practices.json", "/practices/suggest",
						"/practices/{id:\\d+}")
				.permitAll()
				.requestMatchers("/practices", "/practices/**").authenticated()
				.requestMatchers("/account/**").authenticated()
				.requestMatchers("/events/new").hasAnyRole("ADMIN", "COORDINATOR")
				// events: reading and self-registration are open (members-only events are checked per event)
				.requestMatchers(HttpMethod.GET, "/events", "/events/{id}", "/events/{id}/agenda.ics",
						"/events/{id}/register", "/events/{id}/materials/{materialId}").permitAll()
				.requestMatchers(HttpMethod.POST, "/events/{id}/register").permitAll()
				.requestMatchers(HttpMethod.GET, "/events/{id}/annex/**").authenticated()
				.requestMatchers("/events/**").hasAnyRole("ADMIN", "COORDINATOR")
				.anyRequest().denyAll())
			.formLogin(form -> form.loginPage("/login")
				.successHandler(onSignIn.getIfAvailable(SavedRequestAwareAuthenticationSuccessHandler::new))
				// one answer for an unknown e-mail, a wrong password and a client blocked after too many tries,
				// so the sign-in page cannot be used to find out which e-mail addresses have accounts
				.failureHandler((request, response, exception) -> response.sendRedirect(
						request.getContextPath() + "/login?error"))
				.permitAll())
			// no HTTP session needed for CSRF: a phone in a live room has none (DeviceCsrfTokens)
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens).csrfTokenRequestHandler(eager))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
				.referrerPolicy(ref -> ref.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader(pp -> pp.policy("camera=(), microphone=(), geolocation=()"))
				.frameOptions(frame -> frame.deny()));
		return http.build();
	}

	/**
	 * No observation of Spring Security's filters: turning their metrics off by configuration still wrapped every
	 * filter of every request in an observing decorator (a dozen objects per vote, seen in the profile of 10,000
	 * phones answering).
	 */
	@Bean
	SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}
}
