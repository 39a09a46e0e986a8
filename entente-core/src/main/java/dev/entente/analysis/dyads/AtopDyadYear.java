package dev.entente.analysis.dyads;

/**
 * One directed ATOP dyad-year: the obligations {@code ccode1} has towards {@code ccode2} in {@code year} under any
 * alliance both belong to (1 = yes, 0 = they share an alliance without that obligation).
 */
public record AtopDyadYear(
    int ccode1, int ccode2, int year, int defense, int offense, int neutral, int nonagg, int consul) {}
