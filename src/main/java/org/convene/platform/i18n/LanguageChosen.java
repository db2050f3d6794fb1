package org.convene.platform.i18n;

/** A signed-in person chose an interface language. */
public record LanguageChosen(String username, String language) {
}
