package org.convene.platform.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where e-mail goes out ({@code CONVENE_SMTP_*}; docs/operations.md). No host: e-mail is off — links are shown to
 * the coordinator to pass on, and the pages say so.
 *
 * @param host the SMTP server; empty turns e-mail off
 * @param port its port (587 with STARTTLS by default)
 * @param username user name at the server, if it asks for one
 * @param password its password (never logged)
 * @param from the sender's address on every message
 * @param security {@code starttls} (default), {@code tls} (implicit, usually port 465) or {@code none} (a relay on the
 *        same machine or a test server)
 */
@ConfigurationProperties("convene.smtp")
public record MailSettings(String host, int port, String username, String password, String from, String security) {

	public MailSettings {
		host = host == null ? "" : host.strip();
		port = port <= 0 ? 587 : port;
		from = from == null || from.isBlank() ? "convene@localhost" : from.strip();
		security = security == null || security.isBlank() ? "starttls" : security.strip().toLowerCase();
	}

	/** Whether e-mail goes out at all. */
	public boolean enabled() {
		return !host.isEmpty();
	}

	@Override
	public String toString() {
		return "MailSettings[host=" + host + ", port=" + port + ", username=" + username + ", from=" + from
				+ ", security=" + security + "]";
	}
}
