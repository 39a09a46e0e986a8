package dev.entente.io.countrycodes;


import dev.entente.io.DatasetImporter;
import dev.entente.io.ImportOptions;
import dev.entente.io.ImportReport;
import dev.entente.io.RowSink;
import dev.entente.io.tabular.Column;
import dev.entente.io.tabular.DatasetFiles;
import dev.entente.io.tabular.Layout;
import dev.entente.io.tabular.RowProblem;
import dev.entente.io.tabular.RowRule;
import dev.entente.io.tabular.TabularFile;

import java.nio.charset.StandardCharsets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;


/**
 * The country-code crosswalk of the R package countrycode (Arel-Bundock, Enevoldsen &amp; Yetman 2018, <i>Journal
 * of Open Source Software</i> 3(28): 848): {@code codelist_without_cldr.csv}, 292 countries and territories, past
 * and present, by 72 columns of codes and names, into the table {@code country_codes}. The file is GPL-3 data:
 * entente reads the user's copy and ships none of it.
 *
 * <p>Only the columns a crosswalk between entente's datasets needs are loaded ({@link #LOADED}): the English name
 * (the key), the ISO name, the COW name and codes ({@code cow.name}, {@code cowc}, {@code cown}), Gleditsch-Ward
 * ({@code gwc}, {@code gwn}), ISO 3166-1 ({@code iso2c}, {@code iso3c}, {@code iso3n}), the UN M49 code
 * ({@code un}), IMF, World Bank and FIPS codes, Polity ({@code p4n}) and V-Dem ({@code vdem}) numbers, and the
 * World Bank {@code region}, the UN {@code region23} and the {@code continent}. The whole 72-column header is
 * still checked; the other columns are read as text and dropped (the store keeps the table layout's columns,
 * matched by name).
 *
 * <p>Checks: the exact header; whole numbers in {@code cown}, {@code gwn}, {@code iso3n}, {@code un}, {@code imf},
 * {@code p4n} and {@code vdem}; {@code cown} from the COW state list; three capital letters in {@code cowc},
 * {@code gwc} and {@code iso3c}, two in {@code iso2c}; a unique English name (the key); and, where present,
 * unique {@code cown}, {@code cowc}, {@code gwn}, {@code gwc}, {@code iso2c}, {@code iso3c}, {@code iso3n} and
 * {@code un} (each of them is unique in the file; a crosswalk with a repeated code would be ambiguous). A blank
 * cell is NULL; {@code "NA"} is <em>not</em> missing: it is Namibia's ISO 3166 alpha-2 code.
 *
 * <p>The file has no version column or release date, and the import date is not a version: the dataset version is
 * {@code countrycode-codelist-} followed by the first 12 hex digits of the file's SHA-256
 * ({@code countrycode-codelist-2632dba9d168} for the copy from countrycode commit 284d6a2), so two different
 * copies are kept apart and the same copy imported twice replaces itself.
 */
public final class CountryCodesImporter implements DatasetImporter {

  static final String HEADER =
      "ar5,cctld,continent,country.name.de,country.name.de.regex,country.name.en,country.name.en.regex,"
      + "country.name.es,country.name.es.regex,country.name.fr,country.name.fr.regex,country.name.it,"
      + "country.name.it.regex,cow.name,cowc,cown,currency,dhs,ecb,eu28,eurocontrol_pru,eurocontrol_statfor,"
      + "eurostat,fao,fips,gaul,genc2c,genc3c,genc3n,gwc,gwn,icao.region,imf,ioc,iso.name.en,iso.name.fr,iso2c,"
      + "iso3c,iso3n,iso4217c,iso4217n,p4.name,p4c,p4n,p5c,p5n,region,region23,telephone,un,un.name.ar,"
      + "un.name.en,un.name.es,un.name.fr,un.name.ru,un.name.zh,un.region.code,un.region.name,"
      + "un.regionintermediate.code,un.regionintermediate.name,un.regionsub.code,un.regionsub.name,unhcr,"
      + "unhcr.region,unicode.symbol,unpd,vdem,vdem.name,wb,wb_api2c,wb_api3c,wvs";

  /** The columns loaded into the store, in table order. */
  public static final List<String> LOADED = List.of(
      "country.name.en", "iso.name.en", "cow.name", "cowc", "cown", "gwc", "gwn", "iso2c", "iso3c", "iso3n", "un",
      "imf", "wb", "fips", "p4n", "vdem", "region", "region23", "continent");

