/**
 * The World Café rotation planner: plain Java, no Spring, deterministic for a given seed, stops at a
 * time budget with the best plan found. See {@link org.convene.cafe.planner.Planner}.
 */
package org.convene.cafe.planner;
