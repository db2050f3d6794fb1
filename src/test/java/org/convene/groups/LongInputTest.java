package org.convene.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;

import org.convene.ConveneTest;
import org.convene.community.JoinRequest;
import org.convene.community.JoinRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every field of the community's forms, too long by far: the person is told (a 4xx or the form again with the
 * reason), never a 500 from a column that could not hold it.
 */
@ConveneTest
class LongInputTest {

	static final String LONG = "x".repeat(5_000);

	@Autowired
	MockMvc mvc;

	@Autowired
	Groups groups;

	@Autowired
	JoinRequests requests;

	@Test
	void overLongFieldsAreRefusedWithAReasonNeverAServerError() throws Exception {
		Map<String, String> join = Map.of("displayName", "A", "email", "long@example.org", "organisation", "O",
				"country", "PK", "stakeholderType", "MINISTRY", "nomination", "Ministry");
		for (String field : List.of("displayName", "organisation", "jobTitle", "nomination", "motivation", "email",
				"sponsor")) {
			MockHttpServletRequestBuilder request = post("/join").with(csrf()).header("Referer", "http://localhost/join");
			join.forEach(request::param);
			request.param(field, field.equals("email") || field.equals("sponsor") ? LONG + "@example.org" : LONG);
			assertTold(mvc.perform(request).andReturn().getResponse(), "join " + field);
		}
		var coordinator = user("coordinator@demo.convene").roles("COORDINATOR");
		long request = requests.pendingFor("coordinator@demo.convene").getFirst().getId();
		for (String decision : List.of("approve", "decline")) {
			assertTold(mvc.perform(post("/members/requests/" + request + "/" + decision).with(csrf()).with(coordinator)
				.header("Referer", "http://localhost/members/requests").param("note", LONG)).andReturn().getResponse(),
					decision + " note");
		}
		assertThat(requests.pendingFor("coordinator@demo.convene")).extracting(JoinRequest::getId).contains(request);
		assertTold(mvc.perform(post("/groups").with(csrf()).with(coordinator).header("Referer", "http://localhost/groups")
			.param("name", "Long").param("access", "OPEN").param("description", LONG)).andReturn().getResponse(),
				"group description");
		assertTold(mvc.perform(post("/networks").with(csrf()).with(coordinator).header("Referer", "http://localhost/networks")
			.param("name", "Long").param("theme", "TIP").param("description", LONG)).andReturn().getResponse(),
				"network description");
		long group = groups.create("Long input group", null, Group.Access.OPEN, null, null, "coordinator@demo.convene");
		assertTold(mvc.perform(post("/groups/" + group + "/topics").with(csrf()).with(coordinator)
			.header("Referer", "http://localhost/groups/" + group).param("title", LONG).param("body", "b"))
			.andReturn().getResponse(), "topic title");
		assertTold(mvc.perform(post("/groups/" + group + "/topics").with(csrf()).with(coordinator)
			.header("Referer", "http://localhost/groups/" + group).param("title", "t").param("body", LONG.repeat(5)))
			.andReturn().getResponse(), "post body");
	}

	/** Told: sent back to the form with the reason (303 and a flash message), or a 4xx page; never a 5xx. */
	private static void assertTold(MockHttpServletResponse response, String what) {
		assertThat(response.getStatus()).as(what).isLessThan(500);
		assertThat(response.getStatus() == 303 || response.getStatus() >= 400).as(what + " refused").isTrue();
	}
}
