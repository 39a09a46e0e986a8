package dev.entente.io.atop;


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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;


/**
 * ATOP, the Alliance Treaty Obligations and Provisions project (Leeds et al. 2002), version 5.x: the alliance-level
 * file ({@code atop5_1a.csv}), the member-level file ({@code atop5_1m.csv}) and the institutionalisation file
 * ({@code atopinst5_1.csv}), each in the full and the "NNA" variant (non-aggression-only pacts removed).
 *
 * <p>Checks: the exact header; whole numbers everywhere but ATOP's own {@code version}; real dates where year,
 * month and day are given; member codes from the COW state list (plus the one non-COW code ATOP 5.1 uses, 8152);
 * unique keys (alliance: atopid; member: atopid, member, phase and entry date, since a state can leave and rejoin
 * in one phase, e.g. Egypt in the Arab League). Missing values are NULL: a blank cell, and ATOP's 0 in the end and
 * exit dates ({@code endyr}, {@code yrexit}, ...), which means "still in force in 2018".
 *
 * <p>The dataset version is ATOP's {@code version} column, rounded to 4 decimals to undo the float artefact of
 * the institutionalisation file (5.0999999 is 5.1).
 */
public final class AtopImporter implements DatasetImporter {

  /** Member codes outside the COW state list that ATOP 5.1 uses, with where they occur. */
  public static final Map<Long, String> NON_COW_CODES =
      Map.of(8152L, "used once in ATOP 5.1, atopid 1320 (with France, 1874-1883); not a COW state code");

  static final String ALLIANCE_HEADER =
      "atopid,cowid,cow4id,begyr,begmo,begday,endyr,endmo,endday,ineffect,bilat,maxphase,wartime,estmode,"
      + "pubsecr,secrart,proadd,futmem,speclgth,length,renounce,proren,renewlgt,term,defense,offense,neutral,"
      + "nonagg,consul,active,conditio,defcon,offcon,neucon,concon,asymm,notaiden,dipaid,terrres,seppeace,"
      + "thirdcom,noothall,specthrt,statthr1,statthr2,conwtin,medarb,milcon,milaid,intcom,subord,organ1,"
      + "orgpurp1,organ2,orgpurp2,base,contrib,armred,acqterr,divgains,demwith,reflnun,refothio,natrefal,"
      + "compag,nomicoop,conres,agprois,conmen,ecaid,interv,mem1,mem2,mem3,mem4,mem5,mem6,mem7,mem8,mem9,"
      + "mem10,mem11,mem12,mem13,mem14,mem15,mem16,mem17,mem18,mem19,mem20,mem21,mem22,mem23,mem24,mem25,"
      + "mem26,mem27,mem28,mem29,mem30,mem31,mem32,mem33,mem34,mem35,mem36,mem37,mem38,mem39,mem40,mem41,"
      + "mem42,mem43,mem44,mem45,mem46,mem47,mem48,mem49,mem50,mem51,mem52,mem53,mem54,mem55,mem56,mem57,"
      + "mem58,mem59,source,new5,rev5,version";
  static final String MEMBER_HEADER =
      "atopid,cowid,cow4id,member,cowsys,yrent,moent,dayent,yrexit,moexit,dayexit,ineffect,bilat,phase,"
      + "maxphase,wartime,cowwar,estmode,pubsecr,secrart,proadd,futmem,speclgth,length,renounce,proren,"
      + "renewlgt,term,termmode,termcaus,defense,offense,neutral,nonagg,consul,active,conditio,defcon,offcon,"
      + "neucon,concon,defcoadv,defcoloc,defcocon,defconum,defcodem,defconpr,offcoadv,offcoloc,offcocon,"
      + "offconum,offcodem,neucoadv,neucoloc,neucocon,neuconum,neucodem,neuconpr,neucoatt,concoadv,concoloc,"
      + "concocon,concoreq,olimob,asymm,obvary,notaiden,dipaid,terrres,seppeace,thirdcom,noothall,specthrt,"
      + "statthr1,statthr2,conwtin,medarb,milcon,milaid,intcom,subord,organ1,orgpurp1,organ2,orgpurp2,base,"
      + "contrib,armred,acqterr,divgains,demwith,reflnun,refothio,natrefal,compag,nomicoop,conres,agprois,"
      + "conmen,ecaid,interv,source,new5,rev5,version";
  static final String INSTITUTION_HEADER = "atopid,atopidphase,milinst,formal,version";

  private static final Set<String> ZERO_MEANS_NONE =
      Set.of("endyr", "endmo", "endday", "yrexit", "moexit", "dayexit");

