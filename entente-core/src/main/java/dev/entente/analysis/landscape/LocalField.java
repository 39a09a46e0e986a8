package dev.entente.analysis.landscape;

/**
 * The local fields {@code h_i = Σ_j w_ij·σ_i·σ_j}-style bookkeeping behind both searches: with spins σ_i = +1 (side
 * A) or −1 (side B) and {@code h_i = Σ_j w_ij σ_j}, switching actor i changes the ordered-pair energy by
 * {@code ΔE_i = 2·σ_i·h_i}; one switch updates all fields in O(n).
 *
 * <p>The steepest-descent rule lives here so that both searches share it: a switch lowers E when
 * {@code ΔE_i < −tol}; the chosen switch is the one with the lowest ΔE, and a later actor displaces an earlier one
 * only when its ΔE is lower by more than {@code tol} (ties go to the lowest actor index, in input order).
 */
final class LocalField {

  /** Relative tolerance: {@code tol = TOLERANCE · Σ_{i≠j} |w_ij|}. */
  static final double TOLERANCE = 1e-10;

  final int n;
  final double[] w;
  final double tol;
  final int[] sigma;
  final double[] h;

  LocalField(Landscape landscape) {
    this.n = landscape.size();
    this.w = landscape.weights();
    double scale = 0;
    for (double x : w) {
      scale += Math.abs(x);
    }
    this.tol = TOLERANCE * scale;
    this.sigma = new int[n];
    this.h = new double[n];
  }

  /** Sets the spins (bit k−1 of {@code bits} set = actor k on side B; actor 0 on side A) and recomputes h. */
  void set(long bits) {
    sigma[0] = 1;
    for (int k = 1; k < n; k++) {
      sigma[k] = ((bits >>> (k - 1)) & 1L) == 1L ? -1 : 1;
    }
    recompute();
  }

  /** Recomputes every field from scratch (O(n²)), clearing accumulated rounding. */
  void recompute() {
    for (int i = 0; i < n; i++) {
      double s = 0;
      int row = i * n;
      for (int j = 0; j < n; j++) {
        s += w[row + j] * sigma[j];
      }
      h[i] = s;
    }
  }

  /** Switches actor k and updates the fields. */
  void flip(int k) {
    int s = -sigma[k];
    sigma[k] = s;
    double twice = 2.0 * s;
    int row = k * n;
    for (int j = 0; j < n; j++) {
      h[j] += twice * w[row + j];
    }
  }

  /** The steepest-descent switch: the actor whose switch lowers E most, or −1 at a local minimum. */
  int bestMove() {
    int arg = -1;
    double best = 0;
    for (int i = 0; i < n; i++) {
      double d = 2.0 * sigma[i] * h[i];
      if (d < -tol && (arg < 0 || d < best - tol)) {
        arg = i;
        best = d;
      }
    }
    return arg;
  }
}
