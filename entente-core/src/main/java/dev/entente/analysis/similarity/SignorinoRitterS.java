package dev.entente.analysis.similarity;

import java.util.Objects;

/**
 * Signorino and Ritter's S: one minus twice the mean distance between the two states' positions, scaled by the
 * largest possible distance.
 *
 * <pre>{@code
 * S = 1 − 2 · [ Σ_k w_k · d(x_ik, x_jk) / D ] / Σ_k w_k
 *     d = |x − y|,   D = Δ      (ABSOLUTE)
 *     d = (x − y)²,  D = Δ²     (SQUARED)
 *     w_k = 1 per observation when unweighted, so Σ w_k = n
 * }</pre>
 *
 * <p>Sources: Signorino and Ritter 1999, <i>ISQ</i> 43:115–44; Signorino's GAUSS {@code S.g} (scoring rule
 * l(a) = a); {@code fpsim::srs}; Häge's {@code msim-data11-simmeasures.do}. METHODS.md B.2.
 *
 * <p>Conventions: Δ is the largest possible distance, 3 for valued alliance portfolios (0..3), 1 for binary ones, 2
 * for UN votes (yes/abstain/no); it must be at least {@code levels − 1} of the table. The weighted form reads the
 * table's cell weights (S&amp;R weight each third state by its share of system capabilities, CINC) and divides by
 * their sum, so weights need not sum to 1 (NMC's CINC scores for a year do not: METHODS.md B.2); the other forms
 * ignore the weights. S with absolute distance and Δ = 2 on UN votes equals {@code 2·agree − 1}
 * ({@link AgreementIndex}).
 *
 * <p>Range: [−1, 1]; 1 for identical positions (also when they do not vary), −1 when every observation is at the
 * largest distance Δ. The weighted value is clamped to [−1, 1] against rounding.
 *
 * <p>Undefined when the table is empty, or, for the weighted form, when the weights sum to 0.
 *
 * <p>Column names: {@code s_un} (absolute, unweighted), {@code s_sq} (squared, unweighted), {@code s_wt} (absolute,
 * weighted), {@code s_wt_sq} (squared, weighted).
 */
public final class SignorinoRitterS implements SimilarityMeasure {

  /** The distance between two positions. */
  public enum Distance {
    /** {@code |x − y|}, scaled by Δ. */
    ABSOLUTE,
    /** {@code (x − y)²}, scaled by Δ². */
    SQUARED
  }

  private final Distance distance;
  private final boolean weighted;
  private final double delta;
  private final String name;

  /**
   * S with the given distance, weighting and largest possible distance.
   *
   * @param distance absolute or squared
   * @param weighted whether to weight each observation by the table's weights
   * @param delta the largest possible distance Δ between two positions, finite and {@code > 0}
   * @throws IllegalArgumentException if {@code delta} is not finite and positive
   */
  public SignorinoRitterS(Distance distance, boolean weighted, double delta) {
    this.distance = Objects.requireNonNull(distance, "distance");
    if (!(delta > 0) || delta == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("delta must be finite and > 0, got " + delta);
    }
    this.weighted = weighted;
    this.delta = delta;
    boolean absolute = distance == Distance.ABSOLUTE;
    this.name = weighted ? (absolute ? "s_wt" : "s_wt_sq") : (absolute ? "s_un" : "s_sq");
  }

  /** Unweighted S with absolute distance ({@code s_un}). */
  public static SignorinoRitterS unweighted(double delta) {
    return new SignorinoRitterS(Distance.ABSOLUTE, false, delta);
  }

  /** Unweighted S with squared distance ({@code s_sq}). */
  public static SignorinoRitterS squared(double delta) {
    return new SignorinoRitterS(Distance.SQUARED, false, delta);
  }

  /** Weighted S with absolute distance ({@code s_wt}). */
  public static SignorinoRitterS weighted(double delta) {
    return new SignorinoRitterS(Distance.ABSOLUTE, true, delta);
  }

  @Override
  public String name() {
    return name;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if the table's levels allow a distance larger than Δ
   */
  @Override
  public Similarity compute(ContingencyTable t) {
    int levels = t.levels();
    if (levels - 1 > delta) {
      throw new IllegalArgumentException(
          name + ": delta " + delta + " is smaller than the largest distance " + (levels - 1) + " of a " + levels
              + "-level table");
    }
    if (t.n() == 0) {
      return Similarity.undefined(Reasons.EMPTY);
    }
    double scale = distance == Distance.ABSOLUTE ? delta : delta * delta;
    if (!weighted) {
      long sum = distance == Distance.ABSOLUTE ? t.sad() : t.ssd();
      return Similarity.of(1 - 2.0 * sum / (scale * t.n()));
    }
    // summed over unordered pairs of cells so that swapping the states gives bit-for-bit the same value
    double sumWeights = 0;
    double sumDistances = 0;
    for (int a = 0; a < levels; a++) {
      sumWeights += t.weightAt(a * levels + a);
      for (int b = a + 1; b < levels; b++) {
        double w = t.weightAt(a * levels + b) + t.weightAt(b * levels + a);
        int d = b - a;
        sumWeights += w;
        sumDistances += w * (distance == Distance.ABSOLUTE ? d : d * d);
      }
    }
    if (sumWeights == 0) {
      return Similarity.undefined(Reasons.ZERO_WEIGHT);
    }
    double s = 1 - 2 * sumDistances / (scale * sumWeights);
    return Similarity.of(Math.max(-1, Math.min(1, s)));
  }

  @Override
  public String toString() {
    return name + "(delta=" + delta + ")";
  }
}
