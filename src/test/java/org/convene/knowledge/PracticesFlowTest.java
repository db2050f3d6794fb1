package org.convene.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;

import org.convene.ConveneTest;
import org.convene.platform.notify.Notifications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A practice's way through the pages: a member writes it (the personal-identifier check stops a phone number until
 * confirmed), sends it for review; a coordinator asks for changes (a comment is required) and the author sees them;
 * the author changes it and sends it again; the coordinator publishes it. Who sees what: members-only practices are
 * hidden from guests in the list and behind sign-in on their page; drafts are their author's and the coordinators'.
 * Markdown is rendered and what is not allowed is removed.
 */
@ConveneTest
class PracticesFlowTest {

	static final RequestPostProcessor AUTHOR = user("author.flow@example.org").roles("MEMBER");
	static final RequestPostProcessor OTHER_MEMBER = user("other.flow@example.org").roles("MEMBER");
	static final RequestPostProcessor COORDINATOR = user("coordinator@demo.convene").roles("COORDINATOR");
	static final Pattern LOCATION = Pattern.compile("/practices/(\\d+)$");

	@Autowired
	MockMvc mvc;

	@Autowired
	Notifications notifications;

	@Test
	void aPracticeIsWrittenReviewedChangedAndPublished() throws Exception {
		String form = "title=Joint+investigation+teams+with+a+neighbour&summary=Two+countries+**share**+one+team."
				+ "<script>alert(1)</script>&language=en&countries=PK&countries=AF&crimeType=BOTH"
				+ "&evidenceLevel=EVALUATED&visibility=MEMBERS&objectives=REGIONAL_COOPERATION"
				+ "&results=Call+the+focal+point+on+%2B92+300+1234567";
		// a phone number in the text: shown again with the warning, nothing saved
		MockHttpServletResponse warned = send(post("/practices").content(form), AUTHOR);
		assertThat(warned.getStatus()).isEqualTo(422);
		assertThat(warned.getContentAsString()).contains("identifier-warning");
		MockHttpServletResponse created = send(post("/practices").content(form + "&identifiersConfirmed=true"), AUTHOR);
		assertThat(created.getStatus()).isEqualTo(302);
		Matcher id = LOCATION.matcher(created.getRedirectedUrl());
		assertThat(id.find()).isTrue();
		String page = "/practices/" + id.group(1);

		// a draft: the author and coordinators see it, another member and guests do not
		assertThat(send(get(page), AUTHOR).getContentAsString()).contains("Joint investigation teams").contains("Draft");
		assertThat(send(get(page), OTHER_MEMBER).getStatus()).isEqualTo(404);
		assertThat(send(get(page), null).getStatus()).isEqualTo(404);
		assertThat(send(get("/practices"), OTHER_MEMBER).getContentAsString()).doesNotContain("Joint investigation teams");

		assertThat(send(post(page + "/submit"), AUTHOR).getStatus()).isEqualTo(302);
		// the coordinators for Pakistan and Afghanistan are told there is something to review
		assertThat(notifications.recent("coordinator@demo.convene", 1)).extracting(Notifications.Notification::link)
			.containsExactly(page);
		assertThat(send(get("/practices/review"), COORDINATOR).getContentAsString()).contains("Joint investigation teams");
		assertThat(send(post(page + "/review").content("approve=false"), COORDINATOR).getStatus())
			.as("asking for changes needs a comment").isEqualTo(400);
		send(post(page + "/review").content("approve=false&comment=Say+what+the+team+needs+to+start."), COORDINATOR);
		assertThat(send(get(page), AUTHOR).getContentAsString()).contains("Say what the team needs to start.");
		assertThat(notifications.recent("author.flow@example.org", 1)).extracting(Notifications.Notification::messageKey)
			.containsExactly("practice.notify.changes");
		assertThat(send(post(page + "/review").content("approve=true"), COORDINATOR).getStatus())
			.as("a draft is not in review").isEqualTo(400);

		MockHttpServletResponse changed = send(post(page).content(form.replace("Call+the+focal+point+on+%2B92+300+1234567",
				"Faster+evidence") + "&transferability=A+bilateral+agreement"), AUTHOR);
		assertThat(changed.getStatus()).isEqualTo(302);
		// the history shows what the change added and removed, to the author and the coordinators only
		String history = send(get(page + "/history"), AUTHOR).getContentAsString();
		assertThat(history).contains("Version 2").contains("Version 1")
			.contains("<del>Call the focal point on +92 300 1234567</del>").contains("<ins>Faster evidence</ins>")
			.contains("<ins>A bilateral agreement</ins>");
		assertThat(send(get(page + "/history"), OTHER_MEMBER).getStatus()).isEqualTo(404);
		send(post(page + "/submit"), AUTHOR);
		send(post(page + "/review").content("approve=true"), COORDINATOR);
		assertThat(notifications.recent("author.flow@example.org", 1)).extracting(Notifications.Notification::messageKey)
			.containsExactly("practice.notify.published");
		assertThat(send(get(page + "/history"), OTHER_MEMBER).getStatus()).as("published: readable, history not")
			.isEqualTo(403);

		// published, members only: members read it (Markdown rendered, the script gone); guests must sign in
		String read = send(get(page), OTHER_MEMBER).getContentAsString();
		assertThat(read).contains("<strong>share</strong>").contains("A bilateral agreement").doesNotContain("<script>alert");
		assertThat(send(get(page), null).getRedirectedUrl()).endsWith("/login");
		assertThat(send(get("/practices"), null).getContentAsString()).doesNotContain("Joint investigation teams");
		assertThat(send(get("/practices?country=AF&crimeType=BOTH"), OTHER_MEMBER).getContentAsString())
			.contains("Joint investigation teams");
		assertThat(send(get("/practices?country=AF&crimeType=TIP"), OTHER_MEMBER).getContentAsString())
			.doesNotContain("Joint investigation teams");
		assertThat(send(get("/practices").param("q", "INVESTIGATION team"), OTHER_MEMBER).getContentAsString())
			.contains("Joint investigation teams");

		// another member records where it travelled; the reasons come back when the form is wrong
		MockHttpServletResponse empty = send(post(page + "/adoptions").content("country=JO"), OTHER_MEMBER);
		assertThat(empty.getStatus()).isEqualTo(422);
		assertThat(empty.getContentAsString()).contains("Say what you changed to make it fit.");
		MockHttpServletResponse adopted = send(post(page + "/adoptions").content("country=JO&period=2023"
				+ "&changes=One+team+per+border+crossing&result=Three+cases+in+a+year&contact=The+JIT+desk"), OTHER_MEMBER);
		assertThat(adopted.getStatus()).isEqualTo(302);
		String withAdoption = send(get(page), AUTHOR).getContentAsString();
		assertThat(withAdoption).contains("Jordan").contains("One team per border crossing").contains("Three cases in a year");
		// and the map drawn on the server: a line from where it began to Jordan (none before any adoption)
		assertThat(read).doesNotContain("class=\"chart map\"");
		assertThat(withAdoption).contains("class=\"chart map\"").contains("<path d=\"M");
		assertThat(Pattern.compile("<circle[^>]*><title>Jordan</title>").matcher(withAdoption).find()).isTrue();
		Matcher remove = Pattern.compile("/practices/\\d+/adoptions/(\\d+)/delete").matcher(withAdoption);
		assertThat(remove.find()).as("a coordinator or its author may remove it; the page offers it to them only")
			.isFalse();
		String asAdopter = send(get(page), OTHER_MEMBER).getContentAsString();
		Matcher mine = Pattern.compile("(/practices/\\d+/adoptions/\\d+/delete)").matcher(asAdopter);
		assertThat(mine.find()).isTrue();
		assertThat(send(post(mine.group(1)), AUTHOR).getStatus()).as("not the practice author's to remove").isEqualTo(403);
		assertThat(send(post(mine.group(1)), OTHER_MEMBER).getStatus()).isEqualTo(302);
		assertThat(send(get(page), AUTHOR).getContentAsString()).doesNotContain("One team per border crossing");

		// another member may not change it; the author's change sends it back to review
		assertThat(send(get(page + "/edit"), OTHER_MEMBER).getStatus()).isEqualTo(403);
		send(post(page).content(form.replace("Call+the+focal+point+on+%2B92+300+1234567", "Faster")), AUTHOR);
		assertThat(send(get(page), OTHER_MEMBER).getStatus()).as("back in review, out of view").isEqualTo(404);
	}

