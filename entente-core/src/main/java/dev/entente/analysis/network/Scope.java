package dev.entente.analysis.network;

import java.util.Locale;

/** Which ties of a commitment make edges. */
public enum Scope {
  /** Only defence pledges in force, directed from the guarantor to the beneficiary. */
  DEFENSE,
  /**
   * Every pair of parties of every commitment of the chosen kinds; directed where the pledges between the two are
   * one-sided (or an arrangement is one-sided), undirected otherwise.
   */
  ANY;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code defense} or {@code any}. */
  public static Scope parse(String text) {
    for (Scope s : values()) {
      if (s.code().equals(text.strip().toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
    throw new IllegalArgumentException("'" + text + "' is not an obligation scope (allowed: defense, any)");
  }
}
