package org.convene.knowledge;

/**
 * How well a practice's results are known, after EUCPN's criteria: told by those who did it, followed with
 * monitoring data, evaluated, or evaluated by someone independent of it.
 */
public enum EvidenceLevel {
	ANECDOTAL, MONITORED, EVALUATED, INDEPENDENTLY_EVALUATED
}
