package org.convene.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.convene.interact.ActivityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every message key exists in every shipped language, and every key a template names exists. */
class MessagesTest {

	static Stream<String> translations() {
		return Languages.SUPPORTED.stream().map(Locale::getLanguage).filter(l -> !l.equals("en"));
	}

	static Properties load(String name) throws IOException {
		Properties p = new Properties();
		try (InputStream in = MessagesTest.class.getResourceAsStream("/" + name)) {
			assertThat(in).as(name).isNotNull();
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return p;
	}

	@ParameterizedTest
	@MethodSource("translations")
	void everyKeyIsTranslated(String language) throws IOException {
		Set<String> english = load("messages.properties").stringPropertyNames();
		Properties translated = load("messages_" + language + ".properties");
		Set<String> missing = new TreeSet<>(english);
		missing.removeAll(translated.stringPropertyNames());
		Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
		extra.removeAll(english);
		assertThat(missing).as("keys missing in " + language).isEmpty();
		assertThat(extra).as("keys only in " + language).isEmpty();
		translated.forEach((k, v) -> assertThat(v.toString()).as(language + " " + k).isNotBlank());
	}

	/** Adding an activity of any type starts from a prompt in the coordinator's language (GRID had none: 500). */
	@Test
	void everyActivityTypeHasItsNamesHelpAndFirstPrompt() throws IOException {
		Properties english = load("messages.properties");
		for (ActivityType type : ActivityType.values()) {
			for (String key : List.of("activity.type.", "activity.newPrompt.")) {
				assertThat(english.getProperty(key + type.name())).as(key + type).isNotBlank();
			}
		}
	}

	/** A café starts with three round questions in the coordinator's language: each really translated, not copied. */
	@ParameterizedTest
	@MethodSource("translations")
	void theCafesDefaultRoundQuestionsAreTranslated(String language) throws IOException {
		Properties english = load("messages.properties");
		Properties translated = load("messages_" + language + ".properties");
		for (String key : List.of("cafe.question.past", "cafe.question.present", "cafe.question.future")) {
			assertThat(translated.getProperty(key)).as(language + " " + key).isNotBlank()
				.isNotEqualTo(english.getProperty(key));
		}
	}

	@ParameterizedTest
	@MethodSource("translations")
	void placeholdersMatchEnglish(String language) throws IOException {
		Properties english = load("messages.properties");
		Properties translated = load("messages_" + language + ".properties");
		Pattern placeholder = Pattern.compile("\\{\\d}");
		for (String key : english.stringPropertyNames()) {
			assertThat(placeholders(placeholder, translated.getProperty(key)))
				.as(language + " " + key)
				.isEqualTo(placeholders(placeholder, english.getProperty(key)));
		}
	}

	private static Set<String> placeholders(Pattern p, String text) {
		Set<String> found = new TreeSet<>();
		Matcher m = p.matcher(text);
		while (m.find()) {
			found.add(m.group());
		}
		return found;
	}

	@Test
	void noStraightApostropheInMessages() throws IOException {
		for (String file : Stream.concat(Stream.of("messages.properties"),
				translations().map(l -> "messages_" + l + ".properties")).toList()) {
			load(file).forEach((k, v) -> assertThat(v.toString()).as(file + " " + k).doesNotContain("'"));
		}
	}

	@Test
	void everyKeyNamedInATemplateExists() throws IOException {
		Set<String> english = load("messages.properties").stringPropertyNames();
		Pattern literalKey = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				Matcher m = literalKey.matcher(Files.readString(file));
				while (m.find()) {
					if (!english.contains(m.group(1))) {
						missing.add(file.getFileName() + ": " + m.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}
}
