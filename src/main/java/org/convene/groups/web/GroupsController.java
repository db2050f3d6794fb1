package org.convene.groups.web;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Locale;

import org.convene.community.Networks;
import org.convene.groups.Group;
import org.convene.groups.Groups;
import org.convene.groups.Membership;
import org.convene.groups.Post;
import org.convene.groups.Topic;
import org.convene.platform.i18n.Languages;
import org.convene.platform.web.IdentifierWarning;
import org.convene.platform.web.SubmitOnce;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Groups' pages: the list ({@code /groups}), a group with its people and discussions ({@code /groups/{id}}), a
 * discussion ({@code /groups/{id}/t/{topicId}}); every action a plain form, so the pages work without JavaScript.
 */
@Controller
class GroupsController {

	private final Groups groups;
	private final SubmitOnce submitOnce;
	private final Networks networks;

	GroupsController(Groups groups, SubmitOnce submitOnce, Networks networks) {
		this.networks = networks;
		this.groups = groups;
		this.submitOnce = submitOnce;
	}

	@GetMapping("/groups")
	String list(Principal principal, Locale locale, Model model) {
		model.addAttribute("groups", groups.visibleTo(principal.getName()));
		model.addAttribute("accesses", Group.Access.values());
		model.addAttribute("countries", Languages.countries(locale));
		model.addAttribute("networks", networks.all());
		return "groups/list";
	}

	@PostMapping("/groups")
	String create(@RequestParam(required = false) String name, @RequestParam(required = false) String description,
			@RequestParam(required = false) Group.Access access, @RequestParam(required = false) String country,
			@RequestParam(required = false) Long network, @RequestParam(required = false) String formToken,
			Principal principal) {
		return submitOnce.run(formToken, () -> {
			long id = groups.create(name, description, access, Languages.isCountry(country) ? country : null, null,
					principal.getName());
			if (network != null) {
				groups.setNetwork(id, network, principal.getName());
			}
			return "redirect:/groups/" + id;
		});
	}

	/** Opens the group of an event's participants, making it (and inviting them) the first time. */
	@PostMapping("/groups/from-event/{eventId}")
	String forEvent(@PathVariable long eventId, Principal principal, RedirectAttributes redirect) {
		Groups.EventGroup made = groups.forEvent(eventId, principal.getName());
		redirect.addFlashAttribute("notice", "groups.eventGroup");
		redirect.addFlashAttribute("noticeArg", made.membersInvited() + made.addressesInvited());
		return "redirect:/groups/" + made.groupId() + "#people";
	}

	@GetMapping("/groups/{groupId}")
	String show(@PathVariable("groupId") long id, Principal principal, Model model) {
		Group group = groups.get(id, principal.getName());
		model.addAttribute("group", group);
		model.addAttribute("readable", groups.readable(group, principal.getName()));
		model.addAttribute("moderates", groups.moderates(group, principal.getName()));
		model.addAttribute("people", groups.members(group, principal.getName()));
		model.addAttribute("topics", groups.topics(group, principal.getName()));
		model.addAttribute("network", group.networkId() == null ? null : networks.get(group.networkId()));
		return "groups/show";
	}

	@PostMapping("/groups/{groupId}/join")
	String join(@PathVariable("groupId") long id, Principal principal, RedirectAttributes redirect) {
		Membership.State state = groups.join(id, principal.getName());
		redirect.addFlashAttribute("notice", state == Membership.State.MEMBER ? "groups.joined" : "groups.requested");
		return "redirect:/groups/" + id;
	}

	@PostMapping("/groups/{groupId}/leave")
	String leave(@PathVariable("groupId") long id, Principal principal, RedirectAttributes redirect) {
		groups.leave(id, principal.getName());
		redirect.addFlashAttribute("notice", "groups.left");
		return "redirect:/groups";
	}

	@PostMapping("/groups/{groupId}/members/decide")
	String decide(@PathVariable("groupId") long id, @RequestParam String member, @RequestParam boolean accept,
			Principal principal, RedirectAttributes redirect) {
		groups.decide(id, member, accept, principal.getName());
		redirect.addFlashAttribute("notice", accept ? "groups.accepted" : "groups.declined");
		return "redirect:/groups/" + id + "#people";
	}

	@PostMapping("/groups/{groupId}/members/role")
	String role(@PathVariable("groupId") long id, @RequestParam String member, @RequestParam Membership.Role role,
			Principal principal, RedirectAttributes redirect) {
		groups.setRole(id, member, role, principal.getName());
		redirect.addFlashAttribute("notice", "groups.roleChanged");
		return "redirect:/groups/" + id + "#people";
	}

	@PostMapping("/groups/{groupId}/invite")
	String invite(@PathVariable("groupId") long id, @RequestParam(required = false) String email, Principal principal,
			RedirectAttributes redirect) {
		groups.invite(id, email, principal.getName());
		redirect.addFlashAttribute("notice", "groups.invited");
		return "redirect:/groups/" + id + "#people";
	}

