package dev.entente.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The five obligation types of the ATOP codebook (Leeds et al. 2002): a party may promise to defend, to join an
 * offensive, to stay neutral, not to attack, or to consult.
 */
public enum Obligation {
  DEFENSE("defense"),
  OFFENSE("offense"),
  NEUTRALITY("neutrality"),
  NONAGGRESSION("nonaggression"),
  CONSULTATION("consultation");

  private final String code;

  Obligation(String code) {
    this.code = code;
  }

  /** The lower-case code used in files, flags and outputs. */
  public String code() {
    return code;
  }

  /** Parses a code such as {@code defense}; the message lists the accepted codes. */
  public static Obligation parse(String text) {
    for (Obligation o : values()) {
      if (o.code.equals(text.strip())) {
        return o;
      }
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not an obligation type (allowed: " + codes() + ")");
  }

  /** The accepted codes, comma-separated. */
  public static String codes() {
    return Arrays.stream(values()).map(Obligation::code).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return code;
  }
}
