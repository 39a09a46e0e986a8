package dev.entente.analysis.criticism;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Selective criticism (CONTEXT.md question 4; issue 6 item 5): for every target of the source's events, the rate
 * of criticism — events with a criticism code divided by all the source's events towards that target, so that a
 * target the source simply talks about more is not counted as more criticised — beside the target's relative
 * alignment (alignment with the rival minus alignment with the source, {@link Alignments}). Reports Spearman's ρ
 * of rate and relative alignment per measure with a bootstrap interval that resamples targets
 * ({@link SpearmanBootstrap}), and the largest outliers of the rank regression.
 *
 * <p>Rules: a target with fewer than {@code minEvents} of the source's events is excluded from the correlation
 * (its rate rests on too few events) and counted; an included target whose alignment is undefined for a measure is
 * left out of that measure's correlation and counted. The rank regression is the least-squares line of the rate's
 * average rank on the alignment's average rank over the targets in the correlation; an outlier's residual is the
 * difference between its rate rank and the line's prediction, in ranks; no outliers are listed when ρ is undefined.
 */
public final class SelectiveCriticism {

  private final EventCounts events;
  private final Alignments alignments;

  public SelectiveCriticism(EventCounts events, Alignments alignments) {
    this.events = events;
    this.alignments = alignments;
  }

  /** Computes the table and the correlations. */
  public CriticismResult compute(CriticismRequest r) {
    Map<String, TargetCount> counts = events.towards(r.source(), r.first(), r.last(), r.codes());
    Map<String, Map<String, Double>> relative =
        alignments.relative(r.source(), r.rival(), counts.keySet(), r.alignFirst(), r.alignLast());
    List<CriticismResult.Target> targets = new ArrayList<>();
    long all = 0;
    long crit = 0;
    int below = 0;
    for (TargetCount c : counts.values()) {
      all += c.events();
      crit += c.criticism();
      boolean included = c.events() >= r.minEvents();
      if (!included) {
        below++;
      }
      Map<String, Double> rel = new HashMap<>();
      for (String m : alignments.measures()) {
        Double v = relative.getOrDefault(m, Map.of()).get(c.target());
        if (v != null) {
          rel.put(m, v);
        }
      }
      targets.add(new CriticismResult.Target(c.target(), c.events(), c.criticism(),
          (double) c.criticism() / c.events(), included, rel));
    }
    targets.sort(Comparator.comparingDouble(CriticismResult.Target::rate).reversed()
        .thenComparing(CriticismResult.Target::target));
    List<CriticismResult.Correlation> correlations = new ArrayList<>();
    for (String m : alignments.measures()) {
      correlations.add(correlation(m, targets, r));
    }
    List<String> provenance = new ArrayList<>(events.provenance());
    provenance.addAll(alignments.provenance());
    return new CriticismResult(r, targets, correlations, all, crit, below, provenance);
  }

  private static CriticismResult.Correlation correlation(String measure, List<CriticismResult.Target> targets,
      CriticismRequest r) {
    List<CriticismResult.Target> used = new ArrayList<>();
    int missing = 0;
    for (CriticismResult.Target t : targets) {
      if (!t.included()) {
        continue;
      }
      if (t.relative().containsKey(measure)) {
        used.add(t);
      } else {
        missing++;
      }
    }
    double[] x = used.stream().mapToDouble(t -> t.relative().get(measure)).toArray();
    double[] y = used.stream().mapToDouble(CriticismResult.Target::rate).toArray();
    SpearmanBootstrap.Result result = SpearmanBootstrap.compute(x, y, r.replicates(), r.seed(), r.level());
    return new CriticismResult.Correlation(measure, result, missing,
        Double.isNaN(result.rho()) ? List.of() : outliers(used, x, y, r.outliers()));
  }

  private static List<CriticismResult.Outlier> outliers(List<CriticismResult.Target> used, double[] x, double[] y,
      int k) {
    if (used.size() < 3 || k == 0) {
      return List.of();
    }
    double[] rx = SpearmanBootstrap.ranks(x);
    double[] ry = SpearmanBootstrap.ranks(y);
    int n = rx.length;
    SpearmanBootstrap.Moments m = SpearmanBootstrap.Moments.of(rx, ry);
    double mx = m.meanA();
    double my = m.meanB();
    double slope = m.saa() == 0 ? 0 : m.sab() / m.saa();
    List<CriticismResult.Outlier> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new CriticismResult.Outlier(used.get(i).target(), ry[i] - (my + slope * (rx[i] - mx))));
    }
    out.sort(Comparator.comparingDouble((CriticismResult.Outlier o) -> -Math.abs(o.residual()))
        .thenComparing(CriticismResult.Outlier::target));
    return out.subList(0, Math.min(k, out.size()));
  }
}
