package dev.entente.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which Goldstein value an event gets (METHODS.md §B.7). {@link #GDELT} (the default of entente's analyses) looks
 * the event's CAMEO code up in GDELT's {@code CAMEO.goldsteinscale.txt}; {@link #ICEWS} and {@link #PHOENIX} in the
 * ICEWS codebook's and Phoenix's tables (resource {@code dev/entente/io/cameo/cameo-event-codes.tsv}); a code
 * absent from the chosen table gets NULL. {@link #AS_CODED} takes the value in the event file (GDELT
 * GoldsteinScale, ICEWS Intensity).
 */
public enum GoldsteinScale {
  AS_CODED, GDELT, ICEWS, PHOENIX;

  /** The name on the command line and in outputs ({@code as-coded}, {@code gdelt}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The scale named {@code s} (case-insensitive).
   *
   * @throws IllegalArgumentException naming the allowed values
   */
  public static GoldsteinScale parse(String s) {
    for (GoldsteinScale g : values()) {
      if (g.label().equalsIgnoreCase(s)) {
        return g;
      }
    }
    throw new IllegalArgumentException("--goldstein '" + s + "' is not a Goldstein mapping (allowed: "
        + Arrays.stream(values()).map(GoldsteinScale::label).collect(Collectors.joining(", ")) + ")");
  }
}
