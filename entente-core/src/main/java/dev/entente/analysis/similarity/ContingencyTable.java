package dev.entente.analysis.similarity;

import java.util.Arrays;

/**
 * The cross-tabulation of two states' positions: cell (a, b) counts the third states (or roll calls) on which state i
 * is at level a and state j at level b, and sums their weights.
 *
 * <p>Levels are the integers {@code 0 .. levels-1}, ordered and equally spaced: 4 for valued alliance portfolios
 * (none 0, entente 1, neutrality/non-aggression 2, defence 3; METHODS.md B.1), 2 for binary portfolios, 3 for UN
 * votes (yes 0, abstain 1, no 2, i.e. the 1/2/3 coding minus one). Every measure reads the counts; only weighted S
 * reads the weights.
 *
 * <p>A table is mutable and meant to be reused: {@link #clear()} it for the next dyad instead of allocating a new one
 * (an all-dyads job fills about a million tables). It is not thread-safe: confine each table to one thread.
 */
public final class ContingencyTable {

  /** The largest number of levels accepted. */
  public static final int MAX_LEVELS = 1024;

  /** The bound on {@code n · (levels − 1)} under which the measures' exact integer sums cannot overflow a long. */
  private static final long MAX_SPREAD = 1_500_000_000L;

  private final int levels;
  private final long[] counts;
  private final double[] weights;
  private final long[] workspace;
  private final long maxN;
  private long n;
  private double totalWeight;

  /**
   * An empty table over the levels {@code 0 .. levels-1}.
   *
   * @throws IllegalArgumentException unless {@code 2 <= levels <= MAX_LEVELS}
   */
  public ContingencyTable(int levels) {
    if (levels < 2 || levels > MAX_LEVELS) {
      throw new IllegalArgumentException(
          "levels must be between 2 and " + MAX_LEVELS + ", got " + levels);
    }
    this.levels = levels;
    this.counts = new long[levels * levels];
    this.weights = new double[levels * levels];
    this.workspace = new long[levels];
    this.maxN = MAX_SPREAD / (levels - 1);
  }

  /**
   * Adds one third state (or roll call).
   *
   * @param a state i's level
   * @param b state j's level
   * @param weight its weight, finite and {@code >= 0} (1.0 when unweighted)
   * @throws IllegalArgumentException if a level is outside {@code 0 .. levels-1} or the weight is negative, NaN or
   *     infinite
   * @throws IllegalStateException if the table already holds {@code 1.5e9 / (levels − 1)} observations (the measures
   *     sum in exact integers; no dyad comes near this)
   */
  public void add(int a, int b, double weight) {
    int cell = cell(a, b);
    if (!(weight >= 0) || weight == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("weight must be finite and >= 0, got " + weight);
    }
    if (n == maxN) {
      throw new IllegalStateException("a " + levels + "-level table holds at most " + maxN + " observations");
    }
    counts[cell]++;
    weights[cell] += weight;
    n++;
    totalWeight += weight;
  }

  /** Empties the table for the next dyad, keeping its storage. */
  public void clear() {
    Arrays.fill(counts, 0L);
    Arrays.fill(weights, 0.0);
    n = 0;
    totalWeight = 0.0;
  }

  /** The number of levels. */
  public int levels() {
    return levels;
  }

  /** The number of observations added since the last {@link #clear()}. */
  public long n() {
    return n;
  }

  /**
   * The number of observations with state i at level {@code a} and state j at level {@code b}.
   *
   * @throws IllegalArgumentException if a level is outside {@code 0 .. levels-1}
   */
  public long count(int a, int b) {
    return counts[cell(a, b)];
  }

  /**
   * The summed weight of the observations in cell ({@code a}, {@code b}).
   *
   * @throws IllegalArgumentException if a level is outside {@code 0 .. levels-1}
   */
  public double weight(int a, int b) {
    return weights[cell(a, b)];
  }

