package org.convene.knowledge;

/** Where a practice is in its review: written, waiting for a coordinator, published, or withdrawn from view. */
public enum PracticeStatus {
	DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED
}
