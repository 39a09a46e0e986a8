package dev.entente.domain;

/** Why a commitment ended. */
public enum EndReason {
  TERMINATED,
  EXPIRED,
  SUPERSEDED,
  LAPSED,
  WITHDRAWN,
  DISSOLVED;

  public String code() {
    return name().toLowerCase();
  }

  /** Parses a lower-case code such as {@code terminated}. */
  public static EndReason parse(String text) {
    for (EndReason r : values()) {
      if (r.code().equals(text)) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not an end reason (allowed: terminated, expired, superseded, lapsed, withdrawn, dissolved)");
  }
}