  private static final Set<String> NUMBERS = Set.of("cown", "gwn", "iso3n", "un", "imf", "p4n", "vdem");
  private static final List<String> UNIQUE =
      List.of("country.name.en", "cown", "cowc", "gwn", "gwc", "iso2c", "iso3c", "iso3n", "un");
  private static final Map<String, Pattern> SHAPES = Map.of(
      "cowc", Pattern.compile("[A-Z]{3}"), "gwc", Pattern.compile("[A-Z]{3}"),
      "iso3c", Pattern.compile("[A-Z]{3}"), "iso2c", Pattern.compile("[A-Z]{2}"));
  private static final Pattern FILE_NAME =
      Pattern.compile("(countrycode_)?codelist_without_cldr\\.csv(\\.gz)?", Pattern.CASE_INSENSITIVE);

  /** The file's 72 columns, as read: the numbers typed, everything else text; only a blank cell is missing. */
  static final Layout FILE = new Layout("country_codes",
      Arrays.stream(HEADER.split(","))
          .map(n -> NUMBERS.contains(n) ? Column.optionalInt(n, "") : Column.text(n, n.equals("country.name.en"), ""))
          .toList(),
      List.of("country.name.en"));

  /** The table: the {@link #LOADED} columns, typed as in the file. */
  public static final Layout CODES = new Layout("country_codes",
      LOADED.stream().map(n -> FILE.columns().get(FILE.index(n))).toList(), List.of("country.name.en"));

  private final Set<Long> cowCodes;

  /** @param cowCodes the COW state codes {@code cown} is checked against */
  public CountryCodesImporter(Set<Long> cowCodes) {
    this.cowCodes = Set.copyOf(cowCodes);
  }

  @Override
  public String name() {
    return "countrycodes";
  }

  @Override
  public String description() {
    return "countrycode's crosswalk codelist_without_cldr.csv (COW, G-W, ISO, UN, ... codes;"
        + " GPL-3, read from your copy)";
  }

  @Override
  public List<Layout> layouts() {
    return List.of(CODES);
  }

  @Override
  public List<ImportReport> read(Path path, ImportOptions options, RowSink sink) {
    List<ImportReport> reports = new ArrayList<>();
    for (Path f : files(path)) {
      String version = "countrycode-codelist-" + TabularFile.sha256(f).substring(0, 12);
      ImportReport.FileReport r = new TabularFile(FILE, ',', StandardCharsets.UTF_8, rule(), v -> version)
          .load(f, name(), "standard", options, sink);
      reports.add(new ImportReport(name(), "standard", r.version(), List.of(r)));
    }
    return reports;
  }

  /** A fresh rule per file (it remembers the codes seen). */
  private RowRule rule() {
    int cown = FILE.index("cown");
    Map<String, Map<Object, String>> seen = new HashMap<>();
    return v -> {
      Long code = (Long) v[cown];
      if (code != null && !cowCodes.contains(code)) {
        throw new RowProblem("cown", String.valueOf(code), "not a COW state code");
      }
      for (Map.Entry<String, Pattern> s : SHAPES.entrySet()) {
        String value = (String) v[FILE.index(s.getKey())];
        if (value != null && !s.getValue().matcher(value).matches()) {
          throw new RowProblem(s.getKey(), value, "not a code of the form " + s.getValue().pattern());
        }
      }
      // every column is checked before any is remembered, so a rejected row leaves nothing behind
      for (String column : UNIQUE) {
        Object value = v[FILE.index(column)];
        String owner = value == null ? null : seen.getOrDefault(column, Map.of()).get(value);
        if (owner != null) {
          throw new RowProblem(column, String.valueOf(value),
              column.equals("country.name.en") ? "duplicate key" : "duplicate code (already " + owner + "'s)");
        }
      }
      String name = (String) v[FILE.index("country.name.en")];
      for (String column : UNIQUE) {
        Object value = v[FILE.index(column)];
        if (value != null) {
          seen.computeIfAbsent(column, c -> new HashMap<>()).put(value, name);
        }
      }
    };
  }

  /** The files to read: the given file, or the codelist of a directory. */
  private static List<Path> files(Path path) {
    return DatasetFiles.find(path, FILE_NAME, "countrycode codelist (countrycode_codelist_without_cldr.csv)");
  }
}
