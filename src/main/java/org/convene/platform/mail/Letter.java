package org.convene.platform.mail;

import java.util.List;
import java.util.Locale;

import org.convene.platform.i18n.Languages;

/**
 * One message to one person, already in their language: a subject, paragraphs, links (each a line of text and where
 * it goes) and, for messages someone may stop, the link that stops them without signing in. {@link Mail} renders it
 * as HTML with a plain-text part.
 */
public record Letter(String to, Locale locale, String subject, List<String> paragraphs, List<Link> links,
		String unsubscribeUrl) {

	public Letter {
		paragraphs = List.copyOf(paragraphs);
		links = List.copyOf(links);
	}

	/** The writing direction of the letter's language, for its HTML part. */
	public String dir() {
		return Languages.isRightToLeft(locale) ? "rtl" : "ltr";
	}

	/** A line of the message that leads somewhere. */
	public record Link(String text, String url) {
	}
}
