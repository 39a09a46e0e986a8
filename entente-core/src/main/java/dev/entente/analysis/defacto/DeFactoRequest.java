package dev.entente.analysis.defacto;

import java.util.List;

/**
 * What {@link DeFactoAllianceScore} computes, every convention named.
 *
 * @param actor the actor's COW code
 * @param year the year its partners are scored in
 * @param trainFirst the first training year
 * @param trainLast the last training year
 * @param testFirst the first held-out year
 * @param testLast the last held-out year
 * @param features the candidate features (some of {@link MeasuredFeatures#KNOWN})
 * @param lambda the ridge penalty on the standardised coefficients
 * @param minCoverage a feature is dropped when fewer than this share of the training rows, or of the actor's
 *     dyads in the scoring year, have a value
 */
public record DeFactoRequest(int actor, int year, int trainFirst, int trainLast, int testFirst, int testLast,
    List<String> features, double lambda, double minCoverage) {

  /** The last year ATOP codes: labels exist up to it. */
  public static final int LAST_LABELLED_YEAR = 2018;

  public DeFactoRequest {
    features = List.copyOf(features);
    if (trainFirst > trainLast || testFirst > testLast) {
      throw new IllegalArgumentException("a window's first year is after its last");
    }
    if (testFirst <= trainLast) {
      throw new IllegalArgumentException("the held-out years " + testFirst + "-" + testLast
          + " must come after the training years " + trainFirst + "-" + trainLast);
    }
    if (testLast > LAST_LABELLED_YEAR) {
      throw new IllegalArgumentException("held-out years after " + LAST_LABELLED_YEAR + " have no ATOP label");
    }
    if (lambda < 0 || !(minCoverage >= 0 && minCoverage <= 1)) {
      throw new IllegalArgumentException("lambda must be >= 0 and the minimum coverage in 0..1");
    }
    if (features.isEmpty()) {
      throw new IllegalArgumentException("no features");
    }
    for (String f : features) {
      if (!MeasuredFeatures.KNOWN.contains(f)) {
        throw new IllegalArgumentException("feature '" + f + "' is not known (allowed: "
            + String.join(", ", MeasuredFeatures.KNOWN) + ")");
      }
    }
  }

  /**
   * The defaults: held-out years the {@code holdout} years up to min(year, 2018), training years the
   * {@code trainYears} before them, every known feature, λ = 1, minimum coverage 0.5.
   */
  public static DeFactoRequest of(int actor, int year, int holdout, int trainYears) {
    int end = Math.min(year, LAST_LABELLED_YEAR);
    return new DeFactoRequest(actor, year, end - holdout - trainYears + 1, end - holdout, end - holdout + 1, end,
        MeasuredFeatures.KNOWN, 1.0, 0.5);
  }
}
