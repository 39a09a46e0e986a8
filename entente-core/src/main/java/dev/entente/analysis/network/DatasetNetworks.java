package dev.entente.analysis.network;

import dev.entente.domain.Actor;
import dev.entente.domain.Catalog;
import dev.entente.domain.CommitmentKind;
import dev.entente.domain.Obligation;
import dev.entente.domain.State;
import dev.entente.error.UserInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Yearly networks of ATOP or COW alliances. With {@link Scope#DEFENSE} a pair is tied when one member owes the
 * other defence under an alliance (directed unless both do); with {@link Scope#ANY} every pair of co-members is
 * tied (directed when the obligations run one way only). Nodes are states by COW number, named from the catalog's
 * state list. Years outside the dataset's coverage are an error (never an empty network).
 */
public final class DatasetNetworks implements YearlyNetworks {

  private final AllianceYearSource source;
  private final Catalog catalog;
  private final Map<Integer, State> states = new HashMap<>();

  public DatasetNetworks(AllianceYearSource source, Catalog catalog) {
    this.source = source;
    this.catalog = catalog;
    for (Actor a : catalog.actors()) {
      if (a instanceof State s) {
        states.put(s.ccode(), s);
      }
    }
  }

  @Override
  public CommitmentNetwork inYear(int year, NetworkRequest r) {
    int[] coverage = source.coverage(r.source());
    if (year < coverage[0] || year > coverage[1]) {
      throw new UserInputException(r.source().code() + " codes alliances in " + coverage[0] + "-" + coverage[1]
          + ", not in " + year + " (use --source curated for later years)");
    }
    Map<String, Map<String, Set<Obligation>>> byAlliance = new LinkedHashMap<>();
    Map<String, Integer> parties = new HashMap<>();
    for (AllianceYearTie t : source.ties(r.source(), year)) {
      State a = states.get(t.ccode1());
      State b = states.get(t.ccode2());
      if (a == null || b == null || !kept(a, r) || !kept(b, r)) {
        continue;
      }
      byAlliance.computeIfAbsent(t.alliance(), k -> new TreeMap<>()).put(a.key() + ">" + b.key(), t.obligations());
      parties.put(t.alliance(), t.parties());
    }
    List<Tie> ties = new ArrayList<>();
    List<CommitmentNetwork.CommitmentSize> sizes = new ArrayList<>();
    Map<String, Node> nodes = new TreeMap<>();
    for (Map.Entry<String, Map<String, Set<Obligation>>> e : byAlliance.entrySet()) {
      List<Tie> made = ties(e.getKey(), e.getValue(), r.scope());
      if (!made.isEmpty()) {
        ties.addAll(made);
        sizes.add(new CommitmentNetwork.CommitmentSize(e.getKey(), parties.get(e.getKey())));
      }
    }
    for (Tie t : ties) {
      nodes.computeIfAbsent(t.from(), this::node);
      nodes.computeIfAbsent(t.to(), this::node);
    }
    r.hub().ifPresent(h -> nodes.computeIfAbsent(h, this::node));
    if (r.isolates()) {
      java.time.LocalDate mid = java.time.LocalDate.of(year, 7, 1);
      states.values().stream().filter(s -> s.inSystemOn(mid) && r.region().member().test(s))
          .forEach(s -> nodes.computeIfAbsent(s.key(), this::node));
    }
    return new CommitmentNetwork(Integer.toString(year), r, source.version(r.source()) + "; states: "
        + catalog.dataVersion(), new ArrayList<>(nodes.values()), ties, sizes);
  }

  private static List<Tie> ties(String alliance, Map<String, Set<Obligation>> directed, Scope scope) {
    List<Tie> out = new ArrayList<>();
    Set<String> done = new TreeSet<>();
    for (Map.Entry<String, Set<Obligation>> e : directed.entrySet()) {
      String[] ab = e.getKey().split(">");
      String pair = ab[0].compareTo(ab[1]) < 0 ? ab[0] + "|" + ab[1] : ab[1] + "|" + ab[0];
      if (!done.add(pair)) {
        continue;
      }
      Set<Obligation> there = e.getValue();
      Set<Obligation> back = directed.getOrDefault(ab[1] + ">" + ab[0], Set.of());
      boolean forward = scope == Scope.DEFENSE ? there.contains(Obligation.DEFENSE) : !there.isEmpty();
      boolean backward = scope == Scope.DEFENSE ? back.contains(Obligation.DEFENSE) : !back.isEmpty();
      if (scope == Scope.DEFENSE && !forward && !backward) {
        continue;
      }
      Set<String> labels = new TreeSet<>();
      there.forEach(o -> labels.add(o.code()));
      back.forEach(o -> labels.add(o.code()));
      String label = scope == Scope.DEFENSE ? Obligation.DEFENSE.code()
          : labels.isEmpty() ? "party" : String.join("+", labels);
      if (forward != backward) {
        out.add(forward ? new Tie(ab[0], ab[1], true, alliance, CommitmentKind.ALLIANCE, label)
            : new Tie(ab[1], ab[0], true, alliance, CommitmentKind.ALLIANCE, label));
      } else {
        String[] sorted = pair.split("\\|");
        out.add(new Tie(sorted[0], sorted[1], false, alliance, CommitmentKind.ALLIANCE, label));
      }
    }
    return out;
  }

  private static boolean kept(State s, NetworkRequest r) {
    return r.region().member().test(s) || r.hub().map(h -> h.equals(s.key())).orElse(false);
  }

  private Node node(String key) {
    return catalog.actor(key).filter(State.class::isInstance).map(a -> new Node(key, ((State) a).ccode(), a.name()))
        .orElse(new Node(key, null, key));
  }
}
