package dev.entente.io.cameo;

import java.util.ArrayList;
import java.util.List;

/**
 * Event actors' countries mapped to states, from the resource {@code country-codes.tsv} (sources in its header):
 * scheme {@code cameo} maps the CAMEO country code of GDELT's {@code Actor1CountryCode}/{@code Actor2CountryCode}
 * (ISO 3166-1 alpha-3 plus CAMEO's historical codes such as USR, YUG, DDR, KSV); scheme {@code icews} maps ICEWS's
 * {@code Source Country}/{@code Target Country} names. Each gives an ISO3 code and, for COW states, the COW number.
 */
public final class CountryCodes {

  /**
   * One mapping.
   *
   * @param scheme {@code cameo} or {@code icews}
   * @param code the CAMEO code or ICEWS name
   * @param iso3 the state's ISO 3166-1 alpha-3 code (or the former ISO code DDR, CSK)
   * @param ccode the COW state number, {@code null} when the place is not a COW state
   * @param name a name
   */
  public record Mapping(String scheme, String code, String iso3, Integer ccode, String name) {}

  private static final ResourceTable TABLE = ResourceTable.load("/dev/entente/io/cameo/country-codes.tsv");

  private CountryCodes() {}

  /** The table's version. */
  public static String version() {
    return TABLE.version();
  }

  /** Every mapping. */
  public static List<Mapping> all() {
    List<Mapping> out = new ArrayList<>();
    for (String[] r : TABLE.rows()) {
      out.add(new Mapping(r[0], r[1], r[2], r[3].isEmpty() ? null : Integer.valueOf(r[3]), r[4]));
    }
    return out;
  }
}
