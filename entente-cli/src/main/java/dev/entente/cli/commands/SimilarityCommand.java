package dev.entente.cli.commands;

import dev.entente.analysis.alignment.AllianceSimilarity;
import dev.entente.analysis.alignment.PortfolioRequest;
import dev.entente.analysis.alignment.SimilarityRows;
import dev.entente.analysis.similarity.Measures;
import dev.entente.cli.CliContext;
import dev.entente.error.UserInputException;
import dev.entente.io.export.SimilarityFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code entente similarity --source atop|cow --years A-B ...}. */
@Command(
    name = "similarity",
    description = {
      "Foreign-policy similarity of dyads from alliance portfolios: Signorino-Ritter S (unweighted, squared,",
      "CINC-weighted, binary), Kendall's tau-b, Häge's kappa and pi, fpsim's nominal pi.",
      "Every convention is an option; the file records the conventions and data versions used."
    })
public final class SimilarityCommand implements Callable<Integer>, dev.entente.cli.ContextAware {

  private CliContext context;

  @Override
  public void context(CliContext context) {
    this.context = context;
  }

  @Option(names = "--source", paramLabel = "SOURCE", defaultValue = "atop", description = "atop or cow. Default: ${DEFAULT-VALUE}.")
  String source;

  @Option(names = "--years", paramLabel = "A-B", required = true, description = "The years, e.g. 1816-2018.")
  String years;

  @Option(names = "--dyads", paramLabel = "X-Y", split = ",", description = "Only these dyads, e.g. 2-740,2-710 (COW codes).")
  List<String> dyads = new ArrayList<>();

  @Option(names = "--directed", description = "Directed portfolios and both orders of each dyad (default: undirected, ties the maximum over both directions).")
  boolean directed;

  @Option(names = "--self-tie", paramLabel = "LEVEL", defaultValue = "3", description = "A state's tie with itself, 0-3. Default: ${DEFAULT-VALUE} (EUGene, Häge).")
  int selfTie;

  @Option(names = "--no-carry-forward", description = "Do not use the last system list (2016) for later years.")
  boolean noCarryForward;

  @Option(names = "--measures", paramLabel = "LIST", split = ",", defaultValue = "s_un,s_wt,s_sq,s_bin,kappa,pi,pi_nominal,taub",
      description = "Measures (columns): s_un, s_wt, s_sq, s_bin, kappa, pi, pi_nominal, taub. Default: all.")
  List<String> measures;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", description = "csv, parquet or json. Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write.")
  Path out;

  @Override
  public Integer call() {
    if (!years.matches("\\d{4}-\\d{4}")) {
      throw new UserInputException("--years '" + years + "' is not a range of years (expected e.g. 1816-2018)");
    }
    PortfolioRequest request;
    List<int[]> pairs = new ArrayList<>();
    try {
      request = new PortfolioRequest(source.toLowerCase(Locale.ROOT), Integer.parseInt(years.substring(0, 4)),
          Integer.parseInt(years.substring(5)), directed, selfTie, !noCarryForward);
      for (String m : measures) {
        Measures.byName(m, 4);
      }
      for (String d : dyads) {
        if (!d.matches("\\d{1,3}-\\d{1,3}")) {
          throw new IllegalArgumentException("--dyads '" + d + "' is not a pair of COW codes (e.g. 2-740)");
        }
        String[] p = d.split("-");
        pairs.add(new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1])});
      }
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage());
    }
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!List.of("csv", "parquet", "json").contains(fmt)) {
      throw new UserInputException("--format " + format + " is not allowed here (allowed: csv, parquet, json)");
    }
    long started = System.nanoTime();
    context.err().println("entente: computing " + String.join(",", measures) + " from " + source + " portfolios " + years + "...");
    context.err().flush();
    SimilarityRows rows = new AllianceSimilarity(context.store().portfolios()).compute(request, measures, pairs);
    if (fmt.equals("parquet")) {
      context.store().writeParquet(rows, "year", out);
    } else {
      SimilarityFiles.write(rows, "year", out, fmt);
    }
    context.out().printf(Locale.ROOT, "Wrote %,d dyad-years to %s in %.1f s.%n", rows.size(), out.toAbsolutePath(),
        (System.nanoTime() - started) / 1e9);
    for (String p : rows.provenance()) {
      context.out().println("  " + p);
    }
    for (Map.Entry<String, Map<String, Long>> u : rows.undefined().entrySet()) {
      u.getValue().forEach((reason, n) -> context.out().printf(Locale.ROOT, "  %s undefined (NULL) for %,d: %s%n",
          u.getKey(), n, reason));
    }
    context.out().flush();
    return 0;
  }
}
