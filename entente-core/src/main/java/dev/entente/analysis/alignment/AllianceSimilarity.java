package dev.entente.analysis.alignment;

import dev.entente.analysis.similarity.ContingencyTable;
import dev.entente.analysis.similarity.Measures;
import dev.entente.analysis.similarity.Similarity;
import dev.entente.analysis.similarity.SimilarityMeasure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Foreign-policy similarity of every dyad of the state system, year by year, from alliance portfolios (Signorino
 * &amp; Ritter 1999; Bueno de Mesquita 1975; Häge 2011): for each year the portfolio matrix is built once, and each
 * dyad's measures come from the contingency table of the two rows — O(n) per dyad, O(n³) per year, years in
 * parallel.
 *
 * <p>The weighted S uses the third states' CINC, normalised by their sum; a year without capability data for every
 * member has an undefined weighted S. Undirected output holds each dyad once (ccode1 &lt; ccode2); directed output
 * both orders.
 */
public final class AllianceSimilarity {

  /** The measures that use weights. */
  static final Set<String> WEIGHTED = Set.of("s_wt", "s_wt_sq", "s_bin_wt");

  private final PortfolioSource source;

  public AllianceSimilarity(PortfolioSource source) {
    this.source = source;
  }

  /**
   * Computes {@code measureNames} for every dyad-year of the request.
   *
   * @param dyads only these dyads (unordered pairs of COW codes); empty = all
   */
  public SimilarityRows compute(PortfolioRequest request, List<String> measureNames, List<int[]> dyads) {
    List<SimilarityMeasure> measures = new ArrayList<>();
    for (String name : measureNames) {
      measures.add(Measures.byName(name, 4));
    }
    List<PortfolioYear> years = new ArrayList<>();
    List<String> provenance = new ArrayList<>(source.portfolios(request, years::add));
    Map<Integer, YearRows> byYear = new TreeMap<>();
    years.parallelStream().forEach(y -> {
      YearRows rows = year(y, measures, request.directed(), dyads);
      synchronized (byYear) {
        byYear.put(y.year(), rows);
      }
    });
    int total = byYear.values().stream().mapToInt(r -> r.size).sum();
    int[] c1 = new int[total];
    int[] c2 = new int[total];
    int[] yr = new int[total];
    double[][] values = new double[measures.size()][total];
    Map<String, Map<String, Long>> undefined = new LinkedHashMap<>();
    measures.forEach(m -> undefined.put(m.name(), new TreeMap<>()));
    int at = 0;
    for (YearRows r : byYear.values()) {
      System.arraycopy(r.c1, 0, c1, at, r.size);
      System.arraycopy(r.c2, 0, c2, at, r.size);
      java.util.Arrays.fill(yr, at, at + r.size, r.year);
      for (int m = 0; m < measures.size(); m++) {
        System.arraycopy(r.values[m], 0, values[m], at, r.size);
        final int mm = m;
        r.undefined.get(m).forEach((reason, n) ->
            undefined.get(measures.get(mm).name()).merge(reason, n, Long::sum));
      }
      at += r.size;
    }
    provenance.add("measures: " + String.join(", ", measureNames) + " (METHODS.md B.2-B.4; kappa and pi are Häge's"
        + " quadratic forms, pi_nominal fpsim's exact-match pi; S with distance range 3, s_bin with 1)");
    return new SimilarityRows(List.copyOf(measureNames), c1, c2, yr, null, values, undefined, provenance);
  }

  /** One year's rows. */
  private static final class YearRows {
    int year;
    int size;
    int[] c1;
    int[] c2;
    double[][] values;
    List<Map<String, Long>> undefined = new ArrayList<>();
  }

  private static YearRows year(PortfolioYear y, List<SimilarityMeasure> measures, boolean directed, List<int[]> dyads) {
    int n = y.ccodes().length;
    int max = directed ? n * (n - 1) : n * (n - 1) / 2;
    YearRows out = new YearRows();
    out.year = y.year();
    out.c1 = new int[max];
    out.c2 = new int[max];
    out.values = new double[measures.size()][max];
    measures.forEach(m -> out.undefined.add(new TreeMap<>()));
    ContingencyTable unweighted = new ContingencyTable(4);
    ContingencyTable weighted = new ContingencyTable(4);
    double[] w = y.weights();
    for (int i = 0; i < n; i++) {
      for (int j = directed ? 0 : i + 1; j < n; j++) {
        if (i == j || !DyadFilter.wanted(dyads, y.ccodes()[i], y.ccodes()[j])) {
          continue;
        }
        unweighted.clear();
        weighted.clear();
        byte[] xi = y.levels()[i];
        byte[] xj = y.levels()[j];
        for (int k = 0; k < n; k++) {
          unweighted.add(xi[k], xj[k], 1.0);
          if (w != null) {
            weighted.add(xi[k], xj[k], w[k]);
          }
        }
        int r = out.size++;
        out.c1[r] = y.ccodes()[i];
        out.c2[r] = y.ccodes()[j];
        for (int m = 0; m < measures.size(); m++) {
          SimilarityMeasure measure = measures.get(m);
          Similarity s;
          if (y.uncovered() != null) {
            s = Similarity.undefined(y.uncovered());
          } else if (WEIGHTED.contains(measure.name()) && w == null) {
            s = Similarity.undefined("no capability (CINC) data for every system member in " + y.year());
          } else {
            s = measure.compute(WEIGHTED.contains(measure.name()) ? weighted : unweighted);
          }
          if (s instanceof Similarity.Value v) {
            out.values[m][r] = v.value();
          } else {
            out.values[m][r] = Double.NaN;
            out.undefined.get(m).merge(((Similarity.Undefined) s).reason(), 1L, Long::sum);
          }
        }
      }
    }
    return out;
  }
}
