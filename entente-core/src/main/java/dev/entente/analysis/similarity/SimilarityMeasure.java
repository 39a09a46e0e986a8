package dev.entente.analysis.similarity;

/**
 * A dyadic similarity measure computed from the cross-tabulation of the two states' positions.
 *
 * <p>Implementations are stateless and thread-safe (the table they read is not: see {@link ContingencyTable}). They
 * are symmetric: transposing the table (swapping the two states) gives an equal result.
 */
public interface SimilarityMeasure {

  /** The column name of the measure, for example {@code s_un} or {@code kappa}. */
  String name();

  /**
   * The similarity of the two states whose positions {@code t} cross-tabulates.
   *
   * @return a finite value, or {@link Similarity.Undefined} with a reason when the table is empty or the formula's
   *     denominator is 0; never {@code NaN}
   * @throws IllegalArgumentException if the table does not fit the measure (for example more levels than its
   *     maximum distance allows)
   */
  Similarity compute(ContingencyTable t);
}
