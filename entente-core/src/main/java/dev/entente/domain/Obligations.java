package dev.entente.domain;

import java.util.List;

/**
 * The binding content of an alliance or of a membership that carries obligations.
 *
 * @param pledges who promises what to whom
 * @param suspensions spans during which some pledges do not hold
 * @param renewals readings of the renewal rule, default first (may be empty when no rule is recorded)
 * @param atop the link to ATOP 5.1
 */
public record Obligations(
    List<Pledge> pledges, List<Suspension> suspensions, List<RenewalReading> renewals, AtopLink atop) {
  public Obligations {
    pledges = List.copyOf(pledges);
    suspensions = List.copyOf(suspensions);
    renewals = List.copyOf(renewals);
    java.util.Objects.requireNonNull(atop, "atop");
  }
}
