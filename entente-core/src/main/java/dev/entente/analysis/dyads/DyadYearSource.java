package dev.entente.analysis.dyads;

import java.nio.file.Path;
import java.util.List;

/**
 * Dyad-year data computed from imported datasets; the store implements it (in SQL, at the scale of millions of
 * rows).
 */
public interface DyadYearSource {

  /**
   * ATOP directed dyad-years derived from the member-level file.
   *
   * <p>Rules (they reproduce the official {@code atop5_1ddyr} file; see {@code AtopDyadYearsTest} for the
   * comparison): two members of one alliance form a dyad in the years their membership spells in the same phase
   * overlap, spells being half-open (an exit date is the first day out; an open exit runs to 2018); where a year
   * spans phase changes, the obligations of the latest-starting overlap count; over several alliances the flags
   * are the maximum. Members without a COW code (8152) are left out.
   */
  List<AtopDyadYear> atopDirected(String variant, String version);

  /**
   * Writes a dyad-year frame to {@code out} ({@code csv} or {@code parquet}) and returns what it wrote.
   */
  FrameReport write(DyadYearRequest request, Path out, String format);

  /**
   * What a written frame holds.
   *
   * @param rows the number of dyad-years
   * @param columns the columns in order
   * @param provenance the data versions and conventions behind it
   */
  record FrameReport(long rows, List<String> columns, List<String> provenance) {
    public FrameReport {
      columns = List.copyOf(columns);
      provenance = List.copyOf(provenance);
    }
  }
}
