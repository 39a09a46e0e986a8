package dev.entente.analysis.similarity;

import java.util.Arrays;

/**
 * Kendall's τ_b between the two states' positions: Bueno de Mesquita's measure of alliance-portfolio similarity.
 *
 * <pre>{@code
 * τ_b = (n_c − n_d) / sqrt( (n0 − n1) · (n0 − n2) )
 *   n0 = n(n − 1)/2                       pairs of observations
 *   n_c, n_d                              concordant / discordant pairs (ordered the same / opposite way by i and j)
 *   n1 = Σ_a t_a(t_a − 1)/2               pairs tied in state i's positions (t_a = observations with x = a)
 *   n2 = Σ_b u_b(u_b − 1)/2               pairs tied in state j's positions (u_b = observations with y = b)
 * }</pre>
 *
 * <p>Sources: Bueno de Mesquita 1975 and <i>War and Reason</i> App. 1; Miller's 2021 tau-b post; equal to R's
 * {@code cor(x, y, method = "kendall")} and Apache Commons Math {@code KendallsCorrelation}. METHODS.md B.3.
 *
 * <p>Computed from the table in O(levels²), not from the raw vectors in O(n log n): the pairs are counted per cell,
 * with one running column sum over the rows below. Weights are ignored. The levels are ranks (for valued portfolios:
 * defence > neutrality/non-aggression > entente > none). No 0.999 convention for identical portfolios (Bueno de
 * Mesquita and Lalman's): identical varying positions give exactly 1.
 *
 * <p>Range: [−1, 1] (clamped against rounding). Undefined when the table has fewer than two observations, or when one
 * state's positions do not vary (its ties cover every pair: n0 = n1 or n0 = n2), because the denominator is then 0.
 * Column name {@code taub}.
 */
public final class KendallTauB implements SimilarityMeasure {

  @Override
  public String name() {
    return "taub";
  }

  @Override
  public Similarity compute(ContingencyTable t) {
    long n = t.n();
    if (n == 0) {
      return Similarity.undefined(Reasons.EMPTY);
    }
    if (n < 2) {
      return Similarity.undefined(Reasons.FEWER_THAN_TWO);
    }
    int levels = t.levels();
    long[] below = t.workspace(); // below[b] = observations in rows a' > a with y = b
    Arrays.fill(below, 0L);
    long belowTotal = 0;
    long concordant = 0;
    long discordant = 0;
    long tiedInI = 0;
    long tiedInJ = 0;
    for (int a = levels - 1; a >= 0; a--) {
      long lower = 0; // observations in rows a' > a with y < b
      long row = 0;
      for (int b = 0; b < levels; b++) {
        long c = t.countAt(a * levels + b);
        discordant += c * lower;
        concordant += c * (belowTotal - lower - below[b]);
        lower += below[b];
        row += c;
      }
      for (int b = 0; b < levels; b++) {
        below[b] += t.countAt(a * levels + b);
      }
      belowTotal += row;
      tiedInI += row * (row - 1) / 2;
    }
    for (int b = 0; b < levels; b++) {
      tiedInJ += below[b] * (below[b] - 1) / 2; // below now holds the column totals
    }
    long pairs = n * (n - 1) / 2;
    if (pairs == tiedInI || pairs == tiedInJ) {
      return Similarity.undefined(Reasons.NO_VARIATION);
    }
    double tau = (concordant - discordant) / Math.sqrt((double) (pairs - tiedInI) * (double) (pairs - tiedInJ));
    return Similarity.of(Math.max(-1, Math.min(1, tau)));
  }

  @Override
  public String toString() {
    return name();
  }
}
