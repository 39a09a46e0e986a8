package dev.entente.domain;

import java.util.Objects;

/**
 * A formal alliance: a treaty whose parties take on ATOP-type obligations, possibly asymmetric or conditional.
 *
 * @param header identity, parties, dates, history, sources
 * @param obligations pledges, suspensions, renewal rule, ATOP link
 */
public record Alliance(Header header, Obligations obligations) implements Commitment {
  public Alliance {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(obligations, "obligations");
  }

  @Override
  public CommitmentKind kind() {
    return CommitmentKind.ALLIANCE;
  }
}
