package org.convene.community;

import java.util.List;
import java.util.Locale;

import org.convene.platform.i18n.Languages;
import org.convene.platform.mail.Letter;
import org.convene.platform.mail.Mail;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The e-mails about accounts — an invitation, a password reset, a welcome after approval, a declined request — each
 * in the recipient's language; none when mail is off (the caller then shows the link to pass on).
 */
@Component
class AccountLetters {

	private final Mail mail;
	private final MessageSource messages;

	AccountLetters(Mail mail, MessageSource messages) {
		this.mail = mail;
		this.messages = messages;
	}

	boolean enabled() {
		return mail.enabled();
	}

	/** Sends the letter {@code kind} ({@code invitation}, {@code reset}, {@code welcome}, {@code declined}). */
	boolean send(String kind, String to, String name, String language, String link, String note) {
		Locale locale = Languages.isSupported(language) ? Locale.forLanguageTag(language) : Locale.ENGLISH;
		String hello = name == null ? messages.getMessage("mail.helloAnyone", null, locale)
				: messages.getMessage("mail.hello", new Object[] { name }, locale);
		List<String> paragraphs = note == null
				? List.of(hello, messages.getMessage("mail." + kind + ".body", null, locale))
				: List.of(hello, messages.getMessage("mail." + kind + ".body", null, locale),
						messages.getMessage("mail.note", new Object[] { note }, locale));
		List<Letter.Link> links = link == null ? List.of()
				: List.of(new Letter.Link(messages.getMessage("mail." + kind + ".link", null, locale), link));
		return mail.send(new Letter(to, locale, messages.getMessage("mail." + kind + ".subject", null, locale),
				paragraphs, links, null));
	}
}
