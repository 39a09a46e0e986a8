package dev.entente.io.icews;

import dev.entente.error.DataFileException;
import dev.entente.io.events.EventFiles;
import dev.entente.io.events.EventLayout;
import dev.entente.io.events.LineChecks;
import dev.entente.io.events.LineChecks.FieldRule;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The ICEWS Dataverse event file ({@code icews-dataverse-20}): tab-separated, a header line with exactly these 20
 * names, no quoting, blank or {@code NA} for missing. Mapped to the {@code events} table as: Event ID, Event Date
 * (YYYY-MM-DD), Source Name / Sectors / Country (a country <em>name</em>), CAMEO Code (its first three and two
 * characters give the base and root codes), Intensity (Goldstein-like, kept as the as-coded Goldstein value),
 * the Target's three fields, and the location Country, City (else District, else Province), Latitude and
 * Longitude. ICEWS has no actor codes, QuadClass, mention counts or URLs: those columns are NULL.
 */
public final class IcewsLayout implements EventLayout {

  /** The header, in order. */
  public static final List<String> COLUMNS = List.of("Event ID", "Event Date", "Source Name", "Source Sectors",
      "Source Country", "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country",
      "Story ID", "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude");

  /** Checks the file's header and returns the layout. */
  public static IcewsLayout detect(Path file, String shown) {
    List<String> header = LineChecks.split(EventFiles.firstLine(file), '\t', false);
    if (!header.equals(COLUMNS)) {
      throw new DataFileException(shown, 1, "", "", "the header is not the ICEWS Dataverse event file's 20 columns"
          + " (Event ID, Event Date, Source Name, ..., Latitude, Longitude) in order");
    }
    return new IcewsLayout();
  }

  @Override
  public String dataset() {
    return "icews";
  }

  @Override
  public String name() {
    return "icews-dataverse-20";
  }

  @Override
  public List<String> columns() {
    return COLUMNS;
  }

  private static String type(String c) {
    return switch (c) {
      case "Event ID" -> "BIGINT";
      case "Intensity", "Latitude", "Longitude" -> "DOUBLE";
      default -> "VARCHAR";
    };
  }

  @Override
  public String readCsvOptions() {
    return ", delim = '\\t', header = true, quote = '', escape = '', nullstr = ['NA', ''], strict_mode = true,"
        + " null_padding = false, auto_detect = false, " + EventLayout.columnsOption(COLUMNS, IcewsLayout::type);
  }

  @Override
  public String projection() {
    return String.join(", ", "'icews'", "\"Event ID\"", "CAST(try_strptime(\"Event Date\", '%Y-%m-%d') AS DATE)",
        "NULL", "\"Source Name\"", "\"Source Country\"", "NULL", "\"Source Sectors\"",
        "NULL", "\"Target Name\"", "\"Target Country\"", "NULL", "\"Target Sectors\"",
        "\"CAMEO Code\"", "left(\"CAMEO Code\", 3)", "left(\"CAMEO Code\", 2)", "NULL", "Intensity", "NULL",
        "NULL", "NULL", "NULL", "NULL",
        "Country", "coalesce(City, District, Province)", "Latitude", "Longitude", "NULL");
  }

  @Override
  public Optional<DataFileException> firstProblem(Path readable, String shown) {
    FieldRule[] rules = new FieldRule[COLUMNS.size()];
    rules[0] = LineChecks.integer(false);
    rules[1] = LineChecks.date(true);
    rules[6] = LineChecks.cameoCode();
    rules[7] = LineChecks.decimal(true, -10, 10);
    rules[18] = LineChecks.decimal(true, -90, 90);
    rules[19] = LineChecks.decimal(true, -180, 180);
    return LineChecks.firstProblem(readable, shown, true, '\t', false, "NA", COLUMNS, rules);
  }
}
