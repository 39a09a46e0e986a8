package dev.entente.io.dcad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.entente.error.DataFileException;
import dev.entente.io.ImportOptions;
import dev.entente.io.ImportReport;
import dev.entente.store.duckdb.DuckDbStore;
import dev.entente.testing.CsvCopies;
import dev.entente.testing.StoreSnapshots;
import dev.entente.testing.Stores;
import dev.entente.testing.TestData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DCAD 1.0 against the real agreement-level file. Every expected number was computed with Python's csv module from
 * the raw file (blank and the documented negative codes counted as missing).
 */
class DcadImporterTest {

  private static final String FILE = "DCAD-v1.0-main.csv";

  @TempDir static Path shared;
  private static Path real;
  private static Path imported;
  private static List<ImportReport> reports;

  @TempDir Path dir;

  @BeforeAll
  static void importTheRealFileStrictly() {
    Path folder = TestData.require("kinne-dcad");
    real = TestData.require("kinne-dcad/" + FILE);
    imported = shared.resolve("s.duckdb");
    try (DuckDbStore store = Stores.fresh(imported)) {
      reports = store.importDataset(importer(), folder, ImportOptions.strict());
    }
  }

  private static DcadImporter importer() {
    return new DcadImporter(Stores.cowCodes());
  }

  private static long count(String sql) {
    try (DuckDbStore store = DuckDbStore.open(imported, true)) {
      return Stores.count(store, sql);
    }
  }

  private static List<Object> row(String sql) {
    try (DuckDbStore store = DuckDbStore.open(imported, true)) {
      return store.query(sql).rows().get(0);
    }
  }

  @Test
  void theRealFileImportsStrictlyWithAllItsAgreementsAndNoRejects() {
    assertThat(reports).hasSize(1);
    ImportReport r = reports.get(0);
    assertThat(r.version()).isEqualTo("1.0");
    assertThat(r.files().get(0).file()).endsWith(FILE);
    assertThat(r.files().get(0).rowsRead()).isEqualTo(1871);
    assertThat(r.rowsLoaded()).isEqualTo(1871);
    assertThat(r.rowsRejected()).isZero();
    assertThat(count("SELECT count(*) FROM dcad_agreements")).isEqualTo(1871);
    assertThat(count("SELECT count(DISTINCT DCAid) FROM dcad_agreements")).isEqualTo(1871);
    assertThat(count("SELECT count(*) FROM (SELECT ccode1 FROM dcad_agreements"
        + " UNION SELECT ccode2 FROM dcad_agreements)"))
        .isEqualTo(160);
    assertThat(count("SELECT count(*) FROM dcad_agreements WHERE dataset_version <> '1.0'")).isZero();
    assertThat(count("SELECT count(*) FROM imports WHERE dataset = 'dcad' AND dataset_version = '1.0'")).isEqualTo(1);
    assertThat(count("SELECT count(*) FROM rejects")).isZero();
  }

  @Test
  void theTableHasTheFilesColumnsThenTheTwoBuiltDates() {
    try (DuckDbStore store = DuckDbStore.open(imported, true)) {
      List<String> columns = store.query("SELECT * FROM dcad_agreements LIMIT 0").columns();
      assertThat(columns.subList(2, 32)).containsExactly(DcadImporter.HEADER.split(","));
      assertThat(columns).startsWith("dataset_variant", "dataset_version").endsWith("signDate", "EIFDate");
    }
  }

