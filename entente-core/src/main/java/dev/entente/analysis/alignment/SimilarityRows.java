package dev.entente.analysis.alignment;

import java.util.List;
import java.util.Map;

/**
 * The result of an all-dyads similarity computation, column-wise for speed: row r is the dyad ({@code ccode1[r]},
 * {@code ccode2[r]}) in {@code year[r]}; {@code values[m][r]} is measure m's value, {@code Double.NaN} standing
 * for an undefined value (written as NULL, never as a number).
 *
 * @param measures the measure names (the column names after ccode1, ccode2, year)
 * @param ccode1 first state of each row
 * @param ccode2 second state
 * @param year the year
 * @param session the UN session of each row, or null when the rows are not per session
 * @param values one array per measure
 * @param undefined per measure, how many rows are undefined for each reason
 * @param provenance the data versions and conventions, one line each
 */
public record SimilarityRows(
    List<String> measures,
    int[] ccode1,
    int[] ccode2,
    int[] year,
    int[] session,
    double[][] values,
    Map<String, Map<String, Long>> undefined,
    List<String> provenance) {

  public int size() {
    return ccode1.length;
  }
}
