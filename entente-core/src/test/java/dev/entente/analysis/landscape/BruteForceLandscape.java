package dev.entente.analysis.landscape;

import java.util.HashMap;
import java.util.Map;

/**
 * A plain reference for the tests: every configuration's energy summed directly from the definition (no Gray
 * code, no local fields), steepest descent by trying every switch and recomputing the energy, basins by walking
 * each descent to its end. Exponentially slower than {@link ExhaustiveLandscape}; fine up to n = 12.
 */
final class BruteForceLandscape {

  /** The minima as side-B bit masks (bit k−1 = actor k), with their energies and basins. */
  record Minimum(int mask, double energy, long basin) {}

  private final int n;
  private final double[] s;
  private final double[][] p;
  private final double tol;

  BruteForceLandscape(double[] s, double[][] p) {
    this.n = s.length;
    this.s = s;
    this.p = p;
    double scale = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j) {
          scale += Math.abs(s[i] * s[j] * p[i][j]);
        }
      }
    }
    this.tol = 1e-10 * scale;
  }

  /** The energy: the sum over ordered pairs on opposite sides. Actor 0 is on side A. */
  double energy(int mask) {
    double e = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (side(mask, i) != side(mask, j)) {
          e += s[i] * s[j] * p[i][j];
        }
      }
    }
    return e;
  }

  private static boolean side(int mask, int i) {
    return i > 0 && ((mask >> (i - 1)) & 1) == 1;
  }

  /** The configuration after switching actor i, with actor 0 put back on side A. */
  int switched(int mask, int i) {
    int all = (1 << (n - 1)) - 1;
    return i == 0 ? mask ^ all : mask ^ (1 << (i - 1));
  }

  /** One steepest-descent step, or the mask itself at a local minimum. */
  int step(int mask) {
    double e = energy(mask);
    int arg = -1;
    double best = 0;
    for (int i = 0; i < n; i++) {
      double d = energy(switched(mask, i)) - e;
      if (d < -tol && (arg < 0 || d < best - tol)) {
        arg = i;
        best = d;
      }
    }
    return arg < 0 ? mask : switched(mask, arg);
  }

  Map<Integer, Minimum> solve() {
    Map<Integer, Long> basins = new HashMap<>();
    for (int x = 0; x < 1 << (n - 1); x++) {
      int y = x;
      for (int z = step(y); z != y; z = step(y)) {
        y = z;
      }
      basins.merge(y, 1L, Long::sum);
    }
    Map<Integer, Minimum> out = new HashMap<>();
    basins.forEach((m, b) -> out.put(m, new Minimum(m, energy(m), b)));
    return out;
  }
}
