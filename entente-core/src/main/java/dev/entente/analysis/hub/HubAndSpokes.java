package dev.entente.analysis.hub;

import dev.entente.analysis.obligation.ObligationTie;
import dev.entente.analysis.obligation.ObligationsInForce;
import dev.entente.domain.Actor;
import dev.entente.domain.Catalog;
import dev.entente.domain.Commitment;
import dev.entente.domain.CommitmentKind;
import dev.entente.domain.Obligation;
import dev.entente.domain.State;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A hub's spokes in a region and the ties among the spokes: the "hub and spokes" reading of an alliance system
 * (Cha 2009; CONTEXT.md question 3).
 *
 * <p>The spokes are the states of the region to which the hub owes a defence obligation on the date. A spoke-to-spoke
 * tie is any commitment in force on the date (alliance, membership, arrangement; partnerships excluded) to which
 * both spokes are parties; {@link SpokeTie#withoutHub()} says whether the hub is outside it (a direct link between
 * spokes, such as a reciprocal access agreement) or inside it (a multilateral frame such as the Quad). A pure
 * hub-and-spoke system has no spoke ties; the more there are, the more it looks like collective security.
 */
public final class HubAndSpokes {

  private final Catalog catalog;

  public HubAndSpokes(Catalog catalog) {
    this.catalog = catalog;
  }

  /**
   * A named region of states.
   *
   * @param name for display
   * @param member which states belong to it
   */
  public record Region(String name, Predicate<State> member) {
    /** Asia and Oceania as the COW codes 700–999 (COW's regional ranges), the default for the Indo-Pacific. */
    public static Region asiaPacific() {
      return new Region("Asia and Oceania (COW codes 700-999)", s -> s.ccode() >= 700);
    }
  }

  /**
   * One tie between two spokes.
   *
   * @param a one spoke
   * @param b the other spoke
   * @param commitment the commitment both are parties to
   * @param withoutHub whether the hub is not a party to it
   */
  public record SpokeTie(String a, String b, Commitment commitment, boolean withoutHub) {}

  /**
   * The hub's system on a date.
   *
   * @param hub the hub's key
   * @param region the region's name
   * @param spokes the defence obligations from the hub to each spoke (one per spoke, earliest commitment first)
   * @param ties the ties among spokes
   */
  public record System(String hub, String region, List<ObligationTie> spokes, List<SpokeTie> ties) {
    public System {
      spokes = List.copyOf(spokes);
      ties = List.copyOf(ties);
    }
  }

  /** The system of {@code hub} in {@code region} on {@code day}. */
  public System on(String hub, Region region, LocalDate day) {
    Map<String, ObligationTie> spokes = new LinkedHashMap<>();
    for (ObligationTie t : new ObligationsInForce(catalog).owedBy(hub, day, EnumSet.of(Obligation.DEFENSE))) {
      Actor a = catalog.actor(t.beneficiary()).orElse(null);
      if (a instanceof State s && region.member().test(s)) {
        spokes.merge(t.beneficiary(), t, (x, y) -> x.since().isAfter(y.since()) ? y : x);
      }
    }
    List<String> keys = new ArrayList<>(spokes.keySet());
    List<SpokeTie> ties = new ArrayList<>();
    Set<CommitmentKind> kinds = EnumSet.of(CommitmentKind.ALLIANCE, CommitmentKind.MEMBERSHIP, CommitmentKind.ARRANGEMENT);
    for (Commitment c : catalog.commitments()) {
      if (!kinds.contains(c.kind()) || !c.inForceOn(day)) {
        continue;
      }
      for (int i = 0; i < keys.size(); i++) {
        for (int j = i + 1; j < keys.size(); j++) {
          if (c.hasPartyOn(keys.get(i), day) && c.hasPartyOn(keys.get(j), day)) {
            ties.add(new SpokeTie(keys.get(i), keys.get(j), c, !c.hasPartyOn(hub, day)));
          }
        }
      }
    }
    return new System(hub, region.name(), new ArrayList<>(spokes.values()), ties);
  }
}
