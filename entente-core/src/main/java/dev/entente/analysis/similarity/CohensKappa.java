package dev.entente.analysis.similarity;

/**
 * Häge's chance-corrected similarity: Cohen's κ with quadratic disagreement weights, which corrects S for the
 * agreement expected from each state's own distribution of positions (ties are rare, and states differ in their
 * propensity to form them).
 *
 * <pre>{@code
 * κ = 1 − ssd / ( ss1 + ss2 − (2/n) · s1 · s2 )
 *   s1 = Σ x,  s2 = Σ y,  ss1 = Σ x²,  ss2 = Σ y²,  ssd = Σ (x − y)²     (x, y = the two states' level numbers)
 * }</pre>
 *
 * <p>This is the closed form of the weighted κ {@code 1 − Σ w_ab p_ab / Σ w_ab p_a· p_·b} with
 * {@code w_ab = (|a − b| / (K − 1))²}; the scale (K − 1)² cancels, so the result does not depend on the declared
 * levels. Sources: Häge 2011, <i>Political Analysis</i> 19(3):287–305, and his {@code msim-data11-simmeasures.do};
 * numerically identical to {@code fpsim::cohenk} (METHODS.md B.4). Computed as
 * {@code 1 − n·ssd / (n·(ss1 + ss2) − 2·s1·s2)} so that both sums stay exact integers. Weights are ignored.
 *
 * <p>Range: [−1, 1] (κ = 2·cov / (var x + var y + (mean x − mean y)²)); 1 for identical positions that vary; 0 when
 * both states are constant at different levels.
 *
 * <p>Undefined when the table is empty, or when the denominator is 0, which happens exactly when both states take one
 * and the same position on every observation. Häge sets κ = 0 there (for UN votes); this class does not, because 0
 * would read as "no better than chance" for two identical portfolios. Column name {@code kappa}.
 */
public final class CohensKappa implements SimilarityMeasure {

  @Override
  public String name() {
    return "kappa";
  }

  @Override
  public Similarity compute(ContingencyTable t) {
    long n = t.n();
    if (n == 0) {
      return Similarity.undefined(Reasons.EMPTY);
    }
    long denominator = n * (t.ss1() + t.ss2()) - 2 * t.s1() * t.s2();
    if (denominator == 0) {
      return Similarity.undefined(Reasons.ONE_CELL);
    }
    return Similarity.of(1 - (double) (n * t.ssd()) / denominator);
  }

  @Override
  public String toString() {
    return name();
  }
}
