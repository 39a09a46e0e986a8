package dev.entente.analysis.defacto;

/**
 * The events between two states in one year, both directions pooled.
 *
 * @param ccode1 the lower COW code
 * @param ccode2 the higher COW code
 * @param year the year
 * @param events events in either direction
 * @param cooperative those with CAMEO root 01–09 (GDELT quad classes 1 and 2: verbal and material cooperation)
 * @param goldsteinMean the mean Goldstein value of the events that carry one, or null when none does
 */
public record DyadTone(int ccode1, int ccode2, int year, long events, long cooperative, Double goldsteinMean) {}
