package dev.entente.io.dcad;


import dev.entente.io.DatasetImporter;
import dev.entente.io.ImportOptions;
import dev.entente.io.ImportReport;
import dev.entente.io.Reject;
import dev.entente.io.RowSink;
import dev.entente.io.tabular.Column;
import dev.entente.io.tabular.ColumnType;
import dev.entente.io.tabular.DateParts;
import dev.entente.io.tabular.DatasetFiles;
import dev.entente.io.tabular.Layout;
import dev.entente.io.tabular.RowProblem;
import dev.entente.io.tabular.RowRule;
import dev.entente.io.tabular.TabularFile;

import java.nio.charset.StandardCharsets;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * DCAD, the Defense Cooperation Agreement Dataset (Kinne 2020, <i>Journal of Conflict Resolution</i> 64(4):
 * 729-755), version 1.0: the agreement-level file {@code DCAD-v1.0-main.csv}, one row per bilateral defence
 * cooperation agreement signed 1980-2010 (1,871 rows, 30 columns), into the table {@code dcad_agreements}. The
 * dyad-year file ({@code DCAD-v1.0-dyadic.csv}) is not read.
 *
 * <p>Checks: the exact header; whole numbers in the code and date columns; real dates where year, month and day
 * are given; {@code ccode1} and {@code ccode2} from the COW state list (every code of DCAD 1.0 is in it, so no
 * other code is allowed); the code lists below; a unique {@code DCAid}. The table has the file's 30 columns plus
 * two dates built from the parts, {@code signDate} and {@code EIFDate}, NULL unless year, month and day are all
 * given (the parts stay, so a year-only date is not lost).
 *
 * <p>Missing values are NULL, never 0: a blank cell everywhere, and DCAD's negative codes where the column is a
 * number or a 0/1 flag. The codebook was not available to us; the codes' meaning below is read off the file (the
 * same rows carry the same code in {@code span}, {@code renewType} and {@code renewYears}):
 * <ul>
 *   <li>{@code span} (initial duration in years): -77 (no fixed term: the row has -77 in all three columns) and
 *       -88 (unknown) are NULL;
 *   <li>{@code renewType} is a code list whose every value is negative (-44, -55, -56, -57, -58, -66, -77); the
 *       codes are kept, only -88 (unknown) is NULL;
 *   <li>{@code renewYears} (years per renewal): -44, -55, -66 and -77 are renewal-kind codes (on 650 of their
 *       651 rows the same as the row's {@code renewType}) and -88 is unknown; all are NULL (the kind stays in
 *       {@code renewType});
 *   <li>{@code terminated} (0/1): -88 and -99 are NULL; {@code factivaSign} (0/1): -99 is NULL.
 * </ul>
 * Other code lists: {@code type} general or sector; {@code category1..3} DCA, DIC, PROCUREMENT, RESEARCH, TREX or
 * COMMISSION; {@code categoryConf} atypical, low, med or high; {@code fullText} Y, N, TE or NE; {@code sourceType}
 * treaty or factiva; {@code asymmetry} 0-2; {@code factivaConf} 1-5; {@code factivaEIF} 0/1. Text is kept as
 * written (two names in DCAid 0820 end in a space: {@code "HUN "}, {@code "ROM "}).
 *
 * <p>Loaded as written, not repaired: three rows pair a state with itself (DCAid 0297, coded 145-145 but named
 * BOL-VEN; 1625, 541-541; 1847, 750-750); DCAid 0108 names 652 (Syria) EGY; five agreements enter into force
 * before they are signed (0110, 0292, 0688, 1221, 1632); DCAid 1009 has an entry-into-force day and month but no
 * year (so no {@code EIFDate}).
 *
 * <p>The dataset version is read from the file's content: every {@code DCAid} is {@code DCADv<version>-NNNN}
 * ({@code DCADv1.0-0001}), so the version is {@code 1.0}. When the file name also names a version
 * ({@code DCAD-v1.0-main.csv}) the two must agree.
 */
public final class DcadImporter implements DatasetImporter {

