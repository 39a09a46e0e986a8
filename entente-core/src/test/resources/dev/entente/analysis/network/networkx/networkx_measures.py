#!/usr/bin/env python3
"""Independent reference values for entente's network structure measures, computed with networkx.

Run from this directory:  python3 networkx_measures.py > networkx-measures.golden.tsv
(networkx 3.6.1, Python 3.11; no other dependency). Reads every graphs/*.csv edge list (entente's CSV export:
source,target,directed,commitment,kind,label; '#' lines are comments) as an undirected simple graph.

Definitions (METHODS.md B.10):
  degree_centralization  Freeman: sum(max deg - deg) / ((n-1)(n-2))            (n >= 3, else NA)
  hub_clustering         edges among the hub's allies / C(k,2)                 (k >= 2, else NA); the allies are
                         the hub's neighbours through an alliance or membership edge, or all its neighbours when
                         the graph has no such edge
  hub_share              edges incident to the hub / edges
  transitivity           nx.transitivity (NA when there is no connected triple)
  density                nx.density
  components             nx.number_connected_components
  communities/modularity nx.community.greedy_modularity_communities (Clauset-Newman-Moore), nx.community.modularity
"""
import csv
import glob
import itertools
import os

import networkx as nx



def hubs():
    """The hub of each graph, from hubs.tsv (read by the Java test too)."""
    with open("hubs.tsv") as f:
        return dict(line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#"))


def read(path):
    g = nx.Graph()
    kinds = []
    with open(path) as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        for r in rows:
            g.add_edge(r["source"], r["target"])
            kinds.append((r["source"], r["target"], r["kind"]))
    return g, kinds


def fmt(v):
    return "NA" if v is None else repr(float(v))


def main():
    print("graph\tnodes\tedges\tdegree_centralization\thub_clustering\thub_share\ttransitivity\tdensity\tcomponents"
          "\tcommunities\tmodularity")
    for path in sorted(glob.glob("graphs/*.csv")):
        name = os.path.basename(path)[:-4]
        g, kinds = read(path)
        n, m = g.number_of_nodes(), g.number_of_edges()
        degs = [d for _, d in g.degree()]
        dc = sum(max(degs) - d for d in degs) / ((n - 1) * (n - 2)) if n >= 3 else None
        hub = hubs().get(name)
        hc = hs = None
        if hub in g:
            treaty = [(a, b) for a, b, k in kinds if k in ("alliance", "membership")]
            if treaty:
                allies = {b if a == hub else a for a, b in treaty if hub in (a, b)}
            else:
                allies = set(g.neighbors(hub))
            k = len(allies)
            if k >= 2:
                hc = sum(1 for a, b in itertools.combinations(sorted(allies), 2) if g.has_edge(a, b)) / (k * (k - 1) / 2)
            hs = g.degree(hub) / m if m else None
        triples = sum(d * (d - 1) / 2 for d in degs)
        tr = nx.transitivity(g) if triples else None
        comms = nx.community.greedy_modularity_communities(g)
        q = nx.community.modularity(g, comms) if m else None
        print("\t".join([name, str(n), str(m), fmt(dc), fmt(hc), fmt(hs), fmt(tr), fmt(nx.density(g)),
                         str(nx.number_connected_components(g)), str(len(comms)), fmt(q)]))


if __name__ == "__main__":
    main()
