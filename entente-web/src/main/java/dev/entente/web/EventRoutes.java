package dev.entente.web;

import dev.entente.analysis.criticism.CriticismRequest;
import dev.entente.analysis.criticism.CriticismResult;
import dev.entente.analysis.criticism.EventCounts;
import dev.entente.analysis.criticism.InMemoryEvents;
import dev.entente.analysis.criticism.MeasuredAlignments;
import dev.entente.analysis.criticism.SelectiveCriticism;
import dev.entente.analysis.criticism.SpearmanBootstrap;
import dev.entente.analysis.defacto.DeFactoAllianceScore;
import dev.entente.analysis.defacto.DeFactoRequest;
import dev.entente.analysis.defacto.DeFactoResult;
import dev.entente.analysis.defacto.MeasuredFeatures;
import dev.entente.analysis.events.EventAggregation;
import dev.entente.analysis.partnership.PartnerLadder;
import dev.entente.analysis.partnership.PartnerRank;
import dev.entente.domain.Actor;
import dev.entente.domain.Catalog;
import dev.entente.domain.GoldsteinScale;
import dev.entente.domain.QuadConvention;
import dev.entente.domain.State;
import dev.entente.io.cameo.AggregationTables;
import dev.entente.io.curated.CuratedFiles;
import dev.entente.io.curated.StatementsFile;
import dev.entente.store.duckdb.DuckDbStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The event endpoints (analysis.events, analysis.criticism, analysis.defacto): a dyad's event aggregates per year or
 * month, selective criticism, and the de facto alliance score, with the CLI's parameter names and defaults. They
 * read imported datasets: without events (GDELT or ICEWS) the first two answer 409 with the import commands (the
 * criticism endpoint also works on the curated statements alone with {@code include-curated=true}); the de facto
 * score needs ATOP. Answers are cached.
 */
final class EventRoutes {

  static final List<String> EVENT_IMPORTS = List.of("entente import gdelt PATH", "entente import icews PATH");

  /** One to 50 CAMEO codes of 2 to 4 digits, comma-separated. */
  private static final String CODES = "\\d{2,4}(,\\d{2,4}){0,49}";

  /** A confidence level strictly between 0 and 1, at most four decimals. */
  private static final String LEVEL = "0?\\.(?!0+$)\\d{1,4}";

  private final Workbench bench;
  private final Catalog catalog;

  EventRoutes(Workbench bench) {
    this.bench = bench;
    this.catalog = bench.catalog();
  }

