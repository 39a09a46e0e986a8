package dev.entente.analysis.defacto;

import java.util.List;
import java.util.Map;

/**
 * The outcome of {@link DeFactoAllianceScore}.
 *
 * @param request the request
 * @param features the features in the model, in order
 * @param dropped candidate features left out, with the reason
 * @param means the training means of the features (the standardisation)
 * @param sds the training standard deviations (n − 1)
 * @param fit the fitted model on the standardised features (β_0 first)
 * @param trainRows training dyad-years used (complete cases)
 * @param trainPositives of those, with a defence pact
 * @param trainIncomplete training dyad-years left out for a missing feature
 * @param heldOut the fit's quality on the held-out years (complete cases)
 * @param heldOutIncomplete held-out dyad-years left out for a missing feature
 * @param partners the actor's partners in the scoring year, highest score first, unscored last
 * @param provenance data versions and conventions, one line each
 */
public record DeFactoResult(DeFactoRequest request, List<String> features, Map<String, String> dropped,
    double[] means, double[] sds, LogisticRegression.Fit fit, int trainRows, int trainPositives, int trainIncomplete,
    FitQuality heldOut, int heldOutIncomplete, List<Partner> partners, List<String> provenance) {

  /**
   * One partner.
   *
   * @param ccode its COW code
   * @param score the model's probability of a defence pact, or null when a feature is missing
   * @param reason why there is no score, or null
   * @param values the raw feature values (NaN = missing)
   * @param contributions coefficient × standardised value per feature (NaN = missing); they add up, with the
   *     intercept, to the score's log-odds
   * @param pact 1 or 0 when ATOP codes the year (whether the pair has a defence pact), else null
   */
  public record Partner(int ccode, Double score, String reason, double[] values, double[] contributions,
      Integer pact) {}
}
