package dev.entente.io.cameo;

import dev.entente.domain.GoldsteinScale;
import dev.entente.domain.QuadConvention;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The CAMEO event codes (CAMEO 1.1b3) with their names, levels, roots and three Goldstein mappings (resource
 * {@code cameo-event-codes.tsv}; sources in its header: the ICEWS CAMEO codebook extract in the {@code icews} R
 * package, GDELT's {@code CAMEO.goldsteinscale.txt}, phoenix_pipeline's table), and the quad-class conventions
 * (resource {@code quad-classes.tsv}).
 */
public final class CameoCodes {

  /**
   * One code.
   *
   * @param code {@code "0211"}
   * @param level 1 (root) to 3
   * @param root {@code "02"}
   * @param name the codebook's name
   */
  public record Code(String code, int level, String root, String name) {}

  private static final ResourceTable CODES = ResourceTable.load("/dev/entente/io/cameo/cameo-event-codes.tsv");
  private static final ResourceTable QUADS = ResourceTable.load("/dev/entente/io/cameo/quad-classes.tsv");

  private CameoCodes() {}

  /** The event-code table's version. */
  public static String version() {
    return CODES.version();
  }

  /** The quad-class table's version. */
  public static String quadVersion() {
    return QUADS.version();
  }

  /** Every code, in table order. */
  public static List<Code> all() {
    List<Code> out = new ArrayList<>();
    for (String[] r : CODES.rows()) {
      out.add(new Code(r[0], Integer.parseInt(r[1]), r[2], r[3]));
    }
    return out;
  }

  /** Code to Goldstein value under {@code scale} (codes absent from that source are absent here). */
  public static Map<String, Double> goldstein(GoldsteinScale scale) {
    if (scale == GoldsteinScale.AS_CODED) {
      throw new IllegalArgumentException("as-coded values are in the event files, not in a table");
    }
    int col = CODES.column("goldstein_" + scale.label());
    Map<String, Double> out = new TreeMap<>();
    for (String[] r : CODES.rows()) {
      if (!r[col].isEmpty()) {
        out.put(r[0], Double.parseDouble(r[col]));
      }
    }
    return out;
  }

  /** Root code ({@code "01"}..{@code "20"}) to quad class under {@code convention}. */
  public static Map<String, Integer> quadClasses(QuadConvention convention) {
    int col = QUADS.column(convention.label());
    Map<String, Integer> out = new TreeMap<>();
    for (String[] r : QUADS.rows()) {
      out.put(r[0], Integer.parseInt(r[col]));
    }
    return out;
  }
}
