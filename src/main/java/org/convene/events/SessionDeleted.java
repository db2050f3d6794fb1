package org.convene.events;

/** A session of an event was deleted; what was attached to it now belongs to the event alone. */
public record SessionDeleted(long eventId, long sessionId) {
}
