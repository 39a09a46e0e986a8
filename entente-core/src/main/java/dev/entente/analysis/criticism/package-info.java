/**
 * Selective criticism: whether a state's criticism of third states rises with their alignment with its rival
 * (CONTEXT.md question 4), measured on machine-coded events (CAMEO) and the alignment measures of
 * {@code analysis.alignment}. Events are read through {@link dev.entente.analysis.criticism.EventCounts}, which the
 * store implements over imported GDELT/ICEWS events and {@link dev.entente.analysis.criticism.InMemoryEvents} over a
 * list (tests, curated statements).
 */
package dev.entente.analysis.criticism;
