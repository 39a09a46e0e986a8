package dev.entente.cli.commands;

import dev.entente.analysis.criticism.CriticismRequest;
import dev.entente.analysis.criticism.CriticismResult;
import dev.entente.analysis.criticism.EventCounts;
import dev.entente.analysis.criticism.InMemoryEvents;
import dev.entente.analysis.criticism.MeasuredAlignments;
import dev.entente.analysis.criticism.SelectiveCriticism;
import dev.entente.analysis.criticism.SpearmanBootstrap;
import dev.entente.cli.CliContext;
import dev.entente.cli.output.Table;
import dev.entente.error.UserInputException;
import dev.entente.io.curated.CuratedFiles;
import dev.entente.io.curated.StatementsFile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code entente criticism --source CHN --rival USA --years A-B ...}: selective criticism (issue 6, item 5). */
@Command(
    name = "criticism",
    description = {
      "Selective criticism: for every target, the share of the source's events towards it that are criticism",
      "(CAMEO root 11 by default), beside its alignment with the rival minus its alignment with the source;",
      "Spearman's rho with a bootstrap interval, the largest outliers, and what it rests on."
    })
public final class CriticismCommand extends BaseCommand {

  @Option(names = "--source", paramLabel = "STATE", required = true, description = "The criticising state (e.g. CHN).")
  String source;

  @Option(names = "--rival", paramLabel = "STATE", required = true, description = "The rival (e.g. USA).")
  String rival;

  @Option(names = "--years", paramLabel = "A-B", required = true, description = "The years of the events.")
  String years;

  @Option(names = "--alignment-years", paramLabel = "A-B",
      description = "The years of the alignment measures (default: --years); each target's value is the mean over them.")
  String alignmentYears;

  @Option(names = "--codes", paramLabel = "LIST", split = ",",
      description = "CAMEO codes counted as criticism. Default: 110,111,112,1121-1125,113,114,115,116 (root 11).")
  List<String> codes;

  @Option(names = "--alignment", paramLabel = "LIST", split = ",", defaultValue = "kappa,un",
      description = "kappa (ATOP portfolios, Häge's kappa) and/or un (UN voting agreement). Default: ${DEFAULT-VALUE}.")
  List<String> alignment;

  @Option(names = "--min-events", paramLabel = "N", defaultValue = "10",
      description = "Targets with fewer of the source's events are excluded (and counted). Default: ${DEFAULT-VALUE}.")
  int minEvents;

  @Option(names = "--bootstrap", paramLabel = "B", defaultValue = "2000", description = "Bootstrap replicates. Default: ${DEFAULT-VALUE}.")
  int replicates;

