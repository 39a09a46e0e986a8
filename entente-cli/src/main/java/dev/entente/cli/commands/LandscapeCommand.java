package dev.entente.cli.commands;

import dev.entente.analysis.landscape.AlignmentLandscape;
import dev.entente.analysis.landscape.Landscape;
import dev.entente.analysis.landscape.LandscapeMinimum;
import dev.entente.analysis.landscape.LandscapeResult;
import dev.entente.analysis.landscape.LandscapeSolver;
import dev.entente.cli.CliContext;
import dev.entente.cli.output.Cell;
import dev.entente.cli.output.Table;
import dev.entente.domain.Actor;
import dev.entente.domain.State;
import dev.entente.error.UserInputException;
import dev.entente.io.landscape.LandscapeFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleConsumer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code entente landscape --sizes FILE --propensities FILE | --actors LIST --year Y [--propensity kappa]}. */
@Command(
    name = "landscape",
    description = {
      "Two-bloc configurations that are stable under Axelrod & Bennett's (1993) landscape theory: each local minimum",
      "of the energy, ranked by energy, with its members, energy and basin of attraction (see docs/landscape.md)."
    })
public final class LandscapeCommand extends BaseCommand {

  static final class Files {
    @Option(names = "--sizes", paramLabel = "FILE", required = true, description = "CSV actor,size.")
    Path sizes;

    @Option(names = "--propensities", paramLabel = "FILE", required = true,
        description = "CSV actor1,actor2,propensity: one row per unordered pair, symmetric.")
    Path propensities;
  }

  static final class Store {
    @Option(names = "--actors", paramLabel = "LIST", split = ",", required = true,
        description = "States (ISO3, COW abbreviation or number), comma-separated; the first is on side A.")
    List<String> actors;

    @Option(names = "--year", paramLabel = "YEAR", required = true, description = "The year of CINC and alignment.")
    int year;
  }

  static final class Input {
    @ArgGroup(exclusive = false, multiplicity = "1") Files files;
    @ArgGroup(exclusive = false, multiplicity = "1") Store store;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Input input;

  @Option(names = "--propensity", paramLabel = "MEASURE", defaultValue = "kappa",
      description = "With --actors: kappa (ATOP portfolios, Häge), s (Signorino-Ritter, unweighted), taub, or agree"
          + " (UN votes of the calendar year). Default: ${DEFAULT-VALUE}.")
  String propensity;

  @Option(names = "--centre", paramLabel = "RULE", defaultValue = "mean",
      description = "With --actors: mean (subtract the mean over the chosen pairs) or none. Default: ${DEFAULT-VALUE}.")
  String centre;

  @Option(names = "--missing", paramLabel = "RULE", defaultValue = "error",
      description = "With --actors: error (an undefined pair is an error) or zero (it becomes 0, neutral). Default: ${DEFAULT-VALUE}.")
  String missing;

  @Option(names = "--method", paramLabel = "METHOD", defaultValue = "auto",
      description = "auto (exhaustive up to --max-exhaustive actors, else heuristic), exhaustive or heuristic. Default: ${DEFAULT-VALUE}.")
  String method;

  @Option(names = "--max-exhaustive", paramLabel = "N", defaultValue = "25",
      description = "The most actors searched exhaustively, at most 30. Default: ${DEFAULT-VALUE}.")
  int maxExhaustive;

