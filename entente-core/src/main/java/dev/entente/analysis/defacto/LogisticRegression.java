package dev.entente.analysis.defacto;

/**
 * Logistic regression with an L2 (ridge) penalty, fitted by Newton–Raphson (equivalently IRLS).
 *
 * <p>Maximises ℓ(β) − (λ/2)·Σ_{j≥1} β_j², the intercept β_0 unpenalised, where ℓ is the Bernoulli log-likelihood of
 * p_i = 1/(1+exp(−x_iβ)). Each step solves (XᵀWX + λD)·Δ = Xᵀ(y − p) − λDβ with W = diag(p(1−p)) and D the identity
 * without its (0,0) entry, by Gaussian elimination with partial pivoting; it stops when max|Δ| &lt; {@code tolerance}
 * or after {@code maxIterations} steps (then {@code converged} is false). The features are expected standardised
 * (the penalty treats them alike). Hastie, Tibshirani &amp; Friedman (2009), <i>The Elements of Statistical
 * Learning</i>, §4.4.1 (IRLS) and §4.4.4 (L2-penalised logistic regression).
 */
public final class LogisticRegression {

  /**
   * A fitted model.
   *
   * @param coefficients β_0 (intercept) then one per feature
   * @param iterations Newton steps taken
   * @param converged whether the step fell below the tolerance
   * @param lambda the ridge penalty
   */
  public record Fit(double[] coefficients, int iterations, boolean converged, double lambda) {

    /** The linear predictor xβ of one row of features (without the leading 1). */
    public double linear(double[] x) {
      double z = coefficients[0];
      for (int j = 0; j < x.length; j++) {
        z += coefficients[j + 1] * x[j];
      }
      return z;
    }

    /** The probability of one row. */
    public double probability(double[] x) {
      return sigmoid(linear(x));
    }
  }

  private LogisticRegression() {}

  /**
   * Fits the model.
   *
   * @param x rows of features (n × k), no intercept column
   * @param y the labels, 0 or 1
   * @param lambda the ridge penalty (≥ 0)
   */
  public static Fit fit(double[][] x, int[] y, double lambda, int maxIterations, double tolerance) {
    int n = x.length;
    int k = n == 0 ? 0 : x[0].length;
    int p = k + 1;
    double[] beta = new double[p];
    for (int it = 1; it <= maxIterations; it++) {
      double[][] h = new double[p][p];
      double[] g = new double[p];
      double[] row = new double[p];
      for (int i = 0; i < n; i++) {
        row[0] = 1;
        System.arraycopy(x[i], 0, row, 1, k);
        double z = 0;
        for (int j = 0; j < p; j++) {
          z += beta[j] * row[j];
        }
        double mu = sigmoid(z);
        double w = mu * (1 - mu);
        for (int a = 0; a < p; a++) {
          g[a] += (y[i] - mu) * row[a];
          for (int b = a; b < p; b++) {
            h[a][b] += w * row[a] * row[b];
          }
        }
      }
      for (int a = 0; a < p; a++) {
        for (int b = 0; b < a; b++) {
          h[a][b] = h[b][a];
        }
        if (a > 0) {
          h[a][a] += lambda;
          g[a] -= lambda * beta[a];
        }
      }
      double[] step = solve(h, g);
      double max = 0;
      for (int j = 0; j < p; j++) {
        beta[j] += step[j];
        max = Math.max(max, Math.abs(step[j]));
      }
      if (max < tolerance) {
        return new Fit(beta, it, true, lambda);
      }
    }
    return new Fit(beta, maxIterations, false, lambda);
  }

  static double sigmoid(double z) {
    return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  }

  /** Solves a·x = b by Gaussian elimination with partial pivoting (a and b are overwritten). */
  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    for (int c = 0; c < n; c++) {
      int pivot = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
          pivot = r;
        }
      }
      if (Math.abs(a[pivot][c]) < 1e-300) {
        throw new ArithmeticException("the Hessian is singular (a feature without variation and no ridge penalty?)");
      }
      double[] t = a[c];
      a[c] = a[pivot];
      a[pivot] = t;
      double tb = b[c];
      b[c] = b[pivot];
      b[pivot] = tb;
      for (int r = c + 1; r < n; r++) {
        double f = a[r][c] / a[c][c];
        for (int k = c; k < n; k++) {
          a[r][k] -= f * a[c][k];
        }
        b[r] -= f * b[c];
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = b[r];
      for (int k = r + 1; k < n; k++) {
        s -= a[r][k] * x[k];
      }
      x[r] = s / a[r][r];
    }
    return x;
  }
}
