package dev.entente.analysis.landscape;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The input of Axelrod &amp; Bennett's (1993) landscape model: actors with sizes {@code s_i ≥ 0} and symmetric pairwise
 * propensities {@code p_ij} (positive = affinity). No I/O: files and the store are read elsewhere.
 *
 * <p>Energy of a two-bloc configuration X, summed over <b>ordered</b> pairs (so twice the sum over unordered pairs):
 * <pre>{@code E(X) = Σ_i Σ_{j≠i} s_i·s_j·p_ij·d_ij(X),   d_ij = 1 if i and j are on opposite sides, else 0}</pre>
 * The toy of METHODS.md C.5 (s = 1, 1, 1; p_AB = +1, p_AC = p_BC = −1) has E = −4 at {A,B} vs {C}.
 *
 * @param actors the actor labels, unique, in input order (the first one is on side A of every configuration)
 * @param sizes the sizes, finite and ≥ 0, one per actor
 * @param propensities the n × n matrix, finite and symmetric, with a zero diagonal (no self pair)
 */
public record Landscape(List<String> actors, double[] sizes, double[][] propensities) {

  public Landscape {
    actors = List.copyOf(actors);
    int n = actors.size();
    if (n < 2) {
      throw new IllegalArgumentException("a landscape needs at least 2 actors, got " + n);
    }
    Set<String> seen = new HashSet<>();
    for (String a : actors) {
      if (!seen.add(a)) {
        throw new IllegalArgumentException("actor " + a + " is listed twice");
      }
    }
    Objects.requireNonNull(sizes, "sizes");
    Objects.requireNonNull(propensities, "propensities");
    if (sizes.length != n || propensities.length != n) {
      throw new IllegalArgumentException("need one size and one propensity row per actor (" + n + ")");
    }
    sizes = sizes.clone();
    double[][] p = new double[n][];
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(sizes[i]) || sizes[i] < 0) {
        throw new IllegalArgumentException("size of " + actors.get(i) + " is " + sizes[i] + " (must be finite and >= 0)");
      }
      if (propensities[i].length != n) {
        throw new IllegalArgumentException("propensity row of " + actors.get(i) + " has " + propensities[i].length
            + " values for " + n + " actors");
      }
      p[i] = propensities[i].clone();
    }
    for (int i = 0; i < n; i++) {
      if (p[i][i] != 0) {
        throw new IllegalArgumentException("self pair " + actors.get(i) + "-" + actors.get(i) + " has propensity "
            + p[i][i] + " (must be 0: an actor has no propensity with itself)");
      }
      for (int j = i + 1; j < n; j++) {
        if (!Double.isFinite(p[i][j]) || p[i][j] != p[j][i]) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "propensity %s-%s is %s but %s-%s is %s (must be finite and symmetric)",
              actors.get(i), actors.get(j), p[i][j], actors.get(j), actors.get(i), p[j][i]));
        }
      }
    }
    propensities = p;
  }

  /** The number of actors. */
  public int size() {
    return actors.size();
  }

  /** The pair weights {@code s_i·s_j·p_ij}, row-major n × n, zero diagonal. */
  double[] weights() {
    int n = size();
    double[] w = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        w[i * n + j] = i == j ? 0 : sizes[i] * sizes[j] * propensities[i][j];
      }
    }
    return w;
  }

  /**
   * The energy of a configuration, summed directly over ordered pairs (no incremental update).
   *
   * @param sideB {@code sideB[i]} is true when actor i is on side B
   */
  public double energy(boolean[] sideB) {
    int n = size();
    if (sideB.length != n) {
      throw new IllegalArgumentException("a configuration needs one side per actor (" + n + ")");
    }
    double e = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (sideB[i] != sideB[j]) {
          e += sizes[i] * sizes[j] * propensities[i][j];
        }
      }
    }
    return e;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Landscape l && actors.equals(l.actors) && java.util.Arrays.equals(sizes, l.sizes)
        && java.util.Arrays.deepEquals(propensities, l.propensities);
  }

  @Override
  public int hashCode() {
    return Objects.hash(actors, java.util.Arrays.hashCode(sizes), java.util.Arrays.deepHashCode(propensities));
  }

  @Override
  public String toString() {
    return "Landscape" + actors;
  }
}
