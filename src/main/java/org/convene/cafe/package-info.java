/**
 * World Café: rounds of conversation at tables, hosts who stay, and the rotation planner that seats
 * everyone so that ideas cross-pollinate ({@link org.convene.cafe.planner}, plain Java). The command
 * line verb {@code plan} ({@link org.convene.cafe.PlanCommand}) runs the planner without the server.
 */
package org.convene.cafe;
