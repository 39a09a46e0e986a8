package dev.entente.analysis.similarity;

/**
 * Scott's π for nominal categories: exact agreement corrected for the agreement expected from the pooled marginals.
 *
 * <pre>{@code
 * π = (p_o − p_e) / (1 − p_e)
 *   p_o = Σ_a p_aa                   share of observations on which the two states take the same position
 *   p_e = Σ_a m_a²,  m_a = (p_a· + p_·a) / 2
 * }</pre>
 *
 * <p>Source: {@code fpsim::spi} (Miller), with {@code levels = 0:3} for alliances, also used by fpsim's
 * {@code 1-fpsim-alliances.R}; Scott 1955. METHODS.md B.4. This is not Häge's quadratic π ({@link ScottsPi}). Every
 * level {@code 0 .. levels-1} is a category, including levels no observation uses (fpsim's {@code levels = 0:3});
 * such a level adds 0 to p_e. Computed as {@code (4n·D − P) / (4n² − P)} with D the diagonal count and
 * {@code P = Σ_a (rows_a + columns_a)²}, exact integers. Weights are ignored.
 *
 * <p>Range: [−1, 1]; 1 for identical positions that vary.
 *
 * <p>Undefined when the table is empty, or when p_e = 1, which happens exactly when both states take one and the same
 * position on every observation. Column name {@code pi_nominal}.
 */
public final class ScottsPiNominal implements SimilarityMeasure {

  @Override
  public String name() {
    return "pi_nominal";
  }

  @Override
  public Similarity compute(ContingencyTable t) {
    long n = t.n();
    if (n == 0) {
      return Similarity.undefined(Reasons.EMPTY);
    }
    long pooled = 0;
    for (int a = 0; a < t.levels(); a++) {
      long m = t.rowCount(a) + t.columnCount(a);
      pooled += m * m;
    }
    long denominator = 4 * n * n - pooled;
    if (denominator == 0) {
      return Similarity.undefined(Reasons.ONE_CELL);
    }
    return Similarity.of((double) (4 * n * t.diagonal() - pooled) / denominator);
  }

  @Override
  public String toString() {
    return name();
  }
}
