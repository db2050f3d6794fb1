package org.convene.knowledge;

/** How far practices travel, for one country in one year: published practices shared from it, adoptions in it. */
public record Spread(String country, int year, long shared, long adopted) {
}
