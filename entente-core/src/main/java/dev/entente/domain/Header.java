package dev.entente.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What every commitment has: identity, parties, dates, history and sources.
 *
 * @param id unique id ({@code us-japan-1960})
 * @param name exact name or label as published
 * @param shortName a short name for tables (the name when none is given)
 * @param parties the parties and when each was one
 * @param signed date of signature, if recorded
 * @param period when the commitment was in force (half-open)
 * @param endReason why it ended, when it did
 * @param events its dated history
 * @param sources where it is documented (at least one)
 * @param conflicts where sources disagree
 * @param notes free text
 */
public record Header(
    String id,
    String name,
    String shortName,
    List<Party> parties,
    Optional<DatePoint> signed,
    Period period,
    Optional<EndReason> endReason,
    List<HistoryEvent> events,
    List<Source> sources,
    List<SourceConflict> conflicts,
    List<String> notes) {

  public Header {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(shortName, "shortName");
    Objects.requireNonNull(signed, "signed");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(endReason, "endReason");
    parties = List.copyOf(parties);
    events = List.copyOf(events);
    sources = List.copyOf(sources);
    conflicts = List.copyOf(conflicts);
    notes = List.copyOf(notes);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("commitment " + id + " has no source");
    }
  }

  /** Whether {@code actor} is (or was at some time) a party. */
  public boolean isParty(String actor) {
    return parties.stream().anyMatch(p -> p.actor().equals(actor));
  }

  /** Whether {@code actor} is a party on {@code day}; an actor may have several spells as a party. */
  public boolean isPartyOn(String actor, LocalDate day) {
    return parties.stream().anyMatch(p -> p.actor().equals(actor) && p.period().contains(day));
  }

  /** The first day of {@code actor}'s spell as a party that holds on {@code day}. */
  public Optional<LocalDate> partySince(String actor, LocalDate day) {
    return parties.stream()
        .filter(p -> p.actor().equals(actor) && p.period().contains(day))
        .map(p -> p.period().firstDay().orElseThrow())
        .findFirst();
  }

  /** The distinct party actors, in order of first appearance. */
  public List<String> partyActors() {
    return parties.stream().map(Party::actor).distinct().toList();
  }
}