  static final String HEADER =
      "ccode1,cowName1,ccode2,cowName2,signDay,signMonth,signYear,EIFDay,EIFMonth,EIFYear,type,category1,"
      + "category2,category3,span,renewType,renewYears,terminated,durationActual,endYearEstimate,asymmetry,"
      + "categoryConf,UNTS,fullText,sourceType,source,factivaConf,factivaSign,factivaEIF,DCAid";

  /** The file's 30 columns, as read. */
  static final Layout FILE = new Layout("dcad_agreements", List.of(
      Column.requiredInt("ccode1"), Column.text("cowName1", true, ""),
      Column.requiredInt("ccode2"), Column.text("cowName2", true, ""),
      Column.optionalInt("signDay", ""), Column.optionalInt("signMonth", ""), Column.requiredInt("signYear"),
      Column.optionalInt("EIFDay", ""), Column.optionalInt("EIFMonth", ""), Column.optionalInt("EIFYear", ""),
      Column.text("type", true, ""), Column.text("category1", true, ""),
      Column.text("category2", false, ""), Column.text("category3", false, ""),
      Column.optionalInt("span", "", "-77", "-88"),
      Column.optionalInt("renewType", "", "-88"),
      Column.optionalInt("renewYears", "", "-44", "-55", "-66", "-77", "-88"),
      Column.optionalInt("terminated", "", "-88", "-99"),
      Column.optionalInt("durationActual", ""), Column.requiredInt("endYearEstimate"),
      Column.requiredInt("asymmetry"), Column.text("categoryConf", true, ""),
      Column.optionalInt("UNTS", ""), Column.text("fullText", false, ""),
      Column.text("sourceType", true, ""), Column.text("source", false, ""),
      Column.optionalInt("factivaConf", ""), Column.optionalInt("factivaSign", "", "-99"),
      Column.optionalInt("factivaEIF", ""), Column.text("DCAid", true, "")),
      List.of("DCAid"));

  /** The agreements table: the file's columns, then {@code signDate} and {@code EIFDate}. */
  public static final Layout AGREEMENTS = withDates(FILE);

  private static final Pattern ID = Pattern.compile("DCADv(\\d+(?:\\.\\d+)*)-\\d+");
  private static final Pattern FILE_NAME =
      Pattern.compile("dcad-v(\\d+(?:\\.\\d+)*)-main\\.csv(\\.gz)?", Pattern.CASE_INSENSITIVE);
  private static final Set<String> CATEGORIES = Set.of("DCA", "DIC", "PROCUREMENT", "RESEARCH", "TREX", "COMMISSION");

  private final Set<Long> cowCodes;

  /** @param cowCodes the COW state codes {@code ccode1} and {@code ccode2} are checked against */
  public DcadImporter(Set<Long> cowCodes) {
    this.cowCodes = Set.copyOf(cowCodes);
  }

  @Override
  public String name() {
    return "dcad";
  }

  @Override
  public String description() {
    return "DCAD 1.0 (Kinne), defence cooperation agreements 1980-2010: the agreement-level file DCAD-v1.0-main.csv";
  }

  @Override
  public List<Layout> layouts() {
    return List.of(AGREEMENTS);
  }

  @Override
  public List<ImportReport> read(Path path, ImportOptions options, RowSink sink) {
    List<ImportReport> reports = new ArrayList<>();
    for (Path f : files(path)) {
      String named = versionInName(f);
      int id = FILE.index("DCAid");
      TabularFile reader = new TabularFile(FILE, ',', StandardCharsets.UTF_8, rule(named),
          v -> versionOf((String) v[id]));
      ImportReport.FileReport r = reader.load(f, name(), "standard", options, addingDates(sink));
      reports.add(new ImportReport(name(), "standard", r.version(), List.of(r)));
    }
    return reports;
  }

  private RowRule rule(String namedVersion) {
    return DateParts.all(
        cowCode("ccode1"), cowCode("ccode2"),
        DateParts.valid(FILE, "signYear", "signMonth", "signDay"),
        DateParts.valid(FILE, "EIFYear", "EIFMonth", "EIFDay"),
        oneOf("type", Set.of("general", "sector")),
        oneOf("category1", CATEGORIES), oneOf("category2", CATEGORIES), oneOf("category3", CATEGORIES),
        oneOf("renewType", Set.of(-44L, -55L, -56L, -57L, -58L, -66L, -77L)),
        oneOf("terminated", Set.of(0L, 1L)),
        oneOf("asymmetry", Set.of(0L, 1L, 2L)),
        oneOf("categoryConf", Set.of("atypical", "low", "med", "high")),
        oneOf("fullText", Set.of("Y", "N", "TE", "NE")),
        oneOf("sourceType", Set.of("treaty", "factiva")),
        oneOf("factivaConf", Set.of(1L, 2L, 3L, 4L, 5L)),
        oneOf("factivaSign", Set.of(0L, 1L)),
        oneOf("factivaEIF", Set.of(0L, 1L)),
        id(namedVersion));
  }

