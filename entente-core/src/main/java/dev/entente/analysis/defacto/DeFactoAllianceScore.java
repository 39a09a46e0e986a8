package dev.entente.analysis.defacto;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The de facto alliance score: how closely a pair's relationship resembles a formal alliance.
 *
 * <p>Method. A logistic regression of ATOP's defence flag (either direction) on the features of
 * {@link MeasuredFeatures}, over the undirected dyad-years of the training years, ridge-penalised
 * ({@link LogisticRegression}). Missing values, explicitly: a candidate feature is dropped (and reported) when
 * fewer than {@code minCoverage} of the training rows or of the actor's dyads in the scoring year have a value —
 * so event features drop out when few events are imported, and DCAD (1980–2010) drops out for later years; the
 * fit and the held-out evaluation use complete cases on the remaining features (the rows left out are counted);
 * at scoring, a partner missing a feature gets a NULL score with the reason. Features are standardised with the
 * training complete cases' means and standard deviations (recorded); a feature constant in training is dropped.
 * Quality is measured on the held-out years, which come after the training years (AUC, Brier, log loss), with the
 * same model that scores the partners. Each partner's contributions (coefficient × standardised value) add up,
 * with the intercept, to its log-odds, so a user sees which features drive a score.
 */
public final class DeFactoAllianceScore {

  private final FeatureSource source;

  public DeFactoAllianceScore(FeatureSource source) {
    this.source = source;
  }

  /** Fits, evaluates and scores. */
  public DeFactoResult compute(DeFactoRequest r) {
    FeatureFrame all = source.frame(r.trainFirst(), r.testLast(), r.features());
    FeatureFrame now = source.frame(r.year(), r.year(), r.features());
    List<Integer> actorRows = new ArrayList<>();
    for (int i = 0; i < now.size(); i++) {
      if (now.ccode1()[i] == r.actor() || now.ccode2()[i] == r.actor()) {
        actorRows.add(i);
      }
    }
    if (actorRows.isEmpty()) {
      throw new IllegalArgumentException("COW " + r.actor() + " is not in the state system in " + r.year());
    }
    Map<String, String> dropped = new LinkedHashMap<>();
    List<Integer> used = new ArrayList<>();
    for (int f = 0; f < r.features().size(); f++) {
      double train = coverage(all, f, r.trainFirst(), r.trainLast());
      double here = 0;
      for (int i : actorRows) {
        here += Double.isNaN(now.values()[f][i]) ? 0 : 1;
      }
      here /= actorRows.size();
      if (train < r.minCoverage() || here < r.minCoverage()) {
        dropped.put(r.features().get(f), String.format(Locale.ROOT,
            "values for %.0f%% of training dyad-years and %.0f%% of the actor's dyads in %d (minimum %.0f%%)",
            train * 100, here * 100, r.year(), r.minCoverage() * 100));
      } else {
        used.add(f);
      }
    }
    // standardise on the training complete cases; drop constant features
    List<Integer> trainRows = rows(all, used, r.trainFirst(), r.trainLast());
    for (int k = used.size() - 1; k >= 0; k--) {
      double[] ms = meanSd(all.values()[used.get(k)], trainRows);
      if (!(ms[1] > 0)) {
        dropped.put(r.features().get(used.get(k)), "constant over the training dyad-years");
        used.remove(k);
      }
    }
    if (used.isEmpty()) {
      throw new IllegalArgumentException("no feature is left to fit the model: " + dropped);
    }
    trainRows = rows(all, used, r.trainFirst(), r.trainLast());
    double[] means = new double[used.size()];
    double[] sds = new double[used.size()];
    for (int k = 0; k < used.size(); k++) {
      double[] ms = meanSd(all.values()[used.get(k)], trainRows);
      means[k] = ms[0];
      sds[k] = ms[1];
    }
    double[][] x = new double[trainRows.size()][];
    int[] y = new int[trainRows.size()];
    int positives = 0;
    for (int i = 0; i < x.length; i++) {
      x[i] = standardised(all, used, trainRows.get(i), means, sds);
      y[i] = all.label()[trainRows.get(i)];
      positives += y[i];
    }
    LogisticRegression.Fit fit = LogisticRegression.fit(x, y, r.lambda(), 100, 1e-8);
    List<Integer> testRows = rows(all, used, r.testFirst(), r.testLast());
    double[] p = new double[testRows.size()];
    int[] yt = new int[testRows.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = fit.probability(standardised(all, used, testRows.get(i), means, sds));
      yt[i] = all.label()[testRows.get(i)];
    }
    List<DeFactoResult.Partner> partners = new ArrayList<>();
    for (int i : actorRows) {
      partners.add(partner(r, now, i, used, means, sds, fit));
    }
    partners.sort(Comparator.comparing((DeFactoResult.Partner q) -> q.score() == null)
        .thenComparing(q -> q.score() == null ? 0 : -q.score()).thenComparingInt(DeFactoResult.Partner::ccode));
    List<String> names = used.stream().map(r.features()::get).toList();
    List<String> provenance = new ArrayList<>(all.provenance());
    provenance.add(String.format(Locale.ROOT, "model: ridge logistic regression (lambda %.3g on standardised"
        + " features, intercept unpenalised), Newton-Raphson, %d iterations, %s", r.lambda(), fit.iterations(),
        fit.converged() ? "converged" : "NOT converged"));
    return new DeFactoResult(r, names, dropped, means, sds, fit, trainRows.size(), positives,
        labelled(all, r.trainFirst(), r.trainLast()) - trainRows.size(), FitQuality.of(p, yt),
        labelled(all, r.testFirst(), r.testLast()) - testRows.size(), partners, provenance);
  }

