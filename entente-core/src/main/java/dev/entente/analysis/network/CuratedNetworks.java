package dev.entente.analysis.network;

import dev.entente.analysis.obligation.ObligationTie;
import dev.entente.analysis.obligation.ObligationsInForce;
import dev.entente.analysis.ties.CommitmentTies;
import dev.entente.domain.Actor;
import dev.entente.domain.Catalog;
import dev.entente.domain.Commitment;
import dev.entente.domain.CommitmentKind;
import dev.entente.domain.Membership;
import dev.entente.domain.Obligation;
import dev.entente.domain.Organisation;
import dev.entente.domain.Partnership;
import dev.entente.domain.SecurityArrangement;
import dev.entente.domain.State;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Builds the network of the curated commitments in force on a day.
 *
 * <p>Rules: a commitment counts when its kind is requested, it is in force on the day, it is not a partnership
 * stage superseded by a later label for the same pair, and (for partnerships, when a minimum tier is set) its
 * label's tier is at least the minimum. With {@link Scope#DEFENSE} its ties are the defence obligations in force
 * ({@link ObligationsInForce}), one tie per pair: undirected when both owe defence to each other, directed from the
 * guarantor otherwise. With {@link Scope#ANY} every pair of parties on the day is tied: directed when the
 * obligations between the two (of any type) run one way only or a one-sided arrangement names them, undirected
 * otherwise. When groupings are nodes, a membership ties each member to its grouping instead of to each other
 * member. A tie is kept when both ends are in the region (the hub is always in it).
 */
public final class CuratedNetworks {

  private final Catalog catalog;

  public CuratedNetworks(Catalog catalog) {
    this.catalog = catalog;
  }

  /**
   * Yearly networks: a year's network is the one in force on {@code dayOfYear} of that year (the convention is a
   * parameter; {@code --as-of 12-31} by default in the CLI).
   */
  public YearlyNetworks yearly(java.time.MonthDay dayOfYear) {
    return (year, r) -> on(dayOfYear.atYear(year), r);
  }

  /** The network on {@code day}. */
  public CommitmentNetwork on(LocalDate day, NetworkRequest r) {
    if (r.source() != EdgeSource.CURATED) {
      throw new IllegalArgumentException("this builder reads the curated commitments, not " + r.source().code());
    }
    Set<Obligation> types = r.scope() == Scope.DEFENSE ? EnumSet.of(Obligation.DEFENSE) : EnumSet.allOf(Obligation.class);
    Map<String, List<ObligationTie>> obligations = new ObligationsInForce(catalog).all(day, types).stream()
        .collect(Collectors.groupingBy(t -> t.commitment().id()));
    CommitmentTies partnerships = new CommitmentTies(catalog);
    List<Tie> ties = new ArrayList<>();
    List<CommitmentNetwork.CommitmentSize> sizes = new ArrayList<>();
    for (Commitment c : catalog.commitments()) {
      if (!r.kinds().contains(c.kind()) || !c.inForceOn(day) || partnerships.superseded(c, day) || !tierOk(c, r)) {
        continue;
      }
      List<String> parties = c.header().partyActors().stream().filter(a -> c.header().isPartyOn(a, day)).toList();
      List<ObligationTie> own = obligations.getOrDefault(c.id(), List.of());
      List<Tie> made = r.groupings() && c instanceof Membership m
          ? groupingTies(m, parties, own, r)
          : r.scope() == Scope.DEFENSE ? defenceTies(c, own) : pairTies(c, parties, own);
      List<Tie> kept = made.stream().filter(t -> kept(t.from(), r) && kept(t.to(), r)).toList();
      if (!kept.isEmpty()) {
        ties.addAll(kept);
        sizes.add(new CommitmentNetwork.CommitmentSize(c.id(), parties.size()));
      }
    }
    Map<String, Node> nodes = new TreeMap<>();
    for (Tie t : ties) {
      nodes.computeIfAbsent(t.from(), this::node);
      nodes.computeIfAbsent(t.to(), this::node);
    }
    r.hub().ifPresent(h -> nodes.computeIfAbsent(h, this::node));
    if (r.isolates()) {
      for (Actor a : catalog.actors()) {
        if (a instanceof State s && s.inSystemOn(day) && r.region().member().test(s)) {
          nodes.computeIfAbsent(s.key(), this::node);
        }
      }
    }
    return new CommitmentNetwork(day.toString(), r, catalog.dataVersion(), new ArrayList<>(nodes.values()), ties,
        sizes);
  }

  private boolean tierOk(Commitment c, NetworkRequest r) {
    if (r.minTier().isEmpty() || !(c instanceof Partnership p)) {
      return true;
    }
    return catalog.tiers().tierOf(p.label()).map(t -> t.tier() >= r.minTier().getAsInt()).orElse(false);
  }

  private boolean kept(String key, NetworkRequest r) {
    if (r.hub().isPresent() && r.hub().get().equals(key)) {
      return true;
    }
    Actor a = catalog.actor(key).orElse(null);
    if (a instanceof State s) {
      return r.region().member().test(s);
    }
    return a instanceof Organisation && r.groupings();
  }

  private Node node(String key) {
    Actor a = catalog.actor(key).orElse(null);
    if (a instanceof State s) {
      return new Node(key, s.ccode(), s.name());
    }
    return new Node(key, null, a == null ? key : a.name());
  }

  /** Defence obligations, one tie per pair. */
  private static List<Tie> defenceTies(Commitment c, List<ObligationTie> own) {
    Map<String, Set<String>> owed = new HashMap<>();
    for (ObligationTie t : own) {
      owed.computeIfAbsent(t.guarantor(), k -> new TreeSet<>()).add(t.beneficiary());
    }
    List<Tie> out = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : new TreeMap<>(owed).entrySet()) {
      String g = e.getKey();
      for (String b : e.getValue()) {
        boolean mutual = owed.getOrDefault(b, Set.of()).contains(g);
        if (mutual && b.compareTo(g) < 0) {
          continue;
        }
        out.add(new Tie(g, b, !mutual, c.id(), c.kind(), Obligation.DEFENSE.code()));
      }
    }
    return out;
  }

  /** Every pair of parties, directed where the obligations or the arrangement run one way. */
  private static List<Tie> pairTies(Commitment c, List<String> parties, List<ObligationTie> own) {
    Map<String, Set<String>> types = new HashMap<>();
    for (ObligationTie t : own) {
      types.computeIfAbsent(t.guarantor() + ">" + t.beneficiary(), k -> new TreeSet<>()).add(t.obligation().code());
    }
    List<Tie> out = new ArrayList<>();
    for (int i = 0; i < parties.size(); i++) {
      for (int j = i + 1; j < parties.size(); j++) {
        String a = parties.get(i);
        String b = parties.get(j);
        Set<String> ab = types.getOrDefault(a + ">" + b, Set.of());
        Set<String> ba = types.getOrDefault(b + ">" + a, Set.of());
        Set<String> all = new TreeSet<>(ab);
        all.addAll(ba);
        if (c instanceof SecurityArrangement s && s.direction().isPresent()) {
          SecurityArrangement.Direction d = s.direction().get();
          boolean named = Set.of(a, b).equals(Set.of(d.from(), d.to()));
          if (named) {
            out.add(new Tie(d.from(), d.to(), true, c.id(), c.kind(), s.type().code()));
            continue;
          }
        }
        String label = label(c, all);
        if (ab.isEmpty() != ba.isEmpty()) {
          out.add(ab.isEmpty() ? new Tie(b, a, true, c.id(), c.kind(), label) : new Tie(a, b, true, c.id(), c.kind(), label));
        } else {
          boolean ordered = a.compareTo(b) < 0;
          out.add(new Tie(ordered ? a : b, ordered ? b : a, false, c.id(), c.kind(), label));
        }
      }
    }
    return out;
  }

  /** Each member tied to its grouping (with defence scope, only members that owe or are owed defence in it). */
  private static List<Tie> groupingTies(Membership m, List<String> parties, List<ObligationTie> own, NetworkRequest r) {
    Set<String> bound = new TreeSet<>();
    own.forEach(t -> {
      bound.add(t.guarantor());
      bound.add(t.beneficiary());
    });
    List<Tie> out = new ArrayList<>();
    for (String p : parties) {
      if (!p.equals(m.group()) && (r.scope() == Scope.ANY || bound.contains(p))) {
        out.add(new Tie(p, m.group(), false, m.id(), m.kind(), "member"));
      }
    }
    return out;
  }

  private static String label(Commitment c, Set<String> obligationTypes) {
    if (c instanceof Partnership p) {
      return p.label();
    }
    if (c instanceof SecurityArrangement s) {
      return s.type().code();
    }
    return obligationTypes.isEmpty() ? "party" : String.join("+", obligationTypes);
  }
}
