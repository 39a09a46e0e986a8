/**
 * Axelrod &amp; Bennett's (1993) landscape theory of aggregation: two-bloc configurations of actors with sizes and
 * pairwise propensities, their energies, the local minima and their basins of attraction (METHODS.md B.9).
 */
package dev.entente.analysis.landscape;
