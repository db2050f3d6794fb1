package org.convene.platform.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only record of administrative and coordinator actions: who (the signed-in account), what, on what,
 * when and from where (the client address). Controllers record an action once it succeeded; entries are only
 * ever inserted and read — the application has no way to change or remove one (decisions.md, 30).
 */
@Service
public class AuditLog {

	/** At most this many entries on a page or in an export. */
	public static final int LIMIT = 1000;

	private final JdbcTemplate jdbc;

	AuditLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** One entry as stored. */
	public record Entry(long id, Instant at, String actor, AuditAction action, String target, String detail,
			String client) {
	}

	/** Which entries to show: each part optional (an actor's e-mail contains {@code actor}; days inclusive, UTC). */
	public record Filter(String actor, AuditAction action, LocalDate from, LocalDate to) {

		public static Filter none() {
			return new Filter(null, null, null, null);
		}
	}

	/** Records that the current user did {@code action} on {@code target} (e.g. "event 12"), with optional detail. */
	public void record(AuditAction action, String target, String detail) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		String actor = auth == null || !auth.isAuthenticated() ? "anonymous" : auth.getName();
		String client = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? client(attributes.getRequest()) : null;
		jdbc.update("insert into audit_log (at, actor, action, target, detail, client) values (?, ?, ?, ?, ?, ?)",
				Timestamp.from(Instant.now()), cut(actor, 320), action.name(), cut(target, 200), cut(detail, 500),
				client);
	}

	/** The newest entries that match, newest first, at most {@link #LIMIT}. */
	public List<Entry> find(Filter filter) {
		StringBuilder sql = new StringBuilder("select id, at, actor, action, target, detail, client from audit_log where 1 = 1");
		List<Object> args = new ArrayList<>();
		if (filter.actor() != null && !filter.actor().isBlank()) {
			sql.append(" and lower(actor) like ?");
			args.add("%" + filter.actor().strip().toLowerCase(Locale.ROOT).replace("%", "") + "%");
		}
		if (filter.action() != null) {
			sql.append(" and action = ?");
			args.add(filter.action().name());
		}
		if (filter.from() != null) {
			sql.append(" and at >= ?");
			args.add(Timestamp.from(filter.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		if (filter.to() != null) {
			sql.append(" and at < ?");
			args.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		sql.append(" order by at desc, id desc limit ").append(LIMIT);
		return jdbc.query(sql.toString(), (rs, n) -> new Entry(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
				rs.getString("actor"), AuditAction.valueOf(rs.getString("action")), rs.getString("target"),
				rs.getString("detail"), rs.getString("client")), args.toArray());
	}

	private static String client(HttpServletRequest request) {
		return cut(request.getRemoteAddr(), 64);
	}

	private static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}
}
