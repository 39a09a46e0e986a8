package dev.entente.analysis.network;

import java.util.ArrayList;
import java.util.List;

/**
 * The structure measures of a network year by year: the trend that shows a hub turning into a web.
 *
 * <p>For the curated commitments a year's network is the one in force on a fixed day of that year (see
 * {@link CuratedNetworks#yearly}); for ATOP and COW it is the network of the calendar year.
 */
public final class StructureSeries {

  private final YearlyNetworks networks;

  public StructureSeries(YearlyNetworks networks) {
    this.networks = networks;
  }

  /**
   * One year.
   *
   * @param year the year
   * @param network the network of that year
   * @param measures its structure
   */
  public record Row(int year, CommitmentNetwork network, StructureMeasures measures) {}

  /** The measures for each year from {@code first} to {@code last} inclusive. */
  public List<Row> years(int first, int last, NetworkRequest request) {
    if (last < first) {
      throw new IllegalArgumentException("the last year " + last + " is before the first " + first);
    }
    List<Row> rows = new ArrayList<>();
    for (int y = first; y <= last; y++) {
      CommitmentNetwork n = networks.inYear(y, request);
      rows.add(new Row(y, n, NetworkStructure.measure(n)));
    }
    return rows;
  }
}
