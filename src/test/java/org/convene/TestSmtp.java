package org.convene;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.convene.platform.mail.MailSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/**
 * A real SMTP server for the tests (GreenMail), started once per test JVM on a free port: the application sends its
 * e-mail there, and the tests read what arrived ({@link #SERVER}).
 */
@Configuration(proxyBeanMethods = false)
@Profile("test")
public class TestSmtp {

	public static final GreenMail SERVER = start();

	private static GreenMail start() {
		GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
		server.start();
		return server;
	}

	/** A message's subject (for filters in lambdas). */
	public static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The plain-text part of a message, decoded (null if it has none). */
	public static String text(Part part) throws Exception {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String text = text(multipart.getBodyPart(i));
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

	@Bean
	@Primary
	MailSettings testMailSettings() {
		return new MailSettings("127.0.0.1", SERVER.getSmtp().getPort(), null, null, "convene@test.invalid", "none");
	}
}
