package dev.entente.cli.commands;

import dev.entente.analysis.alignment.AllianceSimilarity;
import dev.entente.analysis.alignment.PortfolioRequest;
import dev.entente.analysis.alignment.SimilarityRows;
import dev.entente.analysis.alignment.VoteRequest;
import dev.entente.analysis.alignment.VoteSimilarity;
import dev.entente.analysis.similarity.Measures;
import dev.entente.cli.CliContext;
import dev.entente.error.UserInputException;
import dev.entente.io.export.SimilarityFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
public final class SimilarityCommand extends ContextCommand {

  @Option(names = "--source", paramLabel = "SOURCE", defaultValue = "atop",
      description = "atop, cow (alliance portfolios) or unvotes (UN General Assembly votes). Default: ${DEFAULT-VALUE}.")
  String source;

  @Option(names = "--years", paramLabel = "A-B", required = true,
      description = "The years, e.g. 1816-2018 (for unvotes per session: the sessions of those years).")
  String years;

  @Option(names = "--by", paramLabel = "PERIOD", defaultValue = "session",
      description = "unvotes only: session (default) or year (calendar year of the roll-call date).")
  String by;

  @Option(names = "--china-seat", paramLabel = "RULE", defaultValue = "as-coded",
      description = "unvotes only: as-coded (default; ROC 713 and PRC 710 as two states) or merge (the ROC's votes before 1971-10-25 count as China, 710).")
  String chinaSeat;

  @Option(names = "--dyads", paramLabel = "X-Y", split = ",", description = "Only these dyads, e.g. 2-740,2-710 (COW codes).")
  List<String> dyads = new ArrayList<>();

  @Option(names = "--directed", description = "Directed portfolios and both orders of each dyad (default: undirected, ties the maximum over both directions).")
  boolean directed;

  @Option(names = "--self-tie", paramLabel = "LEVEL", defaultValue = "3", description = "A state's tie with itself, 0-3. Default: ${DEFAULT-VALUE} (EUGene, Häge).")
  int selfTie;

  @Option(names = "--curated-after-2018", description = "With --source atop: build the years after 2018 from entente's curated commitments (a different, much smaller source, flagged in the output).")
  boolean curatedAfterAtop;

  @Option(names = "--no-carry-forward", description = "Do not use the last system list (2016) for later years.")
  boolean noCarryForward;

  @Option(names = "--measures", paramLabel = "LIST", split = ",",
      description = "Measures (columns): s_un, s_wt, s_sq, s_wt_sq, s_bin, s_bin_wt, kappa, pi, pi_nominal, taub for alliances"
          + " (default: s_un,s_wt,s_sq,s_bin,kappa,pi,pi_nominal,taub);"
          + " agree, agree_exact, s_un, s_sq, kappa, pi, pi_nominal, taub, idealdist for unvotes"
          + " (default: agree,agree_exact,s_un,kappa,pi).")
  List<String> measures;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", description = "csv, parquet or json. Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write.")
  Path out;

  @Override
  public Integer call() {
    boolean votes = source.equalsIgnoreCase("unvotes");
    if (measures == null) {
      measures = votes ? List.of("agree", "agree_exact", "s_un", "kappa", "pi")
          : List.of("s_un", "s_wt", "s_sq", "s_bin", "kappa", "pi", "pi_nominal", "taub");
    }
    PortfolioRequest request = null;
    VoteRequest voteRequest = null;
    List<int[]> pairs = new ArrayList<>();
    try {
      int[] range = years(years);
      if (votes) {
        if (!by.equals("session") && !by.equals("year")) {
          throw new IllegalArgumentException("--by '" + by + "' is not allowed (allowed: session, year)");
        }
        voteRequest = new VoteRequest(range[0], range[1], by.equals("year"), chinaSeat);
      } else {
        request = new PortfolioRequest(source.toLowerCase(Locale.ROOT), range[0], range[1], directed, selfTie,
            !noCarryForward, curatedAfterAtop);
      }
      for (String m : measures) {
        if (!(votes && m.equals(VoteSimilarity.IDEAL_DISTANCE))) {
          Measures.byName(m, votes ? 3 : 4);
        }
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
    context.err().println("entente: computing " + String.join(",", measures) + " from " + (source.equalsIgnoreCase("unvotes") ? "UN votes " : source + " portfolios ") + years + "...");
    context.err().flush();
    SimilarityRows rows = votes
        ? new VoteSimilarity(context.store().votes()).compute(voteRequest, measures, pairs)
        : new AllianceSimilarity(context.store().portfolios()).compute(request, measures, pairs);
    String period = votes && by.equals("session") ? "session" : "year";
    if (fmt.equals("parquet")) {
      context.store().writeParquet(rows, out);
    } else {
      SimilarityFiles.write(rows, out, fmt);
    }
    context.out().printf(Locale.ROOT, "Wrote %,d dyad-%ss to %s in %.1f s.%n", rows.size(), period, out.toAbsolutePath(),
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
