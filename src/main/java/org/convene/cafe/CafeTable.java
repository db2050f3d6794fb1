package org.convene.cafe;

/** A table: its place in the room, name, seats, and the person who hosts it all rounds (optional). */
public record CafeTable(long id, int position, String name, int capacity, Long hostId) {
}
