package org.convene.groups;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.convene.community.Account;
import org.convene.community.Accounts;
import org.convene.community.Networks;
import org.convene.community.Role;
import org.convene.events.Event;
import org.convene.events.Events;
import org.convene.platform.AfterCommit;
import org.convene.platform.Inserts;
import org.convene.platform.UserError;
import org.convene.platform.files.FileStore;
import org.convene.platform.notify.Notifications;
import org.convene.platform.text.CleanText;
import org.convene.platform.text.Markdown;
import org.convene.platform.web.NotFoundException;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Groups and their discussions. Who sees what: an open group and a group joined by request show their name to every
 * member; an open group's discussions are read by every member, the others' only by their members; a group joined
 * by invitation is seen only by its members and those invited. Administrators see and moderate every group. A group
 * someone may not see is "not found" to them. Mentions ({@code @} and a member's name) and replies notify people.
 */
@Service
@Transactional
public class Groups {

	/** The reactions a post can get. */
	public static final List<String> REACTIONS = List.of("LIKE", "THANKS", "IDEA");

	static final int TITLE_MAX = 200;
	static final int BODY_MAX = 20_000;
	/** How the author of a post is named once their account was erased. */
	static final String FORMER_MEMBER = "—";
	/** The most files one post carries. */
	public static final int FILES_MAX = 5;

	private static final String GROUP_SELECT = "select g.id, g.name, g.description, g.access, g.country, g.event_id,"
			+ " g.created_at, (select count(*) from group_members c where c.group_id = g.id and c.state = 'MEMBER'),"
			+ " m.state, m.role, g.network_id from discussion_groups g left join group_members m on m.group_id = g.id"
			+ " and m.member = ?";

	private static final String TOPIC_SELECT = "select t.id, t.group_id, t.title, t.author, t.created_at,"
			+ " t.last_post_at, t.locked, t.hidden, t.solution_post_id,"
			+ " (select count(*) from posts p where p.topic_id = t.id and p.hidden = false) from topics t";

	private final JdbcTemplate jdbc;
	private final Accounts accounts;
	private final Notifications notifications;
	private final Clock clock;
	private final Events events;
	private final FileStore files;
	private final Networks networks;

	Groups(JdbcTemplate jdbc, Accounts accounts, Notifications notifications, Events events, FileStore files,
			Networks networks, Optional<Clock> clock) {
		this.networks = networks;
		this.files = files;
		this.events = events;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.notifications = notifications;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	// ---- groups

	/** The groups a reader may see, by name. */
	@Transactional(readOnly = true)
	public List<Group> visibleTo(String viewer) {
		boolean admin = isAdmin(viewer);
		return jdbc.query(GROUP_SELECT + " order by lower(g.name)", (rs, i) -> group(rs), viewer).stream()
			.filter(g -> admin || g.access() != Group.Access.INVITATION || g.viewerState() != null)
			.toList();
	}

	/** A group the reader may see, or not found. */
	@Transactional(readOnly = true)
	public Group get(long id, String viewer) {
		Group group = jdbc.query(GROUP_SELECT + " where g.id = ?", (rs, i) -> group(rs), viewer, id).stream()
			.findFirst().orElseThrow(NotFoundException::new);
		if (group.access() == Group.Access.INVITATION && group.viewerState() == null && !isAdmin(viewer)) {
			throw new NotFoundException();
		}
		return group;
	}

	/** Whether the reader may read the group's discussions. */
	@Transactional(readOnly = true)
	public boolean readable(Group group, String viewer) {
		return group.isMember() || group.access() == Group.Access.OPEN || isAdmin(viewer);
	}

	/** Whether the reader moderates the group (its owners and moderators; administrators everywhere). */
	@Transactional(readOnly = true)
	public boolean moderates(Group group, String viewer) {
		return group.moderates() || isAdmin(viewer);
	}

	/** Creates a group; its creator owns it. Coordinators and administrators create groups. */
	public long create(String name, String description, Group.Access access, String country, Long eventId,
			String creator) {
		String cleanName = CleanText.stripToNull(name);
		if (cleanName == null || cleanName.length() > TITLE_MAX) {
			throw new UserError("groups.error.name");
		}
		if (access == null) {
			throw new UserError("groups.error.access");
		}
		if (description != null && description.length() > 4000) {
			throw new UserError("participant.error.tooLong");
		}
		Timestamp now = Timestamp.from(clock.instant());
		long id = Inserts.returningId(jdbc, "insert into discussion_groups (name, description, access, country,"
				+ " event_id, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?)", cleanName,
				CleanText.stripToNull(description), access.name(), country, eventId, creator, now);
		jdbc.update("insert into group_members (group_id, member, state, role, since) values (?, ?, ?, ?, ?)", id,
				creator, Membership.State.MEMBER.name(), Membership.Role.OWNER.name(), now);
		return id;
	}

	/** What making an event's group did: the group, and how many were invited with and without an account. */
	public record EventGroup(long groupId, boolean created, int membersInvited, int addressesInvited) {
	}

	/**
	 * The group for an event's participants (by invitation, one per event): made on first use, inviting every
	 * registrant with an e-mail address — members are notified; an address without an account is kept as invited,
	 * so the person finds the invitation once they join with that address. Later calls open it and invite whoever
	 * registered since.
	 */
	public EventGroup forEvent(long eventId, String creator) {
		Event event = events.get(eventId);
		List<Long> existing = jdbc.queryForList("select id from discussion_groups where event_id = ? order by id",
				Long.class, eventId);
		boolean created = existing.isEmpty();
		long id = created ? create(event.getTitle(), null, Group.Access.INVITATION, null, eventId, creator)
				: existing.getFirst();
		Set<String> known = new HashSet<>(jdbc.queryForList("select member from group_members where group_id = ?",
				String.class, id));
		int members = 0;
		int addresses = 0;
		String name = name(creator);
		for (String email : events.participants(eventId).stream().map(p -> Account.normaliseEmail(p.getEmail()))
			.filter(e -> e != null && !e.isBlank()).distinct().toList()) {
			if (known.contains(email)) {
				continue;
			}
			setState(id, email, Membership.State.INVITED);
			if (accounts.find(email).filter(Account::isActive).isPresent()) {
				notifications.notify(email, "groups.notify.invited", "/groups/" + id, name, event.getTitle());
				members++;
			}
			else {
				addresses++;
			}
		}
		return new EventGroup(id, created, members, addresses);
	}

	/** Makes the group a network's place (or, with null, no network's); the group's moderators decide. */
	public void setNetwork(long groupId, Long networkId, String moderator) {
		moderated(groupId, moderator);
		if (networkId != null) {
			networks.get(networkId);
		}
		jdbc.update("update discussion_groups set network_id = ? where id = ?", networkId, groupId);
	}

	/** The people of a group the reader may see: members, and (for moderators) those who asked or are invited. */
	@Transactional(readOnly = true)
	public List<Membership> members(Group group, String viewer) {
		if (!readable(group, viewer)) {
			return List.of();
		}
		boolean moderator = moderates(group, viewer);
		List<String[]> rows = jdbc.query("select member, state, role from group_members where group_id = ?",
				(rs, i) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) }, group.id());
		Map<String, String> names = accounts.displayNames(rows.stream().map(r -> r[0]).toList());
		return rows.stream()
			.filter(r -> moderator || Membership.State.MEMBER.name().equals(r[1]))
			.map(r -> new Membership(r[0], names.getOrDefault(r[0], r[0]), Membership.State.valueOf(r[1]),
					Membership.Role.valueOf(r[2])))
			.sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
			.toList();
	}

	/**
	 * Joins (an open group, or one the person is invited to) or asks to join (a group by request: its moderators are
	 * notified). Returns the person's state afterwards.
	 */
	public Membership.State join(long groupId, String viewer) {
		Group group = get(groupId, viewer);
		if (group.isMember() || group.viewerState() == Membership.State.REQUESTED) {
			return group.viewerState();
		}
		if (group.viewerState() == Membership.State.INVITED || group.access() == Group.Access.OPEN) {
			setState(groupId, viewer, Membership.State.MEMBER);
			return Membership.State.MEMBER;
		}
		if (group.access() == Group.Access.INVITATION) {
			throw new UserError("groups.error.invitationOnly");
		}
		setState(groupId, viewer, Membership.State.REQUESTED);
		String name = name(viewer);
		moderatorsOf(groupId).forEach(m -> notifications.notify(m, "groups.notify.request",
				"/groups/" + groupId + "#people", name, group.name()));
		return Membership.State.REQUESTED;
	}

	/** Leaves a group (or withdraws a request, declines an invitation). The last owner cannot leave. */
	public void leave(long groupId, String viewer) {
		Group group = get(groupId, viewer);
		if (group.viewerRole() == Membership.Role.OWNER && jdbc.queryForObject("select count(*) from group_members"
				+ " where group_id = ? and role = 'OWNER' and state = 'MEMBER'", Integer.class, groupId) <= 1) {
			throw new UserError("groups.error.lastOwner");
		}
		jdbc.update("delete from group_members where group_id = ? and member = ?", groupId, viewer);
	}

	/** A moderator lets in (or turns away) someone who asked to join; they are notified either way. */
	public void decide(long groupId, String member, boolean accept, String moderator) {
		Group group = moderated(groupId, moderator);
		int changed = accept
				? jdbc.update("update group_members set state = 'MEMBER', since = ? where group_id = ? and member = ?"
						+ " and state = 'REQUESTED'", Timestamp.from(clock.instant()), groupId, member)
				: jdbc.update("delete from group_members where group_id = ? and member = ? and state = 'REQUESTED'",
						groupId, member);
		if (changed > 0) {
			notifications.notify(member, accept ? "groups.notify.accepted" : "groups.notify.declined",
					accept ? "/groups/" + groupId : "/groups", group.name());
		}
	}

	/** A moderator invites a member by e-mail address; they are notified and join with one click. */
	public void invite(long groupId, String email, String moderator) {
		Group group = moderated(groupId, moderator);
		Account invited = accounts.find(email).filter(Account::isActive)
			.orElseThrow(() -> new UserError("groups.error.noSuchMember"));
		Integer known = jdbc.queryForObject("select count(*) from group_members where group_id = ? and member = ?",
				Integer.class, groupId, invited.getEmail());
		if (known != null && known > 0) {
			decide(groupId, invited.getEmail(), true, moderator);
			return;
		}
		setState(groupId, invited.getEmail(), Membership.State.INVITED);
		notifications.notify(invited.getEmail(), "groups.notify.invited", "/groups/" + groupId, name(moderator),
				group.name());
	}

	/** A moderator makes a member a moderator, or back. */
	public void setRole(long groupId, String member, Membership.Role role, String moderator) {
		moderated(groupId, moderator);
		if (role == Membership.Role.OWNER) {
			throw new UserError("groups.error.access");
		}
		jdbc.update("update group_members set role = ? where group_id = ? and member = ? and state = 'MEMBER'"
				+ " and role <> 'OWNER'", role.name(), groupId, member);
	}

	// ---- discussions

	/** The discussions of a group, latest activity first; hidden ones only for moderators. */
	@Transactional(readOnly = true)
	public List<Topic> topics(Group group, String viewer) {
		if (!readable(group, viewer)) {
			return List.of();
		}
		boolean moderator = moderates(group, viewer);
		List<Topic> topics = jdbc.query(TOPIC_SELECT + " where t.group_id = ? order by t.last_post_at desc",
				(rs, i) -> topic(rs), group.id());
		return named(topics).stream().filter(t -> moderator || !t.hidden()).toList();
	}

	/** A discussion the reader may read, or not found. */
	@Transactional(readOnly = true)
	public Topic topic(Group group, long topicId, String viewer) {
		Topic topic = jdbc.query(TOPIC_SELECT + " where t.id = ? and t.group_id = ?", (rs, i) -> topic(rs), topicId,
				group.id()).stream().findFirst().orElseThrow(NotFoundException::new);
		if (!readable(group, viewer) || topic.hidden() && !moderates(group, viewer)) {
			throw new NotFoundException();
		}
		return named(List.of(topic)).getFirst();
	}

	/** The posts of a discussion, oldest first; hidden ones shown only to moderators (and marked). */
	@Transactional(readOnly = true)
	public List<Post> posts(Group group, Topic topic, String viewer) {
		boolean moderator = moderates(group, viewer);
		List<Object[]> rows = jdbc.query("select id, author, body, created_at, hidden, flags from posts"
				+ " where topic_id = ? order by id", (rs, i) -> new Object[] { rs.getLong(1), rs.getString(2),
						rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getBoolean(5), rs.getInt(6) }, topic.id());
		Map<String, String> names = accounts.displayNames(rows.stream().map(r -> (String) r[1]).toList());
		Map<Long, Map<String, Integer>> counts = new HashMap<>();
		Map<Long, Set<String>> mine = new HashMap<>();
		jdbc.query("select r.post_id, r.reaction, r.member from post_reactions r join posts p on p.id = r.post_id"
				+ " where p.topic_id = ?", rs -> {
					long post = rs.getLong(1);
					counts.computeIfAbsent(post, k -> new LinkedHashMap<>()).merge(rs.getString(2), 1, Integer::sum);
					if (viewer.equals(rs.getString(3))) {
						mine.computeIfAbsent(post, k -> new HashSet<>()).add(rs.getString(2));
					}
				}, topic.id());
		Map<Long, List<Post.Attachment>> files = new HashMap<>();
		jdbc.query("select a.post_id, a.id, a.file_name, a.content_type, a.size_bytes, a.file_key from post_attachments a"
				+ " join posts p on p.id = a.post_id where p.topic_id = ? order by a.id", rs -> {
					files.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Post.Attachment(rs.getLong(2),
							rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6)));
				}, topic.id());
		List<Post> posts = new ArrayList<>();
		for (Object[] r : rows) {
			boolean hidden = (boolean) r[4];
			if (hidden && !moderator) {
				continue;
			}
			long id = (long) r[0];
			posts.add(new Post(id, topic.id(), (String) r[1], names.getOrDefault((String) r[1], FORMER_MEMBER),
					(String) r[2], Markdown.html((String) r[2]), (Instant) r[3], hidden, (int) r[5],
					counts.getOrDefault(id, Map.of()), mine.getOrDefault(id, Set.of()), files.getOrDefault(id, List.of())));
		}
		return posts;
	}

	/** Starts a discussion with its first post; returns the new topic's id. Members of the group only. */
	public long startTopic(long groupId, String title, String body, String author) {
		return startTopic(groupId, title, body, author, List.of());
	}

	/** Starts a discussion whose first post carries files (at most {@link #FILES_MAX}, checked like materials). */
	public long startTopic(long groupId, String title, String body, String author, List<MultipartFile> uploads) {
		Group group = get(groupId, author);
		if (!group.isMember()) {
			throw new AccessDeniedException("not a member");
		}
		String cleanTitle = CleanText.stripToNull(title);
		if (cleanTitle == null || cleanTitle.length() > TITLE_MAX) {
			throw new UserError("groups.error.title");
		}
		String text = body(body);
		Timestamp now = Timestamp.from(clock.instant());
		long topicId = Inserts.returningId(jdbc, "insert into topics (group_id, title, author, created_at, last_post_at)"
				+ " values (?, ?, ?, ?, ?)", groupId, cleanTitle, author, now, now);
		long postId = insertPost(topicId, author, text, now);
		attach(postId, uploads);
		notifyMentions(group, topicId, postId, cleanTitle, text, author, Set.of());
		return topicId;
	}

	/**
	 * Replies in a discussion (members of the group, not in a locked one). Those mentioned are told they were
	 * mentioned; everyone else who wrote in the discussion is told there is a reply. Returns the post's id.
	 */
	public long reply(long groupId, long topicId, String body, String author) {
		return reply(groupId, topicId, body, author, List.of());
	}

	/** Replies with files attached (at most {@link #FILES_MAX}, checked like materials). */
	public long reply(long groupId, long topicId, String body, String author, List<MultipartFile> uploads) {
		Group group = get(groupId, author);
		if (!group.isMember()) {
			throw new AccessDeniedException("not a member");
		}
		Topic topic = topic(group, topicId, author);
		if (topic.locked()) {
			throw new UserError("groups.error.locked");
		}
		String text = body(body);
		Timestamp now = Timestamp.from(clock.instant());
		long postId = insertPost(topicId, author, text, now);
		attach(postId, uploads);
		jdbc.update("update topics set last_post_at = ? where id = ?", now, topicId);
		Set<String> mentioned = notifyMentions(group, topicId, postId, topic.title(), text, author, Set.of());
		Set<String> writers = new LinkedHashSet<>(jdbc.queryForList("select distinct author from posts"
				+ " where topic_id = ? and hidden = false", String.class, topicId));
		writers.add(topic.author());
		String name = name(author);
		writers.stream().filter(w -> !w.equals(author) && !mentioned.contains(w)).filter(w -> isMember(groupId, w))
			.forEach(w -> notifications.notify(w, "groups.notify.reply", link(groupId, topicId, postId), name,
					topic.title()));
		return postId;
	}

	/**
	 * A file attached to a post of a discussion the reader may read (a hidden post's files only for moderators), or
	 * not found.
	 */
	@Transactional(readOnly = true)
	public Post.Attachment attachment(long groupId, long topicId, long fileId, String viewer) {
		Group group = get(groupId, viewer);
		topic(group, topicId, viewer);
		boolean moderator = moderates(group, viewer);
		return jdbc.query("select a.id, a.file_name, a.content_type, a.size_bytes, a.file_key, p.hidden"
				+ " from post_attachments a join posts p on p.id = a.post_id where a.id = ? and p.topic_id = ?",
				(rs, i) -> rs.getBoolean(6) && !moderator ? null : new Post.Attachment(rs.getLong(1), rs.getString(2),
						rs.getString(3), rs.getLong(4), rs.getString(5)), fileId, topicId)
			.stream().filter(Objects::nonNull).findFirst().orElseThrow(NotFoundException::new);
	}

	/** An attachment's bytes. */
	public Resource file(Post.Attachment attachment) {
		return files.read(attachment.fileKey());
	}

	/** Toggles the reader's reaction on a post (members of the group). */
	public void react(long groupId, long topicId, long postId, String reaction, String viewer) {
		Group group = get(groupId, viewer);
		if (!group.isMember() || !REACTIONS.contains(reaction)) {
			throw new AccessDeniedException("not a member");
		}
		post(group, topicId, postId, viewer);
		if (jdbc.update("delete from post_reactions where post_id = ? and member = ? and reaction = ?", postId,
				viewer, reaction) == 0) {
			jdbc.update("insert into post_reactions (post_id, member, reaction) values (?, ?, ?)", postId, viewer,
					reaction);
		}
	}

	/** A member flags a post for the moderators (who are notified). */
	public void flag(long groupId, long topicId, long postId, String viewer) {
		Group group = get(groupId, viewer);
		if (!group.isMember()) {
			throw new AccessDeniedException("not a member");
		}
		Topic topic = post(group, topicId, postId, viewer);
		jdbc.update("update posts set flags = flags + 1 where id = ?", postId);
		String name = name(viewer);
		moderatorsOf(groupId).forEach(m -> notifications.notify(m, "groups.notify.flagged",
				link(groupId, topicId, postId), name, topic.title()));
	}

	/** A moderator hides a post, or shows it again. */
	public void hidePost(long groupId, long topicId, long postId, boolean hidden, String moderator) {
		Group group = moderated(groupId, moderator);
		post(group, topicId, postId, moderator);
		jdbc.update("update posts set hidden = ?, flags = 0 where id = ?", hidden, postId);
	}

	/** A moderator locks a discussion (no more replies) or hides it; or undoes either. */
	public void setTopicState(long groupId, long topicId, boolean locked, boolean hidden, String moderator) {
		Group group = moderated(groupId, moderator);
		topic(group, topicId, moderator);
		jdbc.update("update topics set locked = ?, hidden = ? where id = ?", locked, hidden, topicId);
	}

	/** A moderator moves a discussion to another group they moderate. */
	public void move(long groupId, long topicId, long toGroupId, String moderator) {
		Group group = moderated(groupId, moderator);
		topic(group, topicId, moderator);
		moderated(toGroupId, moderator);
		jdbc.update("update topics set group_id = ? where id = ?", toGroupId, topicId);
	}

	/** The topic's author or a moderator marks the post that answered the question (again: unmarks it). */
	public void markSolution(long groupId, long topicId, long postId, String viewer) {
		Group group = get(groupId, viewer);
		Topic topic = post(group, topicId, postId, viewer);
		if (!topic.author().equals(viewer) && !moderates(group, viewer)) {
			throw new AccessDeniedException("not the author");
		}
		jdbc.update("update topics set solution_post_id = ? where id = ?",
				Long.valueOf(postId).equals(topic.solutionPostId()) ? null : postId, topicId);
	}

	/** The groups the reader moderates (where a discussion can be moved). */
	@Transactional(readOnly = true)
	public List<Group> moderatedBy(String viewer) {
		return visibleTo(viewer).stream().filter(g -> moderates(g, viewer)).toList();
	}

	// ---- helpers

	private Topic post(Group group, long topicId, long postId, String viewer) {
		Topic topic = topic(group, topicId, viewer);
		Integer found = jdbc.queryForObject("select count(*) from posts where id = ? and topic_id = ?", Integer.class,
				postId, topicId);
		if (found == null || found == 0) {
			throw new NotFoundException();
		}
		return topic;
	}

	private Group moderated(long groupId, String moderator) {
		Group group = get(groupId, moderator);
		if (!moderates(group, moderator)) {
			throw new AccessDeniedException("not a moderator");
		}
		return group;
	}

	/**
	 * Notifies the group's members named in the text ({@code @} and their name, any case), except the author and
	 * those in {@code skip}; returns who was notified.
	 */
	private Set<String> notifyMentions(Group group, long topicId, long postId, String title, String text,
			String author, Set<String> skip) {
		String lower = text.toLowerCase(Locale.ROOT);
		Set<String> mentioned = new LinkedHashSet<>();
		for (Membership m : members(group, author)) {
			if (m.state() == Membership.State.MEMBER && !m.member().equals(author) && !skip.contains(m.member())
					&& lower.contains("@" + m.name().toLowerCase(Locale.ROOT))) {
				mentioned.add(m.member());
			}
		}
		String name = name(author);
		mentioned.forEach(m -> notifications.notify(m, "groups.notify.mention", link(group.id(), topicId, postId),
				name, title));
		return mentioned;
	}

	private static String link(long groupId, long topicId, long postId) {
		return "/groups/" + groupId + "/t/" + topicId + "#post-" + postId;
	}

	private void attach(long postId, List<MultipartFile> uploads) {
		List<MultipartFile> real = uploads == null ? List.of() : uploads.stream().filter(u -> u != null && !u.isEmpty())
			.toList();
		if (real.size() > FILES_MAX) {
			throw new UserError("groups.error.files", FILES_MAX);
		}
		for (MultipartFile upload : real) {
			FileStore.StoredFile stored;
			try {
				stored = files.store(upload);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			AfterCommit.onRollback(() -> {
				try {
					files.delete(stored.key());
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
			jdbc.update("insert into post_attachments (post_id, file_key, file_name, content_type, size_bytes)"
					+ " values (?, ?, ?, ?, ?)", postId, stored.key(), cut(stored.originalName(), 300),
					stored.contentType(), stored.size());
		}
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	private long insertPost(long topicId, String author, String text, Timestamp now) {
		return Inserts.returningId(jdbc, "insert into posts (topic_id, author, body, created_at) values (?, ?, ?, ?)",
				topicId, author, text, now);
	}

	private static String body(String body) {
		String text = CleanText.stripToNull(body);
		if (text == null) {
			throw new UserError("groups.error.body");
		}
		if (text.length() > BODY_MAX) {
			throw new UserError("groups.error.bodyLength");
		}
		return text;
	}

	private void setState(long groupId, String member, Membership.State state) {
		Timestamp now = Timestamp.from(clock.instant());
		if (jdbc.update("update group_members set state = ?, since = ? where group_id = ? and member = ?",
				state.name(), now, groupId, member) == 0) {
			jdbc.update("insert into group_members (group_id, member, state, role, since) values (?, ?, ?, ?, ?)",
					groupId, member, state.name(), Membership.Role.MEMBER.name(), now);
		}
	}

	private boolean isMember(long groupId, String member) {
		Integer n = jdbc.queryForObject("select count(*) from group_members where group_id = ? and member = ?"
				+ " and state = 'MEMBER'", Integer.class, groupId, member);
		return n != null && n > 0;
	}

	private List<String> moderatorsOf(long groupId) {
		return jdbc.queryForList("select member from group_members where group_id = ? and state = 'MEMBER'"
				+ " and role <> 'MEMBER'", String.class, groupId);
	}

	private boolean isAdmin(String viewer) {
		return accounts.find(viewer).filter(Account::isActive).map(a -> a.getRole() == Role.ADMIN).orElse(false);
	}

	private String name(String member) {
		return accounts.displayNames(List.of(member)).getOrDefault(member, member);
	}

	private List<Topic> named(Collection<Topic> topics) {
		Map<String, String> names = accounts.displayNames(topics.stream().map(Topic::author).distinct().toList());
		return topics.stream().map(t -> new Topic(t.id(), t.groupId(), t.title(), t.author(),
				names.getOrDefault(t.author(), FORMER_MEMBER), t.createdAt(), t.lastPostAt(), t.locked(), t.hidden(),
				t.solutionPostId(), t.posts())).toList();
	}


	private static Long network(ResultSet rs) throws SQLException {
		long network = rs.getLong(11);
		return rs.wasNull() ? null : network;
	}

	private static Group group(ResultSet rs) throws SQLException {
		String state = rs.getString(9);
		String role = rs.getString(10);
		long event = rs.getLong(6);
		Long eventId = rs.wasNull() ? null : event;
		return new Group(rs.getLong(1), rs.getString(2), rs.getString(3), Group.Access.valueOf(rs.getString(4)),
				rs.getString(5), eventId, rs.getTimestamp(7).toInstant(), rs.getInt(8),
				state == null ? null : Membership.State.valueOf(state), role == null ? null : Membership.Role.valueOf(role),
				network(rs));
	}


	private static Topic topic(ResultSet rs) throws SQLException {
		long solution = rs.getLong(9);
		Long solutionId = rs.wasNull() ? null : solution;
		return new Topic(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(4),
				rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(), rs.getBoolean(7), rs.getBoolean(8),
				solutionId, rs.getInt(10));
	}
}
