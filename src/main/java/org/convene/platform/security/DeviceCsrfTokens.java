package org.convene.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.convene.platform.ServerSecret;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;

/**
 * CSRF tokens that need no HTTP session, so that a phone in a live room costs the server no session: the token is
 * the server's signature of the browser's device id ({@link Devices}), which another site can neither read nor
 * make (OWASP's "signed double-submit cookie", bound to a signed id). Signing in and out give the browser a new
 * device id, so a token known before sign-in is void after it.
 */
@Component
class DeviceCsrfTokens implements CsrfTokenRepository {

	private static final String HEADER = "X-CSRF-TOKEN";
	private static final String PARAMETER = "_csrf";

	private final Devices devices;
	private final ServerSecret secret;

	DeviceCsrfTokens(Devices devices, ServerSecret secret) {
		this.devices = devices;
		this.secret = secret;
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		String device = devices.id(request);
		return token(device == null ? devices.start(request) : device);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (token == null) {
			devices.renew(request, response);
		}
		else {
			devices.send(request, response);
		}
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		String device = devices.id(request);
		return device == null ? null : token(device);
	}

	private CsrfToken token(String device) {
		return new DefaultCsrfToken(HEADER, PARAMETER, secret.sign("csrf", device));
	}
}
