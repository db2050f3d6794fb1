package org.convene.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.internet.MimeMessage;
import org.convene.ConveneTest;
import org.convene.FreePort;
import org.convene.TestSmtp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.thymeleaf.ITemplateEngine;

/**
 * E-mail leaves through a real SMTP server (GreenMail) with an HTML and a plain-text part in the recipient's
 * language; when the server cannot be reached, the message is kept and tried again later, and given up (logged)
 * only after {@link Mail#MAX_ATTEMPTS} tries.
 */
@ConveneTest
class MailTest {

	@Autowired
	Mail mail;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ITemplateEngine templates;

	@Autowired
	MessageSource messages;

	@Test
	void aLetterArrivesWithBothPartsInItsLanguage() throws Exception {
		assertThat(mail.send(new Letter("arabic.reader@example.org", Locale.of("ar"), "دعوة إلى Convene",
				List.of("مرحبًا،", "نص الرسالة."), List.of(new Letter.Link("افتح", "http://localhost/x")),
				"http://localhost/unsubscribe?r=a&s=b"))).isTrue();
		long until = System.currentTimeMillis() + 15_000;
		MimeMessage arrived = null;
		while (arrived == null && System.currentTimeMillis() < until) {
			arrived = Arrays.stream(TestSmtp.SERVER.getReceivedMessages())
				.filter(m -> "دعوة إلى Convene".equals(TestSmtp.subject(m))).findFirst().orElse(null);
			Thread.sleep(100);
		}
		assertThat(arrived).as("the letter arrived").isNotNull();
		String raw = new String(arrived.getRawInputStream().readAllBytes());
		assertThat(raw).contains("text/plain", "text/html");
		assertThat(TestSmtp.text(arrived)).contains("نص الرسالة.", "http://localhost/x",
				"http://localhost/unsubscribe?r=a&s=b");
	}

	@Test
	void anUnreachableServerMeansTriesLaterThenGivingUpNeverLosingTheMessageSilently() throws Exception {
		int closedPort = FreePort.next();
		// a clock far ahead: what this sender queues is not yet due for the application's own sender
		Clock later = Clock.fixed(Instant.parse("2100-01-01T00:00:00Z"), ZoneOffset.UTC);
		Mail failing = new Mail(new MailSettings("127.0.0.1", closedPort, null, null, "x@test.invalid", "none"), jdbc,
				templates, messages, Optional.of(later));
		failing.send(new Letter("unreachable@example.org", Locale.ENGLISH, "Retry me", List.of("Hello"), List.of(),
				null));
		long id = jdbc.queryForObject("select max(id) from mail_outbox where recipient = 'unreachable@example.org'",
				Long.class);
		failing.deliver(id);
		Map<String, Object> row = jdbc.queryForMap("select attempts, next_attempt_at, sent_at, failed_at, last_error"
				+ " from mail_outbox where id = ?", id);
		assertThat(row.get("attempts")).isEqualTo(1);
		assertThat(((OffsetDateTime) row.get("next_attempt_at")).toInstant())
			.isEqualTo(later.instant().plus(Duration.ofMinutes(1)));
		assertThat(row.get("sent_at")).isNull();
		assertThat((String) row.get("last_error")).contains("MailSendException");
		for (int i = 1; i < Mail.MAX_ATTEMPTS; i++) {
			failing.deliver(id);
		}
		row = jdbc.queryForMap("select attempts, failed_at from mail_outbox where id = ?", id);
		assertThat(row.get("attempts")).isEqualTo(Mail.MAX_ATTEMPTS);
		assertThat(row.get("failed_at")).isNotNull();
		assertThat(Mail.retryPause(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(Mail.retryPause(9)).isEqualTo(Duration.ofHours(4).plusMinutes(16));
		assertThat(Mail.retryPause(10)).isEqualTo(Duration.ofHours(6));
		jdbc.update("delete from mail_outbox where id = ?", id);
	}

	@Test
	void withoutAHostMailIsOffAndNothingIsQueued() {
		Mail off = new Mail(new MailSettings("", 0, null, null, null, null), jdbc, templates, messages,
				Optional.empty());
		assertThat(off.enabled()).isFalse();
		assertThat(off.send(new Letter("nobody@example.org", Locale.ENGLISH, "No", List.of(), List.of(), null)))
			.isFalse();
		assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = 'nobody@example.org'",
				Long.class)).isZero();
	}
}
