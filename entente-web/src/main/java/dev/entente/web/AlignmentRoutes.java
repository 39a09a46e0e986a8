package dev.entente.web;

import dev.entente.analysis.alignment.AllianceSimilarity;
import dev.entente.analysis.alignment.PortfolioRequest;
import dev.entente.analysis.alignment.SimilarityRows;
import dev.entente.analysis.alignment.VoteRequest;
import dev.entente.analysis.alignment.VoteSimilarity;
import dev.entente.domain.Actor;
import dev.entente.domain.Catalog;
import dev.entente.domain.State;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The alignment endpoints (analysis.alignment): foreign-policy similarity of one dyad over years, and of one state
 * with every other state in a year. They read imported datasets (ATOP or COW alliances with the COW state system,
 * or UN votes); when those are missing the answer is a 409 naming the {@code entente import} commands to run.
 * Answers are cached (see {@link Workbench#cached}).
 */
final class AlignmentRoutes {

  static final List<String> SOURCES = List.of("atop", "cow", "unvotes");
  /** The measures returned for alliance portfolios and for UN votes (the CLI's defaults, shortened). */
  static final List<String> ALLIANCE_MEASURES = List.of("s_un", "s_wt", "kappa", "pi", "taub");
  static final List<String> VOTE_MEASURES = List.of("agree", "s_un", "kappa", "pi");

  private final Workbench bench;
  private final Catalog catalog;

  AlignmentRoutes(Workbench bench) {
    this.bench = bench;
    this.catalog = bench.catalog();
  }

  private static List<Param> common() {
    return List.of(
        Param.choice("source", SOURCES, "atop", "atop, cow (alliance portfolios) or unvotes (UN General Assembly"
            + " votes). Default: atop."),
        Param.choice("by", List.of("session", "year"), null, "unvotes only: session (default) or year."),
        Param.choice("china-seat", List.of("as-coded", "merge"), null,
            "unvotes only: as-coded (default; ROC 713 and PRC 710 as two states) or merge."));
  }

  List<ApiRoute> routes() {
    List<Param> dyad = new ArrayList<>(List.of(Param.actor("a", true, "The first state."),
        Param.actor("b", true, "The second state."),
        Param.years("years", false, 1816, 2030, null, "A-B. Default: the source's coverage (atop 1816-2018, cow"
            + " 1816-2012, unvotes 1946-2030).")));
    dyad.addAll(common());
    List<Param> partners = new ArrayList<>(List.of(Param.actor("actor", true, "The state."),
        Param.integer("year", true, 1816, 2030, null, "The year.")));
    partners.addAll(common());
    return List.of(
        new ApiRoute(ApiRoutes.BASE + "/similarity/dyad",
            "Alignment of two states over years: portfolio S, kappa, pi, tau-b, or UN voting agreement", dyad,
            this::dyad, true),
        new ApiRoute(ApiRoutes.BASE + "/similarity/partners",
            "Alignment of one state with every other state in a year, closest first", partners, this::partners, true));
  }

  private State state(Query q, String name) {
    Actor a = q.actor(name);
    if (a instanceof State s) {
      return s;
    }
    throw ApiException.badParameter(name, a.key(), a.key() + " is an organisation, not a state", "a state");
  }

  private SimilarityRows compute(Query q, int first, int last, List<int[]> pairs) {
    String source = q.choice("source");
    boolean votes = source.equals("unvotes");
    if (!votes && (q.has("by") || q.has("china-seat"))) {
      throw ApiException.badParameter(q.has("by") ? "by" : "china-seat", q.has("by") ? q.choice("by")
          : q.choice("china-seat"), "this parameter goes with source=unvotes only", List.of("source=unvotes"));
    }
    if (votes) {
      bench.requireImported("unvotes");
    } else {
      bench.requireImported(source.equals("atop") ? "atop" : "cow-alliances", "cow-system");
    }
    return bench.withStore(s -> votes
        ? new VoteSimilarity(s.votes()).compute(new VoteRequest(first, last, "year".equals(q.choice("by")),
            q.has("china-seat") ? q.choice("china-seat") : "as-coded"), VOTE_MEASURES, pairs)
        : new AllianceSimilarity(s.portfolios()).compute(PortfolioRequest.of(source, first, last),
            ALLIANCE_MEASURES, pairs));
  }

  private static Map<String, Object> answer(SimilarityRows r, List<Map<String, Object>> rows) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("measures", r.measures());
    m.put("provenance", r.provenance());
    m.put("undefined", r.undefined());
    m.put("rows", rows);
    return m;
  }

  private static Map<String, Object> values(SimilarityRows r, int row) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < r.measures().size(); i++) {
      double v = r.values()[i][row];
      m.put(r.measures().get(i), Double.isNaN(v) ? null : v);
    }
    return m;
  }

  private Object dyad(Query q) {
    State a = state(q, "a");
    State b = state(q, "b");
    if (a.ccode() == b.ccode()) {
      throw ApiException.badParameter("b", b.key(), "a and b are the same state", "a state other than a");
    }
    String source = q.choice("source");
    int[] years = q.has("years") ? q.years("years")
        : new int[] {source.equals("unvotes") ? 1946 : 1816, source.equals("atop") ? 2018
            : source.equals("cow") ? 2012 : 2030};
    String key = "dyad|" + source + "|" + a.ccode() + "|" + b.ccode() + "|" + years[0] + "|" + years[1] + "|"
        + q.choice("by") + "|" + q.choice("china-seat");
    return bench.cached(key, () -> {
      SimilarityRows r = compute(q, years[0], years[1], List.<int[]>of(new int[] {a.ccode(), b.ccode()}));
      List<Map<String, Object>> rows = new ArrayList<>();
      for (int i = 0; i < r.size(); i++) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("year", r.year()[i]);
        row.put("session", r.session() == null ? null : r.session()[i]);
        row.putAll(values(r, i));
        rows.add(row);
      }
      Map<String, Object> m = answer(r, rows);
      m.put("a", Json.actor(a));
      m.put("b", Json.actor(b));
      m.put("source", source);
      return m;
    });
  }

  private Object partners(Query q) {
    State a = state(q, "actor");
    int year = q.integer("year");
    String source = q.choice("source");
    String key = "partners|" + source + "|" + a.ccode() + "|" + year + "|" + q.choice("by") + "|"
        + q.choice("china-seat");
    return bench.cached(key, () -> {
      List<int[]> pairs = new ArrayList<>();
      Map<Integer, State> byCode = new LinkedHashMap<>();
      catalog.actors().stream().filter(State.class::isInstance).map(State.class::cast)
          .filter(s -> s.ccode() != a.ccode()).forEach(s -> {
            pairs.add(new int[] {a.ccode(), s.ccode()});
            byCode.put(s.ccode(), s);
          });
      SimilarityRows r = compute(q, year, year, pairs);
      List<Map<String, Object>> rows = new ArrayList<>();
      for (int i = 0; i < r.size(); i++) {
        int other = r.ccode1()[i] == a.ccode() ? r.ccode2()[i] : r.ccode1()[i];
        State s = byCode.get(other);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("partner", s == null ? String.valueOf(other) : s.key());
        row.put("name", s == null ? null : s.name());
        row.put("ccode", other);
        row.put("year", r.year()[i]);
        row.putAll(values(r, i));
        rows.add(row);
      }
      String first = r.measures().get(0);
      rows.sort(Comparator.comparing((Map<String, Object> row) -> (Double) row.get(first),
          Comparator.nullsLast(Comparator.reverseOrder())));
      Map<String, Object> m = answer(r, rows);
      m.put("actor", Json.actor(a));
      m.put("source", source);
      m.put("year", year);
      return m;
    });
  }
}
