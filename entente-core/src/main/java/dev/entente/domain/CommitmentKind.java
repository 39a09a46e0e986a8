package dev.entente.domain;

/** The four kinds of commitment. */
public enum CommitmentKind {
  /** A treaty of alliance with ATOP-type obligations. */
  ALLIANCE,
  /** Membership of a grouping (NATO's Article 5 binds each member to all others from its accession). */
  MEMBERSHIP,
  /** A strategic partnership with its published label and a tier. */
  PARTNERSHIP,
  /** A security arrangement that is not a treaty of alliance. */
  ARRANGEMENT;

  public String code() {
    return name().toLowerCase();
  }

  /** Parses a lower-case code such as {@code alliance}. */
  public static CommitmentKind parse(String text) {
    for (CommitmentKind k : values()) {
      if (k.code().equals(text.strip())) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not a commitment kind (allowed: alliance, membership, partnership, arrangement)");
  }
}
