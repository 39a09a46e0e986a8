package dev.entente.io.cow;


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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import java.util.Set;


/**
 * The Correlates of War Formal Alliances data set (Gibler 2009), version 4.1: the member-level file
 * ({@code alliance_v4.1_by_member.csv}), one row per state's membership spell in an alliance, with the alliance's own
 * start and end, its type ({@code ss_type}) and the four obligation flags.
 *
 * <p>Checks: the exact header; whole numbers everywhere but {@code state_name}, {@code ss_type} and
 * {@code version}; real dates where day, month and year are all given, months 1–12 and days 1–31 where given; no
 * spell that ends before it starts (alliance and membership); {@code ccode} from the COW state list; the flags
 * {@code left_censor}, {@code right_censor}, {@code defense}, {@code neutrality}, {@code nonaggression},
 * {@code entente} 0 or 1; a unique key (version4id, ccode and membership start date, so a state could leave and
 * rejoin one alliance; in v4.1 version4id, ccode and start year alone are unique too).
 *
 * <p>Missing values are NULL, never 0: a blank cell, and -9 (COW's usual missing code, accepted in the date
 * columns although v4.1 itself uses only blanks). In v4.1 the end dates are blank for the 373 member rows of
 * alliances still in force and the 359 memberships still running, and a few flags are blank (left_censor twice,
 * nonaggression once, entente twice).
 *
 * <p>The file is read as ISO-8859-1, so any byte decodes: the COW files are older Windows/Latin-1 exports, and the
 * v4.1 file itself is pure ASCII. A UTF-8 file would still load, with a non-ASCII state name showing as two
 * Latin-1 characters. The dataset version is the file's {@code version} column (4.1); the variant is
 * {@code by-member}.
 *
 * <p>The data's maintainer asks that the alliance data be processed "without assistance of any convenience
 * functions" (see the data README): this importer reads the file a user supplies; entente does not ship it.
 */
public final class CowAllianceImporter implements DatasetImporter {

  static final String MEMBER_HEADER =
      "version4id,ccode,state_name,all_st_day,all_st_month,all_st_year,all_end_day,all_end_month,all_end_year,"
      + "ss_type,mem_st_day,mem_st_month,mem_st_year,mem_end_day,mem_end_month,mem_end_year,left_censor,"
      + "right_censor,defense,neutrality,nonaggression,entente,version";

  private static final List<String> FLAGS =
      List.of("left_censor", "right_censor", "defense", "neutrality", "nonaggression", "entente");

  /** One row per member state and membership spell. */
  public static final Layout MEMBERS =
      new Layout("cow_alliance_members", columns(),
          List.of("version4id", "ccode", "mem_st_year", "mem_st_month", "mem_st_day"));

  private static final String VARIANT = "by-member";

  private final Set<Long> cowCodes;

  /** @param cowCodes the COW state codes members are checked against */
  public CowAllianceImporter(Set<Long> cowCodes) {
    this.cowCodes = Set.copyOf(cowCodes);
  }

  @Override
  public String name() {
    return "cow-alliances";
  }

  @Override
  public String description() {
    return "COW Formal Alliances v4.1: alliance_v4.1_by_member.csv (member rows with alliance dates and type)";
  }

  /**
   * The directed dyad-year coding of COW v4.1 as peacesciencer redistributes it ({@code
   * cow_alliance_directed_dyad_year.csv}: ccode1, ccode2, year and the four type flags, built from COW's own
   * dyad-yearly file). Where COW's by-member and dyad-yearly files disagree (a few dyads and edge years), this is
   * the coding EUGene and peacesciencer used.
   */
  public static final Layout DYAD_YEARS =
      new Layout("cow_alliance_dyad_years",
          List.of(Column.requiredInt("ccode1"), Column.requiredInt("ccode2"), Column.requiredInt("year"),
              Column.requiredInt("cow_defense"), Column.requiredInt("cow_neutral"), Column.requiredInt("cow_nonagg"),
              Column.requiredInt("cow_entente")),
          List.of("ccode1", "ccode2", "year"));

  /** The variant and version of the peacesciencer dyad-year file (it has no version column; it is COW v4.1). */
  static final String DYAD_VARIANT = "dyad-year-peacesciencer";

  @Override
  public List<Layout> layouts() {
    return List.of(MEMBERS, DYAD_YEARS);
  }

