package org.convene.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.convene.platform.ConveneProperties;
import org.convene.platform.UserError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address phones use to reach this server, for join addresses, QR codes and seat cards. Opened as the
 * README says ({@code http://localhost:8080}), the organiser's browser names an address no phone can reach, so:
 * the configured {@code convene.base-url} when it names a real host; else the address a coordinator chose (kept in
 * the data folder across restarts); else the address the organiser's browser used when it is not this machine's
 * loopback; else this machine's first address on a network (Wi-Fi, cable). The projector warns when phones would
 * be sent to a loopback address.
 */
@Component
public class PhoneAddress {

	private static final Logger log = LoggerFactory.getLogger(PhoneAddress.class);

	private final ConveneProperties properties;
	private final Path file;
	private volatile String chosen;

	public PhoneAddress(ConveneProperties properties) {
		this.properties = properties;
		this.file = properties.dataDir().resolve("phone-address.txt");
		try {
			this.chosen = Files.isReadable(file) ? normalise(Files.readString(file, StandardCharsets.UTF_8)) : null;
		}
		catch (IOException | UserError e) {
			this.chosen = null;
		}
	}

	/** The address phones should use, for this request (its port names the server's). */
	public String of(HttpServletRequest request) {
		return of(request, null);
	}

	/** The same, choosing among this machine's addresses when they are already listed ({@code null}: list them). */
	private String of(HttpServletRequest request, List<String> listed) {
		if (!isLoopback(properties.baseUrl())) {
			return properties.baseUrl();
		}
		if (chosen != null) {
			return chosen;
		}
		String used = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		if (!isLoopback(used)) {
			return used;
		}
		List<String> candidates = listed != null ? listed : candidates(request.getScheme(), request.getLocalPort());
		return candidates.isEmpty() ? used : candidates.getFirst();
	}

	/** What a projector page shows: the address, this machine's others, whether it is fixed, the page to return to. */
	public record Choice(String address, List<String> candidates, boolean configured, String back) {
	}

	/**
	 * The projector's view of it (the {@code platform/phone-address :: choice} fragment); the page's join address
	 * and QR code use {@link Choice#address()} too, so the network is listed once per page.
	 */
	public Choice choice(HttpServletRequest request) {
		List<String> candidates = candidates(request.getScheme(), request.getLocalPort());
		return new Choice(of(request, candidates), candidates, configured(), request.getRequestURI());
	}

	/** Whether the address is set by the operator ({@code convene.base-url}), so there is nothing to choose. */
	public boolean configured() {
		return !isLoopback(properties.baseUrl());
	}

	/** This machine's addresses on its networks, private ones (a meeting room's Wi-Fi) first. */
	public List<String> candidates(String scheme, int port) {
		List<String> privateOnes = new ArrayList<>();
		List<String> others = new ArrayList<>();
		try {
			for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
				if (!nic.isUp() || nic.isLoopback() || nic.isVirtual()) {
					continue;
				}
				for (InetAddress address : Collections.list(nic.getInetAddresses())) {
					if (address instanceof Inet4Address && !address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
						String url = scheme + "://" + address.getHostAddress() + (port > 0 ? ":" + port : "");
						(address.isSiteLocalAddress() ? privateOnes : others).add(url);
					}
				}
			}
		}
		catch (SocketException e) {
			log.debug("Could not list the network interfaces: {}", e.getMessage());
		}
		privateOnes.addAll(others);
		return privateOnes;
	}

	/** Keeps a coordinator's choice (an http or https address with no path), or forgets it ({@code null} or blank). */
	public void choose(String address) {
		String value = address == null || address.isBlank() ? null : normalise(address);
		try {
			if (value == null) {
				Files.deleteIfExists(file);
			}
			else {
				Files.createDirectories(file.getParent());
				Files.writeString(file, value, StandardCharsets.UTF_8);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		chosen = value;
	}

	/** Whether an address means "this machine" only (localhost, 127.x, ::1): no phone can reach it. */
	public static boolean isLoopback(String address) {
		try {
			String host = URI.create(address).getHost();
			if (host == null) {
				return true;
			}
			host = host.toLowerCase(Locale.ROOT);
			return host.equals("localhost") || host.endsWith(".localhost") || host.startsWith("127.")
					|| host.equals("[::1]") || host.equals("::1") || host.equals("0.0.0.0");
		}
		catch (IllegalArgumentException e) {
			return true;
		}
	}

	private static String normalise(String address) {
		String value = address.strip().replaceAll("/+$", "");
		try {
			URI uri = URI.create(value);
			boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
			if (!web || uri.getHost() == null || (uri.getPath() != null && !uri.getPath().isEmpty())
					|| uri.getQuery() != null || uri.getUserInfo() != null || value.length() > 200) {
				throw new UserError("phoneAddress.error.invalid");
			}
			return value;
		}
		catch (IllegalArgumentException e) {
			throw new UserError("phoneAddress.error.invalid");
		}
	}

	/** The start-up log names the full addresses: this machine's, and the ones phones in the room can use. */
	@EventListener
	void printAddresses(WebServerInitializedEvent event) {
		int port = event.getWebServer().getPort();
		if (port <= 0 || event.getApplicationContext().getId() != null
				&& event.getApplicationContext().getId().contains("management")) {
			return;
		}
		StringBuilder text = new StringBuilder("\n\n  Convene is running. On this computer: http://localhost:" + port + "\n");
		if (configured()) {
			text.append("  Phones and other computers: ").append(properties.baseUrl()).append('\n');
		}
		else {
			List<String> candidates = candidates("http", port);
			if (chosen != null) {
				text.append("  Phones will use (chosen on a projector page): ").append(chosen).append('\n');
			}
			candidates.forEach(c -> text.append("  On this network: ").append(c).append('\n'));
			if (candidates.isEmpty()) {
				text.append("  No network address found: phones cannot reach this computer until it joins a network.\n");
			}
		}
		log.info(text.toString());
	}
}
