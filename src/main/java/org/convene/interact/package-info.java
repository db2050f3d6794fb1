/**
 * Live interaction: one question-and-response engine for polls, quizzes, word clouds, open text,
 * scales, ranking, 100 points and Q&amp;A. Activities form a {@link org.convene.interact.Deck}, attached
 * to an event session or standalone; a presenter runs it on the projector and the audience answers at
 * {@code /j/{code}} from their phones without an account. {@link org.convene.interact.Decks} edits decks,
 * {@link org.convene.interact.Live} runs them.
 */
package org.convene.interact;
