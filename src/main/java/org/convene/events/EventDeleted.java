package org.convene.events;

/** An event was deleted, with everything in it (the database cascades); other modules let go of what they hold. */
public record EventDeleted(long eventId) {
}