  /** The summed weight of all observations. */
  public double totalWeight() {
    return totalWeight;
  }

  /**
   * A new 2-level table of the same observations with every level above 0 merged into 1 (any tie = 1; METHODS.md
   * B.1 {@code allybinary}); counts and weights are summed.
   */
  public ContingencyTable binary() {
    ContingencyTable out = new ContingencyTable(2);
    for (int a = 0; a < levels; a++) {
      for (int b = 0; b < levels; b++) {
        int cell = (a > 0 ? 2 : 0) + (b > 0 ? 1 : 0);
        out.counts[cell] += counts[a * levels + b];
        out.weights[cell] += weights[a * levels + b];
      }
    }
    out.n = n;
    out.totalWeight = totalWeight;
    return out;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("ContingencyTable[levels=").append(levels).append(", n=").append(n);
    for (int a = 0; a < levels; a++) {
      s.append(a == 0 ? ", counts=[" : " | ");
      for (int b = 0; b < levels; b++) {
        s.append(b == 0 ? "" : " ").append(counts[a * levels + b]);
      }
    }
    return s.append("]]").toString();
  }

  // Sufficient statistics (Häge's s1, s2, ss1, ss2, sad, ssd), exact in integers; x = state i's level, y = state j's.

  /** Σ x. */
  long s1() {
    long s = 0;
    for (int a = 1; a < levels; a++) {
      s += a * rowCount(a);
    }
    return s;
  }

  /** Σ y. */
  long s2() {
    long s = 0;
    for (int b = 1; b < levels; b++) {
      s += b * columnCount(b);
    }
    return s;
  }

  /** Σ x². */
  long ss1() {
    long s = 0;
    for (int a = 1; a < levels; a++) {
      s += (long) a * a * rowCount(a);
    }
    return s;
  }

  /** Σ y². */
  long ss2() {
    long s = 0;
    for (int b = 1; b < levels; b++) {
      s += (long) b * b * columnCount(b);
    }
    return s;
  }

  /** Σ |x − y|. */
  long sad() {
    long s = 0;
    for (int a = 0; a < levels; a++) {
      for (int b = 0; b < levels; b++) {
        s += Math.abs(a - b) * counts[a * levels + b];
      }
    }
    return s;
  }

  /** Σ (x − y)². */
  long ssd() {
    long s = 0;
    for (int a = 0; a < levels; a++) {
      for (int b = 0; b < levels; b++) {
        long d = a - b;
        s += d * d * counts[a * levels + b];
      }
    }
    return s;
  }

  /** The number of observations with x = y. */
  long diagonal() {
    long s = 0;
    for (int a = 0; a < levels; a++) {
      s += counts[a * levels + a];
    }
    return s;
  }

  /** The number of observations with state i at level {@code a}. */
  long rowCount(int a) {
    long s = 0;
    for (int b = 0, base = a * levels; b < levels; b++) {
      s += counts[base + b];
    }
    return s;
  }

  /** The number of observations with state j at level {@code b}. */
  long columnCount(int b) {
    long s = 0;
    for (int a = 0; a < levels; a++) {
      s += counts[a * levels + b];
    }
    return s;
  }

  /** The count of a cell by its index {@code a * levels + b}, unchecked. */
  long countAt(int cell) {
    return counts[cell];
  }

  /** The weight of a cell by its index {@code a * levels + b}, unchecked. */
  double weightAt(int cell) {
    return weights[cell];
  }

  /**
   * Scratch space of {@code levels} longs for a measure computing from this table, so that computing allocates
   * nothing. Its content is undefined on entry; it is valid only within one call.
   */
  long[] workspace() {
    return workspace;
  }

  private int cell(int a, int b) {
    if (a < 0 || a >= levels || b < 0 || b >= levels) {
      throw new IllegalArgumentException(
          "levels must be in 0.." + (levels - 1) + ", got (" + a + ", " + b + ")");
    }
    return a * levels + b;
  }
}