  @Option(names = "--starts", paramLabel = "N", defaultValue = "1000", description = "Heuristic: random starts. Default: ${DEFAULT-VALUE}.")
  int starts;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Heuristic: random seed. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Override
  void execute() {
    CliContext c = ctx();
    LandscapeSolver solver;
    try {
      solver = new LandscapeSolver(method, maxExhaustive, starts, seed);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage());
    }
    List<String> notes = new ArrayList<>();
    Landscape landscape;
    if (input.files != null) {
      landscape = fromFiles(input.files, notes);
    } else {
      landscape = fromStore(c, input.store, notes);
    }
    LandscapeResult result;
    try {
      result = solver.solve(landscape, c.terminal() ? progress(c) : null);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage());
    }
    if (c.terminal()) {
      c.err().print("\r" + " ".repeat(40) + "\r");
      c.err().flush();
    }
    write(table(result, notes));
  }

  private static Landscape fromFiles(Files f, List<String> notes) {
    try {
      Landscape l = LandscapeFiles.read(f.sizes, f.propensities);
      notes.add("input: sizes " + f.sizes + ", propensities " + f.propensities);
      return l;
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage());
    }
  }

  private Landscape fromStore(CliContext c, Store s, List<String> notes) {
    if (!centre.equals("mean") && !centre.equals("none")) {
      throw new UserInputException("--centre '" + centre + "' is not allowed (allowed: mean, none)");
    }
    if (!missing.equals("error") && !missing.equals("zero")) {
      throw new UserInputException("--missing '" + missing + "' is not allowed (allowed: error, zero)");
    }
    List<String> keys = new ArrayList<>();
    int[] ccodes = new int[s.actors.size()];
    for (int i = 0; i < ccodes.length; i++) {
      Actor a = c.actor(s.actors.get(i));
      if (!(a instanceof State state)) {
        throw new UserInputException(CliContext.label(a) + " is not a state (the landscape needs CINC sizes)");
      }
      keys.add(state.key());
      ccodes[i] = state.ccode();
    }
    try {
      AlignmentLandscape.Built b = new AlignmentLandscape(c.store().portfolios(), c.store().votes(),
          c.store().capabilities()).build(keys, ccodes, s.year, propensity, centre.equals("mean"), missing.equals("zero"));
      notes.addAll(b.notes());
      return b.landscape();
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage());
    }
  }

  private static DoubleConsumer progress(CliContext c) {
    int[] shown = {-1};
    return fraction -> {
      synchronized (shown) {
        int pct = (int) (fraction * 100);
        if (pct > shown[0]) {
          shown[0] = pct;
          c.err().print("\rentente: landscape search " + pct + "%");
          c.err().flush();
        }
      }
    };
  }

  static Table table(LandscapeResult r, List<String> inputNotes) {
    Table.Builder t = Table.of("rank", "side_a", "side_b", "energy", "basin", "share")
        .tableOnly("rank", "share")
        .whenEmpty("No local minimum (this cannot happen: every landscape has one).");
    int rank = 0;
    List<String> full = new ArrayList<>();
    for (LandscapeMinimum m : r.minima()) {
      rank++;
      t.row(rank, new Members(m.sideA()), new Members(m.sideB()), new Energy(m.energy()), m.basin(),
          String.format(Locale.ROOT, "%.2f%%%s", 100 * r.share(m),
              r.method() == LandscapeResult.Method.HEURISTIC ? " (est.)" : ""));
      String a = String.join(" ", m.sideA());
      String b = String.join(" ", m.sideB());
      if (a.length() > 56 || b.length() > 56) {
        full.add("minimum " + rank + ": side A = " + a + "; side B = " + b);
      }
    }
    full.forEach(t::note);
    inputNotes.forEach(t::note);
    r.notes().forEach(t::note);
    return t.build();
  }

  /** A side's members: space-separated in the table and CSV, an array in JSON. */
  private record Members(List<String> actors) implements Cell {
    @Override
    public String text() {
      return actors.isEmpty() ? "(none)" : String.join(" ", actors);
    }

    @Override
    public String csv() {
      return String.join(" ", actors);
    }

    @Override
    public Object json() {
      return actors;
    }
  }

  /** An energy: four decimals in the table, full precision in CSV and JSON. */
  private record Energy(double value) implements Cell {
    @Override
    public String text() {
      return String.format(Locale.ROOT, "%.4f", value);
    }

    @Override
    public String csv() {
      return java.math.BigDecimal.valueOf(value).toPlainString();
    }

    @Override
    public Object json() {
      return value;
    }
  }
}