  private RowRule cowCode(String column) {
    int i = FILE.index(column);
    return v -> {
      Long code = (Long) v[i];
      if (!cowCodes.contains(code)) {
        throw new RowProblem(column, String.valueOf(code), "not a COW state code");
      }
    };
  }

  /** A code list; a NULL (missing) value passes. */
  private static RowRule oneOf(String column, Set<?> allowed) {
    int i = FILE.index(column);
    return v -> {
      if (v[i] != null && !allowed.contains(v[i])) {
        throw new RowProblem(column, String.valueOf(v[i]), "not one of DCAD's codes " + sorted(allowed));
      }
    };
  }

  private static RowRule id(String namedVersion) {
    int i = FILE.index("DCAid");
    return v -> {
      String id = (String) v[i];
      Matcher m = ID.matcher(id);
      if (!m.matches()) {
        throw new RowProblem("DCAid", id, "a DCAD id is DCADv<version>-<number> (DCADv1.0-0001)");
      }
      if (namedVersion != null && !namedVersion.equals(m.group(1))) {
        throw new RowProblem("DCAid", id, "the file name says version " + namedVersion);
      }
    };
  }

  /** {@code DCADv1.0-0001} → {@code 1.0}; the row rule has checked the form. */
  static String versionOf(String dcaId) {
    Matcher m = ID.matcher(dcaId);
    return m.matches() ? m.group(1) : dcaId;
  }

  private static String versionInName(Path f) {
    Matcher m = FILE_NAME.matcher(f.getFileName().toString());
    return m.matches() ? m.group(1) : null;
  }

  private static String sorted(Set<?> values) {
    return values.stream().map(String::valueOf).sorted().toList().toString();
  }

  /** Passes the file's rows on as {@link #AGREEMENTS} rows, with the two dates built from their parts. */
  private static RowSink addingDates(RowSink sink) {
    int[] sign = {FILE.index("signYear"), FILE.index("signMonth"), FILE.index("signDay")};
    int[] eif = {FILE.index("EIFYear"), FILE.index("EIFMonth"), FILE.index("EIFDay")};
    return new RowSink() {
      @Override
      public void begin(String dataset, String variant, String version) {
        sink.begin(dataset, variant, version);
      }

      @Override
      public void row(Layout layout, Object[] values) {
        Object[] out = Arrays.copyOf(values, values.length + 2);
        out[values.length] = date(values, sign);
        out[values.length + 1] = date(values, eif);
        sink.row(AGREEMENTS, out);
      }

      @Override
      public void reject(Reject reject) {
        sink.reject(reject);
      }
    };
  }

  /** The date when year, month and day are all given (the row rule has checked it is real), else NULL. */
  private static LocalDate date(Object[] v, int[] ymd) {
    if (v[ymd[0]] == null || v[ymd[1]] == null || v[ymd[2]] == null) {
      return null;
    }
    return LocalDate.of(((Long) v[ymd[0]]).intValue(), ((Long) v[ymd[1]]).intValue(), ((Long) v[ymd[2]]).intValue());
  }

  private static Layout withDates(Layout file) {
    List<Column> cols = new ArrayList<>(file.columns());
    cols.add(new Column("signDate", ColumnType.DATE, Set.of(""), false));
    cols.add(new Column("EIFDate", ColumnType.DATE, Set.of(""), false));
    return new Layout(file.table(), cols, file.key());
  }

  /** The files to read: the given file, or the DCAD agreement-level files of a directory. */
  private static List<Path> files(Path path) {
    return DatasetFiles.find(path, FILE_NAME, "DCAD agreement-level file (DCAD-v1.0-main.csv)");
  }
}
