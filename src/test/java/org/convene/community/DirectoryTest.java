package org.convene.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Set;

import org.convene.ConveneTest;
import org.convene.events.StakeholderType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The members' directory: what a member hides stays hidden — from the list, the search, the filters and their
 * counts, and their page — for every role but administrators; a member who is not listed is found by administrators
 * only; a deactivated (suspended) account drops out at once.
 */
@ConveneTest
class DirectoryTest {

	static final RequestPostProcessor MEMBER = user("member@demo.convene").roles("MEMBER");
	static final RequestPostProcessor COORDINATOR = user("coordinator@demo.convene").roles("COORDINATOR");
	static final RequestPostProcessor ADMIN = user("admin@demo.convene").roles("ADMIN");

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Directory directory;

	@Test
	void aMemberWhoIsNotListedIsFoundByAdministratorsOnly() throws Exception {
		Account hidden = accounts.create("hidden.member@example.org", "Zarina Hidden", Role.MEMBER, "a-long-password",
				"en");
		RequestPostProcessor self = user("hidden.member@example.org").roles("MEMBER");
		mvc.perform(post("/account/profile").with(csrf()).with(self).param("organisation", "Anti-Trafficking Unit")
			.param("country", "UZ").param("expertise", "Victim identification, shelters").param("inDirectory", "true")
			.param("shown", "ORGANISATION"));
		assertThat(text(get("/members").param("q", "zarina"), MEMBER)).contains("Zarina Hidden");
		mvc.perform(post("/account/profile").with(csrf()).with(self).param("organisation", "Anti-Trafficking Unit")
			.param("country", "UZ").param("shown", "ORGANISATION"));
		for (RequestPostProcessor who : List.of(MEMBER, COORDINATOR)) {
			assertThat(text(get("/members"), who)).doesNotContain("Zarina Hidden");
			assertThat(text(get("/members").param("q", "Zarina"), who)).doesNotContain("Zarina Hidden");
			assertThat(status(get("/members/" + hidden.getId()), who)).isEqualTo(404);
		}
		assertThat(text(get("/members").param("q", "Zarina"), ADMIN)).contains("Zarina Hidden")
			.contains("not listed in the directory");
		assertThat(status(get("/members/" + hidden.getId()), ADMIN)).isEqualTo(200);
		assertThat(text(get("/members/" + hidden.getId()), self)).contains("Zarina Hidden");
	}

	@Test
	void whatAMemberDoesNotShowCannotBeFoundByFilteringOnIt() {
		Account a = accounts.create("shows.little@example.org", "Karim Shows-Little", Role.MEMBER, "a-long-password",
				"en");
		directory.update(a.getEmail(), new MemberProfile("Border Police", "KG", StakeholderType.LAW_ENFORCEMENT, "Inspector",
				List.of("ru"), List.of("document fraud"), "Twenty years at the border.", true,
				Set.of(ProfileField.ORGANISATION)));
		Directory.Entry seen = directory.profile(a.getId(), "member@demo.convene");
		assertThat(seen.organisation()).isEqualTo("Border Police");
		assertThat(seen.country()).isNull();
		assertThat(seen.email()).isNull();
		assertThat(seen.expertise()).isEmpty();
		assertThat(seen.biography()).isNull();
		// filtering on a hidden country, expertise or text finds nothing, and no count gives it away
		Directory.Result byCountry = directory.search(new Directory.Query(null, "KG", null, null, null, null),
				"member@demo.convene");
		assertThat(byCountry.entries()).extracting(Directory.Entry::name).doesNotContain("Karim Shows-Little");
		Directory.Result all = directory.search(Directory.Query.ALL, "member@demo.convene");
		assertThat(all.facets().get("country")).doesNotContainKey("KG");
		assertThat(all.facets().get("expertise")).doesNotContainKey("document fraud");
		assertThat(directory.search(new Directory.Query("twenty years", null, null, null, null, null),
				"member@demo.convene").entries()).isEmpty();
		// the administrator and the member themselves see everything
		assertThat(directory.profile(a.getId(), "admin@demo.convene").country()).isEqualTo("KG");
		assertThat(directory.own(a.getEmail()).biography()).isEqualTo("Twenty years at the border.");
		// a suspended account drops out of the directory at once
		accounts.setActive(a.getId(), false, "admin@demo.convene");
		assertThat(directory.search(Directory.Query.ALL, "member@demo.convene").entries())
			.extracting(Directory.Entry::name).doesNotContain("Karim Shows-Little");
	}

	@Test
	void aPhotoIsShownToThoseTheMemberLetsSeeItAndOnlyARealImageIsTaken() throws Exception {
		Account a = accounts.create("photo.member@example.org", "Photo Member", Role.MEMBER, "a-long-password", "en");
		RequestPostProcessor self = user(a.getEmail()).roles("MEMBER");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0 };
		mvc.perform(multipart("/account/profile/photo").file(new MockMultipartFile("photo", "me.png", "image/png", png))
			.with(csrf()).with(self));
		assertThat(mvc.perform(get("/members/" + a.getId() + "/photo").with(MEMBER)).andReturn().getResponse()
			.getContentAsByteArray()).isEqualTo(png);
		directory.update(a.getEmail(), new MemberProfile(null, null, null, null, List.of(), List.of(), null, true,
				Set.of(ProfileField.ORGANISATION)));
		assertThat(status(get("/members/" + a.getId() + "/photo"), MEMBER)).isEqualTo(404);
		assertThat(status(get("/members/" + a.getId() + "/photo"), ADMIN)).isEqualTo(200);
		// a script named .png is refused, and the photo stays what it was
		mvc.perform(multipart("/account/profile/photo").file(new MockMultipartFile("photo", "me.png", "image/png",
				"<script>".getBytes())).with(csrf()).with(self));
		assertThat(mvc.perform(get("/members/" + a.getId() + "/photo").with(self)).andReturn().getResponse()
			.getContentAsByteArray()).isEqualTo(png);
	}

	private String text(MockHttpServletRequestBuilder request,
			RequestPostProcessor who) throws Exception {
		return mvc.perform(request.with(who)).andReturn().getResponse().getContentAsString();
	}

	private int status(MockHttpServletRequestBuilder request,
			RequestPostProcessor who) throws Exception {
		return mvc.perform(request.with(who)).andReturn().getResponse().getStatus();
	}
}
