package dev.entente.domain;

import java.util.Objects;

/**
 * A span during which the pledges from one party to another do not hold, while the commitment itself continues
 * (the US suspended its ANZUS obligations to New Zealand from 1986-08-11).
 *
 * @param guarantor the party whose pledges are suspended, or {@code *}
 * @param beneficiary the party they were made to, or {@code *}
 * @param period when the suspension holds (half-open)
 * @param note what the sources say
 */
public record Suspension(String guarantor, String beneficiary, Period period, String note) {
  public Suspension {
    Objects.requireNonNull(guarantor, "guarantor");
    Objects.requireNonNull(beneficiary, "beneficiary");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(note, "note");
  }

  /** Whether this suspension covers pledges from {@code from} to {@code to}. */
  public boolean covers(String from, String to) {
    return (guarantor.equals(Pledge.EVERY_PARTY) || guarantor.equals(from))
        && (beneficiary.equals(Pledge.EVERY_PARTY) || beneficiary.equals(to));
  }
}
