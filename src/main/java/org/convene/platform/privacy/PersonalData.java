package org.convene.platform.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What one module holds about people, for the privacy work that spans them all ({@link Privacy}): anonymise what
 * is past its retention, show a person what is held about them, and erase it on request. Each module implements it
 * for its own tables; none reaches into another's.
 */
public interface PersonalData {

	/**
	 * Anonymises what is past its retention on {@code today}; returns how many records changed. None by default:
	 * what has no retention period of its own (an account, a discussion) stays until the person asks.
	 */
	default int anonymiseExpired(Retention retention, LocalDate today) {
		return 0;
	}

	/** Records held about the person with this e-mail address: a section name and one map per record. */
	default Map<String, List<Map<String, Object>>> about(String email) {
		return Map.of();
	}

	/** Anonymises everything held about the person with this e-mail address; returns how many records changed. */
	default int erase(String email) {
		return 0;
	}
}
