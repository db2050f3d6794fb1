/**
 * Events: workshops with their agenda (sessions, moderators, presenters, materials), participants
 * (self-registration, coordinator entry, CSV/XLSX import, check-in), annexes, counts by sex,
 * stakeholder type and country, and the agenda as a calendar file. {@link org.convene.events.Events}
 * is the API other modules use.
 */
package org.convene.events;
