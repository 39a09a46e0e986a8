package dev.entente.cli.commands;

import dev.entente.analysis.events.EventAggregation;
import dev.entente.cli.CliContext;
import dev.entente.cli.output.Table;
import dev.entente.domain.GoldsteinScale;
import dev.entente.domain.QuadConvention;
import dev.entente.error.UserInputException;
import dev.entente.io.cameo.AggregationTables;
import dev.entente.store.QueryResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code entente events list|aggregate|synth}. */
@Command(name = "events", description = "Machine-coded event data (GDELT, ICEWS): what is imported, dyad aggregates, synthetic files.",
    subcommands = {EventsCommand.ListCommand.class, EventsCommand.AggregateCommand.class, EventsSynthCommand.class})
public final class EventsCommand {

  /** {@code entente events list}. */
  @Command(name = "list", description = "The event files imported, with their rows and duplicates.")
  public static final class ListCommand extends BaseCommand {

    @Override
    void execute() {
      QueryResult q = ctx().store().query("SELECT file_id, dataset, layout, file, rows_read, rows_loaded, duplicates,"
          + " left(sha256, 16) AS sha256, CAST(imported_at AS VARCHAR) AS imported_at FROM event_files ORDER BY file_id");
      Table.Builder t = Table.of(q.columns().toArray(String[]::new));
      q.rows().forEach(r -> t.row(r.toArray()));
      t.whenEmpty("No events imported: run 'entente import gdelt FILES|DIR' or 'entente import icews FILES|DIR'.");
      write(t.build());
    }
  }

  /** {@code entente events aggregate --by dyad-month|dyad-year [--directed] --years A-B --out FILE}. */
  @Command(name = "aggregate", description = {
      "Events per dyad and period: counts, Goldstein sum and mean, counts per quad class and root code, conflict shares.",
      "Actors are mapped to states by their country codes; events with an unmapped actor are counted and reported.",
      "Columns: source,target,period,events,goldstein_sum,goldstein_mean,verbal_coop,...,root_01..root_20,... (docs/events.md)."})
  public static final class AggregateCommand extends ContextCommand {

    @Option(names = "--by", paramLabel = "PERIOD", defaultValue = "dyad-year",
        description = "dyad-year (period YYYY) or dyad-month (YYYY-MM). Default: ${DEFAULT-VALUE}.")
    String by;

    @Option(names = "--directed", description = "Directed dyads (source = actor 1). Default: undirected, the dyad ordered alphabetically by ISO3.")
    boolean directed;

    @Option(names = "--years", paramLabel = "A-B", required = true, description = "The years, e.g. 2012-2014.")
    String years;

    @Option(names = "--quad", paramLabel = "CONVENTION", defaultValue = "gdelt",
        description = "Quad classes from root codes: gdelt (01-05,06-09,10-14,15-20), icews (01-05,06-08,09-13,14-20) or phoenix. Default: ${DEFAULT-VALUE}.")
    String quad;

    @Option(names = "--goldstein", paramLabel = "SCALE", defaultValue = "gdelt",
        description = "Goldstein values: gdelt, icews or phoenix (by CAMEO code from that table) or as-coded (the file's value). Default: ${DEFAULT-VALUE}.")
    String goldstein;

    @Option(names = "--datasets", paramLabel = "LIST", split = ",",
        description = "Only these datasets: gdelt1, gdelt2, icews. Default: every event dataset imported.")
    List<String> datasets = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", description = "csv or parquet. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write.")
    Path out;

    @Override
    public Integer call() {
      int[] range = years(years);
      String fmt = format.toLowerCase(Locale.ROOT);
      if (!fmt.equals("csv") && !fmt.equals("parquet")) {
        throw new UserInputException("--format " + format + " is not allowed here (allowed: csv, parquet)");
      }
      EventAggregation.Spec spec;
      try {
        spec = new EventAggregation.Spec(EventAggregation.Period.parse(by), directed, range[0], range[1],
            QuadConvention.parse(quad), GoldsteinScale.parse(goldstein), datasets);
      } catch (IllegalArgumentException e) {
        throw new UserInputException(e.getMessage());
      }
      CliContext c = context;
      long started = System.nanoTime();
      c.err().println("entente: aggregating events per " + spec.by().label() + ", " + years + "...");
      c.err().flush();
      EventAggregation.Result r = new EventAggregation(c.store().events())
          .run(spec, AggregationTables.of(spec.quad(), spec.goldstein()), out, fmt);
      c.out().printf(Locale.ROOT, "Wrote %,d %ss to %s in %.1f s.%n", r.rows(), spec.by().label(), out.toAbsolutePath(),
          (System.nanoTime() - started) / 1e9);
      for (String p : r.provenance()) {
        c.out().println("  " + p);
      }
      c.out().flush();
      c.err().printf(Locale.ROOT, "entente: %,d of %,d events aggregated; left out: %,d same-state, %,d with an actor"
          + " that maps to no state (%,d without a country code)%s%n", r.eventsUsed(), r.eventsInYears(), r.sameState(),
          r.unmapped(), r.noCountry(), r.unmappedCodes().isEmpty() ? "" : "; most frequent unmapped: "
              + String.join(", ", r.unmappedCodes().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
      c.err().flush();
      return 0;
    }
  }
}
