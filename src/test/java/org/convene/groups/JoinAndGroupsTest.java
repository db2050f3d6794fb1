package org.convene.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.convene.ConveneTest;
import org.convene.TestSmtp;
import org.convene.community.Accounts;
import org.convene.community.JoinRequest;
import org.convene.community.JoinRequestDetails;
import org.convene.community.JoinRequests;
import org.convene.community.Networks;
import org.convene.community.Role;
import org.convene.community.Theme;
import org.convene.events.EventDetails;
import org.convene.events.Events;
import org.convene.events.Participant;
import org.convene.events.ParticipantDetails;
import org.convene.events.Sex;
import org.convene.events.StakeholderType;
import org.convene.events.Visibility;
import org.convene.knowledge.CrimeType;
import org.convene.knowledge.EvidenceLevel;
import org.convene.knowledge.PracticeDetails;
import org.convene.knowledge.Practices;
import org.convene.platform.UserError;
import org.convene.platform.notify.Notifications;
import org.convene.platform.privacy.Privacy;
import org.convene.platform.web.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Joining by request and talking in groups, through the services and pages, with e-mail going to a real SMTP server
 * (GreenMail): the country's coordinator decides, the welcome mail carries a working link, mentions and replies
 * notify the right people once, the digest's links open the thread, and a group's own rules hold.
 */
