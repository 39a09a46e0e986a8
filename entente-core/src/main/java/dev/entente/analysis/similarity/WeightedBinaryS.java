package dev.entente.analysis.similarity;

/**
 * Signorino–Ritter S on binary portfolios (any tie = 1), weighted by the third states' capability shares
 * (METHODS.md B.2; Häge's weighted binary S, normalised here by the sum of the weights rather than assuming they sum
 * to 1): {@code S = 1 − 2 · Σ_k w_k · [exactly one of the two states has a tie with k] / Σ_k w_k}. Range [−1, 1];
 * undefined when the weights sum to 0.
 */
public final class WeightedBinaryS implements SimilarityMeasure {

  @Override
  public String name() {
    return "s_bin_wt";
  }

  @Override
  public Similarity compute(ContingencyTable t) {
    double total = t.totalWeight();
    if (t.n() == 0 || total <= 0) {
      return Similarity.undefined(t.n() == 0 ? Reasons.EMPTY : "the weights sum to 0");
    }
    double disagreement = 0;
    for (int c = 1; c < t.levels(); c++) {
      disagreement += t.weight(0, c) + t.weight(c, 0);
    }
    return Similarity.of(Math.max(-1, Math.min(1, 1 - 2 * disagreement / total)));
  }

  @Override
  public String toString() {
    return name();
  }
}
