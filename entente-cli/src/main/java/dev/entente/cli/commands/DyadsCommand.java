package dev.entente.cli.commands;

import dev.entente.analysis.dyads.DyadYearRequest;
import dev.entente.analysis.dyads.DyadYearSource;
import dev.entente.cli.CliContext;
import dev.entente.error.UserInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code entente dyads --system cow --years A-B [--directed|--undirected] --add ... --format csv|parquet --out FILE}. */
@Command(
    name = "dyads",
    description = {
      "Build a dyad-year frame: every pair of state-system members in each year, with columns added from the",
      "imported datasets (atop, cow-alliances, nmc). The first columns are always ccode1,ccode2,year.",
      "Outside a dataset's coverage its columns are empty (NULL), never 0."
    })
public final class DyadsCommand extends ContextCommand {

  @Option(names = "--system", paramLabel = "SYSTEM", defaultValue = "cow", description = "The state system: cow. Default: ${DEFAULT-VALUE}.")
  String system;

  @Option(names = "--years", paramLabel = "A-B", required = true, description = "The years, e.g. 1816-2018.")
  String years;

  @Option(names = "--directed", negatable = true, defaultValue = "true",
      description = "Directed dyads (A,B) and (B,A) (default); --no-directed or --undirected for ccode1 < ccode2.")
  boolean directed;

  @Option(names = "--undirected", description = "Undirected dyads (ccode1 < ccode2); ATOP and COW flags are the maximum over both directions.")
  boolean undirected;

  @Option(names = "--no-carry-forward", description = "Do not carry the last system year's list forward to later years (by default 2017-2018 use the 2016 list, as ATOP does).")
  boolean noCarryForward;

  @Option(names = "--add", paramLabel = "DATASETS", split = ",",
      description = "Datasets to add: atop, cow-alliances, nmc, unvotes (UN voting agreement in the year).")
  List<String> add = new ArrayList<>();

  @Option(names = "--dataset-version", paramLabel = "DATASET=VERSION", split = ",",
      description = "Use this imported version of a dataset (e.g. atop=5.1,nmc=6.0); default: the latest imported.")
  java.util.Map<String, String> versions = new java.util.LinkedHashMap<>();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", description = "csv or parquet. Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write.")
  Path out;

  @Override
  public Integer call() {
    int[] range = years(years);
    DyadYearRequest request;
    try {
      request = new DyadYearRequest(system.toLowerCase(Locale.ROOT), range[0], range[1], directed && !undirected, !noCarryForward, add, versions);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage());
    }
    context.err().println("entente: building the " + (request.directed() ? "directed" : "undirected")
        + " dyad-year frame " + years + "...");
    context.err().flush();
    long started = System.nanoTime();
    DyadYearSource.FrameReport report = context.store().dyadYears().write(request, out, format);
    context.out().printf(Locale.ROOT, "Wrote %,d dyad-years (%d columns: %s) to %s in %.1f s.%n", report.rows(),
        report.columns().size(), String.join(",", report.columns()), out.toAbsolutePath(),
        (System.nanoTime() - started) / 1e9);
    for (String p : report.provenance()) {
      context.out().println("  " + p);
    }
    context.out().flush();
    return 0;
  }
}
