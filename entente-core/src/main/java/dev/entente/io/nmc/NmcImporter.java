package dev.entente.io.nmc;

import dev.entente.error.DataFileException;
import dev.entente.io.DatasetImporter;
import dev.entente.io.ImportOptions;
import dev.entente.io.ImportReport;
import dev.entente.io.RowSink;
import dev.entente.io.tabular.Column;
import dev.entente.io.tabular.CsvReader;
import dev.entente.io.tabular.DateParts;
import dev.entente.io.tabular.DatasetFiles;
import dev.entente.io.tabular.Layout;
import dev.entente.io.tabular.RowProblem;
import dev.entente.io.tabular.RowRule;
import dev.entente.io.tabular.TabularFile;

import java.nio.charset.StandardCharsets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;


/**
 * The Correlates of War National Material Capabilities (Singer, Bremer and Stuckey 1972; v6.0 Greig and Enterline
 * 2021), abridged state-year files, in two layouts that fill one table, {@code nmc}:
 *
 * <ul>
 *   <li>COW's own {@code NMC-60-abridged.csv}, variant {@code abridged}: {@code
 *       stateabb,ccode,year,milex,milper,irst,pec,tpop,upop,cinc,version};
 *   <li>peacesciencer's re-export of NMC 7.0 ({@code cow_nmc.csv}), variant {@code abridged-peacesciencer}: the same
 *       columns without {@code stateabb} and {@code version}, its -9 codes already written as blanks. Its rows have
 *       NULL in those two columns.
 * </ul>
 *
 * <p>The layout is recognised by the header, which must be one of the two exactly.
 *
 * <p>Checks: {@code ccode} from the COW state list; {@code year} 1816–2100; a three-capital-letter {@code stateabb};
 * whole numbers for {@code milex} (thousands of US dollars), {@code milper} (thousands), {@code irst} (thousands of
 * tons) and {@code pec} (thousands of coal-ton equivalents); real numbers for {@code tpop} and {@code upop}
 * (thousands; v6.0 and v7.0 each hold one fractional value) and for {@code cinc}, written like {@code .039697491} or
 * {@code 3.2678875e-06}; no negative component and a cinc from 0 to 1; a unique key (ccode, year).
 *
 * <p>Missing values are NULL, never 0: NMC's code -9 and a blank cell. In v6.0, -9 stands for 2,217 milex, 426
 * milper, 26 irst, 448 pec and 68 upop values.
 *
 * <p>The dataset version: COW writes the release year in the {@code version} column (2021 for every row of v6.0);
 * the known years are recorded as the release number (2021 → 6.0), others as written. peacesciencer's file has no
 * version column and is recorded as 7.0, the release it ships (1816–2022). Since its layout is also what
 * peacesciencer made of NMC 6.0, such a file that ends in 2016 or earlier is refused rather than mislabelled.
 */
public final class NmcImporter implements DatasetImporter {

  /** The release numbers of the release years COW writes in the {@code version} column. */
  public static final Map<String, String> RELEASE_OF_YEAR = Map.of("2021", "6.0");

  /** The version of peacesciencer's file, which has no version column. */
  public static final String PEACESCIENCER_VERSION = "7.0";

  /** The last year of NMC 6.0; a peacesciencer file that ends there is not 7.0. */
  static final int LAST_YEAR_OF_6_0 = 2016;

  private static final List<String> WHOLE = List.of("milex", "milper", "irst", "pec");
  private static final List<String> REAL = List.of("tpop", "upop", "cinc");

  /** The table, in COW's abridged layout. */
  public static final Layout ABRIDGED = new Layout("nmc", columns(true), List.of("ccode", "year"));

  /** peacesciencer's layout: a subset of {@link #ABRIDGED}'s columns, mapped onto the same table by name. */
  public static final Layout PEACESCIENCER = new Layout("nmc", columns(false), List.of("ccode", "year"));

  private final Set<Long> cowCodes;

  /** @param cowCodes the COW state codes {@code ccode} is checked against */
  public NmcImporter(Set<Long> cowCodes) {
    this.cowCodes = Set.copyOf(cowCodes);
  }

  @Override
  public String name() {
    return "nmc";
  }

  @Override
  public String description() {
    return "COW National Material Capabilities, abridged: NMC-60-abridged.csv (6.0), peacesciencer cow_nmc.csv (7.0)";
  }

  @Override
  public List<Layout> layouts() {
    return List.of(ABRIDGED);
  }

