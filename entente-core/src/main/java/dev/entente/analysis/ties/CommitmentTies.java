package dev.entente.analysis.ties;

import dev.entente.domain.Catalog;
import dev.entente.domain.Commitment;
import dev.entente.domain.CommitmentKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Every commitment an actor is party to on a date, of the chosen kinds, with the other parties on that date.
 * Partnership stages superseded by a later label for the same pair are left out.
 */
public final class CommitmentTies {

  private final Catalog catalog;

  public CommitmentTies(Catalog catalog) {
    this.catalog = catalog;
  }

  /**
   * One commitment of the actor.
   *
   * @param commitment the commitment
   * @param since the first day of the actor's current spell as a party
   * @param others the other parties on the date
   */
  public record Tie(Commitment commitment, LocalDate since, List<String> others) {
    public Tie {
      others = List.copyOf(others);
    }
  }

  /** The actor's commitments of {@code kinds} in force on {@code day}. */
  public List<Tie> of(String actor, LocalDate day, Set<CommitmentKind> kinds) {
    List<Tie> out = new ArrayList<>();
    for (Commitment c : catalog.commitments()) {
      if (!kinds.contains(c.kind()) || !c.hasPartyOn(actor, day) || superseded(c, day)) {
        continue;
      }
      List<String> others = new ArrayList<>();
      for (String a : c.header().partyActors()) {
        if (!a.equals(actor) && c.header().isPartyOn(a, day)) {
          others.add(a);
        }
      }
      out.add(new Tie(c, c.header().partySince(actor, day).orElseThrow(), others));
    }
    out.sort(Comparator.comparing((Tie t) -> t.commitment().kind())
        .thenComparing(Tie::since)
        .thenComparing(t -> t.commitment().id()));
    return out;
  }

  /** Whether {@code c} is a partnership stage and a later stage of the same pair has started by {@code day}. */
  public boolean superseded(Commitment c, LocalDate day) {
    if (c.kind() != CommitmentKind.PARTNERSHIP) {
      return false;
    }
    Set<String> pair = Set.copyOf(c.header().partyActors());
    LocalDate start = c.header().period().firstDay().orElseThrow();
    return catalog.commitments().stream()
        .filter(o -> o.kind() == CommitmentKind.PARTNERSHIP && o != c)
        .filter(o -> Set.copyOf(o.header().partyActors()).equals(pair))
        .map(o -> o.header().period().firstDay())
        .anyMatch(s -> s.isPresent() && s.get().isAfter(start) && !s.get().isAfter(day));
  }
}
