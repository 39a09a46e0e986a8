package dev.entente.analysis.similarity;

/**
 * The UN voting agreement index (Lijphart; Voeten): the share of common roll calls on which two states vote alike.
 *
 * <pre>{@code
 * agree       = (1/n) Σ_k [ 1 − |v_ik − v_jk| / (levels − 1) ]     half credit (abstention = half disagreement)
 * agree_exact = (1/n) Σ_k [ v_ik = v_jk ]                          share of identical votes (Voeten's USAgree)
 * }</pre>
 *
 * <p>Conventions: votes are levels 0 = yes, 1 = abstain, 2 = no (the Voeten/unvotes coding 1/2/3 minus one), so with
 * half credit both yes or both no count 1, one abstention 0.5, yes against no 0. Absences and non-member votes are
 * not observations: leave them out of the table. Weights are ignored. Half-credit agreement is linear in S:
 * {@code S_abs(Δ = 2) = 2·agree − 1}. Sources: Voeten's UN voting data and {@code unvotes}; METHODS.md B.5.
 *
 * <p>Range: [0, 1]; 1 for identical votes. Undefined when the table is empty ("no common votes"). Column names
 * {@code agree} and {@code agree_exact}.
 */
public final class AgreementIndex implements SimilarityMeasure {

  private final boolean exact;

  /**
   * The agreement index.
   *
   * @param exact {@code true} for the share of identical positions, {@code false} for half credit by distance
   */
  public AgreementIndex(boolean exact) {
    this.exact = exact;
  }

  @Override
  public String name() {
    return exact ? "agree_exact" : "agree";
  }

  @Override
  public Similarity compute(ContingencyTable t) {
    long n = t.n();
    if (n == 0) {
      return Similarity.undefined(Reasons.NO_COMMON_VOTES);
    }
    if (exact) {
      return Similarity.of((double) t.diagonal() / n);
    }
    return Similarity.of(1 - (double) t.sad() / ((long) (t.levels() - 1) * n));
  }

  @Override
  public String toString() {
    return name();
  }
}
