package dev.entente.analysis.similarity;

import java.util.Arrays;
import java.util.Random;

/**
 * Two states' raw positions (and the weights of the observations), the input a {@link ContingencyTable} summarises;
 * with a seeded generator of random ones shaped like real data (mostly zeros, correlated states, tiny tables).
 */
record Positions(int levels, int[] x, int[] y, double[] w) {

  /** Unweighted positions. */
  static Positions of(int levels, int[] x, int[] y) {
    double[] w = new double[x.length];
    Arrays.fill(w, 1.0);
    return new Positions(levels, x, y, w);
  }

  int n() {
    return x.length;
  }

  ContingencyTable table() {
    return fill(new ContingencyTable(levels));
  }

  /** The table of the same observations with the two states swapped. */
  ContingencyTable transposedTable() {
    return new Positions(levels, y, x, w).table();
  }

  ContingencyTable fill(ContingencyTable t) {
    t.clear();
    for (int k = 0; k < x.length; k++) {
      t.add(x[k], y[k], w[k]);
    }
    return t;
  }

  /** Whether state i's positions take at least two values. */
  boolean xVaries() {
    return Arrays.stream(x).distinct().count() > 1;
  }

  /** Whether both states take one and the same position on every observation. */
  boolean allOneDiagonalCell() {
    for (int k = 0; k < x.length; k++) {
      if (x[k] != x[0] || y[k] != x[0]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "Positions[levels=" + levels + ", x=" + Arrays.toString(x) + ", y=" + Arrays.toString(y) + ", w="
        + Arrays.toString(w) + "]";
  }

  /** Random positions of {@code n} observations over {@code levels} levels. */
  static Positions random(Random r, int levels, int n) {
    double zeros = r.nextDouble(); // share of "no tie", high in alliance data
    double same = r.nextDouble() < 0.2 ? 1.0 : r.nextDouble(); // how often j copies i
    boolean constantX = r.nextInt(10) == 0;
    boolean constantY = r.nextInt(10) == 0;
    int cx = r.nextInt(levels);
    int cy = r.nextInt(levels);
    int[] x = new int[n];
    int[] y = new int[n];
    double[] w = new double[n];
    boolean noWeights = r.nextInt(20) == 0;
    for (int k = 0; k < n; k++) {
      x[k] = constantX ? cx : level(r, levels, zeros);
      y[k] = constantY ? cy : r.nextDouble() < same ? x[k] : level(r, levels, zeros);
      w[k] = noWeights || r.nextInt(8) == 0 ? 0.0 : r.nextDouble();
    }
    return new Positions(levels, x, y, w);
  }

  /** Random positions with a size drawn to cover the degenerate cases often: 0–3 observations, or up to 200. */
  static Positions random(Random r, int levels) {
    int n = r.nextInt(4) == 0 ? r.nextInt(4) : 1 + r.nextInt(200);
    return random(r, levels, n);
  }

  /** Random identical positions (y = x) with positive weights. */
  static Positions randomIdentical(Random r, int levels) {
    Positions p = random(r, levels, 1 + r.nextInt(200));
    double[] w = new double[p.n()];
    for (int k = 0; k < w.length; k++) {
      w[k] = 0.01 + r.nextDouble();
    }
    return new Positions(levels, p.x(), p.x().clone(), w);
  }

  private static int level(Random r, int levels, double zeros) {
    return r.nextDouble() < zeros ? 0 : r.nextInt(levels);
  }
}
