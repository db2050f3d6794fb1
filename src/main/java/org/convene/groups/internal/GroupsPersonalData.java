package org.convene.groups.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.convene.platform.privacy.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What groups hold about a person: their memberships, discussions and posts. On erasure the person leaves every
 * group and their reactions go; what they wrote stays for the discussion's sake, under no name (the posts' author
 * becomes {@link #ERASED}, which pages show as a former member). Discussions have no retention period of their own.
 */
@Component
class GroupsPersonalData implements PersonalData {

	/** Who an erased person's posts are by. */
	static final String ERASED = "erased@erased.invalid";

	private final JdbcTemplate jdbc;

	GroupsPersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, List<Map<String, Object>>> about(String email) {
		String who = email.strip().toLowerCase();
		Map<String, List<Map<String, Object>>> about = new LinkedHashMap<>();
		about.put("group memberships", jdbc.queryForList("select g.name, m.state, m.role, m.since from group_members m"
				+ " join discussion_groups g on g.id = m.group_id where m.member = ?", who));
		about.put("group posts", jdbc.queryForList("select t.title, p.body, p.created_at from posts p join topics t"
				+ " on t.id = p.topic_id where p.author = ? order by p.id", who));
		return about;
	}

	@Override
	public int erase(String email) {
		String who = email.strip().toLowerCase();
		return jdbc.update("delete from group_members where member = ?", who)
				+ jdbc.update("delete from post_reactions where member = ?", who)
				+ jdbc.update("update posts set author = ? where author = ?", ERASED, who)
				+ jdbc.update("update topics set author = ? where author = ?", ERASED, who);
	}
}
