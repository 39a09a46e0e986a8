package dev.entente.domain;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A promise made by one party to another: "FROM pledges DEFENSE to TO". The guarantor or beneficiary may be
 * {@link #EVERY_PARTY}, meaning each party of the commitment (a party never pledges to itself).
 *
 * @param guarantor the party that promises, or {@code *}
 * @param beneficiary the party promised to, or {@code *}
 * @param obligations the obligation types promised (at least one)
 * @param conditional whether the pledge holds only under a stated condition
 * @param period when the pledge holds (half-open)
 * @param clause the article or clause that makes it ({@code Art. 5}), possibly empty
 * @param condition the condition or wording, possibly empty
 */
public record Pledge(
    String guarantor,
    String beneficiary,
    Set<Obligation> obligations,
    boolean conditional,
    Period period,
    String clause,
    String condition) {

  /** Stands for every party of the commitment. */
  public static final String EVERY_PARTY = "*";

  public Pledge {
    Objects.requireNonNull(guarantor, "guarantor");
    Objects.requireNonNull(beneficiary, "beneficiary");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(condition, "condition");
    if (obligations.isEmpty()) {
      throw new IllegalArgumentException("a pledge needs at least one obligation type");
    }
    obligations = Set.copyOf(EnumSet.copyOf(obligations));
    if (!guarantor.equals(EVERY_PARTY) && guarantor.equals(beneficiary)) {
      throw new IllegalArgumentException("a party cannot pledge to itself: " + guarantor);
    }
  }

  /** Whether this pledge is made by {@code actor} (directly or as one of every party). */
  public boolean madeBy(String actor) {
    return guarantor.equals(EVERY_PARTY) || guarantor.equals(actor);
  }

  /** Whether this pledge is made to {@code actor} (directly or as one of every party). */
  public boolean madeTo(String actor) {
    return beneficiary.equals(EVERY_PARTY) || beneficiary.equals(actor);
  }
}
