package dev.entente.analysis.landscape;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleConsumer;

/**
 * Solves a landscape by the chosen method: {@code exhaustive} ({@link ExhaustiveLandscape}), {@code heuristic}
 * ({@link MultiStartLandscape}) or {@code auto} (exhaustive up to {@code maxExhaustive} actors, else heuristic).
 *
 * @param method auto, exhaustive or heuristic
 * @param maxExhaustive the most actors {@code auto} searches exhaustively (default {@link #DEFAULT_MAX_EXHAUSTIVE}),
 *     at most {@link ExhaustiveLandscape#HARD_LIMIT}
 * @param starts the heuristic's random starts (default {@link #DEFAULT_STARTS})
 * @param seed the heuristic's seed (default {@link #DEFAULT_SEED})
 */
public record LandscapeSolver(String method, int maxExhaustive, int starts, long seed) {

  /** Default for {@code maxExhaustive}: 2^24 ≈ 16.8 million configurations, a few seconds. */
  public static final int DEFAULT_MAX_EXHAUSTIVE = 25;
  /** Default number of random starts. */
  public static final int DEFAULT_STARTS = 1000;
  /** Default seed. */
  public static final long DEFAULT_SEED = 1;

  /** Lowest energy first; then fewer actors on side B; then side B's members in input order. */
  static final Comparator<LandscapeMinimum> ORDER = Comparator.comparingDouble(LandscapeMinimum::energy)
      .thenComparingInt(m -> m.sideB().size())
      .thenComparing(m -> String.join("\u0000", m.sideB()));

  public LandscapeSolver {
    if (!List.of("auto", "exhaustive", "heuristic").contains(method)) {
      throw new IllegalArgumentException("method '" + method + "' is not known (allowed: auto, exhaustive, heuristic)");
    }
    if (maxExhaustive < 2 || maxExhaustive > ExhaustiveLandscape.HARD_LIMIT) {
      throw new IllegalArgumentException("the exhaustive cap " + maxExhaustive + " is outside 2.."
          + ExhaustiveLandscape.HARD_LIMIT);
    }
    if (starts < 1) {
      throw new IllegalArgumentException("starts must be >= 1, got " + starts);
    }
  }

  /** The defaults: auto, cap 25, 1000 starts, seed 1. */
  public static LandscapeSolver defaults() {
    return new LandscapeSolver("auto", DEFAULT_MAX_EXHAUSTIVE, DEFAULT_STARTS, DEFAULT_SEED);
  }

  /**
   * Solves the landscape.
   *
   * @param progress receives the fraction done now and then; may be null
   * @throws IllegalArgumentException for {@code exhaustive} above the cap, or without the memory it needs
   */
  public LandscapeResult solve(Landscape landscape, DoubleConsumer progress) {
    int n = landscape.size();
    boolean exhaustive = switch (method) {
      case "exhaustive" -> true;
      case "heuristic" -> false;
      default -> n <= maxExhaustive;
    };
    if (exhaustive && n > maxExhaustive) {
      throw new IllegalArgumentException("exhaustive search of " + n + " actors is above the cap of " + maxExhaustive
          + " (raise it up to " + ExhaustiveLandscape.HARD_LIMIT + ", or use the heuristic)");
    }
    return exhaustive ? ExhaustiveLandscape.solve(landscape, progress)
        : MultiStartLandscape.solve(landscape, starts, seed, progress);
  }

  /** The conventions every result records. */
  static List<String> conventions(Landscape landscape) {
    return List.of(
        "model: Axelrod & Bennett (1993) landscape theory; " + landscape.size() + " actors; E = sum over ORDERED pairs"
            + " on opposite sides of s_i*s_j*p_ij (twice the unordered sum); lower is more stable",
        "configurations: mirror images are one; side A holds the first actor (" + landscape.actors().get(0) + ")",
        String.format(Locale.ROOT, "descent: steepest (switch the actor whose switch lowers E most) until no switch"
            + " lowers E by more than %.0e x sum|s_i*s_j*p_ij|; ties go to the earliest actor in input order",
            LocalField.TOLERANCE));
  }
}
