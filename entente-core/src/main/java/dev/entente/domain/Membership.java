package dev.entente.domain;

import java.util.Objects;

/**
 * Membership of a grouping, with the obligations membership carries (none for some groupings, such as the SCO).
 *
 * @param header identity, members (as parties, with accession and exit dates), dates, sources
 * @param group the organisation code ({@code NATO})
 * @param obligations pledges among members, suspensions, renewal rule, ATOP link
 */
public record Membership(Header header, String group, Obligations obligations) implements Commitment {
  public Membership {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(obligations, "obligations");
  }

  @Override
  public CommitmentKind kind() {
    return CommitmentKind.MEMBERSHIP;
  }
}
