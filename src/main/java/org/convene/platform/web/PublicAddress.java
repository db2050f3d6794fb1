package org.convene.platform.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where phones reach this server (for join links and QR codes on screens and printed cards): the
 * configured public address, unless it only says "this machine" (localhost) — then the address the
 * organiser's browser used, which on a laptop in a meeting room is usually its address on the room's network.
 */
public final class PublicAddress {

	private PublicAddress() {
	}

	public static String of(String configured, HttpServletRequest request) {
		String host = URI.create(configured).getHost();
		if (host != null && !host.equals("localhost") && !host.startsWith("127.")) {
			return configured.replaceAll("/+$", "");
		}
		return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
	}
}
