package dev.entente.analysis.brief;

import dev.entente.analysis.alignment.AllianceSimilarity;
import dev.entente.analysis.alignment.PortfolioRequest;
import dev.entente.analysis.alignment.PortfolioSource;
import dev.entente.analysis.alignment.SimilarityRows;
import dev.entente.analysis.alignment.VoteRequest;
import dev.entente.analysis.alignment.VoteSimilarity;
import dev.entente.analysis.alignment.VoteSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The de facto alignment section of the brief (CONTEXT.md question 1): how closely China's top partners and the US
 * treaty allies in Asia and Oceania line up with China and with the United States — alliance-portfolio S and
 * kappa from ATOP in its latest year, and UN voting agreement in the latest session imported.
 *
 * @param atopYear the ATOP year used
 * @param session the UN session used, or null when no votes are imported (its year is the vote request)
 * @param rows one row per state
 * @param provenance the conventions and data versions
 */
public record BriefAlignment(int atopYear, Integer session, List<Row> rows, List<String> provenance) {

  /** China = COW 710, the United States = COW 2. */
  static final int CHINA = 710;
  static final int USA = 2;

  public BriefAlignment {
    rows = List.copyOf(rows);
    provenance = List.copyOf(provenance);
  }

  /**
   * One state's alignment with both great powers; a null value is undefined or not available.
   *
   * @param state the state's key (ISO3)
   * @param ccode its COW code
   * @param group why it is listed ("China partner, tier 6", "US treaty ally")
   * @param sUsa ATOP portfolio S (unweighted) with the United States
   * @param sChina the same with China
   * @param kappaUsa Häge's kappa with the United States
   * @param kappaChina the same with China
   * @param agreeUsa UN voting agreement (half credit for abstentions) with the United States
   * @param agreeChina the same with China
   */
  public record Row(String state, int ccode, String group, Double sUsa, Double sChina, Double kappaUsa,
      Double kappaChina, Double agreeUsa, Double agreeChina) {
    public Row {
      Objects.requireNonNull(state, "state");
      Objects.requireNonNull(group, "group");
    }
  }

  /**
   * Computes the section.
   *
   * @param states the states to list: key → (COW code, group), in order
   * @param atopYear the ATOP year (its latest is 2018)
   * @param votes the vote source, or null when no votes are imported
   * @param session the UN session to use
   * @param sessionYear that session's year
   */
  public static BriefAlignment compute(Map<String, Map.Entry<Integer, String>> states, PortfolioSource portfolios,
      int atopYear, VoteSource votes, Integer session, Integer sessionYear) {
    List<int[]> dyads = new ArrayList<>();
    states.values().forEach(e -> {
      dyads.add(new int[] {e.getKey(), USA});
      dyads.add(new int[] {e.getKey(), CHINA});
    });
    SimilarityRows alliance = new AllianceSimilarity(portfolios)
        .compute(PortfolioRequest.of("atop", atopYear, atopYear), List.of("s_un", "kappa"), dyads);
    List<String> provenance = new ArrayList<>(alliance.provenance());
    Map<String, double[]> a = index(alliance);
    Map<String, double[]> v = new HashMap<>();
    if (votes != null && session != null) {
      SimilarityRows vote = new VoteSimilarity(votes)
          .compute(new VoteRequest(sessionYear, sessionYear, false, "as-coded"), List.of("agree"), dyads);
      provenance.addAll(vote.provenance());
      v = index(vote);
    }
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<String, Map.Entry<Integer, String>> e : states.entrySet()) {
      int c = e.getValue().getKey();
      double[] withUsa = a.get(key(c, USA));
      double[] withChina = a.get(key(c, CHINA));
      double[] votesUsa = v.get(key(c, USA));
      double[] votesChina = v.get(key(c, CHINA));
      rows.add(new Row(e.getKey(), c, e.getValue().getValue(), get(withUsa, 0), get(withChina, 0), get(withUsa, 1),
          get(withChina, 1), get(votesUsa, 0), get(votesChina, 0)));
    }
    return new BriefAlignment(atopYear, session, rows, provenance);
  }

  private static Double get(double[] values, int i) {
    return values == null || Double.isNaN(values[i]) ? null : values[i];
  }

  private static String key(int a, int b) {
    return Math.min(a, b) + "," + Math.max(a, b);
  }

  private static Map<String, double[]> index(SimilarityRows rows) {
    Map<String, double[]> out = new LinkedHashMap<>();
    for (int r = 0; r < rows.size(); r++) {
      double[] v = new double[rows.measures().size()];
      for (int m = 0; m < v.length; m++) {
        v[m] = rows.values()[m][r];
      }
      out.put(key(rows.ccode1()[r], rows.ccode2()[r]), v);
    }
    return out;
  }
}
