/**
 * The demo community, loaded only by the developer run ({@code ./mvnw spring-boot:run}, profile
 * {@code demo}): three demo accounts and the two workshops from the seeds with synthetic participants.
 */
package org.convene.demo;