	@Test
	void theDemoPracticesReadInTheirLanguageAndThePublicOnesByGuests() throws Exception {
		String list = send(get("/practices").header("Accept-Language", "ar"), null).getContentAsString();
		assertThat(list).contains("dir=\"rtl\"").contains("الممارسات الجيدة")
			.contains("المقابلة المتمحورة حول الضحية").contains("Regional network of specialised prosecutors")
			.as("members only: not for guests").doesNotContain("Un groupe de messagerie");
		assertThat(send(get("/practices"), OTHER_MEMBER).getContentAsString()).contains("Un groupe de messagerie");
		// the feed: public practices only, well-formed, narrowed by the same filters
		MockHttpServletResponse feed = send(get("/practices.atom"), OTHER_MEMBER);
		assertThat(feed.getContentType()).startsWith("application/atom+xml");
		String atom = feed.getContentAsString();
		DocumentBuilderFactory.newInstance().newDocumentBuilder()
			.parse(new ByteArrayInputStream(feed.getContentAsByteArray()));
		assertThat(atom).contains("Regional network of specialised prosecutors").contains("المقابلة المتمحورة حول الضحية")
			.as("members only, even for a member's feed reader").doesNotContain("Un groupe de messagerie");
		assertThat(send(get("/practices.atom").param("language", "ar"), null).getContentAsString())
			.contains("المقابلة المتمحورة حول الضحية").doesNotContain("Regional network of specialised prosecutors");
		// the JSON export: what the reader may see, published only, with adoptions
		String guestJson = send(get("/practices.json"), null).getContentAsString();
		assertThat(guestJson).contains("\"title\":\"Regional network of specialised prosecutors\"")
			.contains("\"country\":\"KZ\"").doesNotContain("Un groupe de messagerie").doesNotContain("\"DRAFT\"");
		assertThat(send(get("/practices.json"), OTHER_MEMBER).getContentAsString()).contains("Un groupe de messagerie");
		// the indicators count practices shared from a country and adoptions in it, per year
		String indicators = send(get("/indicators").param("country", "KZ"), COORDINATOR).getContentAsString();
		assertThat(indicators).contains("Good practices shared and adopted").contains("Kazakhstan");
		assertThat(send(get("/indicators").param("country", "KZ").param("to", "2000-01-01"), COORDINATOR)
			.getContentAsString()).contains("No practice was published or adopted in this period.");
	}

