package dev.entente.analysis.criticism;

import java.util.List;
import java.util.Map;

/**
 * The outcome of {@link SelectiveCriticism}.
 *
 * @param request the request, with every convention
 * @param targets every target with events, most criticised first (by rate)
 * @param correlations per alignment measure, in order
 * @param events the source's events towards all targets in the window (before the minimum-count rule)
 * @param criticism of those, the criticism events
 * @param belowMinimum targets excluded for having fewer events than the minimum
 * @param provenance events and alignment data behind it, one line each
 */
public record CriticismResult(
    CriticismRequest request, List<Target> targets, List<Correlation> correlations, long events, long criticism,
    int belowMinimum, List<String> provenance) {

  public CriticismResult {
    targets = List.copyOf(targets);
    correlations = List.copyOf(correlations);
    provenance = List.copyOf(provenance);
  }

  /**
   * One target.
   *
   * @param target ISO3
   * @param events the source's events towards it
   * @param criticism those with a criticism code
   * @param rate criticism / events
   * @param included whether it has at least the minimum number of events
   * @param relative measure → relative alignment (rival minus source); a missing measure has no entry
   */
  public record Target(String target, long events, long criticism, double rate, boolean included,
      Map<String, Double> relative) {
    public Target {
      relative = Map.copyOf(relative);
    }
  }

  /**
   * The rank correlation of criticism rate and relative alignment for one measure.
   *
   * @param measure the alignment measure
   * @param result ρ, its bootstrap interval and n (the targets with enough events and a defined alignment)
   * @param missingAlignment included targets left out for an undefined alignment
   * @param outliers the largest absolute residuals of the rank regression, largest first
   */
  public record Correlation(String measure, SpearmanBootstrap.Result result, int missingAlignment,
      List<Outlier> outliers) {
    public Correlation {
      outliers = List.copyOf(outliers);
    }
  }

  /**
   * A target far from the rank regression line.
   *
   * @param target ISO3
   * @param residual rank of its rate minus the rate rank predicted from its alignment rank (positive = criticised
   *     more than its alignment predicts)
   */
  public record Outlier(String target, double residual) {}
}
