package dev.entente.domain;

/** The types of security arrangement that are not treaties of alliance. */
public enum ArrangementType {
  DEFENSE_COOPERATION("defense-cooperation"),
  RECIPROCAL_ACCESS("reciprocal-access"),
  BASING("basing"),
  GUARANTEE("guarantee"),
  DESIGNATION("designation"),
  SECURITY_PARTNERSHIP("security-partnership"),
  STATUS_OF_FORCES("status-of-forces");

  private final String code;

  ArrangementType(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** Parses a code such as {@code reciprocal-access}. */
  public static ArrangementType parse(String text) {
    for (ArrangementType t : values()) {
      if (t.code.equals(text.strip())) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not an arrangement type (allowed: defense-cooperation, reciprocal-access, basing,"
            + " guarantee, designation, security-partnership, status-of-forces)");
  }
}
