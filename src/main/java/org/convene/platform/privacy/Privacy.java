package org.convene.platform.privacy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.convene.platform.audit.AuditAction;
import org.convene.platform.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Privacy across modules: the nightly anonymisation of what is past its retention, a person's data export, and
 * erasure on request. Exports and erasures are administrators' actions, recorded in the audit log.
 */
@Service
public class Privacy {

	private static final Logger log = LoggerFactory.getLogger(Privacy.class);

	private final List<PersonalData> holders;
	private final Retention retention;
	private final AuditLog audit;

	Privacy(List<PersonalData> holders, Retention retention, AuditLog audit) {
		this.holders = holders;
		this.retention = retention;
		this.audit = audit;
	}

	public Retention retention() {
		return retention;
	}

	/** Every night at 03:00 (server time): what is past its retention is anonymised. */
	@Scheduled(cron = "${convene.retention.cron:0 0 3 * * *}")
	public void nightly() {
		int changed = anonymiseExpired(LocalDate.now(ZoneOffset.UTC));
		if (changed > 0) {
			log.info("Retention: {} records past their retention anonymised", changed);
		}
	}

	/** Anonymises what is past its retention on {@code today}; returns how many records changed. */
	@Transactional
	public int anonymiseExpired(LocalDate today) {
		return holders.stream().mapToInt(h -> h.anonymiseExpired(retention, today)).sum();
	}

	/** Everything held about a person, by section (recorded in the audit log, without the address). */
	@Transactional
	public Map<String, List<Map<String, Object>>> export(String email) {
		Map<String, List<Map<String, Object>>> all = new TreeMap<>();
		holders.forEach(h -> all.putAll(h.about(email)));
		audit.record(AuditAction.PERSONAL_DATA_EXPORTED, "a person's data",
				all.values().stream().mapToInt(List::size).sum() + " records");
		return all;
	}

	/** Anonymises everything held about a person; returns how many records changed (recorded in the audit log). */
	@Transactional
	public int erase(String email) {
		int changed = holders.stream().mapToInt(h -> h.erase(email)).sum();
		audit.record(AuditAction.PERSONAL_DATA_ERASED, "a person's data", changed + " records");
		return changed;
	}
}
