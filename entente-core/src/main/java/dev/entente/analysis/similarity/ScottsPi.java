package dev.entente.analysis.similarity;

/**
 * Häge's chance-corrected similarity with pooled marginals: Scott's π with quadratic disagreement weights. Unlike κ
 * it does not adjust for the two states' different numbers of ties.
 *
 * <pre>{@code
 * π = 1 − ssd / ( ss1 + ss2 − (s1 + s2)² / (2n) )
 *   s1 = Σ x,  s2 = Σ y,  ss1 = Σ x²,  ss2 = Σ y²,  ssd = Σ (x − y)²     (x, y = the two states' level numbers)
 * }</pre>
 *
 * <p>The closed form of {@code 1 − Σ w_ab p_ab / Σ w_ab m_a m_b} with {@code m_a = (p_a· + p_·a)/2} and quadratic
 * weights. Sources: Häge 2011, <i>Political Analysis</i> 19(3):287–305, and his {@code msim-data11-simmeasures.do}
 * (METHODS.md B.4). Not {@code fpsim::spi}, which is the nominal π ({@link ScottsPiNominal}); for Germany–Russia
 * 1914 the two give −0.08696 and −0.04478. Computed as {@code 1 − 2n·ssd / (2n·(ss1 + ss2) − (s1 + s2)²)} so that
 * both sums stay exact integers. Weights are ignored.
 *
 * <p>Range: [−1, 1]; 1 for identical positions that vary; −1 when both states are constant at different levels.
 *
 * <p>Undefined when the table is empty, or when the denominator is 0, which happens exactly when both states take one
 * and the same position on every observation (Häge sets 0 there; this class does not). Column name {@code pi}.
 */
public final class ScottsPi implements SimilarityMeasure {

  @Override
  public String name() {
    return "pi";
  }

  @Override
  public Similarity compute(ContingencyTable t) {
    long n = t.n();
    if (n == 0) {
      return Similarity.undefined(Reasons.EMPTY);
    }
    long s = t.s1() + t.s2();
    long denominator = 2 * n * (t.ss1() + t.ss2()) - s * s;
    if (denominator == 0) {
      return Similarity.undefined(Reasons.ONE_CELL);
    }
    return Similarity.of(1 - (double) (2 * n * t.ssd()) / denominator);
  }

  @Override
  public String toString() {
    return name();
  }
}
