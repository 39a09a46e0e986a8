package dev.entente.analysis.defacto;

import java.util.Arrays;

/**
 * How well probabilities predict 0/1 labels: the area under the ROC curve (the Mann–Whitney probability that a
 * random positive scores above a random negative, ties counting one half), the Brier score (mean squared error of
 * the probability) and the log loss (mean negative log-likelihood, probabilities clipped to [1e−15, 1−1e−15]).
 *
 * @param n the rows
 * @param positives rows with label 1
 * @param auc NaN when all labels are equal
 * @param brier the Brier score
 * @param logLoss the log loss
 */
public record FitQuality(int n, int positives, double auc, double brier, double logLoss) {

  /** Computes the three measures; NaN everywhere for no rows. */
  public static FitQuality of(double[] p, int[] y) {
    int n = p.length;
    if (n == 0) {
      return new FitQuality(0, 0, Double.NaN, Double.NaN, Double.NaN);
    }
    double brier = 0;
    double loss = 0;
    int pos = 0;
    for (int i = 0; i < n; i++) {
      brier += (p[i] - y[i]) * (p[i] - y[i]);
      double q = Math.min(Math.max(p[i], 1e-15), 1 - 1e-15);
      loss -= y[i] == 1 ? Math.log(q) : Math.log(1 - q);
      pos += y[i];
    }
    return new FitQuality(n, pos, auc(p, y, pos), brier / n, loss / n);
  }

  /** AUC from the average ranks of the positives (the Mann–Whitney U statistic / (n₁ n₀)). */
  static double auc(double[] p, int[] y, int pos) {
    int neg = p.length - pos;
    if (pos == 0 || neg == 0) {
      return Double.NaN;
    }
    Integer[] order = new Integer[p.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
    double rankSum = 0;
    int i = 0;
    while (i < order.length) {
      int j = i;
      while (j + 1 < order.length && p[order[j + 1]] == p[order[i]]) {
        j++;
      }
      double avg = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        if (y[order[k]] == 1) {
          rankSum += avg;
        }
      }
      i = j + 1;
    }
    return (rankSum - (double) pos * (pos + 1) / 2) / ((double) pos * neg);
  }
}
