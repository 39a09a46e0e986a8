package dev.entente.io.cow;

import dev.entente.error.DataFileException;
import dev.entente.io.DatasetImporter;
import dev.entente.io.ImportOptions;
import dev.entente.io.ImportReport;
import dev.entente.io.RowSink;
import dev.entente.io.tabular.Column;
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
import java.util.Locale;


/**
 * The Correlates of War state system (v2016): the state-year list ({@code system2016.csv}), the membership spells
 * ({@code states2016.csv}, also in peacesciencer's re-export) and the major powers ({@code majors2016.csv}).
 *
 * <p>Checks: exact headers; a COW code 2–999 with a three-letter abbreviation; years 1816–2100; real start and end
 * dates; an end not before its start; keys (ccode and year; ccode and start date). The dataset version is the
 * file's {@code version} column (2016).
 */
public final class CowSystemImporter implements DatasetImporter {

  /** State-years. */
  public static final Layout SYSTEM =
      new Layout("cow_system",
          List.of(Column.text("stateabb", true, ""), Column.requiredInt("ccode"), Column.requiredInt("year"),
              Column.text("version", true, "")),
          List.of("ccode", "year"));

  /** Membership spells. */
  public static final Layout STATES =
      new Layout("cow_states",
          List.of(Column.text("stateabb", true, ""), Column.requiredInt("ccode"), Column.text("statenme", true, ""),
              Column.requiredInt("styear"), Column.requiredInt("stmonth"), Column.requiredInt("stday"),
              Column.requiredInt("endyear"), Column.requiredInt("endmonth"), Column.requiredInt("endday"),
              Column.text("version", true, "")),
          List.of("ccode", "styear", "stmonth", "stday"));

  /** Major-power spells. */
  public static final Layout MAJORS =
      new Layout("cow_majors",
          List.of(Column.text("stateabb", true, ""), Column.requiredInt("ccode"),
              Column.requiredInt("styear"), Column.requiredInt("stmonth"), Column.requiredInt("stday"),
              Column.requiredInt("endyear"), Column.requiredInt("endmonth"), Column.requiredInt("endday"),
              Column.text("version", true, "")),
          List.of("ccode", "styear", "stmonth", "stday"));

  @Override
  public String name() {
    return "cow-system";
  }

  @Override
  public String description() {
    return "COW state system v2016: system2016.csv (state-years), states2016.csv (spells), majors2016.csv";
  }

  @Override
  public List<Layout> layouts() {
    return List.of(SYSTEM, STATES, MAJORS);
  }

  @Override
  public List<ImportReport> read(Path path, ImportOptions options, RowSink sink) {
    List<ImportReport> reports = new ArrayList<>();
    for (Path f : files(path)) {
      Layout layout = layoutOf(f);
      int vi = layout.index("version");
      ImportReport.FileReport r = new TabularFile(layout, ',', StandardCharsets.UTF_8, rule(layout),
          v -> (String) v[vi]).load(f, name(), "standard", options, sink);
      reports.add(new ImportReport(name(), "standard", r.version(), List.of(r)));
    }
    return reports;
  }

  private static RowRule rule(Layout layout) {
    int code = layout.index("ccode");
    int abb = layout.index("stateabb");
    RowRule codes = v -> {
      long c = (Long) v[code];
      if (c < 2 || c > 999) {
        throw new RowProblem("ccode", String.valueOf(c), "a COW code is 2 to 999");
      }
      if (!((String) v[abb]).strip().matches("[A-Z]{3}")) {
        throw new RowProblem("stateabb", (String) v[abb], "a COW abbreviation is three capital letters");
      }
    };
    if (layout == SYSTEM) {
      int y = layout.index("year");
      return DateParts.all(codes, v -> {
        long year = (Long) v[y];
        if (year < 1816 || year > 2100) {
          throw new RowProblem("year", String.valueOf(year), "a COW system year is 1816 or later");
        }
      });
    }
    int sy = layout.index("styear");
    int ey = layout.index("endyear");
    return DateParts.all(codes,
        DateParts.valid(layout, "styear", "stmonth", "stday"),
        DateParts.valid(layout, "endyear", "endmonth", "endday"),
        v -> {
          java.time.LocalDate start = java.time.LocalDate.of(((Long) v[sy]).intValue(),
              ((Long) v[sy + 1]).intValue(), ((Long) v[sy + 2]).intValue());
          java.time.LocalDate end = java.time.LocalDate.of(((Long) v[ey]).intValue(),
              ((Long) v[ey + 1]).intValue(), ((Long) v[ey + 2]).intValue());
          if (end.isBefore(start)) {
            throw new RowProblem("endyear", end.toString(), "the spell ends before it starts (" + start + ")");
          }
        });
  }

  private static Layout layoutOf(Path f) {
    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.startsWith("system")) {
      return SYSTEM;
    }
    if (n.startsWith("majors") || n.contains("majors")) {
      return MAJORS;
    }
    if (n.startsWith("states") || n.contains("cow_states")) {
      return STATES;
    }
    throw new DataFileException(f.toString(), 0, "", "",
        "not a COW state-system file (expected system2016.csv, states2016.csv or majors2016.csv)");
  }

  private static List<Path> files(Path path) {
    return DatasetFiles.find(path, java.util.regex.Pattern.compile("(system|states|majors)\\d{4}.*\\.csv(\\.gz)?"), "COW state-system file (system2016.csv, states2016.csv, majors2016.csv)");
  }
}
