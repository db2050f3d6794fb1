package org.convene.platform.notify;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.convene.platform.ConveneProperties;
import org.convene.platform.ServerSecret;
import org.convene.platform.mail.Letter;
import org.convene.platform.mail.Mail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications (a mention, a reply, a request to review, an approval) and their e-mail: each person chooses
 * to get them by e-mail at once, in a daily or weekly digest (the default: daily), or not at all; every such e-mail
 * carries a link that stops them without signing in. A notification's text is a message key and its arguments, so
 * it reads in the reader's language, in the app and in the e-mail alike.
 */
@Service
@Transactional
public class Notifications {

	/** How often someone wants their notifications by e-mail. */
	public enum Frequency {
		IMMEDIATELY, DAILY, WEEKLY, OFF
	}

	/** One notification as its recipient sees it. */
	public record Notification(long id, String messageKey, List<String> args, String link, Instant createdAt,
			boolean read) {
	}

	private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);
	private static final char SEPARATOR = '\u001f';
	private static final String UNSUBSCRIBE = "unsubscribe";

	private final JdbcTemplate jdbc;
	private final Mail mail;
	private final Recipients recipients;
	private final MessageSource messages;
	private final ServerSecret secret;
	private final ConveneProperties properties;
	private final Clock clock;

	Notifications(JdbcTemplate jdbc, Mail mail, Recipients recipients, MessageSource messages, ServerSecret secret,
			ConveneProperties properties, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.mail = mail;
		this.recipients = recipients;
		this.messages = messages;
		this.secret = secret;
		this.properties = properties;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Notifies {@code recipient} (a user name) that something happened, described by {@code messageKey} with
	 * {@code args} and found at {@code link} (a path of this site). In the caller's transaction.
	 */
	public void notify(String recipient, String messageKey, String link, String... args) {
		if (recipient == null || recipient.isBlank()) {
			return;
		}
		String joined = String.join(String.valueOf(SEPARATOR), Arrays.stream(args).map(a -> a == null ? "" : a)
			.map(a -> a.replace(SEPARATOR, ' ')).toList());
		jdbc.update("insert into notifications (recipient, message_key, args, link, created_at) values (?, ?, ?, ?, ?)",
				recipient, messageKey, joined.length() > 2000 ? joined.substring(0, 2000) : joined, link,
				Timestamp.from(clock.instant()));
	}

	@Transactional(readOnly = true)
	public List<Notification> recent(String recipient, int limit) {
		return jdbc.query("select id, message_key, args, link, created_at, read_at from notifications"
				+ " where recipient = ? order by id desc limit ?", (rs, i) -> new Notification(rs.getLong(1),
						rs.getString(2), args(rs.getString(3)), rs.getString(4), rs.getTimestamp(5).toInstant(),
						rs.getTimestamp(6) != null), recipient, limit);
	}

	@Transactional(readOnly = true)
	public long unread(String recipient) {
		Long count = jdbc.queryForObject("select count(*) from notifications where recipient = ? and read_at is null",
				Long.class, recipient);
		return count == null ? 0 : count;
	}

	/** Marks one of the recipient's notifications read and returns where it leads (empty if it is not theirs). */
	public Optional<String> open(String recipient, long id) {
		List<String> link = jdbc.queryForList("select link from notifications where id = ? and recipient = ?",
				String.class, id, recipient);
		if (link.isEmpty()) {
			return Optional.empty();
		}
		jdbc.update("update notifications set read_at = ? where id = ? and read_at is null",
				Timestamp.from(clock.instant()), id);
		return Optional.of(link.getFirst());
	}

	public void readAll(String recipient) {
		jdbc.update("update notifications set read_at = ? where recipient = ? and read_at is null",
				Timestamp.from(clock.instant()), recipient);
	}

	@Transactional(readOnly = true)
	public Frequency frequency(String recipient) {
		return jdbc.queryForList("select frequency from notification_settings where recipient = ?", String.class,
				recipient).stream().findFirst().map(Frequency::valueOf).orElse(Frequency.DAILY);
	}

	public void setFrequency(String recipient, Frequency frequency) {
		if (jdbc.update("update notification_settings set frequency = ? where recipient = ?", frequency.name(),
				recipient) == 0) {
			jdbc.update("insert into notification_settings (recipient, frequency) values (?, ?)", recipient,
					frequency.name());
		}
	}

	/** The link in every notification e-mail that turns them off, signed so that it works without signing in. */
	public String unsubscribeUrl(String recipient) {
		return properties.baseUrl() + "/unsubscribe?r=" + URLEncoder.encode(recipient, StandardCharsets.UTF_8) + "&s="
				+ secret.sign(UNSUBSCRIBE, recipient);
	}

	/** Whether {@code signature} is the one {@link #unsubscribeUrl} made for {@code recipient}. */
	@Transactional(readOnly = true)
	public boolean validUnsubscribe(String recipient, String signature) {
		return recipient != null && signature != null && secret.verify(signature, UNSUBSCRIBE, recipient);
	}

	/** The text of a notification in a language. */
	public String text(Notification notification, Locale locale) {
		return messages.getMessage(notification.messageKey(), notification.args().toArray(), locale);
	}

	/** Sends, to everyone who wants them at once, what they have not yet had by e-mail (every minute). */
	@Scheduled(fixedDelayString = "${convene.notifications.poll-millis:60000}")
	public void sendImmediate() {
		sendDigests(Frequency.IMMEDIATELY);
	}

	@Scheduled(cron = "${convene.digest.daily-cron:0 0 6 * * *}")
	void sendDaily() {
		sendDigests(Frequency.DAILY);
	}

	@Scheduled(cron = "${convene.digest.weekly-cron:0 0 6 * * MON}")
	void sendWeekly() {
		sendDigests(Frequency.WEEKLY);
	}

	/**
	 * One e-mail per person whose choice is {@code frequency}, listing their notifications not yet e-mailed (in
	 * their language, oldest first); each notification is claimed before it is listed, so two nodes never send it
	 * twice. Nothing when mail is off. Returns how many e-mails were queued.
	 */
	public int sendDigests(Frequency frequency) {
		if (!mail.enabled() || frequency == Frequency.OFF) {
			return 0;
		}
		String who = frequency == Frequency.DAILY
				? "not exists (select 1 from notification_settings s where s.recipient = n.recipient)"
						+ " or exists (select 1 from notification_settings s where s.recipient = n.recipient"
						+ " and s.frequency = 'DAILY')"
				: "exists (select 1 from notification_settings s where s.recipient = n.recipient and s.frequency = '"
						+ frequency.name() + "')";
		List<String> people = jdbc.queryForList("select distinct n.recipient from notifications n"
				+ " where n.emailed_at is null and (" + who + ")", String.class);
		int sent = 0;
		for (String person : people) {
			if (digest(person)) {
				sent++;
			}
		}
		if (sent > 0) {
			LOG.info("{} notification e-mails ({}) queued", sent, frequency);
		}
		return sent;
	}

	private boolean digest(String person) {
		Timestamp now = Timestamp.from(clock.instant());
		List<Notification> claimed = new ArrayList<>();
		for (Notification n : jdbc.query("select id, message_key, args, link, created_at, read_at from notifications"
				+ " where recipient = ? and emailed_at is null order by id", (rs, i) -> new Notification(rs.getLong(1),
						rs.getString(2), args(rs.getString(3)), rs.getString(4), rs.getTimestamp(5).toInstant(),
						rs.getTimestamp(6) != null), person)) {
			if (jdbc.update("update notifications set emailed_at = ? where id = ? and emailed_at is null", now,
					n.id()) == 1) {
				claimed.add(n);
			}
		}
		Optional<Recipients.Recipient> recipient = recipients.recipient(person);
		if (claimed.isEmpty() || recipient.isEmpty() || !recipient.get().active()) {
			return false;
		}
		Recipients.Recipient r = recipient.get();
		Locale locale = Locale.forLanguageTag(r.language() == null ? "en" : r.language());
		List<Letter.Link> links = claimed.stream()
			.map(n -> new Letter.Link(text(n, locale), properties.baseUrl() + "/notifications/" + n.id()))
			.toList();
		return mail.send(new Letter(r.email(), locale,
				messages.getMessage("notifications.mail.subject", new Object[] { claimed.size() }, locale),
				List.of(messages.getMessage("mail.hello", new Object[] { r.displayName() }, locale),
						messages.getMessage("notifications.mail.intro", null, locale)),
				links, unsubscribeUrl(person)));
	}

	/** Notifications older than a year, read or not, are removed (every day). */
	@Scheduled(fixedDelay = 24, timeUnit = TimeUnit.HOURS, initialDelay = 1)
	void forgetOld() {
		jdbc.update("delete from notifications where created_at < ?",
				Timestamp.from(clock.instant().minusSeconds(366L * 24 * 3600)));
	}

	private static List<String> args(String joined) {
		return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(String.valueOf(SEPARATOR), -1));
	}
}
