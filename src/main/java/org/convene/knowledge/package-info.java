/**
 * Knowledge: the good-practice repository. A practice record (what was done, what worked and what did not, the
 * evidence, what another country needs to apply it) is written by a member, reviewed by a coordinator and
 * published to members or to everyone; it can start from a workshop's session, café insight or action item.
 * {@link org.convene.knowledge.Practices} is the API other modules use.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge")
package org.convene.knowledge;