  private static DeFactoResult.Partner partner(DeFactoRequest r, FeatureFrame now, int i, List<Integer> used,
      double[] means, double[] sds, LogisticRegression.Fit fit) {
    int other = now.ccode1()[i] == r.actor() ? now.ccode2()[i] : now.ccode1()[i];
    double[] values = new double[used.size()];
    double[] contributions = new double[used.size()];
    List<String> missing = new ArrayList<>();
    double z = fit.coefficients()[0];
    for (int k = 0; k < used.size(); k++) {
      values[k] = now.values()[used.get(k)][i];
      if (Double.isNaN(values[k])) {
        missing.add(r.features().get(used.get(k)));
        contributions[k] = Double.NaN;
      } else {
        contributions[k] = fit.coefficients()[k + 1] * (values[k] - means[k]) / sds[k];
        z += contributions[k];
      }
    }
    Integer pact = now.label()[i] < 0 ? null : now.label()[i];
    return missing.isEmpty()
        ? new DeFactoResult.Partner(other, LogisticRegression.sigmoid(z), null, values, contributions, pact)
        : new DeFactoResult.Partner(other, null, "no " + String.join(", ", missing) + " in " + r.year(), values,
            contributions, pact);
  }

  private static double coverage(FeatureFrame f, int feature, int first, int last) {
    int n = 0;
    int have = 0;
    for (int i = 0; i < f.size(); i++) {
      if (f.year()[i] >= first && f.year()[i] <= last && f.label()[i] >= 0) {
        n++;
        have += Double.isNaN(f.values()[feature][i]) ? 0 : 1;
      }
    }
    return n == 0 ? 0 : (double) have / n;
  }

  private static int labelled(FeatureFrame f, int first, int last) {
    int n = 0;
    for (int i = 0; i < f.size(); i++) {
      n += f.year()[i] >= first && f.year()[i] <= last && f.label()[i] >= 0 ? 1 : 0;
    }
    return n;
  }

  /** Labelled rows of the years with every used feature. */
  private static List<Integer> rows(FeatureFrame f, List<Integer> used, int first, int last) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < f.size(); i++) {
      if (f.year()[i] < first || f.year()[i] > last || f.label()[i] < 0) {
        continue;
      }
      boolean complete = true;
      for (int u : used) {
        complete &= !Double.isNaN(f.values()[u][i]);
      }
      if (complete) {
        out.add(i);
      }
    }
    return out;
  }

  private static double[] meanSd(double[] v, List<Integer> rows) {
    double m = 0;
    for (int i : rows) {
      m += v[i];
    }
    m /= rows.size();
    double ss = 0;
    for (int i : rows) {
      ss += (v[i] - m) * (v[i] - m);
    }
    return new double[] {m, rows.size() > 1 ? Math.sqrt(ss / (rows.size() - 1)) : 0};
  }

  private static double[] standardised(FeatureFrame f, List<Integer> used, int row, double[] means, double[] sds) {
    double[] z = new double[used.size()];
    for (int k = 0; k < z.length; k++) {
      z[k] = (f.values()[used.get(k)][row] - means[k]) / sds[k];
    }
    return z;
  }
}
