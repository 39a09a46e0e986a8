package dev.entente.analysis.landscape;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random landscapes for the tests: odd-numbered ones with continuous sizes (0..1] and propensities in
 * [−1, 1]; even-numbered ones with all sizes 1 and propensities in {−1, 0, 1}, full of exact ties, to exercise
 * the tie rule.
 */
final class RandomLandscapes {

  private RandomLandscapes() {}

  static Landscape random(SplittableRandom r, int n, boolean ties) {
    List<String> actors = new ArrayList<>();
    double[] s = new double[n];
    double[][] p = new double[n][n];
    for (int i = 0; i < n; i++) {
      actors.add("A" + i);
      s[i] = ties ? 1 : 1 - r.nextDouble();
      for (int j = 0; j < i; j++) {
        double v = ties ? r.nextInt(3) - 1 : 2 * r.nextDouble() - 1;
        p[i][j] = v;
        p[j][i] = v;
      }
    }
    return new Landscape(actors, s, p);
  }

  /** The side-B mask of a minimum (bit k−1 = actor k), from its labels. */
  static int mask(Landscape l, LandscapeMinimum m) {
    int mask = 0;
    for (String b : m.sideB()) {
      int k = l.actors().indexOf(b);
      mask |= 1 << (k - 1);
    }
    return mask;
  }
}