	@Test
	void aTranslationIsReadInItsLanguageAndTheFamilyListedOnce() throws Exception {
		String list = send(get("/practices").param("q", "prosecutors network"), AUTHOR).getContentAsString();
		Matcher original = Pattern.compile("/practices/(\\d+)\"[^>]*>Regional network of specialised prosecutors")
			.matcher(list);
		assertThat(original.find()).isTrue();
		String id = original.group(1);
		String start = send(get("/practices/new").param("translationOf", id).param("lang", "ru"), AUTHOR)
			.getContentAsString();
		assertThat(start).contains("Regional network of specialised prosecutors").contains("value=\"ru\" selected");
		String form = "translationOf=" + id + "&title=Региональная+сеть+специализированных+прокуроров"
				+ "&summary=Прокуроры+соседних+стран+встречаются+дважды+в+год.&language=ru&countries=PK&crimeType=BOTH"
				+ "&evidenceLevel=MONITORED&visibility=PUBLIC";
		MockHttpServletResponse made = send(post("/practices").content(form), AUTHOR);
		assertThat(made.getStatus()).isEqualTo(302);
		String translation = made.getRedirectedUrl();
		send(post(translation + "/submit"), AUTHOR);
		send(post(translation + "/review").content("approve=true"), COORDINATOR);

		// a Russian reader of the original is taken to the translation; choosing the original keeps it
		assertThat(send(get("/practices/" + id).header("Accept-Language", "ru"), null).getRedirectedUrl())
			.isEqualTo(translation);
		assertThat(send(get("/practices/" + id).param("chosen", "1").header("Accept-Language", "ru"), null).getStatus())
			.isEqualTo(200);
		assertThat(send(get(translation).header("Accept-Language", "en"), null).getRedirectedUrl())
			.isEqualTo("/practices/" + id);
		// the list shows the family once, in the reader's language
		String russian = send(get("/practices").header("Accept-Language", "ru"), null).getContentAsString();
		assertThat(russian).contains("Региональная сеть").doesNotContain("Regional network of specialised prosecutors");
		assertThat(send(get(translation).param("chosen", "1"), null).getContentAsString()).contains("/practices/" + id);
		// one translation per language
		MockHttpServletResponse twice = send(post("/practices").content(form), OTHER_MEMBER);
		assertThat(twice.getStatus()).isEqualTo(422);
		assertThat(twice.getContentAsString()).contains("There is already a translation in this language");
	}

	@Test
	void badInputIsRefusedWithTheReasonsNotA500() throws Exception {
		MockHttpServletResponse refused = send(post("/practices").content("title=&summary=&language=xx&countries=ZZ"
				+ "&crimeType=TIP&evidenceLevel=ANECDOTAL&visibility=PUBLIC&evidenceLink=javascript:alert(1)"
				+ "&takeaway=" + "x".repeat(1001)).header("Accept-Language", "fr"), AUTHOR);
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getContentAsString()).contains("Donnez à la pratique un titre")
			.contains("Choisissez au moins un pays").contains("https://")
			.contains("Un texte dépasse la longueur permise");
		assertThat(send(post("/practices").content("crimeType=NOPE"), AUTHOR).getStatus()).isEqualTo(400);
		// the list's, the feed's and the export's filters are read the same way: a wrong value is the reader's 400
		for (String path : List.of("/practices", "/practices.atom", "/practices.json")) {
			assertThat(send(get(path).param("crimeType", "NOPE"), null).getStatus()).as(path).isEqualTo(400);
		}
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, RequestPostProcessor who)
			throws Exception {
		request.contentType("application/x-www-form-urlencoded").with(csrf());
		if (who != null) {
			request.with(who);
		}
		return mvc.perform(request).andReturn().getResponse();
	}
}
