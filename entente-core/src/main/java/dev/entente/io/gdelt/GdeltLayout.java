package dev.entente.io.gdelt;

import dev.entente.error.DataFileException;
import dev.entente.io.events.EventFiles;
import dev.entente.io.events.EventLayout;
import dev.entente.io.events.LineChecks;
import dev.entente.io.events.LineChecks.FieldRule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A GDELT event-export layout, detected from the file's first line and checked, not assumed from its name:
 *
 * <ul>
 *   <li>{@code gdelt1-backfile-57}: GDELT 1.0 historical backfiles (1979 to March 2013), 57 tab-separated columns,
 *       no {@code SOURCEURL};
 *   <li>{@code gdelt1-daily-58}: GDELT 1.0 daily files (from April 2013), 58 columns ending in {@code SOURCEURL};
 *   <li>{@code gdelt2-61}: GDELT 2.0 15-minute exports, 61 columns (geo blocks with {@code ADM2Code},
 *       {@code DATEADDED} to the second);
 *   <li>{@code gdelt1-header-N}: any of these with a header line of the codebook's column names, tab- or
 *       comma-separated, fields optionally double-quoted, {@code NA} for missing (as R's {@code write.csv} writes
 *       them). The header must list exactly the codebook's names in order.
 * </ul>
 *
 * <p>Columns entente keeps are typed and checked (ids, date, codes, counts, Goldstein, tone, the action location);
 * the actor-location blocks and date-added fields are read as text and not kept.
 *
 * <p>No header: tab-separated, no quoting, a blank field is missing. The number of fields of the first line picks
 * the layout; DuckDB's reader then checks every other line has as many.
 */
public final class GdeltLayout implements EventLayout {

  private static final String[] ACTOR = {"Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
      "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code"};

  private final String name;
  private final String dataset;
  private final List<String> columns;
  private final char delimiter;
  private final boolean header;

  private GdeltLayout(String name, int count, char delimiter, boolean header) {
    this.name = name;
    this.dataset = count == 61 ? "gdelt2" : "gdelt1";
    this.columns = columns(count);
    this.delimiter = delimiter;
    this.header = header;
  }

  /** The codebook's column names for a file of 57, 58 or 61 columns. */
  public static List<String> columns(int count) {
    List<String> c = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
    for (String actor : new String[] {"Actor1", "Actor2"}) {
      for (String f : ACTOR) {
        c.add(actor + f);
      }
    }
    c.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone"));
    for (String geo : new String[] {"Actor1Geo_", "Actor2Geo_", "ActionGeo_"}) {
      for (String f : count == 61
          ? new String[] {"Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"}
          : new String[] {"Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID"}) {
        c.add(geo + f);
      }
    }
    c.add("DATEADDED");
    if (count != 57) {
      c.add("SOURCEURL");
    }
    return List.copyOf(c);
  }

  /**
   * The layout of {@code file} (plain, .gz or .zip), from its first line.
   *
   * @param shown the name to report
   * @throws DataFileException when the first line fits no GDELT layout
   */
  public static GdeltLayout detect(Path file, String shown) {
    String first = EventFiles.firstLine(file);
    if (first.isEmpty()) {
      throw new DataFileException(shown, 1, "", "", "is empty (a GDELT export has one event per line)");
    }
    String unquoted = first.startsWith("\"") ? first.substring(1) : first;
    if (unquoted.startsWith("GLOBALEVENTID")) {
      char delimiter = unquoted.charAt("GLOBALEVENTID".length() + (first.startsWith("\"") ? 1 : 0)) == ',' ? ',' : '\t';
      List<String> names = LineChecks.split(first, delimiter, true);
      for (int count : new int[] {57, 58, 61}) {
        if (names.equals(columns(count))) {
          return new GdeltLayout("gdelt1-header-" + count, count, delimiter, true);
        }
      }
      throw new DataFileException(shown, 1, "", "", "the header has " + names.size()
          + " columns but is not the GDELT codebook's list of 57, 58 or 61 names in order");
    }
    int count = LineChecks.split(first, '\t', false).size();
    return switch (count) {
      case 57 -> new GdeltLayout("gdelt1-backfile-57", 57, '\t', false);
      case 58 -> new GdeltLayout("gdelt1-daily-58", 58, '\t', false);
      case 61 -> new GdeltLayout("gdelt2-61", 61, '\t', false);
      default -> throw new DataFileException(shown, 1, "", "", "has " + count + " tab-separated fields; GDELT 1.0"
          + " files have 57 (backfile) or 58 (daily), GDELT 2.0 exports 61");
    };
  }

