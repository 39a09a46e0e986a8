package dev.entente.domain;

import java.util.Objects;

/**
 * An actor's participation in a commitment.
 *
 * @param actor the actor key (see {@link Actor#key()})
 * @param period when it was a party (half-open; already narrowed to the commitment's own period where the record
 *     gave no range)
 */
public record Party(String actor, Period period) {
  public Party {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(period, "period");
  }
}