  List<ApiRoute> routes() {
    return List.of(
        new ApiRoute(ApiRoutes.BASE + "/events/aggregate",
            "Machine-coded events of a dyad per year or month: counts, Goldstein, quad classes, root codes",
            List.of(Param.actor("a", true, "One state."), Param.actor("b", true, "The other state."),
                Param.years("years", true, 1979, 2030, null, "A-B, e.g. 2012-2014."),
                Param.choice("by", List.of("dyad-year", "dyad-month"), "dyad-year", "Period. Default: dyad-year."),
                Param.bool("directed", "Both directions apart (source = actor 1). Default: pooled, the dyad"
                    + " ordered alphabetically by ISO3."),
                Param.choice("quad", List.of("gdelt", "icews", "phoenix"), "gdelt", "Quad classes. Default: gdelt."),
                Param.choice("goldstein", List.of("gdelt", "icews", "phoenix", "as-coded"), "gdelt",
                    "Goldstein values. Default: gdelt."),
                Param.choices("datasets", List.of("gdelt1", "gdelt2", "icews"), null,
                    "Only these datasets. Default: every event dataset imported.")),
            this::aggregate, true),
        new ApiRoute(ApiRoutes.BASE + "/criticism",
            "Selective criticism: each target's criticism rate beside its relative alignment, Spearman's rho",
            List.of(Param.actor("source", true, "The criticising state (e.g. CHN)."),
                Param.actor("rival", true, "The rival (e.g. USA)."),
                Param.years("years", true, 1979, 2030, null, "The years of the events."),
                Param.years("alignment-years", false, 1816, 2030, null, "The years of the alignment measures."
                    + " Default: years."),
                Param.choices("alignment", MeasuredAlignments.KNOWN, "kappa,un",
                    "kappa (ATOP portfolios) and/or un (UN voting agreement). Default: kappa,un."),
                Param.integer("min-events", false, 1, 1_000_000, "10", "Targets with fewer events are excluded."
                    + " Default: 10."),
                Param.integer("bootstrap", false, 1, 10_000, "2000", "Bootstrap replicates. Default: 2000."),
                Param.integer("seed", false, 0, Integer.MAX_VALUE, "1", "Bootstrap seed. Default: 1."),
                Param.text("codes", "query", false, CODES, null, "CAMEO codes counted as criticism, comma-separated"
                    + " (e.g. 111,112). Default: " + String.join(",", CriticismRequest.DEFAULT_CODES) + " (root 11)."),
                Param.text("level", "query", false, LEVEL, "0.95", "Confidence level of the bootstrap interval."
                    + " Default: 0.95."),
                Param.integer("outliers", false, 0, 100, "5", "Outliers listed per measure. Default: 5."),
                Param.bool("include-curated", "Add the curated statements as an extra, labelled source of events.")),
            this::criticism, true),
        new ApiRoute(ApiRoutes.BASE + "/defacto",
            "De facto alliance score: an actor's partners ranked by how closely they resemble an ATOP ally",
            List.of(Param.actor("actor", true, "The state whose partners are scored (e.g. CHN)."),
                Param.integer("year", true, 1946, 2030, null, "The year the partners are scored in."),
                Param.integer("holdout", false, 1, 30, "5", "Held-out years up to min(year, 2018). Default: 5."),
                Param.integer("train-years", false, 1, 100, "20", "Training years before them. Default: 20.")),
            this::defacto, true));
  }

  private String iso3(Query q, String name) {
    Actor a = q.actor(name);
    if (a instanceof State s && s.iso3().isPresent() && s.iso3().get().matches("[A-Z]{3}")) {
      return s.iso3().get(); // three capital letters: safe to name in a query
    }
    throw ApiException.badParameter(name, a.key(), a.key() + " is not a state with an ISO3 code",
        "a state with an ISO3 code");
  }

  private void requireEvents() {
    if (!bench.withStore(s -> s.eventCounts().isPresent())) {
      throw ApiException.notImportedAnyOf("events", EVENT_IMPORTS);
    }
  }

