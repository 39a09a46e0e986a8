package dev.entente.analysis.criticism;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Spearman's rank correlation with a percentile bootstrap confidence interval.
 *
 * <p>ρ is Pearson's correlation of the average ranks (ties get the mean of the ranks they span), so it is defined
 * with ties. The interval resamples the n units (pairs) with replacement {@code replicates} times from a
 * {@link SplittableRandom} seeded with {@code seed} (the same seed gives the same interval), recomputes ρ on each
 * resample, and takes the (1−level)/2 and (1+level)/2 quantiles of the replicates (type-7 interpolation, as R's
 * {@code quantile} default). A resample in which either variable is constant has no ρ; it is skipped and counted.
 * Efron &amp; Tibshirani (1993), <i>An Introduction to the Bootstrap</i>, ch. 13.
 */
public final class SpearmanBootstrap {

  private SpearmanBootstrap() {}

  /**
   * A correlation and its interval.
   *
   * @param rho Spearman's ρ, NaN when either variable is constant or n &lt; 3
   * @param low the lower bound, NaN when no replicate had a ρ
   * @param high the upper bound
   * @param n the number of pairs
   * @param replicates the replicates asked for
   * @param skipped replicates without a ρ (a constant variable in the resample)
   */
  public record Result(double rho, double low, double high, int n, int replicates, int skipped) {}

  /** Spearman's ρ of x and y (same length), NaN when undefined. */
  public static double rho(double[] x, double[] y) {
    if (x.length < 3) {
      return Double.NaN;
    }
    return pearson(ranks(x), ranks(y));
  }

  /** The correlation with a bootstrap interval at {@code level} (e.g. 0.95). */
  public static Result compute(double[] x, double[] y, int replicates, long seed, double level) {
    int n = x.length;
    double rho = rho(x, y);
    SplittableRandom random = new SplittableRandom(seed);
    double[] values = new double[replicates];
    int used = 0;
    double[] bx = new double[n];
    double[] by = new double[n];
    for (int b = 0; b < replicates; b++) {
      for (int i = 0; i < n; i++) {
        int k = random.nextInt(n);
        bx[i] = x[k];
        by[i] = y[k];
      }
      double r = rho(bx, by);
      if (!Double.isNaN(r)) {
        values[used++] = r;
      }
    }
    double[] v = Arrays.copyOf(values, used);
    Arrays.sort(v);
    return new Result(rho, quantile(v, (1 - level) / 2), quantile(v, (1 + level) / 2), n, replicates,
        replicates - used);
  }

  /** Average ranks, 1-based. */
  public static double[] ranks(double[] x) {
    int n = x.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
    double[] r = new double[n];
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && x[order[j + 1]] == x[order[i]]) {
        j++;
      }
      double avg = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        r[order[k]] = avg;
      }
      i = j + 1;
    }
    return r;
  }

  static double pearson(double[] a, double[] b) {
    Moments m = Moments.of(a, b);
    return m.saa() == 0 || m.sbb() == 0 ? Double.NaN : m.sab() / Math.sqrt(m.saa() * m.sbb());
  }

  /** The means of two paired samples and their centred sums of products. */
  record Moments(double meanA, double meanB, double sab, double saa, double sbb) {

    static Moments of(double[] a, double[] b) {
      int n = a.length;
      double ma = 0;
      double mb = 0;
      for (int i = 0; i < n; i++) {
        ma += a[i];
        mb += b[i];
      }
      ma /= n;
      mb /= n;
      double sab = 0;
      double saa = 0;
      double sbb = 0;
      for (int i = 0; i < n; i++) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
      }
      return new Moments(ma, mb, sab, saa, sbb);
    }
  }

  /** Type-7 quantile of sorted values; NaN for none. */
  static double quantile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