  @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "Bootstrap seed. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--level", paramLabel = "P", defaultValue = "0.95", description = "Confidence level. Default: ${DEFAULT-VALUE}.")
  double level;

  @Option(names = "--outliers", paramLabel = "K", defaultValue = "5", description = "Outliers listed per measure. Default: ${DEFAULT-VALUE}.")
  int outliers;

  @Option(names = "--include-curated", description = "Add the curated statements (statements.rec) as an extra, labelled source of events.")
  boolean includeCurated;

  @Option(names = "--show", paramLabel = "WHAT", defaultValue = "targets",
      description = "targets (one row per target; the correlations as notes) or summary (one row per measure). Default: ${DEFAULT-VALUE}.")
  String show;

  @Override
  void execute() {
    CliContext c = ctx();
    if (!show.equals("targets") && !show.equals("summary")) {
      throw new UserInputException("--show '" + show + "' is not allowed (allowed: targets, summary)");
    }
    int[] window = years(years);
    int[] align = alignmentYears == null ? window : years(alignmentYears);
    CriticismRequest request;
    MeasuredAlignments alignments;
    Set<String> have = ImportedData.datasets(c);
    try {
      request = new CriticismRequest(ImportedData.iso3(c, "--source", source), ImportedData.iso3(c, "--rival", rival),
          window[0], window[1], align[0], align[1],
          new LinkedHashSet<>(codes == null ? CriticismRequest.DEFAULT_CODES : codes), minEvents, replicates, seed,
          level, outliers);
      boolean atop = have.contains("atop") && have.contains("cow-system");
      alignments = new MeasuredAlignments(atop ? c.store().portfolios() : null,
          have.contains("unvotes") ? c.store().votes() : null, ImportedData.ccodes(c), alignment);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage());
    }
    EventCounts events = events(c);
    CriticismResult r = new SelectiveCriticism(events, alignments).compute(request);
    write(show.equals("summary") ? summary(r) : targets(c, r));
  }

  /** The imported events, the curated statements, or both; a user error when there are none. */
  private EventCounts events(CliContext c) {
    Optional<EventCounts> imported = c.store().eventCounts();
    if (!includeCurated) {
      return imported.orElseThrow(() -> new UserInputException("no events are imported: run 'entente import gdelt"
          + " PATH' or 'entente import icews PATH' (or add --include-curated for the curated statements only)"));
    }
    InMemoryEvents curated = InMemoryEvents.ofStatements(StatementsFile.load(CuratedFiles.builtIn(), c.catalog()));
    return imported.map(i -> InMemoryEvents.combined(i, curated)).orElse(curated);
  }

  private static Table targets(CliContext c, CriticismResult r) {
    List<String> measures = r.correlations().stream().map(CriticismResult.Correlation::measure).toList();
    List<String> columns = new ArrayList<>(List.of("target", "name", "events", "criticism", "rate", "included"));
    measures.forEach(m -> columns.add("rel_" + m));
    Table.Builder t = Table.of(columns.toArray(String[]::new)).tableOnly("name")
        .whenEmpty("No events of " + r.request().source() + " towards any state in " + r.request().first() + "-"
            + r.request().last() + ".");
    for (CriticismResult.Target x : r.targets()) {
      List<Object> row = new ArrayList<>(List.of(x.target(), c.name(x.target()), x.events(), x.criticism(), x.rate(),
          x.included()));
      measures.forEach(m -> row.add(x.relative().get(m)));
      t.row(row.toArray());
    }
    notes(t, r);
    return t.build();
  }

  private static Table summary(CriticismResult r) {
    Table.Builder t = Table.of("measure", "rho", "ci_low", "ci_high", "level", "targets", "missing_alignment",
        "below_min_events", "events", "criticism_events", "dyads", "bootstrap", "seed", "skipped_replicates",
        "outliers");
    for (CriticismResult.Correlation k : r.correlations()) {
      SpearmanBootstrap.Result s = k.result();
      t.row(k.measure(), nan(s.rho()), nan(s.low()), nan(s.high()), r.request().level(), s.n(), k.missingAlignment(),
          r.belowMinimum(), r.events(), r.criticism(), r.targets().size(), s.replicates(), r.request().seed(),
          s.skipped(), String.join(" ", k.outliers().stream()
              .map(o -> String.format(Locale.ROOT, "%s:%+.1f", o.target(), o.residual())).toList()));
    }
    notes(t, r);
    return t.build();
  }

  private static Double nan(double v) {
    return Double.isNaN(v) ? null : v;
  }

  private static void notes(Table.Builder t, CriticismResult r) {
    CriticismRequest q = r.request();
    t.note(String.format(Locale.ROOT, "%s's events towards %d states in %d-%d: %,d, of which %,d criticism (codes %s);"
        + " %d targets with fewer than %d events excluded.", q.source(), r.targets().size(), q.first(), q.last(),
        r.events(), r.criticism(), String.join(",", q.codes().stream().sorted().toList()), r.belowMinimum(),
        q.minEvents()));
    for (CriticismResult.Correlation k : r.correlations()) {
      SpearmanBootstrap.Result s = k.result();
      t.note(String.format(Locale.ROOT, "%s (rival %s minus source, %d-%d): Spearman rho %s, %.0f%% bootstrap CI"
          + " [%s, %s] over %d targets (resampled %d times, seed %d); %d without alignment.", k.measure(),
          q.rival(), q.alignFirst(), q.alignLast(), f(s.rho()), q.level() * 100, f(s.low()), f(s.high()), s.n(),
          s.replicates(), q.seed(), k.missingAlignment()));
      if (!k.outliers().isEmpty()) {
        t.note("  outliers (rate rank minus the rank regression's prediction): " + String.join(", ",
            k.outliers().stream().map(o -> String.format(Locale.ROOT, "%s %+.1f", o.target(), o.residual())).toList()));
      }
    }
    r.provenance().forEach(p -> t.note("  " + p));
  }

  private static String f(double v) {
    return Double.isNaN(v) ? "NULL" : String.format(Locale.ROOT, "%.3f", v);
  }
}
