package dev.entente.analysis.network;

import java.util.Locale;

/** Where a network's edges come from. */
public enum EdgeSource {
  /** entente's curated commitments, at day precision, to the present. */
  CURATED,
  /** ATOP 5.1 alliance members (1815–2018), one network per calendar year. */
  ATOP,
  /** COW Formal Alliances 4.1 members (1816–2012), one network per calendar year. */
  COW;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code curated}, {@code atop} or {@code cow}. */
  public static EdgeSource parse(String text) {
    for (EdgeSource s : values()) {
      if (s.code().equals(text.strip().toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
    throw new IllegalArgumentException("'" + text + "' is not an edge source (allowed: curated, atop, cow)");
  }
}
