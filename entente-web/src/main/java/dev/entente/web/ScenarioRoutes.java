package dev.entente.web;

import dev.entente.analysis.network.NetworkRequest;
import dev.entente.analysis.network.StructureMeasures;
import dev.entente.analysis.scenario.Edit;
import dev.entente.analysis.scenario.Scenario;
import dev.entente.analysis.scenario.ScenarioDiff;
import dev.entente.domain.Actor;
import dev.entente.domain.Catalog;
import dev.entente.error.DataFileException;
import dev.entente.io.scenario.ScenarioFiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scenario endpoints (analysis.scenario): the scenarios saved beside the store ({@code <store folder>/scenarios},
 * as {@code entente scenario create} writes them), their edits, and the diff of a saved scenario or of an unsaved
 * what-if (edit texts in the request) against the baseline on a date. Nothing is ever written: a what-if is applied
 * in memory and forgotten. Saved scenarios are read on each request (the CLI may change them while the server runs);
 * what-if diffs are cached by their validated parameters.
 */
final class ScenarioRoutes {

  /** The form of an edit's text ({@code add alliance:CHN-PAK:defense:2027-01-01}): one line, printable. */
  static final String EDIT_FORM = "(add|remove|upgrade|set-start|set-end) [^\\p{Cntrl}]+";

  private final Workbench bench;
  private final Catalog catalog;
  private final ScenarioFiles files;

  ScenarioRoutes(Workbench bench) {
    this.bench = bench;
    this.catalog = bench.catalog();
    this.files = new ScenarioFiles(bench.scenarioFolder());
  }

  private static List<Param> diffParams() {
    List<Param> p = new ArrayList<>(List.of(Param.date("on", false, "The date compared. Default: today."),
        Param.actors("compare", false, "USA,CHN,RUS",
            "States whose similarity with the touched states is shown. Default: USA,CHN,RUS.")));
    p.addAll(NetworkRoutes.networkParams(false));
    return p;
  }

  private static Param name() {
    return Param.text("name", "path", true, Scenario.NAME_RULE, null, "The scenario's name.");
  }

  List<ApiRoute> routes() {
    List<Param> named = new ArrayList<>(List.of(name()));
    named.addAll(diffParams());
    List<Param> whatIf = new ArrayList<>(List.of(Param.texts("edit", true, EDIT_FORM,
        "An edit, as 'entente scenario create' takes it: 'add alliance:CHN-PAK:defense:2027-01-01',"
            + " 'remove us-japan-1960', 'upgrade CHN-RUS:LABEL:2027-01-01', 'set-start ID:DATE', 'set-end ID:DATE'"
            + " (repeat the parameter for more).")));
    whatIf.addAll(diffParams());
    return List.of(
        new ApiRoute(ApiRoutes.BASE + "/scenarios", "The saved scenarios (entente scenario list)", List.of(),
            q -> list()),
        new ApiRoute(ApiRoutes.BASE + "/scenarios/{name}", "A saved scenario's edits (entente scenario show)",
            List.of(name()), q -> Json.scenario(load(q.text("name")))),
        new ApiRoute(ApiRoutes.BASE + "/scenarios/{name}/diff",
            "A saved scenario against the baseline on a date: structure, blocs, obligations, alignment", named,
            q -> diff(load(q.text("name")), q)),
        new ApiRoute(ApiRoutes.BASE + "/scenario-diff",
            "An unsaved what-if (edits in the request) against the baseline: the same diff, nothing written",
            whatIf, this::whatIf));
  }

