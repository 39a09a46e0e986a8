package dev.entente.analysis.landscape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;
import java.util.stream.IntStream;

/**
 * Exhaustive landscape search (Axelrod &amp; Bennett 1993): every one of the 2^(n−1) two-bloc configurations is
 * visited in Gray-code order, so each step switches one actor and updates the local fields in O(n) (see
 * {@link LocalField}); a configuration is stored as an int whose bit k−1 is set when actor k is on side B (actor 0
 * is always on side A, so mirror images are one configuration).
 *
 * <p>Pass 1 (parallel over chunks of the Gray sequence) records, for every configuration, the configuration that
 * steepest descent moves it to (itself at a local minimum). Pass 2 follows these links with path compression, so
 * every configuration is labelled with the minimum its descent ends in, and the labels are counted: the basins.
 *
 * <p>Cost: O(2^(n−1)·n) time, 4·2^(n−1) bytes (64 MiB at n = 25). Limits: n ≤ {@link #HARD_LIMIT}, and the
 * configuration array must fit in the free heap; otherwise an {@link IllegalArgumentException} says so.
 */
public final class ExhaustiveLandscape {

  /** The most actors an exhaustive search accepts (2^29 configurations, 2 GiB). */
  public static final int HARD_LIMIT = 30;

  /** Gray-code steps between two recomputations of the fields from scratch. */
  private static final int REFRESH = 1 << 12;

  private ExhaustiveLandscape() {}

  /**
   * Finds every local minimum and its basin.
   *
   * @param progress receives the fraction done (0..1) now and then, from any thread; may be null
   */
  public static LandscapeResult solve(Landscape landscape, DoubleConsumer progress) {
    int n = landscape.size();
    if (n > HARD_LIMIT) {
      throw new IllegalArgumentException("exhaustive search is limited to " + HARD_LIMIT + " actors (2^"
          + (HARD_LIMIT - 1) + " configurations); " + n + " given: use the heuristic");
    }
    int total = 1 << (n - 1);
    requireMemory(n, total);
    int[] next = new int[total];
    int chunks = Math.max(1, Math.min(256, total >>> 14));
    int per = total / chunks;
    AtomicInteger done = new AtomicInteger();
    IntStream.range(0, chunks).parallel().forEach(c -> {
      descendChunk(landscape, next, c * per, c == chunks - 1 ? total : (c + 1) * per);
      if (progress != null) {
        progress.accept((double) done.incrementAndGet() / chunks);
      }
    });
    Map<Integer, long[]> basins = resolve(next);
    List<LandscapeMinimum> minima = new ArrayList<>();
    for (Map.Entry<Integer, long[]> e : basins.entrySet()) {
      minima.add(LandscapeMinimum.of(landscape, sides(e.getKey(), n), e.getValue()[0]));
    }
    minima.sort(LandscapeSolver.ORDER);
    List<String> notes = new ArrayList<>(LandscapeSolver.conventions(landscape));
    notes.add(String.format(Locale.ROOT, "method: exhaustive search of all 2^%d = %,d configurations (Gray code);"
        + " local minima: %d; basins are exact counts of configurations", n - 1, total, minima.size()));
    return new LandscapeResult(LandscapeResult.Method.EXHAUSTIVE, n, total, total, null, minima, notes);
  }

  /** Fills {@code next[g(i)]} for Gray indices i in [from, to). */
  private static void descendChunk(Landscape landscape, int[] next, int from, int to) {
    LocalField f = new LocalField(landscape);
    int all = next.length - 1;
    f.set(gray(from));
    for (int i = from; i < to; i++) {
      int x = gray(i);
      int k = f.bestMove();
      next[x] = k < 0 ? x : k == 0 ? x ^ all : x ^ (1 << (k - 1));
      if (i + 1 < to) {
        int bit = Integer.numberOfTrailingZeros(i + 1);
        f.flip(bit + 1);
        if (((i + 1) & (REFRESH - 1)) == 0) {
          f.recompute();
        }
      }
    }
  }

  /**
   * Replaces every link by the minimum its chain ends in (stored as {@code −1 − minimum}) and counts the basins.
   */
  private static Map<Integer, long[]> resolve(int[] next) {
    int[] path = new int[64];
    for (int x = 0; x < next.length; x++) {
      if (next[x] < 0) {
        continue;
      }
      int len = 0;
      int y = x;
      while (next[y] >= 0 && next[y] != y) {
        if (len == path.length) {
          path = java.util.Arrays.copyOf(path, len * 2);
        }
        path[len++] = y;
        y = next[y];
      }
      int root = next[y] >= 0 ? y : -1 - next[y];
      next[y] = -1 - root;
      for (int k = 0; k < len; k++) {
        next[path[k]] = -1 - root;
      }
    }
    Map<Integer, long[]> basins = new LinkedHashMap<>();
    int last = -1;
    long[] count = null;
    for (int v : next) {
      int root = -1 - v;
      if (root != last) {
        count = basins.computeIfAbsent(root, r -> new long[1]);
        last = root;
      }
      count[0]++;
    }
    return basins;
  }

  private static int gray(int i) {
    return i ^ (i >>> 1);
  }

  private static boolean[] sides(int bits, int n) {
    boolean[] b = new boolean[n];
    for (int k = 1; k < n; k++) {
      b[k] = ((bits >>> (k - 1)) & 1) == 1;
    }
    return b;
  }

  private static void requireMemory(int n, int total) {
    Runtime rt = Runtime.getRuntime();
    long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    long needed = 4L * total + (16L << 20);
    if (needed > free) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "exhaustive search of %d actors needs about %,d MiB"
          + " of memory and %,d MiB are free: use the heuristic or give Java more memory (-Xmx)", n, needed >> 20,
          free >> 20));
    }
  }
}
