package dev.entente.analysis.network;

import java.util.List;

/**
 * The structure of one network, on the undirected simple graph in which two nodes are adjacent when any tie joins
 * them. A measure that is undefined for the graph is null (never 0): centralization needs 3 nodes, density 2, hub
 * clustering a hub with at least 2 neighbours, transitivity at least one connected triple, the hub share at least
 * one edge, modularity at least one edge. Definitions: METHODS.md §B.10.
 *
 * @param nodes number of nodes
 * @param edges number of adjacent pairs
 * @param degreeCentralization Freeman's C_D = Σ_v (max deg − deg_v) / ((n−1)(n−2)): 1 for a star, 0 for a regular
 *     graph
 * @param hubClustering ties (of any kind in the network) among the hub's k allies / C(k,2): 0 = pure
 *     hub-and-spoke, 1 = a NATO-like clique. The allies are the hub's neighbours through an alliance or membership;
 *     in a network without such ties, all its neighbours
 * @param hubShare the share of edges that have the hub at one end
 * @param transitivity 3 × triangles / connected triples (networkx {@code transitivity})
 * @param density 2m / (n(n−1))
 * @param bilateralShare the share of the network's commitments that have exactly two parties
 * @param components number of connected components
 * @param communities number of communities found by greedy modularity maximisation (Clauset, Newman & Moore 2004)
 * @param modularity Newman's Q of those communities
 * @param polarization Reynal-Querol's discrete polarization of the community sizes, 4 Σ π_i² (1 − π_i), with π_i
 *     the share of nodes in community i: 1 for two equal blocs, near 0 for many small ones (Montalvo &amp;
 *     Reynal-Querol 2005)
 * @param communityMembers the communities, largest first, each sorted by key
 */
public record StructureMeasures(
    int nodes,
    int edges,
    Double degreeCentralization,
    Double hubClustering,
    Double hubShare,
    Double transitivity,
    Double density,
    Double bilateralShare,
    int components,
    int communities,
    Double modularity,
    Double polarization,
    List<List<String>> communityMembers) {

  public StructureMeasures {
    communityMembers = communityMembers.stream().map(List::copyOf).toList();
  }
}
