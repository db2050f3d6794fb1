package org.convene.knowledge;

/** What a member tells about taking a practice up: the country (ISO 3166), when, what changed, the result, a contact. */
public record AdoptionDetails(String country, String period, String changes, String result, String contact) {
}
