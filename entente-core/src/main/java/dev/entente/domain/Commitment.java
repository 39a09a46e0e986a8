package dev.entente.domain;

import java.time.LocalDate;

/**
 * A dated commitment between actors: a formal {@link Alliance}, a {@link Membership} of a grouping, a strategic
 * {@link Partnership} or a {@link SecurityArrangement}.
 */
public sealed interface Commitment permits Alliance, Membership, Partnership, SecurityArrangement {

  /** Identity, parties, dates, history and sources. */
  Header header();

  /** Which of the four kinds this is. */
  CommitmentKind kind();

  default String id() {
    return header().id();
  }

  default String name() {
    return header().name();
  }

  /** Whether the commitment is in force on {@code day}. */
  default boolean inForceOn(LocalDate day) {
    return header().period().contains(day);
  }

  /** Whether {@code actor} is a party on {@code day} (and the commitment is in force then). */
  default boolean hasPartyOn(String actor, LocalDate day) {
    return inForceOn(day) && header().isPartyOn(actor, day);
  }
}
