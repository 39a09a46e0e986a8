package dev.entente.io.unvotes;

import dev.entente.error.DataFileException;
import dev.entente.io.DatasetImporter;
import dev.entente.io.ImportOptions;
import dev.entente.io.ImportReport;
import dev.entente.io.RowSink;
import dev.entente.io.tabular.Column;
import dev.entente.io.tabular.ColumnType;
import dev.entente.io.tabular.DatasetFiles;
import dev.entente.io.tabular.Layout;
import dev.entente.io.tabular.RowProblem;
import dev.entente.io.tabular.RowRule;
import dev.entente.io.tabular.TabularFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Bailey–Strezhnev–Voeten UN General Assembly ideal points (Bailey, Strezhnev &amp; Voeten 2017, <i>Journal of
 * Conflict Resolution</i> 61(2):430–456), estimated on all roll calls: {@code IdealpointestimatesAll_<Mon><yyyy>.csv}
 * from Voeten's Dataverse (hdl:1902.1/12379), one row per country and session, into the table {@code idealpoints}
 * (key ccode and session), variant {@code all}.
 *
 * <p>The file is an R {@code write.csv} with row names: its first column has an empty name and holds the row
 * number. That column must be there and hold whole numbers, and it is not stored. The other columns keep their
 * names from the file, {@code %} and the letter O of {@code QO%All} (the 0% quantile) included, so quote them in
 * SQL: {@code "Q5%All"}.
 *
 * <p>Checks: the exact header; {@code ccode} from the COW state list; a session of 1 or more; {@code NVotesAll} of
 * 1 or more; the quantiles {@code QO%All} … {@code Q100%All} in increasing order; the agreement shares
 * ({@code USAgree}, {@code RUSSAgree}, {@code BrazilAgree}, {@code ChinaAgree}, {@code IndiaAgree},
 * {@code IsraelAgree}) between 0 and 1. An agreement share is the share of the session's roll calls on which both
 * states voted yes, abstain or no and voted the same. Missing values are NULL: {@code NA} (and a blank cell), which
 * the June 2024 file uses only in the agreement shares, where the other state was not voting that session (e.g.
 * {@code ChinaAgree} in sessions 1–25, before the People's Republic took the seat).
 *
 * <p>The file carries no version; the release is the month and year in its name, so
 * {@code IdealpointestimatesAll_Jun2024.csv} is version {@code Jun2024}. A file whose name has no release is
 * refused.
 */
public final class IdealPointsImporter implements DatasetImporter {

  /** The variant: estimates from all roll calls. */
  public static final String VARIANT = "all";

  private static final Pattern NAME =
      Pattern.compile("idealpointestimatesall_([a-z]{3}\\d{4})\\.csv(\\.gz)?", Pattern.CASE_INSENSITIVE);

  private static final List<String> QUANTILES =
      List.of("QO%All", "Q5%All", "Q10%All", "Q50%All", "Q90%All", "Q95%All", "Q100%All");
  private static final List<String> AGREEMENTS =
      List.of("USAgree", "RUSSAgree", "BrazilAgree", "ChinaAgree", "IndiaAgree", "IsraelAgree");

  /** The file's columns: R's row names, then the stored ones. */
  private static final List<Column> FILE_COLUMNS = Stream.of(
          Stream.of(Column.requiredInt(""), required("ccode"), required("session"), required("NVotesAll"),
              Column.optionalReal("IdealPointAll", "", "NA")),
          QUANTILES.stream().map(q -> Column.optionalReal(q, "", "NA")),
          Stream.of(Column.text("iso3c", false, "", "NA"), Column.text("Countryname", false, "", "NA")),
          AGREEMENTS.stream().map(a -> Column.optionalReal(a, "", "NA")))
      .flatMap(s -> s)
      .toList();

  /** The store table: the file without its row-name column. */
  public static final Layout IDEAL_POINTS =
      new Layout("idealpoints", FILE_COLUMNS.subList(1, FILE_COLUMNS.size()), List.of("ccode", "session"));

  /** The whole file, read as the store table (the store drops the row-name column). */
  private static final Layout FILE = new Layout(IDEAL_POINTS.table(), FILE_COLUMNS, IDEAL_POINTS.key());

  private final Set<Long> cowCodes;

  /** @param cowCodes the COW state codes that {@code ccode} is checked against */
  public IdealPointsImporter(Set<Long> cowCodes) {
    this.cowCodes = Set.copyOf(cowCodes);
  }

  /** A whole number that must be there ({@code NA} and blank are reported as missing). */
  private static Column required(String name) {
    return new Column(name, ColumnType.INTEGER, Set.of("", "NA"), true);
  }

  @Override
  public String name() {
    return "idealpoints";
  }

  @Override
  public String description() {
    return "Bailey-Strezhnev-Voeten UN ideal points, IdealpointestimatesAll_<Mon><yyyy>.csv";
  }

  @Override
  public List<Layout> layouts() {
    return List.of(IDEAL_POINTS);
  }

  @Override
  public List<ImportReport> read(Path path, ImportOptions options, RowSink sink) {
    List<ImportReport> reports = new ArrayList<>();
    for (Path f : DatasetFiles.find(path, n -> n.startsWith("idealpointestimatesall"),
        "IdealpointestimatesAll_<Mon><yyyy>.csv, e.g. IdealpointestimatesAll_Jun2024.csv")) {
      String version = version(f);
      ImportReport.FileReport r = new TabularFile(FILE, ',', StandardCharsets.UTF_8, rule(), v -> version)
          .load(f, name(), VARIANT, options, sink);
      reports.add(new ImportReport(name(), VARIANT, version, List.of(r)));
    }
    return reports;
  }

  /** {@code IdealpointestimatesAll_Jun2024.csv} → {@code Jun2024}. */
  static String version(Path file) {
    Matcher m = NAME.matcher(file.getFileName().toString());
    if (!m.matches()) {
      throw new DataFileException(file.toString(), 0, "", "",
          "the release is read from the file name, which must be IdealpointestimatesAll_<Mon><yyyy>.csv"
              + " (e.g. IdealpointestimatesAll_Jun2024.csv)");
    }
    String release = m.group(1);
    return Character.toUpperCase(release.charAt(0)) + release.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  private RowRule rule() {
    int ccode = FILE.index("ccode");
    int session = FILE.index("session");
    int votes = FILE.index("NVotesAll");
    int[] quantiles = QUANTILES.stream().mapToInt(FILE::index).toArray();
    int[] agreements = AGREEMENTS.stream().mapToInt(FILE::index).toArray();
    return v -> {
      Long code = (Long) v[ccode];
      if (!cowCodes.contains(code)) {
        throw new RowProblem("ccode", String.valueOf(code), "not a COW state code");
      }
      if ((Long) v[session] < 1) {
        throw new RowProblem("session", String.valueOf(v[session]), "a session is 1 or more");
      }
      if ((Long) v[votes] < 1) {
        throw new RowProblem("NVotesAll", String.valueOf(v[votes]), "an estimate rests on 1 vote or more");
      }
      Double previous = null;
      for (int q : quantiles) {
        Double d = (Double) v[q];
        if (d != null && previous != null && d < previous) {
          throw new RowProblem(FILE.columns().get(q).name(), String.valueOf(d),
              "the quantiles must increase (the one before is " + previous + ")");
        }
        previous = d == null ? previous : d;
      }
      for (int a : agreements) {
        Double d = (Double) v[a];
        if (d != null && (d < 0 || d > 1)) {
          throw new RowProblem(FILE.columns().get(a).name(), String.valueOf(d), "an agreement share is 0 to 1");
        }
      }
    };
  }
}