  @Test
  void blanksAndTheNegativeMissingCodesAreNullNeverZero() {
    Map<String, Long> nulls = new LinkedHashMap<>();
    nulls.put("signDay", 174L);
    nulls.put("signMonth", 132L);
    nulls.put("signYear", 0L);
    nulls.put("EIFDay", 1041L);
    nulls.put("EIFMonth", 1041L);
    nulls.put("EIFYear", 1030L);
    nulls.put("category2", 1538L);
    nulls.put("category3", 1797L);
    nulls.put("span", 1345L); // 1,075 blank + 256 -77 + 14 -88
    nulls.put("renewType", 1124L); // 1,108 blank + 16 -88
    nulls.put("renewYears", 1788L); // 1,101 blank + 687 negative codes
    nulls.put("terminated", 1099L); // 1,005 -88 + 94 -99
    nulls.put("durationActual", 1828L);
    nulls.put("UNTS", 1800L);
    nulls.put("fullText", 648L);
    nulls.put("source", 2L);
    nulls.put("factivaConf", 1223L);
    nulls.put("factivaSign", 1300L); // 1,210 blank + 90 -99
    nulls.put("factivaEIF", 1853L);
    nulls.put("signDate", 174L);
    nulls.put("EIFDate", 1042L);
    Map<String, Long> measured = new LinkedHashMap<>();
    for (String c : nulls.keySet()) {
      measured.put(c, count("SELECT count(*) FROM dcad_agreements WHERE \"" + c + "\" IS NULL"));
    }
    assertThat(measured).containsExactlyEntriesOf(nulls);
    assertThat(count("SELECT count(*) FROM dcad_agreements WHERE span <= 0 OR renewYears <= 0 OR terminated < 0"
        + " OR factivaSign < 0")).isZero();
    assertThat(count("SELECT count(*) FROM dcad_agreements WHERE terminated = 0")).isEqualTo(729);
    assertThat(count("SELECT count(*) FROM dcad_agreements WHERE terminated = 1")).isEqualTo(43);
  }

  @Test
  void renewTypeKeepsItsNegativeCodesExceptUnknown() {
    try (DuckDbStore store = DuckDbStore.open(imported, true)) {
      assertThat(store.query("SELECT renewType, count(*) FROM dcad_agreements WHERE renewType IS NOT NULL"
          + " GROUP BY renewType ORDER BY renewType").rows())
          .containsExactly(List.of(-77L, 256L), List.of(-66L, 376L), List.of(-58L, 18L), List.of(-57L, 18L),
              List.of(-56L, 49L), List.of(-55L, 14L), List.of(-44L, 16L));
    }
  }

  @Test
  void aKnownAgreementHasTheValuesOfTheRawFile() {
    // line 134 of the raw file:
    // 2,USA,740,JPN,8,11,1983,8,11,1983,general,DIC,COMMISSION,,-77,-77,-77,0,,2010,1,atypical,134608,Y,treaty,UNTS,,,,
    // DCADv1.0-0133
    assertThat(row("SELECT ccode1, cowName1, ccode2, cowName2, signDate, EIFDate, type, category1, category2,"
        + " category3, span, renewType, terminated, asymmetry, categoryConf, UNTS, fullText, source, factivaConf"
        + " FROM dcad_agreements WHERE DCAid = 'DCADv1.0-0133'"))
        .containsExactly(2L, "USA", 740L, "JPN", LocalDate.of(1983, 11, 8), LocalDate.of(1983, 11, 8), "general",
            "DIC", "COMMISSION", null, null, -77L, 0L, 1L, "atypical", 134608L, "Y", "UNTS", null);
    // US-Canada 1994: no fixed term (-77 in span, renewType and renewYears), still in force (terminated 0)
    assertThat(row("SELECT span, renewType, renewYears, terminated, signDate FROM dcad_agreements"
        + " WHERE DCAid = 'DCADv1.0-0002'"))
        .containsExactly(null, -77L, null, 0L, LocalDate.of(1994, 8, 19));
    // Montenegro-Slovenia 2007: entry-into-force day and month without a year, so no EIFDate
    assertThat(row("SELECT EIFDay, EIFMonth, EIFYear, EIFDate, signDate FROM dcad_agreements"
        + " WHERE DCAid = 'DCADv1.0-1009'"))
        .containsExactly(21L, 3L, null, null, LocalDate.of(2007, 6, 18));
    // text is kept as written, trailing space included
    assertThat(row("SELECT cowName1, cowName2 FROM dcad_agreements WHERE DCAid = 'DCADv1.0-0820'"))
        .containsExactly("HUN ", "ROM ");
  }

