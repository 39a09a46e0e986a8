package dev.entente.analysis.landscape;

import dev.entente.analysis.alignment.AllianceSimilarity;
import dev.entente.analysis.alignment.PortfolioRequest;
import dev.entente.analysis.alignment.PortfolioSource;
import dev.entente.analysis.alignment.SimilarityRows;
import dev.entente.analysis.alignment.VoteRequest;
import dev.entente.analysis.alignment.VoteSimilarity;
import dev.entente.analysis.alignment.VoteSource;
import dev.entente.error.UserInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A landscape from the store: sizes are the states' COW CINC in the year; propensities are an alignment measure of
 * each pair in that year, centred at its mean over the chosen pairs (or not centred), so that pairs more aligned
 * than the average attract and the others repel.
 *
 * <p>Measures: {@code kappa} (default; Häge's quadratic kappa of ATOP alliance portfolios), {@code s} (unweighted
 * Signorino–Ritter S of the same portfolios), {@code taub} (Kendall's tau-b of the same), {@code agree} (UN General
 * Assembly voting agreement in the calendar year, half credit for abstentions). Portfolio conventions are the
 * defaults of {@link PortfolioRequest#of}. A pair whose measure is undefined (NULL; or no row, e.g. a state outside
 * the state system or without a common UN vote) is an error naming the pair, unless {@code missingZero}, which sets
 * its centred propensity to 0 (neutral) and says so in the notes. A state without CINC is always an error.
 */
public final class AlignmentLandscape {

  /** The propensity measures offered. */
  public static final List<String> MEASURES = List.of("kappa", "s", "taub", "agree");

  private final PortfolioSource portfolios;
  private final VoteSource votes;
  private final CapabilitySource capabilities;

  public AlignmentLandscape(PortfolioSource portfolios, VoteSource votes, CapabilitySource capabilities) {
    this.portfolios = portfolios;
    this.votes = votes;
    this.capabilities = capabilities;
  }

  /**
   * The landscape and the notes that record its data versions and conventions.
   *
   * @param landscape the landscape
   * @param notes one line each
   */
  public record Built(Landscape landscape, List<String> notes) {
    public Built {
      notes = List.copyOf(notes);
    }
  }

  /**
   * Builds the landscape of {@code keys} (labels) with COW codes {@code ccodes} in {@code year}.
   *
   * @param measure one of {@link #MEASURES}
   * @param centreMean subtract the mean over the chosen pairs (the default) or use the raw values
   * @param missingZero an undefined pair becomes 0 instead of an error
   */
  public Built build(List<String> keys, int[] ccodes, int year, String measure, boolean centreMean,
      boolean missingZero) {
    if (!MEASURES.contains(measure)) {
      throw new UserInputException("propensity '" + measure + "' is not known (allowed: " + String.join(", ", MEASURES) + ")");
    }
    int n = keys.size();
    List<String> notes = new ArrayList<>();
    CapabilitySource.Capabilities caps = capabilities.cinc(year);
    double[] sizes = new double[n];
    for (int i = 0; i < n; i++) {
      Double c = caps.cinc().get(ccodes[i]);
      if (c == null) {
        throw new UserInputException("no CINC for " + keys.get(i) + " (COW " + ccodes[i] + ") in " + year
            + " in COW NMC " + caps.version());
      }
      sizes[i] = c;
    }
    notes.add("sizes: CINC from COW NMC " + caps.version() + ", " + year);
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        pairs.add(new int[] {ccodes[i], ccodes[j]});
      }
    }
    SimilarityRows rows = measure.equals("agree")
        ? new VoteSimilarity(votes).compute(new VoteRequest(year, year, true, "as-coded"), List.of("agree"), pairs)
        : new AllianceSimilarity(portfolios).compute(PortfolioRequest.of("atop", year, year),
            List.of(measure.equals("s") ? "s_un" : measure), pairs);
    notes.addAll(rows.provenance());
    Map<Long, Double> value = new HashMap<>();
    for (int r = 0; r < rows.size(); r++) {
      value.put(key(rows.ccode1()[r], rows.ccode2()[r]), rows.values()[0][r]);
    }
    double[][] p = new double[n][n];
    double sum = 0;
    int defined = 0;
    List<String> undefined = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        Double v = value.get(key(ccodes[i], ccodes[j]));
        if (v == null || Double.isNaN(v)) {
          String pair = keys.get(i) + "-" + keys.get(j);
          if (!missingZero) {
            throw new UserInputException("the " + measure + " of " + pair + " in " + year + " is undefined (NULL"
                + (v == null ? ": not both in the state system, or no common UN vote" : "")
                + "); leave one of them out or use --missing zero");
          }
          undefined.add(pair);
          p[i][j] = Double.NaN;
        } else {
          p[i][j] = v;
          sum += v;
          defined++;
        }
      }
    }
    double mean = centreMean && defined > 0 ? sum / defined : 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        p[i][j] = Double.isNaN(p[i][j]) ? 0 : p[i][j] - mean;
        p[j][i] = p[i][j];
      }
    }
    notes.add(String.format(Locale.ROOT, "propensity: %s of each pair in %d, %s", measure, year, centreMean
        ? String.format(Locale.ROOT, "centred at its mean over the %d defined pairs (%.6f)", defined, mean)
        : "not centred"));
    if (!undefined.isEmpty()) {
      notes.add("missing: " + undefined.size() + " undefined pair(s) set to 0 (--missing zero): "
          + String.join(", ", undefined));
    }
    return new Built(new Landscape(keys, sizes, p), notes);
  }

  private static long key(int a, int b) {
    return ((long) Math.min(a, b) << 32) | Math.max(a, b);
  }
}