	@PostMapping("/groups/{groupId}/topics")
	String startTopic(@PathVariable("groupId") long id, @RequestParam(required = false) String title,
			@RequestParam(required = false) String body, @RequestParam(required = false) String formToken,
			@RequestParam(required = false) List<MultipartFile> files,
			@RequestParam(defaultValue = "false") boolean identifiersConfirmed, Principal principal, Model model) {
		if (IdentifierWarning.stop(model, identifiersConfirmed, title, body)) {
			model.addAttribute("typedTitle", title);
			model.addAttribute("typedBody", body);
			return show(id, principal, model);
		}
		return submitOnce.run(formToken, () -> "redirect:/groups/" + id + "/t/"
				+ groups.startTopic(id, title, body, principal.getName(), files));
	}

	@GetMapping("/groups/{groupId}/t/{topicId}")
	String topic(@PathVariable("groupId") long id, @PathVariable long topicId, Principal principal, Model model) {
		Group group = groups.get(id, principal.getName());
		Topic topic = groups.topic(group, topicId, principal.getName());
		model.addAttribute("group", group);
		model.addAttribute("topic", topic);
		model.addAttribute("posts", groups.posts(group, topic, principal.getName()));
		model.addAttribute("moderates", groups.moderates(group, principal.getName()));
		model.addAttribute("reactions", Groups.REACTIONS);
		model.addAttribute("moveTo", groups.moderatedBy(principal.getName()).stream()
			.filter(g -> g.id() != id).toList());
		return "groups/topic";
	}

	@PostMapping("/groups/{groupId}/t/{topicId}/posts")
	String reply(@PathVariable("groupId") long id, @PathVariable long topicId, @RequestParam(required = false) String body,
			@RequestParam(required = false) String formToken, @RequestParam(required = false) List<MultipartFile> files,
			@RequestParam(defaultValue = "false") boolean identifiersConfirmed, Principal principal, Model model) {
		if (IdentifierWarning.stop(model, identifiersConfirmed, body)) {
			model.addAttribute("typedBody", body);
			return topic(id, topicId, principal, model);
		}
		return submitOnce.run(formToken, () -> {
			long post = groups.reply(id, topicId, body, principal.getName(), files);
			return "redirect:/groups/" + id + "/t/" + topicId + "#post-" + post;
		});
	}

	/** A file attached to a post, for those who may read the discussion. */
	@GetMapping("/groups/{groupId}/t/{topicId}/files/{fileId}")
	ResponseEntity<Resource> file(@PathVariable("groupId") long id, @PathVariable long topicId,
			@PathVariable long fileId, Principal principal) {
		Post.Attachment file = groups.attachment(id, topicId, fileId, principal.getName());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(groups.file(file));
	}

	@PostMapping("/groups/{groupId}/t/{topicId}/posts/{postId}/react")
	String react(@PathVariable("groupId") long id, @PathVariable long topicId, @PathVariable long postId,
			@RequestParam String reaction, Principal principal) {
		groups.react(id, topicId, postId, reaction, principal.getName());
		return "redirect:/groups/" + id + "/t/" + topicId + "#post-" + postId;
	}

	@PostMapping("/groups/{groupId}/t/{topicId}/posts/{postId}/flag")
	String flag(@PathVariable("groupId") long id, @PathVariable long topicId, @PathVariable long postId, Principal principal,
			RedirectAttributes redirect) {
		groups.flag(id, topicId, postId, principal.getName());
		redirect.addFlashAttribute("notice", "groups.flagged");
		return "redirect:/groups/" + id + "/t/" + topicId + "#post-" + postId;
	}

	@PostMapping("/groups/{groupId}/t/{topicId}/posts/{postId}/hide")
	String hide(@PathVariable("groupId") long id, @PathVariable long topicId, @PathVariable long postId,
			@RequestParam boolean hidden, Principal principal) {
		groups.hidePost(id, topicId, postId, hidden, principal.getName());
		return "redirect:/groups/" + id + "/t/" + topicId + "#post-" + postId;
	}

	@PostMapping("/groups/{groupId}/t/{topicId}/posts/{postId}/solution")
	String solution(@PathVariable("groupId") long id, @PathVariable long topicId, @PathVariable long postId,
			Principal principal) {
		groups.markSolution(id, topicId, postId, principal.getName());
		return "redirect:/groups/" + id + "/t/" + topicId + "#post-" + postId;
	}

	@PostMapping("/groups/{groupId}/t/{topicId}/moderate")
	String moderate(@PathVariable("groupId") long id, @PathVariable long topicId,
			@RequestParam(defaultValue = "false") boolean locked, @RequestParam(defaultValue = "false") boolean hidden,
			Principal principal, RedirectAttributes redirect) {
		groups.setTopicState(id, topicId, locked, hidden, principal.getName());
		redirect.addFlashAttribute("notice", "groups.moderated");
		return "redirect:/groups/" + id + "/t/" + topicId;
	}

	@PostMapping("/groups/{groupId}/t/{topicId}/move")
	String move(@PathVariable("groupId") long id, @PathVariable long topicId, @RequestParam long to, Principal principal,
			RedirectAttributes redirect) {
		groups.move(id, topicId, to, principal.getName());
		redirect.addFlashAttribute("notice", "groups.moved");
		return "redirect:/groups/" + to + "/t/" + topicId;
	}
}
