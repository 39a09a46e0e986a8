package dev.entente.analysis.landscape;

import dev.entente.analysis.alignment.CuratedPortfolios;
import dev.entente.analysis.alignment.PortfolioYear;
import dev.entente.analysis.similarity.ContingencyTable;
import dev.entente.analysis.similarity.Measures;
import dev.entente.analysis.similarity.Similarity;
import dev.entente.analysis.similarity.SimilarityMeasure;
import dev.entente.domain.Catalog;
import dev.entente.domain.State;
import dev.entente.error.UserInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A landscape from the built-in data alone, for dates after the research datasets end: propensities are the
 * alliance-portfolio similarity (Häge's κ by default) of the curated pledges in force on the day (ATOP ordinal
 * scale, undirected, self-tie 3), centred at their mean over the chosen pairs; sizes are equal (1 each), because
 * capability data (COW NMC) end in 2016. Both conventions are recorded in the notes.
 */
public final class CuratedLandscape {

  /** The states of the Indo-Pacific landscape: the region's treaty powers and their partners. */
  public static final List<String> INDO_PACIFIC =
      List.of("USA", "CHN", "RUS", "JPN", "KOR", "PRK", "AUS", "NZL", "PHL", "THA", "IND", "PAK");

  private CuratedLandscape() {}

  /**
   * The landscape of {@code actors} (state keys) on {@code day}.
   *
   * @param measure a similarity measure name ({@code kappa}, {@code s_un}, {@code pi}, {@code taub})
   */
  public static AlignmentLandscape.Built on(Catalog catalog, LocalDate day, List<String> actors, String measure) {
    PortfolioYear y = CuratedPortfolios.on(catalog, day, 3);
    int n = actors.size();
    int[] index = new int[n];
    for (int i = 0; i < n; i++) {
      String key = actors.get(i);
      int ccode = catalog.actor(key).filter(State.class::isInstance).map(a -> ((State) a).ccode())
          .orElseThrow(() -> new UserInputException("'" + key + "' is not a state"));
      index[i] = -1;
      for (int k = 0; k < y.ccodes().length; k++) {
        if (y.ccodes()[k] == ccode) {
          index[i] = k;
        }
      }
      if (index[i] < 0) {
        throw new UserInputException(key + " is not in the state system on " + day);
      }
    }
    SimilarityMeasure m = Measures.byName(measure, 4);
    double[][] p = new double[n][n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        ContingencyTable t = new ContingencyTable(4);
        for (int k = 0; k < y.ccodes().length; k++) {
          t.add(y.levels()[index[i]][k], y.levels()[index[j]][k], 1.0);
        }
        Similarity s = m.compute(t);
        if (!(s instanceof Similarity.Value v)) {
          throw new UserInputException("the " + measure + " of " + actors.get(i) + "-" + actors.get(j) + " on " + day
              + " is undefined: " + s);
        }
        p[i][j] = v.value();
        sum += v.value();
      }
    }
    double mean = n > 1 ? sum / (n * (n - 1) / 2.0) : 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        p[i][j] -= mean;
        p[j][i] = p[i][j];
      }
    }
    double[] sizes = new double[n];
    java.util.Arrays.fill(sizes, 1.0);
    List<String> notes = new ArrayList<>();
    notes.add("propensities: " + measure + " of curated alliance portfolios on " + day
        + " (ATOP ordinal scale, undirected, self-tie 3), centred at their mean " + String.format(java.util.Locale.ROOT, "%.4f", mean));
    notes.add("sizes: equal (capability data end in 2016)");
    notes.add("data: " + catalog.dataVersion());
    return new AlignmentLandscape.Built(new Landscape(actors, sizes, p), notes);
  }
}
