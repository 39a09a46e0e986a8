package dev.entente.analysis.landscape;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.DoubleConsumer;

/**
 * Multi-start local search, a heuristic for landscapes too large to enumerate: from {@code starts} configurations
 * drawn uniformly at random (actor 0 on side A, every other actor on side B with probability ½, from a seeded
 * generator), steepest descent (the rule of {@link LocalField}) runs to a local minimum.
 *
 * <p>Contract: every minimum reported is a true local minimum (no single switch lowers E), reached by the same rule
 * the exhaustive search uses, and its "basin" is the number of starts that ended in it, so basin / starts estimates
 * the share of the configurations in its basin. Minima with small basins can be missed; the global minimum is not
 * guaranteed. Same landscape, starts and seed: same result. Cost: O(starts·n·(n + descent length)).
 */
public final class MultiStartLandscape {

  private MultiStartLandscape() {}

  /**
   * Runs the search.
   *
   * @param starts the number of random starts, ≥ 1
   * @param seed the generator's seed
   * @param progress receives the fraction done now and then; may be null
   */
  public static LandscapeResult solve(Landscape landscape, int starts, long seed, DoubleConsumer progress) {
    if (starts < 1) {
      throw new IllegalArgumentException("starts must be >= 1, got " + starts);
    }
    int n = landscape.size();
    LocalField f = new LocalField(landscape);
    SplittableRandom random = new SplittableRandom(seed);
    Map<BitSet, long[]> found = new LinkedHashMap<>();
    int report = Math.max(1, starts / 100);
    for (int s = 0; s < starts; s++) {
      f.sigma[0] = 1;
      for (int k = 1; k < n; k++) {
        f.sigma[k] = random.nextBoolean() ? -1 : 1;
      }
      f.recompute();
      for (int k = f.bestMove(); k >= 0; k = f.bestMove()) {
        f.flip(k);
      }
      BitSet sideB = new BitSet(n);
      for (int k = 0; k < n; k++) {
        if (f.sigma[k] != f.sigma[0]) {
          sideB.set(k);
        }
      }
      found.computeIfAbsent(sideB, b -> new long[1])[0]++;
      if (progress != null && (s + 1) % report == 0) {
        progress.accept((double) (s + 1) / starts);
      }
    }
    List<LandscapeMinimum> minima = new ArrayList<>();
    found.forEach((bits, count) -> {
      boolean[] b = new boolean[n];
      bits.stream().forEach(k -> b[k] = true);
      minima.add(LandscapeMinimum.of(landscape, b, count[0]));
    });
    minima.sort(LandscapeSolver.ORDER);
    List<String> notes = new ArrayList<>(LandscapeSolver.conventions(landscape));
    notes.add(String.format(Locale.ROOT, "method: HEURISTIC multi-start local search, %,d random starts (seed %d) of"
        + " 2^%d configurations; %d distinct local minima found, others may exist; basin = starts that ended there,"
        + " share = an ESTIMATE of the basin's share", starts, seed, n - 1, minima.size()));
    return new LandscapeResult(LandscapeResult.Method.HEURISTIC, n, Math.pow(2, n - 1), starts, seed, minima, notes);
  }
}