  private Object list() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String n : files.names()) {
      try {
        Scenario s = files.load(n);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", s.name());
        m.put("edits", s.edits().size());
        m.put("created", s.created());
        m.put("description", s.description());
        rows.add(m);
      } catch (DataFileException e) {
        rows.add(Map.of("scenario", n, "error", unreadable(e).getMessage()));
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("note", rows.isEmpty() ? "No saved scenarios (create one with 'entente scenario create NAME --add ...',"
        + " or try a what-if at /api/v1/scenario-diff)." : "Saved with 'entente scenario create'.");
    m.put("rows", rows);
    return m;
  }

  private Scenario load(String name) {
    if (!files.names().contains(name)) {
      throw ApiException.of(404, "no scenario named " + name + " (GET /api/v1/scenarios lists them)");
    }
    try {
      return files.load(name);
    } catch (DataFileException e) {
      throw unreadable(e);
    }
  }

  /** A saved file that does not parse: a 409 with the line and rule, never the server's path. */
  private static ApiException unreadable(DataFileException e) {
    return ApiException.of(409, "the saved scenario cannot be read: line " + e.line() + ", " + e.rule());
  }

  private Object whatIf(Query q) {
    List<Edit> edits = new ArrayList<>();
    for (String text : q.texts("edit")) {
      try {
        edits.add(Edit.parse(text));
      } catch (IllegalArgumentException e) {
        throw ApiException.badParameter("edit", text, e.getMessage(), Param.texts("edit", true, EDIT_FORM, "")
            .allowedForError());
      }
    }
    Scenario s = new Scenario("what-if", "", "", catalog.dataVersion(), edits);
    String key = "what-if|" + String.join("\n", q.texts("edit")) + "|" + q.dateOrToday("on") + "|"
        + NetworkRoutes.request(q).describe() + "|" + q.actors("compare").stream().map(Actor::key).toList();
    return bench.cached(key, () -> diff(s, q));
  }

  private Map<String, Object> diff(Scenario s, Query q) {
    LocalDate day = q.dateOrToday("on");
    NetworkRequest r = NetworkRoutes.request(q);
    ScenarioDiff.Result d = ScenarioDiff.diff(catalog, s, day, r,
        q.actors("compare").stream().map(Actor::key).toList());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("scenario", Json.scenario(s));
    m.put("on", day.toString());
    m.put("structure", structure(d.before(), d.after()));
    m.put("blocs", blocs(d.before().communityMembers(), d.after().communityMembers()));
    List<Map<String, Object>> obligations = new ArrayList<>();
    for (ScenarioDiff.ObligationChange o : d.obligations()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("state", o.state());
      x.put("name", Json.name(catalog, o.state()));
      x.put("new_defenders", o.newDefenders());
      x.put("lost_defenders", o.lostDefenders());
      x.put("new_duties", o.newDuties());
      x.put("lost_duties", o.lostDuties());
      obligations.add(x);
    }
    m.put("obligations", obligations);
    List<Map<String, Object>> alignment = new ArrayList<>();
    for (ScenarioDiff.AlignmentChange a : d.alignment()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("a", a.a());
      x.put("b", a.b());
      x.put("measure", a.measure());
      x.put("baseline", a.before());
      x.put("scenario", a.after());
      x.put("change", a.before() == null || a.after() == null ? null : a.after() - a.before());
      alignment.add(x);
    }
    m.put("alignment", alignment);
    m.put("conventions", NetworkRoutes.conventions(r, null));
    m.put("note", "Network: " + r.describe() + ". Alignment: alliance portfolios from the curated pledges on " + day
        + " (ATOP ordinal scale, undirected, self-tie 3). Baseline data: " + d.baseData()
        + ". Nothing is written: the edits are applied in memory.");
    return m;
  }

  private static List<Map<String, Object>> structure(StructureMeasures before, StructureMeasures after) {
    Map<String, Object> b = NetworkRoutes.measures(before);
    Map<String, Object> a = NetworkRoutes.measures(after);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String k : b.keySet()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("measure", k);
      x.put("baseline", b.get(k));
      x.put("scenario", a.get(k));
      Object change = null;
      if (b.get(k) instanceof Integer x0 && a.get(k) instanceof Integer x1) {
        change = x1 - x0;
      } else if (b.get(k) instanceof Double x0 && a.get(k) instanceof Double x1) {
        change = x1 - x0;
      }
      x.put("change", change);
      rows.add(x);
    }
    return rows;
  }

  private static List<Map<String, Object>> blocs(List<List<String>> before, List<List<String>> after) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("community", i + 1);
      x.put("baseline", i < before.size() ? before.get(i) : List.of());
      x.put("scenario", i < after.size() ? after.get(i) : List.of());
      x.put("changed", !x.get("baseline").equals(x.get("scenario")));
      rows.add(x);
    }
    return rows;
  }
}
