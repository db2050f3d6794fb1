package org.convene.platform.security;

import java.time.Duration;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.convene.platform.ServerSecret;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The browser a request comes from, known without an HTTP session: a random id in the cookie {@code convene-p},
 * signed by the server ({@code id.signature}), so an id cannot be made up — a script that invents ids gets a new
 * device each time, nothing more. What rests on it: the CSRF token of a browser ({@link DeviceCsrfTokens}), and a
 * phone's participant token in a room ({@link #participant}), which is derived per room so that a token stored
 * with an answer names neither the cookie nor the same phone in another room.
 */
@Component
public class Devices {

	public static final String COOKIE = "convene-p";
	static final Duration LIFETIME = Duration.ofDays(90);
	private static final String PENDING = Devices.class.getName() + ".pending";
	private static final String SENT = Devices.class.getName() + ".sent";
	/** The cookie's id once its signature was checked in this request (the CSRF filter and the page both ask). */
	private static final String VERIFIED = Devices.class.getName() + ".verified";

	private final ServerSecret secret;

	Devices(ServerSecret secret) {
		this.secret = secret;
	}

	/** The request's device id: one given earlier in this request, else the cookie's if its signature holds; or null. */
	public String id(HttpServletRequest request) {
		if (request.getAttribute(PENDING) instanceof String pending) {
			return pending;
		}
		if (request.getAttribute(VERIFIED) instanceof String verified) {
			return verified;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			String value = cookie.getValue();
			int dot = value == null ? -1 : value.indexOf('.');
			if (COOKIE.equals(cookie.getName()) && dot > 0
					&& secret.verify(value.substring(dot + 1), "device", value.substring(0, dot))) {
				request.setAttribute(VERIFIED, value.substring(0, dot));
				return value.substring(0, dot);
			}
		}
		return null;
	}

	/** The request's device id, or a new one sent in a cookie with the response. */
	public String issue(HttpServletRequest request, HttpServletResponse response) {
		String id = id(request);
		if (id == null) {
			id = start(request);
		}
		send(request, response);
		return id;
	}

	/** A new device id for this browser from now on (sign-in and sign-out: what an attacker planted is void). */
	String renew(HttpServletRequest request, HttpServletResponse response) {
		String id = start(request);
		request.removeAttribute(SENT);
		send(request, response);
		return id;
	}

	/** A new device id for the rest of this request; {@link #send} puts it in the cookie. */
	String start(HttpServletRequest request) {
		String id = ServerSecret.random(18);
		request.setAttribute(PENDING, id);
		return id;
	}

	/** Sets the cookie of a device id given in this request, once. */
	void send(HttpServletRequest request, HttpServletResponse response) {
		if (request.getAttribute(PENDING) instanceof String id && request.getAttribute(SENT) == null) {
			request.setAttribute(SENT, Boolean.TRUE);
			response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, id + "." + secret.sign("device", id))
				.path("/").httpOnly(true).sameSite("Lax").maxAge(LIFETIME).build().toString());
		}
	}

	/**
	 * The participant token of a device in a room: the same for every visit of that phone to that room, different
	 * in every other room, and not to be made without the server's secret.
	 */
	public String participant(String room, String device) {
		return participant(secret, room, device);
	}

	/** {@link #participant(String, String)} under a given secret (a test reads what a server it started stored). */
	public static String participant(ServerSecret secret, String room, String device) {
		return secret.sign("participant", room, device).substring(0, 32);
	}
}