  @Override
  public List<ImportReport> read(Path path, ImportOptions options, RowSink sink) {
    List<ImportReport> reports = new ArrayList<>();
    for (Path f : files(path)) {
      Layout layout = layoutOf(f);
      String variant;
      Function<Object[], String> version;
      long[] lastYear = {Long.MIN_VALUE};
      if (layout == ABRIDGED) {
        variant = "abridged";
        int vi = layout.index("version");
        version = v -> release((String) v[vi]);
      } else {
        variant = "abridged-peacesciencer";
        version = v -> PEACESCIENCER_VERSION;
      }
      int yi = layout.index("year");
      RowRule rule = DateParts.all(rule(layout), v -> lastYear[0] = Math.max(lastYear[0], (Long) v[yi]));
      ImportReport.FileReport r =
          new TabularFile(layout, ',', StandardCharsets.UTF_8, rule, version).load(f, name(), variant, options, sink);
      if (layout == PEACESCIENCER && r.rowsLoaded() > 0 && lastYear[0] <= LAST_YEAR_OF_6_0) {
        throw new DataFileException(f.getFileName().toString(), 0, "year", String.valueOf(lastYear[0]),
            "a file in peacesciencer's layout (no version column) is taken as NMC " + PEACESCIENCER_VERSION
            + ", which runs to 2022, but this one ends in " + lastYear[0]
            + " (NMC 6.0 in peacesciencer's layout?): import COW's own file, which names its version");
      }
      reports.add(new ImportReport(name(), variant, r.version(), List.of(r)));
    }
    return reports;
  }

  /** 2021 → 6.0; an unknown code as written. */
  static String release(String versionColumn) {
    String v = versionColumn.strip();
    return RELEASE_OF_YEAR.getOrDefault(v, v);
  }

  private RowRule rule(Layout layout) {
    int code = layout.index("ccode");
    int year = layout.index("year");
    List<RowRule> rules = new ArrayList<>();
    rules.add(v -> {
      Long c = (Long) v[code];
      if (!cowCodes.contains(c)) {
        throw new RowProblem("ccode", String.valueOf(c), "not a COW state code");
      }
      long y = (Long) v[year];
      if (y < 1816 || y > 2100) {
        throw new RowProblem("year", String.valueOf(y), "an NMC year is 1816 to 2100");
      }
    });
    if (layout.header().contains("stateabb")) {
      int abb = layout.index("stateabb");
      rules.add(v -> {
        if (!((String) v[abb]).strip().matches("[A-Z]{3}")) {
          throw new RowProblem("stateabb", (String) v[abb], "a COW abbreviation is three capital letters");
        }
      });
    }
    for (String name : List.of("milex", "milper", "irst", "pec", "tpop", "upop", "cinc")) {
      int i = layout.index(name);
      rules.add(v -> {
        Number n = (Number) v[i];
        if (n != null && n.doubleValue() < 0) {
          throw new RowProblem(name, n.toString(), "a capability is not negative (NMC's missing code is -9)");
        }
        if (n != null && name.equals("cinc") && n.doubleValue() > 1) {
          throw new RowProblem(name, n.toString(), "a CINC score is a share, 0 to 1");
        }
      });
    }
    return DateParts.all(rules.toArray(RowRule[]::new));
  }

  private static List<Column> columns(boolean cowLayout) {
    List<Column> cols = new ArrayList<>();
    if (cowLayout) {
      cols.add(Column.text("stateabb", true, ""));
    }
    cols.add(Column.requiredInt("ccode"));
    cols.add(Column.requiredInt("year"));
    for (String name : WHOLE) {
      cols.add(Column.optionalInt(name, "", "-9"));
    }
    for (String name : REAL) {
      cols.add(Column.optionalReal(name, "", "-9"));
    }
    if (cowLayout) {
      cols.add(Column.text("version", true, ""));
    }
    return cols;
  }

  /** The layout whose header the file has; any other header is an error naming both. */
  private static Layout layoutOf(Path f) {
    List<String> header;
    try (CsvReader csv = CsvReader.open(f, ',', StandardCharsets.UTF_8)) {
      header = csv.next();
    }
    if (header == null) {
      return ABRIDGED;
    }
    header = header.stream().map(String::strip).toList();
    if (header.equals(ABRIDGED.header())) {
      return ABRIDGED;
    }
    if (header.equals(PEACESCIENCER.header())) {
      return PEACESCIENCER;
    }
    throw new DataFileException(f.getFileName().toString(), 1, "", String.join(",", header),
        "wrong header for nmc: expected " + String.join(",", ABRIDGED.header()) + " (COW) or "
        + String.join(",", PEACESCIENCER.header()) + " (peacesciencer)");
  }

  private static List<Path> files(Path path) {
    return DatasetFiles.find(path, java.util.regex.Pattern.compile(".*nmc.*\\.csv(\\.gz)?"), "NMC file (NMC-60-abridged.csv, cow_nmc.csv)");
  }
}
