/**
 * The workshop report, generated from an event: cover, background and objectives, the evaluation's
 * figures, participants by sex, stakeholder type and country, a section per session (people, materials,
 * poll results, the World Café harvest), conclusions and annexes — as a web page, a PDF and a DOCX.
 * The coordinator writes the narrative parts in the browser. {@link org.convene.report.Reports} builds it.
 */
package org.convene.report;