  /** The alliance-level table (the full file's 134 columns; the NNA file has mem1..mem43 only). */
  public static final Layout ALLIANCES = layout("atop_alliances", ALLIANCE_HEADER, List.of("atopid"));
  /** The member-level table. */
  public static final Layout MEMBERS =
      layout("atop_members", MEMBER_HEADER, List.of("atopid", "member", "phase", "yrent", "moent", "dayent"));
  /** The institutionalisation table. */
  public static final Layout INSTITUTIONS =
      new Layout("atop_institutions",
          List.of(Column.requiredInt("atopid"), Column.text("atopidphase", true, ""), Column.optionalInt("milinst", ""),
              Column.optionalInt("formal", ""), Column.text("version", true, "")),
          List.of("atopidphase"));

  private final Set<Long> cowCodes;

  /** @param cowCodes the COW state codes members are checked against */
  public AtopImporter(Set<Long> cowCodes) {
    this.cowCodes = Set.copyOf(cowCodes);
  }

  @Override
  public String name() {
    return "atop";
  }

  @Override
  public String description() {
    return "ATOP 5.x alliance-level, member-level and institutionalisation files (full and NNA variants)";
  }

  @Override
  public List<Layout> layouts() {
    return List.of(ALLIANCES, MEMBERS, INSTITUTIONS);
  }

  @Override
  public List<ImportReport> read(Path path, ImportOptions options, RowSink sink) {
    List<Path> files = files(path);
    List<ImportReport> reports = new ArrayList<>();
    for (Path f : files) {
      String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
      String variant = n.contains("nna") ? "nna" : "full";
      TabularFile reader = reader(f, n);
      ImportReport.FileReport r = reader.load(f, name(), variant, options, sink);
      reports.add(new ImportReport(name(), variant, r.version(), List.of(r)));
    }
    return reports;
  }

  private TabularFile reader(Path f, String n) {
    Function<Object[], String> version;
    if (n.startsWith("atopinst")) {
      version = v -> normalise((String) v[4]);
      return new TabularFile(INSTITUTIONS, ',', StandardCharsets.UTF_8, RowRule.none(), version);
    }
    boolean alliance = n.matches("atop\\d+_\\d+a(_nna)?\\.csv(\\.gz)?");
    Layout full = alliance ? ALLIANCES : MEMBERS;
    Layout layout = alliance && n.contains("nna") ? nnaAlliances() : full;
    int vi = layout.index("version");
    version = v -> normalise((String) v[vi]);
    RowRule rule = alliance
        ? DateParts.all(DateParts.valid(layout, "begyr", "begmo", "begday"), DateParts.valid(layout, "endyr", "endmo", "endday"))
        : DateParts.all(DateParts.valid(layout, "yrent", "moent", "dayent"),
            DateParts.valid(layout, "yrexit", "moexit", "dayexit"), memberCode(layout));
    return new TabularFile(layout, ',', StandardCharsets.UTF_8, rule, version);
  }

  private RowRule memberCode(Layout layout) {
    int i = layout.index("member");
    return v -> {
      Long code = (Long) v[i];
      if (code == null || !cowCodes.contains(code) && !NON_COW_CODES.containsKey(code)) {
        throw new RowProblem("member", String.valueOf(code), "not a COW state code");
      }
    };
  }

  static List<Path> files(Path path) {
    return DatasetFiles.find(path, java.util.regex.Pattern.compile("atop\\d+_\\d+[am](_nna)?\\.csv(\\.gz)?|atopinst\\d+_\\d+\\.csv(\\.gz)?"), "ATOP file (atop5_1a.csv, atop5_1m.csv, atopinst5_1.csv, ..._NNA.csv)");
  }

  /** The NNA alliance-level layout: the full one without mem44..mem59. */
  static Layout nnaAlliances() {
    List<Column> cols = ALLIANCES.columns().stream()
        .filter(c -> !c.name().matches("mem(4[4-9]|5\\d)"))
        .toList();
    return new Layout(ALLIANCES.table(), cols, ALLIANCES.key());
  }

  /** 5.0999999 → 5.1; 4.01 → 4.01. */
  static String normalise(String version) {
    try {
      return new BigDecimal(version.strip()).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return version.strip();
    }
  }

  private static Layout layout(String table, String header, List<String> key) {
    List<Column> cols = new ArrayList<>();
    for (String name : Arrays.asList(header.split(","))) {
      if (name.equals("version")) {
        cols.add(Column.text("version", true, ""));
      } else if (key.contains(name) && !name.equals("dayent") && !name.equals("moent")) {
        cols.add(Column.requiredInt(name));
      } else if (ZERO_MEANS_NONE.contains(name)) {
        cols.add(Column.optionalInt(name, "", "0"));
      } else {
        cols.add(Column.optionalInt(name, ""));
      }
    }
    return new Layout(table, cols, key);
  }
}
