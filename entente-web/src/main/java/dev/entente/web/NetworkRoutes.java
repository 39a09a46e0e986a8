package dev.entente.web;

import dev.entente.analysis.network.CommitmentNetwork;
import dev.entente.analysis.network.CuratedNetworks;
import dev.entente.analysis.network.DatasetNetworks;
import dev.entente.analysis.network.EdgeSource;
import dev.entente.analysis.network.NetworkRequest;
import dev.entente.analysis.network.NetworkStructure;
import dev.entente.analysis.network.Node;
import dev.entente.analysis.network.Scope;
import dev.entente.analysis.network.StructureMeasures;
import dev.entente.analysis.network.StructureSeries;
import dev.entente.analysis.network.Tie;
import dev.entente.analysis.network.YearlyNetworks;
import dev.entente.domain.Actor;
import dev.entente.domain.Catalog;
import dev.entente.domain.CommitmentKind;
import dev.entente.domain.State;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The network endpoints (analysis.network): one commitment network at a date or in a year with its structure
 * measures and communities, and the structure measures year by year (the columns of {@code entente network
 * metrics}). Parameter names and defaults are those of the CLI's NetworkOptions. The curated source is computed
 * from the catalog in memory; ATOP and COW networks read the store and answer 409 with the import commands when the
 * datasets are missing. Answers are cached (see {@link Workbench#cached}).
 */
final class NetworkRoutes {

  /** The columns of {@code entente network metrics}, in order. */
  static final List<String> METRICS = List.of("year", "nodes", "edges", "degree_centralization", "hub_clustering",
      "hub_share", "transitivity", "density", "bilateral_share", "communities", "modularity");

  private final Workbench bench;
  private final Catalog catalog;

  NetworkRoutes(Workbench bench) {
    this.bench = bench;
    this.catalog = bench.catalog();
  }

  /** The parameters that say what a network is made of (NetworkOptions). */
  static List<Param> networkParams(boolean withSource) {
    List<Param> p = new ArrayList<>();
    if (withSource) {
      p.add(Param.choice("source", List.of("curated", "atop", "cow"), "curated",
          "curated (entente's commitments, to the present), atop (ATOP 5.1, 1815-2018) or cow (COW 4.1,"
              + " 1816-2012). Default: curated."));
    }
    p.add(Param.choices("kind", ApiRoutes.KINDS, "alliance,membership",
        "Commitment kinds that make edges (comma-separated). Default: alliance,membership."));
    p.add(Param.choice("obligation", List.of("defense", "any"), "any",
        "defense (only defence pledges, directed) or any (every pair of parties). Default: any."));
    p.add(Param.region("region", "world", "A named region (COW code ranges) or a list of states. Default: world."));
    p.add(Param.actor("hub", false, "A state whose hub measures (hub clustering, hub share) are computed."));
    p.add(Param.integer("min-tier", false, 1, 6, null, "Keep only partnerships of at least this tier (1-6)."));
    p.add(Param.bool("groupings", "Make groupings (NATO, CSTO, the Quad) nodes, members tied to them."));
    p.add(Param.bool("isolates", "Also keep the region's states that have no tie."));
    return p;
  }

  private static Param asOf() {
    return Param.text("as-of", "query", false, "\\d{2}-\\d{2}", "12-31",
        "Curated source, yearly networks: the day of each year whose commitments count (MM-DD). Default: 12-31.");
  }

  List<ApiRoute> routes() {
    List<Param> one = new ArrayList<>(networkParams(true));
    one.add(Param.date("on", false, "The date (curated source). Default: today, unless year is given."));
    one.add(Param.integer("year", false, 1816, 2030, null, "The year (ATOP, COW, or curated as of as-of)."));
    one.add(asOf());
    List<Param> series = new ArrayList<>(networkParams(true));
    series.add(Param.years("years", true, 1816, 2030, null, "A-B, e.g. 1950-2026."));
    series.add(asOf());
    return List.of(
        new ApiRoute(ApiRoutes.BASE + "/network",
            "A commitment network at a date or in a year: nodes, edges, structure measures, communities", one,
            this::network, true),
        new ApiRoute(ApiRoutes.BASE + "/network/structure",
            "Structure measures year by year (the columns of 'entente network metrics')", series, this::structure,
            true));
  }

  /** The request the parameters describe. */
  static NetworkRequest request(Query q) {
    EdgeSource source = q.has("source") ? EdgeSource.parse(q.choice("source")) : EdgeSource.CURATED;
    Set<CommitmentKind> kinds = EnumSet.noneOf(CommitmentKind.class);
    q.choices("kind").forEach(k -> kinds.add(CommitmentKind.parse(k)));
    if (source != EdgeSource.CURATED) {
      kinds.retainAll(EnumSet.of(CommitmentKind.ALLIANCE));
      if (kinds.isEmpty()) {
        throw ApiException.badParameter("kind", q.choices("kind").toString(), "source " + source.code()
            + " has alliances only", List.of("alliance"));
      }
    }
    Actor hub = q.actor("hub");
    if (hub != null && !(hub instanceof State)) {
      throw ApiException.badParameter("hub", hub.key(), hub.key() + " is an organisation, not a state", "a state");
    }
    return new NetworkRequest(source, kinds, Scope.parse(q.choice("obligation")), q.region("region"),
        Optional.ofNullable(hub).map(Actor::key),
        q.has("min-tier") ? OptionalInt.of(q.integer("min-tier")) : OptionalInt.empty(), q.bool("groupings"),
        q.bool("isolates"));
  }

  private static MonthDay asOf(Query q) {
    try {
      return MonthDay.parse("--" + q.text("as-of"));
    } catch (DateTimeException e) {
      throw ApiException.badParameter("as-of", q.text("as-of"), "as-of '" + q.text("as-of")
          + "' is not a day of the year", "MM-DD, e.g. 12-31");
    }
  }

  private YearlyNetworks yearly(NetworkRequest r, MonthDay asOf) {
    if (r.source() == EdgeSource.CURATED) {
      return new CuratedNetworks(catalog).yearly(asOf);
    }
    bench.requireImported(r.source() == EdgeSource.ATOP ? "atop" : "cow-alliances", "cow-system");
    return (year, req) -> bench.withStore(s -> new DatasetNetworks(s.allianceNetworks(), catalog).inYear(year, req));
  }

  private static String key(Query q, NetworkRequest r, String... more) {
    return String.join("|", more) + "|" + r.describe() + "|" + q.text("as-of");
  }

  private Object network(Query q) {
    NetworkRequest r = request(q);
    if (q.has("on") && q.has("year")) {
      throw ApiException.badParameter("year", String.valueOf(q.integer("year")), "give on or year, not both",
          List.of("on", "year"));
    }
    MonthDay asOf = asOf(q);
    if (!q.has("year") && r.source() != EdgeSource.CURATED) {
      throw ApiException.badParameter("year", null, "source " + r.source().code() + " is yearly: give year",
          "a year");
    }
    LocalDate day = q.has("year") ? null : q.dateOrToday("on");
    String when = day == null ? "year " + q.integer("year") : day.toString();
    return bench.cached(key(q, r, "network", when), () -> {
      CommitmentNetwork n = day != null ? new CuratedNetworks(catalog).on(day, r)
          : yearly(r, asOf).inYear(q.integer("year"), r);
      return answer(n, NetworkStructure.measure(n), asOf);
    });
  }

  private Map<String, Object> answer(CommitmentNetwork n, StructureMeasures m, MonthDay asOf) {
    Map<String, Integer> degree = new HashMap<>();
    Map<String, Integer> community = new HashMap<>();
    for (int i = 0; i < m.communityMembers().size(); i++) {
      for (String k : m.communityMembers().get(i)) {
        community.put(k, i + 1);
      }
    }
    var g = NetworkStructure.graph(n);
    g.vertexSet().forEach(v -> degree.put(v, g.degreeOf(v)));
    int max = degree.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    List<Map<String, Object>> nodes = new ArrayList<>();
    for (Node node : n.nodes()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("key", node.key());
      x.put("ccode", node.ccode());
      x.put("name", node.name());
      x.put("grouping", node.isGrouping());
      x.put("degree", degree.getOrDefault(node.key(), 0));
      x.put("community", community.get(node.key()));
      x.put("top_degree", max > 0 && degree.getOrDefault(node.key(), 0) == max);
      x.put("hub", n.request().hub().map(node.key()::equals).orElse(false));
      nodes.add(x);
    }
    List<Map<String, Object>> edges = new ArrayList<>();
    for (Tie t : n.ties()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("from", t.from());
      e.put("to", t.to());
      e.put("directed", t.directed());
      e.put("commitment", t.commitment());
      e.put("treaty", catalog.commitment(t.commitment()).map(c -> c.header().shortName()).orElse(t.commitment()));
      e.put("kind", t.kind().code());
      e.put("label", t.label());
      edges.add(e);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("when", n.when());
    out.put("nodes", nodes);
    out.put("edges", edges);
    out.put("measures", measures(m));
    out.put("communities", m.communityMembers());
    out.put("conventions", conventions(n.request(), asOf));
    out.put("data_version", n.dataVersion());
    out.put("note", "Measures on the undirected simple graph (two nodes adjacent when any tie joins them);"
        + " null = undefined; definitions: METHODS.md B.10, docs/networks.md.");
    return out;
  }

  static Map<String, Object> conventions(NetworkRequest r, MonthDay asOf) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("source", r.source().code());
    c.put("kinds", r.kinds().stream().map(CommitmentKind::code).sorted().toList());
    c.put("obligation", r.scope().code());
    c.put("region", r.region().name());
    c.put("hub", r.hub().orElse(null));
    c.put("min_tier", r.minTier().isPresent() ? r.minTier().getAsInt() : null);
    c.put("groupings", r.groupings());
    c.put("isolates", r.isolates());
    c.put("as_of", asOf == null || r.source() != EdgeSource.CURATED ? null : asOf.toString().substring(2));
    c.put("describe", r.describe());
    return c;
  }

  /** The measures of a network under their CLI column names (null = undefined). */
  static Map<String, Object> measures(StructureMeasures m) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("nodes", m.nodes());
    x.put("edges", m.edges());
    x.put("degree_centralization", m.degreeCentralization());
    x.put("hub_clustering", m.hubClustering());
    x.put("hub_share", m.hubShare());
    x.put("transitivity", m.transitivity());
    x.put("density", m.density());
    x.put("bilateral_share", m.bilateralShare());
    x.put("components", m.components());
    x.put("communities", m.communities());
    x.put("modularity", m.modularity());
    x.put("polarization", m.polarization());
    return x;
  }

  private Object structure(Query q) {
    NetworkRequest r = request(q);
    MonthDay asOf = asOf(q);
    int[] years = q.years("years");
    return bench.cached(key(q, r, "structure", years[0] + "-" + years[1]), () -> {
      List<Map<String, Object>> rows = new ArrayList<>();
      String data = null;
      for (StructureSeries.Row row : new StructureSeries(yearly(r, asOf)).years(years[0], years[1], r)) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("year", row.year());
        Map<String, Object> m = measures(row.measures());
        METRICS.stream().skip(1).forEach(k -> x.put(k, m.get(k)));
        rows.add(x);
        data = row.network().dataVersion();
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("columns", METRICS);
      out.put("rows", rows);
      out.put("conventions", conventions(r, asOf));
      out.put("data_version", data);
      out.put("note", "One network per year" + (r.source() == EdgeSource.CURATED ? ", as of "
          + asOf.toString().substring(2) + " of each year" : "") + "; null = undefined (docs/networks.md).");
      return out;
    });
  }
}