@ConveneTest
class JoinAndGroupsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JoinRequests requests;

	@Autowired
	Accounts accounts;

	@Autowired
	Groups groups;

	@Autowired
	Notifications notifications;

	@Autowired
	Events events;

	@Autowired
	Privacy privacy;

	@Autowired
	MessageSource messages;

	@Autowired
	Networks networks;

	@Autowired
	Practices practices;

	@Test
	void aRequestIsDecidedByTheCoordinatorsOfItsCountryAndTheWelcomeMailsLinkWorks() throws Exception {
		var austria = accounts.create("coordinator-at@test.convene", "Austrian coordinator", Role.COORDINATOR,
				"a-long-password", "de");
		accounts.setCoordinatesCountries(austria.getId(), Set.of("AT"));
		mvc.perform(post("/join").with(csrf()).param("displayName", "Amina Request").param("email", "amina@fia.test")
			.param("organisation", "Federal Investigation Agency").param("country", "PK")
			.param("stakeholderType", "LAW_ENFORCEMENT").param("sponsor", "member@demo.convene")
			.param("motivation", "I lead the anti-trafficking circle in Lahore.").locale(Locale.FRENCH))
			.andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/join/sent"));
		JoinRequest request = requests.pendingFor("coordinator@demo.convene").stream()
			.filter(r -> r.getEmail().equals("amina@fia.test")).findFirst().orElseThrow();
		assertThat(request.getLanguage()).isEqualTo("fr");

		// the same address again changes nothing, and looks the same to the person
		mvc.perform(post("/join").with(csrf()).param("displayName", "Amina Again").param("email", "AMINA@fia.test")
			.param("organisation", "FIA").param("country", "PK").param("stakeholderType", "LAW_ENFORCEMENT")
			.param("nomination", "Ministry of Interior"))
			.andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/join/sent"));
		assertThat(requests.pendingFor("coordinator@demo.convene")).filteredOn(r -> r.getEmail().equals("amina@fia.test"))
			.hasSize(1);

		// the Austrian coordinator neither sees nor decides it; the sponsor and Pakistan's deciders were told
		assertThat(requests.pendingFor("coordinator-at@test.convene")).extracting(JoinRequest::getEmail)
			.doesNotContain("amina@fia.test");
		assertThatThrownBy(() -> requests.approve(request.getId(), "coordinator-at@test.convene", null))
			.isInstanceOf(UserError.class);
		assertThat(notifications.recent("coordinator@demo.convene", 20)).extracting(Notifications.Notification::messageKey)
			.contains("join.notify.request");
		assertThat(notifications.recent("coordinator-at@test.convene", 20)).isEmpty();
		assertThat(notifications.recent("member@demo.convene", 50)).extracting(Notifications.Notification::messageKey)
			.contains("join.notify.sponsor");

		var approval = requests.approve(request.getId(), "coordinator@demo.convene", null);
		assertThat(approval.mailed()).isTrue();
		MimeMessage welcome = mailTo("amina@fia.test", 1).getFirst();
		assertThat(welcome.getSubject()).startsWith("Bienvenue sur Convene");
		String body = TestSmtp.text(welcome);
		Matcher link = Pattern.compile("http://[^\\s\"<]+/reset/[A-Za-z0-9_-]+").matcher(body);
		assertThat(link.find()).as(body).isTrue();
		String path = link.group().replaceFirst("http://[^/]+", "");
		mvc.perform(post(path).with(csrf()).param("password", "amina-new-password")
			.param("confirmation", "amina-new-password"));
		assertThat(accounts.find("amina@fia.test").orElseThrow().getCountry()).isEqualTo("PK");
		mvc.perform(post("/login").with(csrf()).param("username", "amina@fia.test").param("password", "amina-new-password"))
			.andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).doesNotContain("error"));
		assertThatThrownBy(() -> requests.approve(request.getId(), "coordinator@demo.convene", null))
			.isInstanceOf(UserError.class);
	}

	@Test
	void aJoinRequestWithoutAVoucherOrWithAnUnknownSponsorIsRefusedWithAReason() {
		assertThatThrownBy(() -> requests.submit(new JoinRequestDetails("x@y.test", "X", "Org", "PK",
				StakeholderType.MINISTRY, null, null, null, null), Locale.ENGLISH))
			.isInstanceOf(UserError.class).hasMessage("join.error.vouch");
		assertThatThrownBy(() -> requests.submit(new JoinRequestDetails("x@y.test", "X", "Org", "PK",
				StakeholderType.MINISTRY, null, "nobody@nowhere.test", null, null), Locale.ENGLISH))
			.isInstanceOf(UserError.class).hasMessage("join.error.sponsor");
		assertThatThrownBy(() -> requests.submit(new JoinRequestDetails("x@y.test", "X", "Org", "XX",
				StakeholderType.MINISTRY, null, null, "Ministry", null), Locale.ENGLISH))
			.isInstanceOf(UserError.class).hasMessage("join.error.country");
	}

	@Test
	void mentionsAndRepliesNotifyOnceAndTheDigestLinkOpensTheThread() throws Exception {
		long group = groups.create("Digest cohort", "Talk after the workshop.", Group.Access.OPEN, "PK", null,
				"coordinator@demo.convene");
		assertThat(groups.join(group, "member@demo.convene")).isEqualTo(Membership.State.MEMBER);
		notifications.readAll("member@demo.convene");
		notifications.sendDigests(Notifications.Frequency.DAILY); // what was waiting from other tests goes first

		long topic = groups.startTopic(group, "Joint investigations", "How did you set up the JIT?",
				"member@demo.convene");
		long post = groups.reply(group, topic, "@Demo member we used the 2019 model — see the annex.",
				"coordinator@demo.convene");
		List<Notifications.Notification> mine = notifications.recent("member@demo.convene", 5).stream()
			.filter(n -> !n.read()).toList();
		assertThat(mine).extracting(Notifications.Notification::messageKey).containsExactly("groups.notify.mention");
		assertThat(mine.getFirst().link()).isEqualTo("/groups/" + group + "/t/" + topic + "#post-" + post);
		// every page's menu says so
		assertThat(mvc.perform(get("/groups").with(user("member@demo.convene").roles("MEMBER")).locale(Locale.ENGLISH))
			.andReturn().getResponse().getContentAsString()).contains("aria-label=\"Notifications: 1 unread\"");

		long answer = groups.reply(group, topic, "Thank you!", "member@demo.convene");
		assertThat(notifications.recent("coordinator@demo.convene", 3)).extracting(Notifications.Notification::messageKey)
			.first().isEqualTo("groups.notify.reply");

		assertThat(notifications.sendDigests(Notifications.Frequency.DAILY)).isPositive();
		// the digest of this discussion (earlier digests, e.g. of the demo's practices, may still be arriving)
		String body = digestAbout("member@demo.convene", "Joint investigations");
		// in the member's language (another test may have left it other than English)
		String language = accounts.find("member@demo.convene").orElseThrow().getLanguage();
		assertThat(body).contains(messages.getMessage("groups.notify.mention", new Object[] { "Demo coordinator",
				"Joint investigations" }, Locale.forLanguageTag(language == null ? "en" : language)), "/unsubscribe?r=");
		Matcher link = Pattern.compile("http://[^\\s\"<]+/notifications/(\\d+)").matcher(body);
		assertThat(link.find()).isTrue();
		mvc.perform(get("/notifications/" + link.group(1)).with(user("member@demo.convene").roles("MEMBER")))
			.andExpect(r -> assertThat(r.getResponse().getRedirectedUrl())
				.isEqualTo("/groups/" + group + "/t/" + topic + "#post-" + post));
		// someone else's notification is not found
		mvc.perform(get("/notifications/" + link.group(1)).with(user("admin@demo.convene").roles("ADMIN")))
			.andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(404));
		// a second digest has nothing new to say
		assertThat(notifications.sendDigests(Notifications.Frequency.DAILY)).isZero();

		// the unsubscribe link works without signing in, for its own address only
		Matcher stop = Pattern.compile("/unsubscribe\\?r=([^&\\s]+)&s=([A-Za-z0-9_-]+)").matcher(body);
		assertThat(stop.find()).isTrue();
		String address = URLDecoder.decode(stop.group(1), StandardCharsets.UTF_8);
		assertThat(mvc.perform(get("/unsubscribe").param("r", "coordinator@demo.convene").param("s", stop.group(2)))
			.andReturn().getResponse().getContentAsString()).contains("This link is not valid");
		mvc.perform(post("/unsubscribe").with(csrf()).param("r", "coordinator@demo.convene").param("s", stop.group(2)));
		assertThat(notifications.frequency("coordinator@demo.convene")).isEqualTo(Notifications.Frequency.DAILY);
		mvc.perform(post("/unsubscribe").with(csrf()).param("r", address).param("s", stop.group(2)));
		assertThat(notifications.frequency("member@demo.convene")).isEqualTo(Notifications.Frequency.OFF);
		notifications.setFrequency("member@demo.convene", Notifications.Frequency.DAILY);
		assertThat(answer).isPositive();
	}

	@Test
	void aGroupsOwnRulesHold() {
		long secret = groups.create("Invitation only", null, Group.Access.INVITATION, null, null,
				"coordinator@demo.convene");
		assertThatThrownBy(() -> groups.get(secret, "member@demo.convene")).isInstanceOf(NotFoundException.class);
		assertThat(groups.visibleTo("member@demo.convene")).extracting(Group::id).doesNotContain(secret);
		assertThat(groups.visibleTo("admin@demo.convene")).extracting(Group::id).contains(secret);
		groups.invite(secret, "member@demo.convene", "coordinator@demo.convene");
		assertThat(groups.get(secret, "member@demo.convene").viewerState()).isEqualTo(Membership.State.INVITED);
		assertThat(groups.join(secret, "member@demo.convene")).isEqualTo(Membership.State.MEMBER);

		long byRequest = groups.create("By request", null, Group.Access.REQUEST, null, null, "coordinator@demo.convene");
		// a group can be a network's place; only its moderators say so
		long network = networks.create("Rules network", null, Theme.SOM, List.of("TJ"), "coordinator@demo.convene");
		assertThatThrownBy(() -> groups.setNetwork(byRequest, network, "member@demo.convene"))
			.isInstanceOf(AccessDeniedException.class);
		groups.setNetwork(byRequest, network, "coordinator@demo.convene");
		assertThat(groups.get(byRequest, "member@demo.convene").networkId()).isEqualTo(network);
		assertThat(groups.join(byRequest, "member@demo.convene")).isEqualTo(Membership.State.REQUESTED);
		Group asked = groups.get(byRequest, "member@demo.convene");
		assertThat(groups.readable(asked, "member@demo.convene")).isFalse();
		assertThatThrownBy(() -> groups.startTopic(byRequest, "Hello", "Hi", "member@demo.convene"))
			.isInstanceOf(AccessDeniedException.class);
		groups.decide(byRequest, "member@demo.convene", true, "coordinator@demo.convene");
		long topic = groups.startTopic(byRequest, "Hello", "Hi", "member@demo.convene");
		long post = groups.reply(byRequest, topic, "Off-topic", "member@demo.convene");

		// a member moderates nothing; a moderator hides and locks; hidden posts are gone for members
		assertThatThrownBy(() -> groups.hidePost(byRequest, topic, post, true, "member@demo.convene"))
			.isInstanceOf(AccessDeniedException.class);
		groups.flag(byRequest, topic, post, "member@demo.convene");
		groups.hidePost(byRequest, topic, post, true, "coordinator@demo.convene");
		Group g = groups.get(byRequest, "member@demo.convene");
		assertThat(groups.posts(g, groups.topic(g, topic, "member@demo.convene"), "member@demo.convene"))
			.extracting(Post::id).doesNotContain(post);
		groups.setTopicState(byRequest, topic, true, false, "coordinator@demo.convene");
		assertThatThrownBy(() -> groups.reply(byRequest, topic, "More", "member@demo.convene"))
			.isInstanceOf(UserError.class).hasMessage("groups.error.locked");
		assertThatThrownBy(() -> groups.leave(byRequest, "coordinator@demo.convene"))
			.isInstanceOf(UserError.class).hasMessage("groups.error.lastOwner");
		// the author marks the solution; a post of another topic is not found there
		groups.markSolution(byRequest, topic, groups.posts(g, groups.topic(g, topic, "member@demo.convene"),
				"member@demo.convene").getFirst().id(), "member@demo.convene");
		assertThat(groups.topic(g, topic, "member@demo.convene").solutionPostId()).isNotNull();
	}

	@Test
	void anEventsGroupInvitesItsRegistrantsMembersAtOnceOthersWhenTheyJoin() {
		var event = events.create(new EventDetails("Group test workshop", LocalDate.of(2031, 3, 3), LocalDate.of(2031, 3, 4),
				"UTC", null, null, List.of("en"), null, null, Visibility.PUBLIC));
		for (String email : List.of("member@demo.convene", "Newcomer@Shelter.test")) {
			events.register(event.getId(), new ParticipantDetails("P " + email, "Org", StakeholderType.CIVIL_SOCIETY, "PK",
					null, Sex.FEMALE, email, false, null), Participant.Source.COORDINATOR);
		}
		Groups.EventGroup made = groups.forEvent(event.getId(), "coordinator@demo.convene");
		assertThat(made.created()).isTrue();
		assertThat(made.membersInvited()).isEqualTo(1);
		assertThat(made.addressesInvited()).isEqualTo(1);
		assertThat(groups.get(made.groupId(), "member@demo.convene").viewerState()).isEqualTo(Membership.State.INVITED);
		assertThat(groups.forEvent(event.getId(), "coordinator@demo.convene"))
			.isEqualTo(new Groups.EventGroup(made.groupId(), false, 0, 0));
		// the registrant without an account finds the invitation once they have one with that address
		accounts.create("newcomer@shelter.test", "Newcomer", Role.MEMBER, "a-long-password", "en");
		assertThat(groups.visibleTo("newcomer@shelter.test")).extracting(Group::id).contains(made.groupId());
		assertThat(groups.join(made.groupId(), "newcomer@shelter.test")).isEqualTo(Membership.State.MEMBER);
	}

	@Test
	void filesAttachedToAPostAreCheckedAndReadOnlyByThoseWhoMayReadTheDiscussion() throws Exception {
		long group = groups.create("Files cohort", null, Group.Access.INVITATION, null, null, "coordinator@demo.convene");
		var coordinator = user("coordinator@demo.convene").roles("COORDINATOR");
		var form = new MockMultipartFile("files", "referral-form.pdf", "application/pdf",
				"%PDF-1.4 referral form".getBytes(StandardCharsets.US_ASCII));
		String topicUrl = mvc.perform(multipart("/groups/" + group + "/topics").file(form).with(csrf()).with(coordinator)
			.param("title", "The referral form").param("body", "Attached, as agreed.")).andReturn().getResponse()
			.getRedirectedUrl();
		String page = mvc.perform(get(topicUrl).with(coordinator)).andReturn().getResponse().getContentAsString();
		Matcher file = Pattern.compile("href=\"(/groups/\\d+/t/\\d+/files/\\d+)\"").matcher(page);
		assertThat(file.find()).as(page).isTrue();
		var download = mvc.perform(get(file.group(1)).with(coordinator)).andReturn().getResponse();
		assertThat(download.getContentAsString()).isEqualTo("%PDF-1.4 referral form");
		assertThat(download.getHeader("Content-Disposition")).contains("referral-form.pdf");
		// not for someone outside the (invitation-only) group
		assertThat(mvc.perform(get(file.group(1)).with(user("member@demo.convene").roles("MEMBER"))).andReturn()
			.getResponse().getStatus()).isEqualTo(404);
		// a file that is not what its name says is refused, and nothing is posted
		var fake = new MockMultipartFile("files", "minutes.pdf", "application/pdf", "MZ not a pdf".getBytes());
		long topicId = Long.parseLong(topicUrl.replaceAll(".*/t/", ""));
		int before = groups.posts(groups.get(group, "coordinator@demo.convene"),
				groups.topic(groups.get(group, "coordinator@demo.convene"), topicId, "coordinator@demo.convene"),
				"coordinator@demo.convene").size();
		mvc.perform(multipart(topicUrl + "/posts").file(fake).with(csrf()).with(coordinator).param("body", "And this."));
		assertThat(groups.posts(groups.get(group, "coordinator@demo.convene"),
				groups.topic(groups.get(group, "coordinator@demo.convene"), topicId, "coordinator@demo.convene"),
				"coordinator@demo.convene")).hasSize(before);
	}

	@Test
	void erasingAPersonTakesThemOutOfGroupsAndNotificationsAndUnnamesTheirPosts() {
		accounts.create("to.erase@example.org", "Erased Person", Role.MEMBER, "a-long-password", "en");
		long group = groups.create("Erasure cohort", null, Group.Access.OPEN, null, null, "coordinator@demo.convene");
		groups.join(group, "to.erase@example.org");
		long topic = groups.startTopic(group, "Before I go", "What I learned.", "to.erase@example.org");
		groups.reply(group, topic, "@Erased Person thank you", "coordinator@demo.convene");
		assertThat(notifications.recent("to.erase@example.org", 5)).isNotEmpty();
		assertThat(privacy.export("to.erase@example.org").get("group posts")).hasSize(1);
		var practice = practices.create("to.erase@example.org", new PracticeDetails("Erasure practice", "Kept.", "en",
				List.of("PK"), null, List.of(), CrimeType.TIP, null, null, null, "to.erase@example.org", null, null, null,
				null, null, EvidenceLevel.ANECDOTAL, null, null, null, Visibility.MEMBERS), true);

		privacy.erase("to.erase@example.org");
		Group g = groups.get(group, "coordinator@demo.convene");
		List<Post> posts = groups.posts(g, groups.topic(g, topic, "coordinator@demo.convene"), "coordinator@demo.convene");
		assertThat(posts.getFirst().body()).isEqualTo("What I learned.");
		assertThat(posts.getFirst().authorName()).isEqualTo("—");
		assertThat(posts.getFirst().author()).doesNotContain("to.erase");
		assertThat(groups.members(g, "coordinator@demo.convene")).extracting(Membership::member)
			.doesNotContain("to.erase@example.org");
		assertThat(notifications.recent("to.erase@example.org", 5)).isEmpty();
		// the practice stays, naming no one
		var kept = practices.visible(practice.getId(), new Practices.Viewer("coordinator@demo.convene", true));
		assertThat(kept.getAuthor()).doesNotContain("to.erase");
		assertThat(kept.getContact()).isNull();
	}

	@Test
	void aDiscussionBecomesAPracticeDraftThatRemembersIt() throws Exception {
		long group = groups.create("Practice cohort", null, Group.Access.INVITATION, null, null, "coordinator@demo.convene");
		long topic = groups.startTopic(group, "Shelter referrals across the border",
				"We agreed a **referral form** with the shelters on both sides.", "coordinator@demo.convene");
		var coordinator = user("coordinator@demo.convene").roles("COORDINATOR");
		String form = mvc.perform(get("/practices/new").param("fromTopic", String.valueOf(topic))
			.param("group", String.valueOf(group)).with(coordinator)).andReturn().getResponse().getContentAsString();
		assertThat(form).contains("This draft starts from: Practice cohort — Shelter referrals across the border")
			.contains("We agreed a **referral form** with the shelters on both sides.");
		// someone who may not read the discussion gets an ordinary empty form
		String outsider = mvc.perform(get("/practices/new").param("fromTopic", String.valueOf(topic))
			.param("group", String.valueOf(group)).with(user("member@demo.convene").roles("MEMBER"))).andReturn()
			.getResponse().getContentAsString();
		assertThat(outsider).doesNotContain("referral form").doesNotContain("This draft starts from");
		String saved = mvc.perform(post("/practices").with(csrf()).with(coordinator).param("fromTopic", String.valueOf(topic))
			.param("group", String.valueOf(group)).param("title", "Cross-border shelter referral form")
			.param("summary", "A referral form both sides accept.").param("language", "en").param("countries", "PK")
			.param("crimeType", "TIP").param("evidenceLevel", "ANECDOTAL").param("visibility", "MEMBERS"))
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(mvc.perform(get(saved).with(coordinator)).andReturn().getResponse().getContentAsString())
			.contains("From a group discussion: Practice cohort — Shelter referrals across the border");
	}

	/** The text of the mail to {@code address} that mentions {@code subject}, waiting up to 15 s for it. */
	private static String digestAbout(String address, String subject) throws Exception {
		long until = System.currentTimeMillis() + 15_000;
		while (System.currentTimeMillis() < until) {
			for (MimeMessage m : TestSmtp.SERVER.getReceivedMessages()) {
				String text = to(m).equals(address) ? TestSmtp.text(m) : null;
				if (text != null && text.contains(subject)) {
					return text;
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no mail to " + address + " about " + subject);
	}

	private static List<MimeMessage> mailTo(String address, int count) throws InterruptedException {
		long until = System.currentTimeMillis() + 15_000;
		while (System.currentTimeMillis() < until) {
			List<MimeMessage> found = Arrays.stream(TestSmtp.SERVER.getReceivedMessages())
				.filter(m -> to(m).equals(address)).toList();
			if (found.size() >= count) {
				return found;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no mail to " + address);
	}

	private static String to(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}
}
