package dev.entente.analysis.network;

import java.util.ArrayList;
import dev.entente.domain.CommitmentKind;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.GreedyModularityAlgorithm;
import org.jgrapht.alg.clustering.UndirectedModularityMeasurer;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Computes {@link StructureMeasures} for a network: Freeman (1978) degree centralization, hub clustering and hub
 * share for a named hub (Cha 2009's hub-and-spokes against a NATO-like clique), global transitivity, density, the
 * bilateral share of commitments (Poast 2010's k-adic view), connected components, and communities by greedy
 * modularity (Clauset, Newman &amp; Moore 2004, as in JGraphT and networkx) with their modularity and polarization.
 * Checked against networkx 3.6 on the METHODS.md §C.5 fixtures and real networks (golden files in the tests).
 */
public final class NetworkStructure {

  private NetworkStructure() {}

  /** The undirected simple graph of a network. */
  public static Graph<String, DefaultEdge> graph(CommitmentNetwork network) {
    Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
    network.nodes().forEach(n -> g.addVertex(n.key()));
    for (Tie t : network.ties()) {
      g.addVertex(t.from());
      g.addVertex(t.to());
      g.addEdge(t.from(), t.to());
    }
    return g;
  }

  /** The measures of {@code network}, with hub measures for {@code hub} when given. */
  public static StructureMeasures measure(CommitmentNetwork network, Optional<String> hub) {
    Graph<String, DefaultEdge> g = graph(network);
    Map<String, Set<String>> adj = adjacency(g);
    int n = g.vertexSet().size();
    int m = g.edgeSet().size();
    List<List<String>> communities = communities(g);
    long bilateral = network.commitments().stream().filter(c -> c.parties() == 2).count();
    return new StructureMeasures(
        n,
        m,
        centralization(adj),
        hub.filter(adj::containsKey).map(h -> hubClustering(adj, allies(network, adj, h))).orElse(null),
        hub.filter(adj::containsKey).filter(h -> m > 0).map(h -> adj.get(h).size() / (double) m).orElse(null),
        transitivity(adj),
        n >= 2 ? 2.0 * m / ((double) n * (n - 1)) : null,
        network.commitments().isEmpty() ? null : bilateral / (double) network.commitments().size(),
        new ConnectivityInspector<>(g).connectedSets().size(),
        communities.size(),
        m == 0 ? null : new UndirectedModularityMeasurer<>(g).modularity(
            communities.stream().map(c -> (Set<String>) new HashSet<>(c)).toList()),
        n == 0 ? null : polarization(communities, n),
        communities);
  }

  /** The measures of {@code network} with the hub of its request. */
  public static StructureMeasures measure(CommitmentNetwork network) {
    return measure(network, network.request().hub());
  }

  static Map<String, Set<String>> adjacency(Graph<String, DefaultEdge> g) {
    Map<String, Set<String>> adj = new TreeMap<>();
    g.vertexSet().forEach(v -> adj.put(v, new TreeSet<>()));
    for (DefaultEdge e : g.edgeSet()) {
      adj.get(g.getEdgeSource(e)).add(g.getEdgeTarget(e));
      adj.get(g.getEdgeTarget(e)).add(g.getEdgeSource(e));
    }
    return adj;
  }

  static Double centralization(Map<String, Set<String>> adj) {
    int n = adj.size();
    if (n < 3) {
      return null;
    }
    int max = adj.values().stream().mapToInt(Set::size).max().orElse(0);
    long sum = adj.values().stream().mapToLong(s -> max - s.size()).sum();
    return sum / ((double) (n - 1) * (n - 2));
  }

  /**
   * The hub's allies: its neighbours through an alliance or membership tie, or all its neighbours when the network
   * has no tie of those kinds (a network of arrangements or partnerships only).
   */
  /** The allies of the network's hub (empty without a hub, or when the hub has no tie). */
  public static Set<String> allies(CommitmentNetwork network) {
    Optional<String> hub = network.request().hub();
    Map<String, Set<String>> adj = adjacency(graph(network));
    return hub.filter(adj::containsKey).map(h -> allies(network, adj, h)).orElse(Set.of());
  }

  static Set<String> allies(CommitmentNetwork network, Map<String, Set<String>> adj, String hub) {
    Set<CommitmentKind> treaty = EnumSet.of(CommitmentKind.ALLIANCE, CommitmentKind.MEMBERSHIP);
    if (network.ties().stream().noneMatch(t -> treaty.contains(t.kind()))) {
      return adj.get(hub);
    }
    Set<String> allies = new TreeSet<>();
    for (Tie t : network.ties()) {
      if (treaty.contains(t.kind()) && (t.from().equals(hub) || t.to().equals(hub))) {
        allies.add(t.from().equals(hub) ? t.to() : t.from());
      }
    }
    return allies;
  }

  static Double hubClustering(Map<String, Set<String>> adj, Set<String> allies) {
    List<String> spokes = new ArrayList<>(allies);
    int k = spokes.size();
    if (k < 2) {
      return null;
    }
    return linksAmong(adj, spokes) / (k * (k - 1) / 2.0);
  }

  static Double transitivity(Map<String, Set<String>> adj) {
    long closed = 0;
    long triples = 0;
    for (Map.Entry<String, Set<String>> e : adj.entrySet()) {
      int k = e.getValue().size();
      triples += (long) k * (k - 1) / 2;
      closed += linksAmong(adj, new ArrayList<>(e.getValue()));
    }
    return triples == 0 ? null : closed / (double) triples;
  }

  private static long linksAmong(Map<String, Set<String>> adj, List<String> nodes) {
    long links = 0;
    for (int i = 0; i < nodes.size(); i++) {
      Set<String> ai = adj.get(nodes.get(i));
      for (int j = i + 1; j < nodes.size(); j++) {
        if (ai.contains(nodes.get(j))) {
          links++;
        }
      }
    }
    return links;
  }

  static List<List<String>> communities(Graph<String, DefaultEdge> g) {
    List<List<String>> out = new ArrayList<>();
    if (g.vertexSet().isEmpty()) {
      return out;
    }
    if (g.edgeSet().isEmpty()) {
      new TreeSet<>(g.vertexSet()).forEach(v -> out.add(List.of(v)));
      return out;
    }
    List<Set<String>> clusters;
    try {
      clusters = new GreedyModularityAlgorithm<>(g).getClustering().getClusters();
    } catch (java.util.NoSuchElementException e) {
      // JGraphT 1.5.3 fails when every merge raised modularity until each connected component is one community
      // (its merge heap runs empty); networkx returns the components in that case, and so do we.
      clusters = new ConnectivityInspector<>(g).connectedSets();
    }
    for (Set<String> c : clusters) {
      out.add(new ArrayList<>(new TreeSet<>(c)));
    }
    out.sort(Comparator.comparing((List<String> c) -> -c.size()).thenComparing(c -> c.get(0)));
    return out;
  }

  static double polarization(List<List<String>> communities, int n) {
    double rq = 0;
    for (List<String> c : communities) {
      double p = c.size() / (double) n;
      rq += p * p * (1 - p);
    }
    return 4 * rq;
  }
}
