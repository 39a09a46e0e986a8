package dev.entente.analysis.similarity;

/**
 * Signorino and Ritter's S on binary portfolios (any tie = 1), unweighted, with Δ = 1: one minus twice the share of
 * observations on which one state has a tie and the other none.
 *
 * <pre>{@code
 * S_bin = 1 − 2 · #{k : (x_ik > 0) ≠ (x_jk > 0)} / n
 * }</pre>
 *
 * <p>Equal to {@code SignorinoRitterS.unweighted(1).compute(t.binary())}, computed from the valued table directly so
 * that nothing is allocated. Sources and conventions as {@link SignorinoRitterS}; binary coding METHODS.md B.1
 * ({@code allybinary = allyvalued > 0}). Range [−1, 1], 1 for identical binary portfolios. Undefined when the table
 * is empty. Column name {@code s_bin}.
 */
public final class BinaryS implements SimilarityMeasure {

  @Override
  public String name() {
    return "s_bin";
  }

  @Override
  public Similarity compute(ContingencyTable t) {
    if (t.n() == 0) {
      return Similarity.undefined(Reasons.EMPTY);
    }
    int levels = t.levels();
    long disagreements = 0;
    for (int c = 1; c < levels; c++) {
      disagreements += t.countAt(c) + t.countAt(c * levels);
    }
    return Similarity.of(1 - 2.0 * disagreements / t.n());
  }

  @Override
  public String toString() {
    return name();
  }
}
