package dev.entente.analysis.criticism;

import dev.entente.analysis.alignment.AllianceSimilarity;
import dev.entente.analysis.alignment.PortfolioRequest;
import dev.entente.analysis.alignment.SimilarityRows;
import dev.entente.analysis.alignment.VoteRequest;
import dev.entente.analysis.alignment.VoteSimilarity;
import dev.entente.analysis.alignment.PortfolioSource;
import dev.entente.analysis.alignment.VoteSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Relative alignment from entente's alignment measures: {@code kappa} — Häge's quadratic κ of ATOP alliance
 * portfolios (undirected, self-tie 3, METHODS.md B.4) — and {@code un} — UN General Assembly voting agreement with
 * half credit for abstentions, per calendar year of the roll call (METHODS.md B.5).
 *
 * <p>Year rule for a window of several years: for each year in which both align(target, rival) and
 * align(target, source) are defined, their difference; the target's value is the mean of those differences; NULL
 * (absent) when there is no such year. ATOP codes up to 2018: later years are undefined for {@code kappa}.
 */
public final class MeasuredAlignments implements Alignments {

  /** The measure names this class knows. */
  public static final List<String> KNOWN = List.of("kappa", "un");

  private final PortfolioSource portfolios;
  private final VoteSource votes;
  private final Map<String, Integer> ccodes;
  private final List<String> measures;
  private final List<String> provenance = new ArrayList<>();

  /**
   * @param portfolios ATOP portfolios, or null when ATOP is not imported (then {@code kappa} is undefined)
   * @param votes UN votes, or null when they are not imported (then {@code un} is undefined)
   * @param ccodes ISO3 → COW code of every state
   * @param measures some of {@link #KNOWN}
   */
  public MeasuredAlignments(PortfolioSource portfolios, VoteSource votes, Map<String, Integer> ccodes,
      List<String> measures) {
    for (String m : measures) {
      if (!KNOWN.contains(m)) {
        throw new IllegalArgumentException("alignment measure '" + m + "' is not known (allowed: kappa, un)");
      }
    }
    this.portfolios = portfolios;
    this.votes = votes;
    this.ccodes = Map.copyOf(ccodes);
    this.measures = List.copyOf(measures);
  }

  @Override
  public List<String> measures() {
    return measures;
  }

  @Override
  public List<String> provenance() {
    return List.copyOf(provenance);
  }

  @Override
  public Map<String, Map<String, Double>> relative(String source, String rival, Set<String> targets, int first,
      int last) {
    Integer s = ccodes.get(source);
    Integer r = ccodes.get(rival);
    Map<Integer, String> isoOf = new HashMap<>();
    List<int[]> pairs = new ArrayList<>();
    for (String t : targets) {
      Integer c = ccodes.get(t);
      if (t.equals(source) || t.equals(rival)) {
        continue;
      }
      if (c != null && s != null && r != null) {
        isoOf.put(c, t);
        pairs.add(new int[] {c, s});
        pairs.add(new int[] {c, r});
      }
    }
    Map<String, Map<String, Double>> out = new LinkedHashMap<>();
    for (String m : measures) {
      SimilarityRows rows = null;
      if (!pairs.isEmpty() && m.equals("kappa") && portfolios != null) {
        rows = new AllianceSimilarity(portfolios).compute(PortfolioRequest.of("atop", first, last), List.of("kappa"),
            pairs);
      } else if (!pairs.isEmpty() && m.equals("un") && votes != null) {
        rows = new VoteSimilarity(votes).compute(new VoteRequest(first, last, true, "as-coded"), List.of("agree"),
            pairs);
      }
      if (rows == null) {
        provenance.add(m + ": not available (" + (m.equals("kappa") ? "ATOP" : "UN votes") + " not imported)");
        out.put(m, Map.of());
        continue;
      }
      rows.provenance().forEach(p -> provenance.add(m + ": " + p));
      out.put(m, meanDifference(rows, s, r, isoOf));
    }
    provenance.add("relative alignment = mean over the window's years (where both are defined) of"
        + " align(target, rival) - align(target, source)");
    return out;
  }

  private static Map<String, Double> meanDifference(SimilarityRows rows, int s, int r, Map<Integer, String> isoOf) {
    Map<Integer, Map<Integer, double[]>> byTargetYear = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      double v = rows.values()[0][i];
      if (Double.isNaN(v)) {
        continue;
      }
      int a = rows.ccode1()[i];
      int b = rows.ccode2()[i];
      int target = a == s || a == r ? b : a;
      int other = target == a ? b : a;
      double[] both = byTargetYear.computeIfAbsent(target, k -> new TreeMap<>())
          .computeIfAbsent(rows.year()[i], k -> new double[] {Double.NaN, Double.NaN});
      both[other == r ? 0 : 1] = v;
    }
    Map<String, Double> out = new TreeMap<>();
    byTargetYear.forEach((target, years) -> {
      double sum = 0;
      int n = 0;
      for (double[] v : years.values()) {
        if (!Double.isNaN(v[0]) && !Double.isNaN(v[1])) {
          sum += v[0] - v[1];
          n++;
        }
      }
      if (n > 0 && isoOf.containsKey(target)) {
        out.put(isoOf.get(target), sum / n);
      }
    });
    return out;
  }
}
