package dev.entente.web;

import dev.entente.analysis.landscape.AlignmentLandscape;
import dev.entente.analysis.landscape.LandscapeMinimum;
import dev.entente.analysis.landscape.LandscapeResult;
import dev.entente.analysis.landscape.LandscapeSolver;
import dev.entente.domain.Actor;
import dev.entente.domain.State;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The landscape endpoint (analysis.landscape): Axelrod and Bennett's two-bloc minima for states in a year, sizes from
 * COW CINC and propensities from an alignment measure of the store, as {@code entente landscape --actors LIST --year
 * Y}. It needs imported data (NMC, and ATOP with the COW state system, or UN votes): a 409 names the import commands
 * otherwise. There is no file input: the API takes no paths. At most {@value #MAX_ACTORS} actors, so that the
 * exhaustive search stays within a request's time; answers are cached.
 */
final class LandscapeRoutes {

  /** The most actors one request may ask for (2^19 configurations). */
  static final int MAX_ACTORS = 20;

  private final Workbench bench;

  LandscapeRoutes(Workbench bench) {
    this.bench = bench;
  }

  List<ApiRoute> routes() {
    return List.of(new ApiRoute(ApiRoutes.BASE + "/landscape",
        "Two-bloc configurations stable under landscape theory: each local minimum with its sides, energy, basin",
        List.of(Param.actors("actors", true, null, "States, comma-separated (2 to " + MAX_ACTORS
                + "); the first is on side A."),
            Param.integer("year", true, 1816, 2030, null, "The year of CINC and alignment."),
            Param.choice("propensity", AlignmentLandscape.MEASURES, "kappa", "kappa (ATOP portfolios, Häge), s"
                + " (Signorino-Ritter, unweighted), taub, or agree (UN votes of the calendar year). Default: kappa."),
            Param.choice("centre", List.of("mean", "none"), "mean",
                "mean (subtract the mean over the pairs) or none. Default: mean."),
            Param.choice("missing", List.of("error", "zero"), "error",
                "error (an undefined pair is an error) or zero (it becomes 0, neutral). Default: error.")),
        this::landscape, true));
  }

  private Object landscape(Query q) {
    List<Actor> actors = q.actors("actors");
    if (actors.size() < 2 || actors.size() > MAX_ACTORS) {
      throw ApiException.badParameter("actors", String.valueOf(actors.size()) + " actors",
          "give 2 to " + MAX_ACTORS + " different states", "2 to " + MAX_ACTORS + " states");
    }
    List<String> keys = new ArrayList<>();
    int[] ccodes = new int[actors.size()];
    for (int i = 0; i < ccodes.length; i++) {
      if (!(actors.get(i) instanceof State s)) {
        throw ApiException.badParameter("actors", actors.get(i).key(), actors.get(i).key()
            + " is an organisation, not a state (the landscape needs CINC sizes)", "states");
      }
      keys.add(s.key());
      ccodes[i] = s.ccode();
    }
    String measure = q.choice("propensity");
    int year = q.integer("year");
    if (measure.equals("agree")) {
      bench.requireImported("nmc", "unvotes");
    } else {
      bench.requireImported("nmc", "atop", "cow-system");
    }
    String key = "landscape|" + keys + "|" + year + "|" + measure + "|" + q.choice("centre") + "|"
        + q.choice("missing");
    return bench.cached(key, () -> {
      AlignmentLandscape.Built b = bench.withStore(s -> new AlignmentLandscape(s.portfolios(), s.votes(),
          s.capabilities()).build(keys, ccodes, year, measure, q.choice("centre").equals("mean"),
          q.choice("missing").equals("zero")));
      LandscapeResult r = LandscapeSolver.defaults().solve(b.landscape(), null);
      List<Map<String, Object>> rows = new ArrayList<>();
      for (LandscapeMinimum m : r.minima()) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("side_a", m.sideA());
        x.put("side_b", m.sideB());
        x.put("energy", m.energy());
        x.put("basin", m.basin());
        x.put("share", r.share(m));
        rows.add(x);
      }
      List<String> notes = new ArrayList<>(b.notes());
      notes.addAll(r.notes());
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("method", r.method().name().toLowerCase(java.util.Locale.ROOT));
      out.put("rows", rows);
      out.put("notes", notes);
      return out;
    });
  }
}
