package dev.entente.analysis.landscape;

import java.util.List;

/**
 * The local minima of a landscape, lowest energy first (ties: fewer actors on side B first, then input order).
 *
 * @param method {@link Method#EXHAUSTIVE} (every configuration visited; the minima are all the local minima and the
 *     basins exact) or {@link Method#HEURISTIC} (multi-start steepest descent; every minimum listed is a true local
 *     minimum, but others may exist, and each basin is the number of starts that reached it)
 * @param actors the number of actors n
 * @param configurations the number of distinct two-bloc configurations, 2^(n−1) (mirrors counted once)
 * @param starts heuristic: the number of random starts; exhaustive: equal to {@code configurations}
 * @param seed heuristic: the random seed; exhaustive: null
 * @param minima the local minima found
 * @param notes the method and conventions used, one line each, for the output
 */
public record LandscapeResult(
    Method method, int actors, double configurations, long starts, Long seed, List<LandscapeMinimum> minima,
    List<String> notes) {

  /** How the minima were found. */
  public enum Method {
    /** All 2^(n−1) configurations. */
    EXHAUSTIVE,
    /** Multi-start local search from random configurations. */
    HEURISTIC
  }

  public LandscapeResult {
    minima = List.copyOf(minima);
    notes = List.copyOf(notes);
  }

  /**
   * The share of a minimum's basin: exact (basin / 2^(n−1)) after exhaustive search, an estimate (starts reaching
   * it / starts) after the heuristic.
   */
  public double share(LandscapeMinimum m) {
    return (double) m.basin() / starts;
  }
}