  @Test
  void datesAreBuiltExactlyWhereYearMonthAndDayAreAllGiven() {
    assertThat(count("SELECT count(*) FROM dcad_agreements WHERE signDate IS NOT NULL")).isEqualTo(1697);
    assertThat(count("SELECT count(*) FROM dcad_agreements WHERE EIFDate IS NOT NULL")).isEqualTo(829);
    assertThat(count("SELECT count(*) FROM dcad_agreements WHERE signDate IS DISTINCT FROM"
        + " make_date(signYear, signMonth, signDay)")).isZero();
    assertThat(count("SELECT count(*) FROM dcad_agreements WHERE EIFDate IS DISTINCT FROM"
        + " make_date(EIFYear, EIFMonth, EIFDay)")).isZero();
  }

  @Test
  void theRawFilesAnomaliesAreLoadedAsWritten() {
    assertThat(count("SELECT count(*) FROM dcad_agreements WHERE ccode1 = ccode2")).isEqualTo(3);
    assertThat(count("SELECT count(*) FROM dcad_agreements WHERE EIFDate < signDate")).isEqualTo(5);
  }

  /** One corrupted row: how to make it, and the message's exact beginning. */
  record Corruption(String name, int line, BiFunction<Path, Path, Path> make, String message, String column) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Corruption> corruptions() {
    return Stream.of(
        new Corruption("a short row", 11,
            (src, dst) -> CsvCopies.editFields(src, dst, 11, f -> f.subList(0, 29)),
            FILE + ":11: value '29 columns': expected 30 columns, found 29", ""),
        new Corruption("a year that is not a number", 21,
            (src, dst) -> CsvCopies.replaceField(src, dst, 21, "signYear", "19x4"),
            FILE + ":21: field signYear: value '19x4': not a whole number", "signYear"),
        new Corruption("an impossible date", 31,
            (src, dst) -> CsvCopies.editFields(src, dst, 31, f -> {
              f.set(4, "30");
              f.set(5, "2");
              f.set(6, "2001");
              return f;
            }),
            FILE + ":31: field signDay: value '2001-2-30': not a real date", "signDay"),
        new Corruption("a duplicate DCAid", 41,
            (src, dst) -> CsvCopies.replaceField(src, dst, 41, "DCAid", CsvCopies.field(src, 40, "DCAid")),
            FILE + ":41: field DCAid: value '[DCADv1.0-0039]': duplicate key", "DCAid"),
        new Corruption("a ccode that is not a COW state", 51,
            (src, dst) -> CsvCopies.replaceField(src, dst, 51, "ccode2", "999"),
            FILE + ":51: field ccode2: value '999': not a COW state code", "ccode2"),
        new Corruption("a renewal code DCAD does not have", 61,
            (src, dst) -> CsvCopies.replaceField(src, dst, 61, "renewType", "-33"),
            FILE + ":61: field renewType: value '-33': not one of DCAD's codes", "renewType"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corruptions")
  void aStrictImportStopsAtTheBadRowNamingFileLineColumnAndValueAndChangesNothing(Corruption c) {
    Path db = StoreSnapshots.copy(imported, dir.resolve("db/s.duckdb"));
    Path bad = c.make().apply(real, dir.resolve("bad/" + FILE));
    List<Object> before = StoreSnapshots.of(db, "dcad_agreements");
    try (DuckDbStore store = DuckDbStore.open(db, false)) {
      DataFileException e = catchThrowableOfType(DataFileException.class,
          () -> store.importDataset(importer(), bad, ImportOptions.strict()));
      assertThat(e).isNotNull();
      assertThat(e.getMessage()).startsWith(c.message());
      assertThat(e.line()).isEqualTo(c.line());
      assertThat(e.field()).isEqualTo(c.column());
    }
    assertThat(StoreSnapshots.of(db, "dcad_agreements")).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corruptions")
  void aLenientImportLoadsTheOtherRowsAndRejectsTheBadOneWithItsLineAndRule(Corruption c) {
    Path db = StoreSnapshots.copy(imported, dir.resolve("db/s.duckdb"));
    Path bad = c.make().apply(real, dir.resolve("bad/" + FILE));
    List<ImportReport> lenient;
    try (DuckDbStore store = DuckDbStore.open(db, false)) {
      lenient = store.importDataset(importer(), bad, ImportOptions.lenientMode());
    }
    assertThat(lenient.get(0).rowsLoaded()).isEqualTo(1870);
    assertThat(lenient.get(0).rowsRejected()).isEqualTo(1);
    String rule = c.message().substring(c.message().lastIndexOf("': ") + 3);
    try (DuckDbStore store = DuckDbStore.open(db, true)) {
      assertThat(Stores.count(store, "SELECT count(*) FROM dcad_agreements")).isEqualTo(1870);
      List<List<Object>> rejects = store.query("SELECT file, line, col, rule FROM rejects").rows();
      assertThat(rejects).hasSize(1);
      assertThat(rejects.get(0).subList(0, 3)).containsExactly(FILE, c.line(), c.column());
      assertThat((String) rejects.get(0).get(3)).startsWith(rule);
    }
  }

  @Test
  void aWrongHeaderStopsTheImportInBothModesAndChangesNothing() {
    Path db = StoreSnapshots.copy(imported, dir.resolve("db/s.duckdb"));
    Path bad = CsvCopies.editLine(real, dir.resolve("bad/" + FILE), 1, h -> h.replace("signDay", "signday"));
    List<Object> before = StoreSnapshots.of(db, "dcad_agreements");
    for (ImportOptions mode : List.of(ImportOptions.strict(), ImportOptions.lenientMode())) {
      try (DuckDbStore store = DuckDbStore.open(db, false)) {
        assertThatThrownBy(() -> store.importDataset(importer(), bad, mode))
            .isInstanceOf(DataFileException.class)
            .hasMessageStartingWith(FILE + ":1: value 'ccode1,cowName1,ccode2,cowName2,signday,")
            .hasMessageContaining(
                "wrong header for dcad dcad_agreements: expected ccode1,cowName1,ccode2,cowName2,signDay,");
      }
    }
    assertThat(StoreSnapshots.of(db, "dcad_agreements")).isEqualTo(before);
  }

  @Test
  void bytesThatAreNotUtf8StopTheImportInBothModesAtTheirLine() {
    Path db = StoreSnapshots.copy(imported, dir.resolve("db/s.duckdb"));
    Path bad = CsvCopies.insertBytes(real, dir.resolve("bad/" + FILE), 1500, (byte) 0xff);
    List<Object> before = StoreSnapshots.of(db, "dcad_agreements");
    for (ImportOptions mode : List.of(ImportOptions.strict(), ImportOptions.lenientMode())) {
      try (DuckDbStore store = DuckDbStore.open(db, false)) {
        assertThatThrownBy(() -> store.importDataset(importer(), bad, mode))
            .isInstanceOf(DataFileException.class)
            .hasMessage(FILE + ":1500: value '0xFF': bytes that are not valid text in the expected encoding");
      }
    }
    assertThat(StoreSnapshots.of(db, "dcad_agreements")).isEqualTo(before);
  }

  @Test
  void aFailedImportIntoAFreshStoreLeavesNoTableBehind() {
    Path db = dir.resolve("fresh.duckdb");
    Stores.fresh(db).close();
    List<Object> before = StoreSnapshots.of(db);
    Path bad = CsvCopies.replaceField(real, dir.resolve("bad/" + FILE), 1871, "ccode1", "999");
    try (DuckDbStore store = DuckDbStore.open(db, false)) {
      assertThatThrownBy(() -> store.importDataset(importer(), bad, ImportOptions.strict()))
          .isInstanceOf(DataFileException.class)
          .hasMessage(FILE + ":1871: field ccode1: value '999': not a COW state code");
    }
    assertThat(StoreSnapshots.of(db)).isEqualTo(before);
    try (DuckDbStore store = DuckDbStore.open(db, true)) {
      assertThat(store.tables()).doesNotContain("dcad_agreements");
    }
  }

  @Test
  void aFileNamedForAnotherVersionThanItsIdsIsRefused() {
    Path renamed = CsvCopies.editLine(real, dir.resolve("DCAD-v1.1-main.csv"), 1, h -> h);
    try (DuckDbStore store = Stores.fresh(dir.resolve("s.duckdb"))) {
      assertThatThrownBy(() -> store.importDataset(importer(), renamed, ImportOptions.strict()))
          .isInstanceOf(DataFileException.class)
          .hasMessage("DCAD-v1.1-main.csv:2: field DCAid: value 'DCADv1.0-0001': the file name says version 1.1");
    }
  }
}