  @Override
  public String dataset() {
    return dataset;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<String> columns() {
    return columns;
  }

  private static String type(String column) {
    return switch (column) {
      case "GLOBALEVENTID" -> "BIGINT";
      case "IsRootEvent", "NumMentions", "NumSources", "NumArticles" -> "INTEGER";
      case "QuadClass" -> "TINYINT";
      case "GoldsteinScale", "AvgTone", "ActionGeo_Lat", "ActionGeo_Long" -> "DOUBLE";
      default -> "VARCHAR";
    };
  }

  @Override
  public String readCsvOptions() {
    String quoting = header && delimiter == ',' ? "quote = '\"', escape = '\"'" : "quote = '', escape = ''";
    return ", delim = '" + (delimiter == '\t' ? "\\t" : ",") + "', header = " + header + ", " + quoting
        + ", nullstr = " + (header ? "['NA', '']" : "''") + ", strict_mode = true, null_padding = false"
        + ", auto_detect = false, " + EventLayout.columnsOption(columns, GdeltLayout::type);
  }

  @Override
  public String projection() {
    return String.join(", ",
        "'" + dataset() + "'", "GLOBALEVENTID", "CAST(try_strptime(SQLDATE, '%Y%m%d') AS DATE)",
        actor("Actor1"), actor("Actor2"),
        "EventCode", "coalesce(EventBaseCode, left(EventCode, 3))", "coalesce(EventRootCode, left(EventCode, 2))",
        "QuadClass", "GoldsteinScale", "IsRootEvent = 1", "NumMentions", "NumSources", "NumArticles", "AvgTone",
        "ActionGeo_CountryCode", "ActionGeo_FullName",
        "CASE WHEN ActionGeo_Type IS NULL OR ActionGeo_Type = '0' THEN NULL ELSE ActionGeo_Lat END",
        "CASE WHEN ActionGeo_Type IS NULL OR ActionGeo_Type = '0' THEN NULL ELSE ActionGeo_Long END",
        columns.contains("SOURCEURL") ? "nullif(SOURCEURL, '')" : "CAST(NULL AS VARCHAR)");
  }

  private static String actor(String a) {
    return String.join(", ", a + "Code", a + "Name", a + "CountryCode", a + "KnownGroupCode",
        "nullif(concat_ws(',', " + a + "Type1Code, " + a + "Type2Code, " + a + "Type3Code), '')");
  }

  @Override
  public Optional<DataFileException> firstProblem(Path readable, String shown) {
    FieldRule[] rules = new FieldRule[columns.size()];
    for (int i = 0; i < rules.length; i++) {
      String c = columns.get(i);
      rules[i] = switch (c) {
        case "GLOBALEVENTID" -> LineChecks.integer(false);
        case "SQLDATE" -> LineChecks.date(false);
        case "EventCode" -> LineChecks.cameoCode();
        case "IsRootEvent", "NumMentions", "NumSources", "NumArticles" -> LineChecks.integer(true);
        case "QuadClass" -> LineChecks.decimal(true, 1, 4);
        case "GoldsteinScale" -> LineChecks.decimal(true, -10, 10);
        case "AvgTone" -> LineChecks.decimal(true, -100, 100);
        default -> type(c).equals("DOUBLE") ? LineChecks.decimal(true, -1e9, 1e9) : null;
      };
    }
    return LineChecks.firstProblem(readable, shown, header, delimiter, header && delimiter == ',',
        header ? "NA" : null, columns, rules);
  }
}
