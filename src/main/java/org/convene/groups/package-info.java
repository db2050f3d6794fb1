/**
 * Groups: places where members keep talking between workshops — per topic, country, network or training cohort;
 * open, by request or by invitation; threaded discussions in Markdown with mentions, reactions, a "solution" mark
 * and moderation. What is said stays with the community when people move on, and no one's phone number is shown to
 * anyone. Notifications (mentions, replies, requests) go through the platform's notifications.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Groups")
package org.convene.groups;
