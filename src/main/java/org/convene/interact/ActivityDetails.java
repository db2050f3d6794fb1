package org.convene.interact;

import java.util.Map;

/**
 * What the deck editor sets on an activity: its text in the deck's language, the numbers its type uses
 * (see {@link Activity}), and translations by language code.
 */
public record ActivityDetails(ActivityText text, Integer minValue, Integer maxValue, String correct, Integer timeLimit,
		boolean moderated, Map<String, ActivityText> translations) {
}
