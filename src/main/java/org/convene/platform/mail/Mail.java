package org.convene.platform.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * E-mail that goes out without holding anyone up: {@link #send} writes the message to an outbox in the caller's
 * transaction (so it leaves only if what caused it was saved), and a background task delivers it, retrying with
 * growing pauses (1, 2, 4 … minutes, at most 6 hours apart, 10 attempts) and logging each failure; other nodes of a
 * cluster take turns by claiming a message before sending it. With no SMTP host configured, mail is off:
 * {@link #send} does nothing and says so, and the callers show their links instead.
 */
@Service
public class Mail {

	static final int MAX_ATTEMPTS = 10;
	private static final Duration CLAIM = Duration.ofMinutes(2);
	private static final Duration KEPT = Duration.ofDays(30);
	private static final Logger LOG = LoggerFactory.getLogger(Mail.class);

	private final MailSettings settings;
	private final JdbcTemplate jdbc;
	private final ITemplateEngine templates;
	private final Clock clock;
	private final JavaMailSenderImpl sender;
	private final MessageSource messages;

	Mail(MailSettings settings, JdbcTemplate jdbc, ITemplateEngine templates, MessageSource messages,
			Optional<Clock> clock) {
		this.messages = messages;
		this.settings = settings;
		this.jdbc = jdbc;
		this.templates = templates;
		this.clock = clock.orElse(Clock.systemUTC());
		this.sender = settings.enabled() ? sender(settings) : null;
		LOG.info(settings.enabled() ? "E-mail goes out through {}:{}" : "E-mail is off (no CONVENE_SMTP_HOST)",
				settings.host(), settings.port());
	}

	/** Whether e-mail goes out at all. */
	public boolean enabled() {
		return settings.enabled();
	}

	/**
	 * Queues the letter (in the caller's transaction); it goes out within seconds of the commit. Returns false, and
	 * queues nothing, when mail is off or the letter has no address.
	 */
	public boolean send(Letter letter) {
		if (!enabled() || letter.to() == null || letter.to().isBlank()) {
			return false;
		}
		Context context = new Context(letter.locale(), Map.of("letter", letter));
		String html = templates.process("platform/mail", context);
		Instant now = clock.instant();
		jdbc.update("insert into mail_outbox (recipient, subject, text_body, html_body, attempts, next_attempt_at,"
				+ " created_at) values (?, ?, ?, ?, 0, ?, ?)", letter.to().strip(), letter.subject(), text(letter),
				html, Timestamp.from(now), Timestamp.from(now));
		return true;
	}

	/** The plain-text part: the same paragraphs and links, the links written out. */
	private String text(Letter letter) {
		StringBuilder text = new StringBuilder();
		letter.paragraphs().forEach(p -> text.append(p).append("\n\n"));
		letter.links().forEach(l -> text.append(l.text()).append('\n').append(l.url()).append("\n\n"));
		if (letter.unsubscribeUrl() != null) {
			text.append("-- \n").append(messages.getMessage("mail.footer", null, letter.locale())).append('\n')
				.append(messages.getMessage("mail.unsubscribe", null, letter.locale())).append(": ")
				.append(letter.unsubscribeUrl()).append('\n');
		}
		return text.toString();
	}

	/** Delivers what is due; each message is claimed first so that two nodes never send the same one. */
	@Scheduled(fixedDelayString = "${convene.smtp.poll-millis:2000}")
	public void deliver() {
		if (!enabled()) {
			return;
		}
		Instant now = clock.instant();
		List<Long> due = jdbc.queryForList("select id from mail_outbox where sent_at is null and failed_at is null"
				+ " and next_attempt_at <= ? and (claimed_until is null or claimed_until < ?) order by id limit 50",
				Long.class, Timestamp.from(now), Timestamp.from(now));
		for (long id : due) {
			if (jdbc.update("update mail_outbox set claimed_until = ? where id = ? and sent_at is null"
					+ " and (claimed_until is null or claimed_until < ?)", Timestamp.from(now.plus(CLAIM)), id,
					Timestamp.from(now)) == 1) {
				deliver(id);
			}
		}
	}

	/** Tries to send one message now (claimed by the caller), and records the outcome. */
	void deliver(long id) {
		Map<String, Object> row = jdbc.queryForMap("select recipient, subject, text_body, html_body, attempts"
				+ " from mail_outbox where id = ?", id);
		int attempts = ((Number) row.get("attempts")).intValue() + 1;
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(settings.from());
			helper.setTo((String) row.get("recipient"));
			helper.setSubject((String) row.get("subject"));
			helper.setText((String) row.get("text_body"), (String) row.get("html_body"));
			sender.send(message);
			jdbc.update("update mail_outbox set sent_at = ?, attempts = ?, claimed_until = null where id = ?",
					Timestamp.from(clock.instant()), attempts, id);
			LOG.debug("Mail {} sent", id);
		}
		catch (MailException | MessagingException e) {
			String error = e.getClass().getSimpleName() + ": " + e.getMessage();
			if (attempts >= MAX_ATTEMPTS) {
				LOG.error("Mail {} to {} not sent after {} attempts, given up: {}", id, row.get("recipient"), attempts,
						error);
				jdbc.update("update mail_outbox set failed_at = ?, attempts = ?, last_error = ?, claimed_until = null"
						+ " where id = ?", Timestamp.from(clock.instant()), attempts, cut(error), id);
			}
			else {
				Duration pause = retryPause(attempts);
				LOG.warn("Mail {} not sent (attempt {} of {}), next try in {} min: {}", id, attempts, MAX_ATTEMPTS,
						pause.toMinutes(), error);
				jdbc.update("update mail_outbox set next_attempt_at = ?, attempts = ?, last_error = ?,"
						+ " claimed_until = null where id = ?", Timestamp.from(clock.instant().plus(pause)), attempts,
						cut(error), id);
			}
		}
	}

	/** 1, 2, 4 … minutes after the n-th failed attempt, at most 6 hours. */
	static Duration retryPause(int attempts) {
		return Duration.ofMinutes(Math.min(360, 1L << Math.min(20, attempts - 1)));
	}

	/** How many messages wait, went out and were given up (for the operations page and the tests). */
	public Map<String, Long> counts() {
		return jdbc.queryForList("select case when sent_at is not null then 'sent' when failed_at is not null"
				+ " then 'failed' else 'waiting' end as state, count(*) as n from mail_outbox group by 1")
			.stream()
			.collect(Collectors.toMap(r -> (String) r.get("state"), r -> ((Number) r.get("n")).longValue()));
	}

	/** Sent messages are kept a month (to answer "did it go out?"), then removed. */
	@Scheduled(fixedDelay = 6, timeUnit = TimeUnit.HOURS)
	void forgetOld() {
		jdbc.update("delete from mail_outbox where sent_at < ?", Timestamp.from(clock.instant().minus(KEPT)));
	}

	private static String cut(String text) {
		return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
	}

	private static JavaMailSenderImpl sender(MailSettings settings) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(settings.host());
		sender.setPort(settings.port());
		sender.setDefaultEncoding("UTF-8");
		if (settings.username() != null && !settings.username().isBlank()) {
			sender.setUsername(settings.username());
			sender.setPassword(settings.password());
		}
		Properties properties = sender.getJavaMailProperties();
		properties.put("mail.smtp.auth", String.valueOf(sender.getUsername() != null));
		properties.put("mail.smtp.connectiontimeout", "10000");
		properties.put("mail.smtp.timeout", "20000");
		properties.put("mail.smtp.writetimeout", "20000");
		switch (settings.security()) {
			case "tls" -> properties.put("mail.smtp.ssl.enable", "true");
			case "none" -> properties.put("mail.smtp.starttls.enable", "false");
			default -> {
				properties.put("mail.smtp.starttls.enable", "true");
				properties.put("mail.smtp.starttls.required", "true");
			}
		}
		return sender;
	}
}
