package org.convene.interact.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.convene.ConveneTest;
import org.convene.TestSmtp;
import org.convene.events.EventDetails;
import org.convene.events.Events;
import org.convene.events.Participant;
import org.convene.events.ParticipantDetails;
import org.convene.events.Sex;
import org.convene.events.StakeholderType;
import org.convene.events.Visibility;
import org.convene.interact.Deck;
import org.convene.interact.Decks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Evaluation reminders go out by e-mail, one per registered participant with an address — each with their own
 * link when the questionnaire needs personal links — and a form sent twice sends them once.
 */
@ConveneTest
class EvaluationRemindersTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Events events;

	@Autowired
	Decks decks;

	@Test
	void eachParticipantGetsTheirOwnLinkOnce() throws Exception {
		var event = events.create(new EventDetails("Reminder workshop", LocalDate.of(2031, 4, 1), LocalDate.of(2031, 4, 2),
				"UTC", null, null, List.of("en"), null, null, Visibility.PUBLIC));
		for (String[] p : List.of(new String[] { "Leila Reminded", "leila.reminded@example.org" },
				new String[] { "Omar Reminded", "omar.reminded@example.org" }, new String[] { "No Address", null })) {
			events.register(event.getId(), new ParticipantDetails(p[0], "Org", StakeholderType.JUDICIARY, "PK", null,
					Sex.FEMALE, p[1], false, null), Participant.Source.COORDINATOR);
		}
		Deck deck = decks.fromTemplate(Decks.Template.EVALUATION, Locale.ENGLISH, event.getId(), null);
		decks.update(deck.getId(), deck.getTitle(), "en", null, deck.isAnonymous(), false, true, true);
		var coordinator = user("coordinator@demo.convene").roles("COORDINATOR");
		for (int i = 0; i < 2; i++) { // the same form twice: a double click
			mvc.perform(post("/decks/" + deck.getId() + "/reminders").with(csrf()).with(coordinator)
				.param("formToken", "reminder-form-" + deck.getId()))
				.andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).endsWith("/results"));
		}
		long until = System.currentTimeMillis() + 15_000;
		List<MimeMessage> leila = List.of();
		while (System.currentTimeMillis() < until) {
			leila = Arrays.stream(TestSmtp.SERVER.getReceivedMessages())
				.filter(m -> TestSmtp.subject(m).contains("Reminder workshop") || TestSmtp.subject(m).contains("questionnaire"))
				.filter(m -> recipient(m).equals("leila.reminded@example.org")).toList();
			if (!leila.isEmpty()) {
				break;
			}
			Thread.sleep(100);
		}
		Thread.sleep(2_500); // a second, wrongly sent message would have arrived by now
		leila = Arrays.stream(TestSmtp.SERVER.getReceivedMessages())
			.filter(m -> recipient(m).equals("leila.reminded@example.org")).toList();
		assertThat(leila).hasSize(1);
		String text = TestSmtp.text(leila.getFirst());
		assertThat(text).contains("Dear Leila Reminded").contains("/j/");
		String omar = TestSmtp.text(Arrays.stream(TestSmtp.SERVER.getReceivedMessages())
			.filter(m -> recipient(m).equals("omar.reminded@example.org")).findFirst().orElseThrow());
		// personal links: each message carries a different link
		assertThat(link(text)).isNotEqualTo(link(omar));
	}

	private static String link(String text) {
		return Arrays.stream(text.split("\\s+")).filter(w -> w.contains("/j/")).findFirst().orElseThrow();
	}

	private static String recipient(MimeMessage m) {
		try {
			return m.getAllRecipients()[0].toString();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}
}
