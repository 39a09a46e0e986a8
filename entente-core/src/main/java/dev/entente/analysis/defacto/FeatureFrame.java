package dev.entente.analysis.defacto;

import java.util.List;

/**
 * Undirected dyad-years with a label and features, column-wise: row r is (ccode1[r], ccode2[r]) in year[r];
 * {@code label[r]} is 1 when ATOP codes a defence obligation between the two (either direction), 0 when not, −1
 * outside ATOP's coverage; {@code values[f][r]} is feature f, NaN when missing.
 *
 * @param features the feature names
 * @param ccode1 the lower COW code
 * @param ccode2 the higher COW code
 * @param year the year
 * @param label the label
 * @param values per feature, per row
 * @param provenance data versions and conventions, one line each
 */
public record FeatureFrame(List<String> features, int[] ccode1, int[] ccode2, int[] year, int[] label,
    double[][] values, List<String> provenance) {

  public int size() {
    return year.length;
  }
}