  private Object aggregate(Query q) {
    String a = iso3(q, "a");
    String b = iso3(q, "b");
    if (a.equals(b)) {
      throw ApiException.badParameter("b", b, "a and b are the same state", "a state other than a");
    }
    int[] years = q.years("years");
    EventAggregation.Spec spec;
    try {
      spec = new EventAggregation.Spec(EventAggregation.Period.parse(q.choice("by")), q.bool("directed"), years[0],
          years[1], QuadConvention.parse(q.choice("quad")), GoldsteinScale.parse(q.choice("goldstein")),
          q.choices("datasets") == null ? List.of() : q.choices("datasets"));
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter("years", years[0] + "-" + years[1], e.getMessage(), null);
    }
    requireEvents();
    String key = "events|" + a + "|" + b + "|" + years[0] + "-" + years[1] + "|" + spec;
    return bench.cached(key, () -> {
      // the validated ISO3 codes of two states (three capital letters) pick the dyad's rows of the CLI's aggregate
      String dyad = q.bool("directed") ? "(source = '" + a + "' AND target = '" + b + "') OR (source = '" + b
          + "' AND target = '" + a + "')" : "source = '" + min(a, b) + "' AND target = '" + max(a, b) + "'";
      List<List<Object>> raw = bench.withStore(s -> s.events().rows("SELECT * FROM (" + EventAggregation.sql(spec,
          AggregationTables.of(spec.quad(), spec.goldstein())) + ") WHERE " + dyad));
      List<Map<String, Object>> rows = new ArrayList<>();
      for (List<Object> r : raw) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < EventAggregation.COLUMNS.size(); i++) {
          Object v = r.get(i);
          m.put(EventAggregation.COLUMNS.get(i), v instanceof Number n && !(v instanceof Double)
              && !(v instanceof Integer) && !(v instanceof Long) ? n.doubleValue() : v);
        }
        rows.add(m);
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("columns", EventAggregation.COLUMNS);
      out.put("rows", rows);
      out.put("conventions", List.of("per " + spec.by().label() + ", " + (spec.directed() ? "directed"
              : "undirected (both directions pooled)"), "quad classes: " + spec.quad().label() + "; goldstein: "
              + spec.goldstein().label()));
      out.put("datasets", bench.withStore(s -> s.events().datasets()));
      return out;
    });
  }

  private static String min(String x, String y) {
    return x.compareTo(y) <= 0 ? x : y;
  }

  private static String max(String x, String y) {
    return x.compareTo(y) <= 0 ? y : x;
  }

  private Map<String, Integer> ccodes() {
    Map<String, Integer> out = new HashMap<>();
    for (Actor a : catalog.actors()) {
      if (a instanceof State s) {
        s.iso3().ifPresent(iso -> out.put(iso, s.ccode()));
      }
    }
    return out;
  }

  private Object criticism(Query q) {
    int[] years = q.years("years");
    int[] align = q.has("alignment-years") ? q.years("alignment-years") : years;
    CriticismRequest request;
    try {
      request = new CriticismRequest(iso3(q, "source"), iso3(q, "rival"), years[0], years[1], align[0], align[1],
          new LinkedHashSet<>(q.has("codes") ? List.of(q.text("codes").split(",")) : CriticismRequest.DEFAULT_CODES),
          q.integer("min-events"), q.integer("bootstrap"), q.integer("seed"), Double.parseDouble(q.text("level")),
          q.integer("outliers"));
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter("rival", q.actor("rival").key(), e.getMessage(), "a state other than source");
    }
    boolean curated = q.bool("include-curated");
    if (!curated) {
      requireEvents();
    }
    String key = "criticism|" + request + "|" + q.choices("alignment") + "|" + curated;
    return bench.cached(key, () -> bench.withStore(s -> {
      Set<String> have = imported(s);
      MeasuredAlignments alignments = new MeasuredAlignments(
          have.contains("atop") && have.contains("cow-system") ? s.portfolios() : null,
          have.contains("unvotes") ? s.votes() : null, ccodes(), q.choices("alignment"));
      EventCounts events = s.eventCounts().orElse(null);
      if (curated) {
        InMemoryEvents statements = InMemoryEvents.ofStatements(StatementsFile.load(CuratedFiles.builtIn(), catalog));
        events = events == null ? statements : InMemoryEvents.combined(events, statements);
      }
      return criticismAnswer(new SelectiveCriticism(events, alignments).compute(request));
    }));
  }

  private static Set<String> imported(DuckDbStore s) {
    Set<String> have = new java.util.HashSet<>();
    s.query("SELECT DISTINCT dataset FROM imports").rows().forEach(r -> have.add(r.get(0).toString()));
    return have;
  }

  private Map<String, Object> criticismAnswer(CriticismResult r) {
    List<Map<String, Object>> targets = new ArrayList<>();
    for (CriticismResult.Target t : r.targets()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("target", t.target());
      m.put("name", catalog.actor(t.target()).map(Actor::name).orElse(t.target()));
      m.put("events", t.events());
      m.put("criticism", t.criticism());
      m.put("rate", t.rate());
      m.put("included", t.included());
      m.put("relative", t.relative());
      targets.add(m);
    }
    List<Map<String, Object>> correlations = new ArrayList<>();
    for (CriticismResult.Correlation k : r.correlations()) {
      SpearmanBootstrap.Result s = k.result();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("measure", k.measure());
      m.put("rho", nan(s.rho()));
      m.put("ci_low", nan(s.low()));
      m.put("ci_high", nan(s.high()));
      m.put("targets", s.n());
      m.put("missing_alignment", k.missingAlignment());
      m.put("outliers", k.outliers().stream().map(o -> Map.of("target", o.target(), "residual", o.residual()))
          .toList());
      correlations.add(m);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("source", r.request().source());
    out.put("rival", r.request().rival());
    out.put("events", r.events());
    out.put("criticism", r.criticism());
    out.put("below_min_events", r.belowMinimum());
    out.put("correlations", correlations);
    out.put("rows", targets);
    out.put("provenance", r.provenance());
    return out;
  }

  private static Double nan(double v) {
    return Double.isNaN(v) ? null : v;
  }

  private Object defacto(Query q) {
    Actor a = q.actor("actor");
    if (!(a instanceof State state)) {
      throw ApiException.badParameter("actor", a.key(), a.key() + " is not a state", "a state");
    }
    int year = q.integer("year");
    DeFactoRequest request;
    try {
      int end = Math.min(year, DeFactoRequest.LAST_LABELLED_YEAR);
      int holdout = q.integer("holdout");
      int train = q.integer("train-years");
      request = new DeFactoRequest(state.ccode(), year, end - holdout - train + 1, end - holdout, end - holdout + 1,
          end, MeasuredFeatures.KNOWN, 1.0, 0.5);
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter("train-years", String.valueOf(q.integer("train-years")), e.getMessage(), null);
    }
    bench.requireImported("atop");
    String atop = bench.datasetVersion("atop").orElseThrow(); // before taking a handle: never hold two
    String key = "defacto|" + request;
    return bench.cached(key, () -> bench.withStore(s -> {
      Set<String> have = imported(s);
      DeFactoResult r = new DeFactoAllianceScore(new MeasuredFeatures(catalog,
          have.contains("unvotes") ? s.votes() : null, s.dyadYears().atopDirected("full", atop), atop,
          s.behaviour())).compute(request);
      return defactoAnswer(state, r);
    }));
  }

  private Map<String, Object> defactoAnswer(State actor, DeFactoResult r) {
    Map<Integer, Integer> tiers = new HashMap<>();
    for (PartnerRank p : new PartnerLadder(catalog).on(actor.key(), LocalDate.of(r.request().year(), 12, 31))) {
      Integer cc = Json.ccode(catalog, p.partner());
      if (cc != null) {
        tiers.put(cc, p.tier());
      }
    }
    Map<Integer, State> byCode = new HashMap<>();
    catalog.actors().stream().filter(State.class::isInstance).map(State.class::cast)
        .forEach(x -> byCode.put(x.ccode(), x));
    List<Map<String, Object>> partners = new ArrayList<>();
    for (DeFactoResult.Partner p : r.partners()) {
      Map<String, Object> m = new LinkedHashMap<>();
      State s = byCode.get(p.ccode());
      m.put("partner", s == null ? "cow:" + p.ccode() : s.key());
      m.put("name", s == null ? null : s.name());
      m.put("ccode", p.ccode());
      m.put("score", p.score());
      m.put("atop_defense", p.pact());
      m.put("tier", tiers.get(p.ccode()));
      Map<String, Object> values = new LinkedHashMap<>();
      Map<String, Object> contributions = new LinkedHashMap<>();
      for (int k = 0; k < r.features().size(); k++) {
        values.put(r.features().get(k), nan(p.values()[k]));
        contributions.put(r.features().get(k), nan(p.contributions()[k]));
      }
      m.put("values", values);
      m.put("contributions", contributions);
      m.put("reason", p.reason());
      partners.add(m);
    }
    Map<String, Object> held = new LinkedHashMap<>();
    held.put("n", r.heldOut().n());
    held.put("positives", r.heldOut().positives());
    held.put("auc", nan(r.heldOut().auc()));
    held.put("brier", nan(r.heldOut().brier()));
    held.put("log_loss", nan(r.heldOut().logLoss()));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("actor", Json.actor(actor));
    out.put("year", r.request().year());
    out.put("features", r.features());
    out.put("dropped", r.dropped());
    out.put("train_rows", r.trainRows());
    out.put("held_out", held);
    out.put("rows", partners);
    out.put("provenance", r.provenance());
    return out;
  }
}
