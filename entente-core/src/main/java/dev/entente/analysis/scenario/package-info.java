/**
 * What-if scenarios: named sets of edits (add a commitment, remove one, upgrade a partnership, change a date)
 * overlaid on the real commitments without changing them, and the diff of a scenario against the baseline.
 */
package dev.entente.analysis.scenario;
