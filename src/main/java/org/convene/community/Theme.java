package org.convene.community;

/** What a contact point or a network works on: trafficking in persons, smuggling of migrants, or both. */
public enum Theme {
	TIP, SOM, BOTH;

	/** Whether someone designated for this theme covers {@code needed}. */
	public boolean covers(Theme needed) {
		return this == BOTH || this == needed;
	}
}
