package dev.entente.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The three conventions that group CAMEO root codes into quad classes (METHODS.md §B.8; the table is the resource
 * {@code dev/entente/io/cameo/quad-classes.tsv}): 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
 * 4 material conflict, and 0 neutral (Phoenix only).
 *
 * <ul>
 *   <li>{@link #GDELT} (the default of entente's analyses): 01-05, 06-09, 10-14, 15-20 (GDELT's QuadClass);
 *   <li>{@link #ICEWS}: 01-05, 06-08, 09-13, 14-20 ({@code icews} R package, py-gdelt);
 *   <li>{@link #PHOENIX}: 01-02 neutral, 03-05, 06-08, 09-13 and 16, 14-15 and 17-20 (phoenix_pipeline).
 * </ul>
 */
public enum QuadConvention {
  GDELT, ICEWS, PHOENIX;

  /** The name on the command line and in outputs ({@code gdelt}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The convention named {@code s} (case-insensitive).
   *
   * @throws IllegalArgumentException naming the allowed values
   */
  public static QuadConvention parse(String s) {
    for (QuadConvention q : values()) {
      if (q.label().equalsIgnoreCase(s)) {
        return q;
      }
    }
    throw new IllegalArgumentException("--quad '" + s + "' is not a quad-class convention (allowed: "
        + Arrays.stream(values()).map(QuadConvention::label).collect(Collectors.joining(", ")) + ")");
  }
}