  @Override
  public List<ImportReport> read(Path path, ImportOptions options, RowSink sink) {
    List<ImportReport> reports = new ArrayList<>();
    int vi = MEMBERS.index("version");
    for (Path f : files(path)) {
      if (f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).startsWith("cow_alliance_directed_dyad_year")) {
        ImportReport.FileReport r = new TabularFile(DYAD_YEARS, ',', StandardCharsets.UTF_8, dyadRule(), v -> "4.1")
            .load(f, name(), DYAD_VARIANT, options, sink);
        reports.add(new ImportReport(name(), DYAD_VARIANT, r.version(), List.of(r)));
        continue;
      }
      ImportReport.FileReport r = new TabularFile(MEMBERS, ',', StandardCharsets.ISO_8859_1, rule(),
          v -> ((String) v[vi]).strip()).load(f, name(), VARIANT, options, sink);
      reports.add(new ImportReport(name(), VARIANT, r.version(), List.of(r)));
    }
    return reports;
  }

  private RowRule dyadRule() {
    return v -> {
      for (int i = 0; i < 2; i++) {
        if (!cowCodes.contains((Long) v[i])) {
          throw new RowProblem("ccode" + (i + 1), String.valueOf(v[i]), "not a COW state code");
        }
      }
      long year = (Long) v[2];
      if (year < 1816 || year > 2012) {
        throw new RowProblem("year", String.valueOf(year), "COW alliances v4.1 cover 1816 to 2012");
      }
      for (int i = 3; i < 7; i++) {
        long flag = (Long) v[i];
        if (flag != 0 && flag != 1) {
          throw new RowProblem(DYAD_YEARS.columns().get(i).name(), String.valueOf(flag), "a flag is 0 or 1");
        }
      }
    };
  }

  private RowRule rule() {
    int code = MEMBERS.index("ccode");
    RowRule member = v -> {
      Long c = (Long) v[code];
      if (!cowCodes.contains(c)) {
        throw new RowProblem("ccode", String.valueOf(c), "not a COW state code");
      }
    };
    List<RowRule> rules = new ArrayList<>(List.of(member,
        DateParts.valid(MEMBERS, "all_st_year", "all_st_month", "all_st_day"),
        DateParts.valid(MEMBERS, "all_end_year", "all_end_month", "all_end_day"),
        DateParts.valid(MEMBERS, "mem_st_year", "mem_st_month", "mem_st_day"),
        DateParts.valid(MEMBERS, "mem_end_year", "mem_end_month", "mem_end_day"),
        order("all_st", "all_end", "the alliance ends before it starts"),
        order("mem_st", "mem_end", "the membership ends before it starts")));
    for (String flag : FLAGS) {
      int i = MEMBERS.index(flag);
      rules.add(v -> {
        Long f = (Long) v[i];
        if (f != null && f != 0 && f != 1) {
          throw new RowProblem(flag, String.valueOf(f), "a flag is 0 or 1");
        }
      });
    }
    return DateParts.all(rules.toArray(RowRule[]::new));
  }

  /** A rule: when both dates are complete, {@code end} is not before {@code start}. */
  private static RowRule order(String start, String end, String rule) {
    int[] s = dateIndex(start);
    int[] e = dateIndex(end);
    return v -> {
      LocalDate from = date(v, s);
      LocalDate to = date(v, e);
      if (from != null && to != null && to.isBefore(from)) {
        throw new RowProblem(end + "_year", to.toString(), rule + " (" + from + ")");
      }
    };
  }

  /** The positions of {@code prefix_year}, {@code _month} and {@code _day}. */
  private static int[] dateIndex(String prefix) {
    return new int[] {
      MEMBERS.index(prefix + "_year"), MEMBERS.index(prefix + "_month"), MEMBERS.index(prefix + "_day")
    };
  }

  /** The date at these positions (already checked to be real), or null if a part is missing. */
  private static LocalDate date(Object[] v, int[] at) {
    Long y = (Long) v[at[0]];
    Long m = (Long) v[at[1]];
    Long d = (Long) v[at[2]];
    return y == null || m == null || d == null ? null : LocalDate.of(y.intValue(), m.intValue(), d.intValue());
  }

  private static List<Column> columns() {
    List<Column> cols = new ArrayList<>();
    for (String name : MEMBER_HEADER.split(",")) {
      if (name.equals("state_name") || name.equals("ss_type") || name.equals("version")) {
        cols.add(Column.text(name, true, ""));
      } else if (name.equals("version4id") || name.equals("ccode") || name.equals("all_st_year")
          || name.equals("mem_st_year")) {
        cols.add(Column.requiredInt(name));
      } else if (name.matches("(all|mem)_(st|end)_(day|month|year)")) {
        cols.add(Column.optionalInt(name, "", "-9"));
      } else {
        cols.add(Column.optionalInt(name, ""));
      }
    }
    return cols;
  }

  private static List<Path> files(Path path) {
    return DatasetFiles.find(path,
        java.util.regex.Pattern.compile("(alliance_v[\\d.]+_by_member|cow_alliance_directed_dyad_year)\\.csv(\\.gz)?"),
        "COW alliance file (alliance_v4.1_by_member.csv, cow_alliance_directed_dyad_year.csv)");
  }
}
