package dev.entente.io.countrycodes;

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
 * The countrycode crosswalk against the real {@code codelist_without_cldr.csv}. Every expected number was
 * computed with Python's csv module from the raw file (a blank cell counted as missing, nothing else).
 */
class CountryCodesImporterTest {

  private static final String FILE = "countrycode_codelist_without_cldr.csv";
  private static final String VERSION = "countrycode-codelist-2632dba9d168";

  @TempDir static Path shared;
  private static Path real;
  private static Path imported;
  private static List<ImportReport> reports;

  @TempDir Path dir;

  @BeforeAll
  static void importTheRealFileStrictly() {
    Path folder = TestData.require("country-codes");
    real = TestData.require("country-codes/" + FILE);
    imported = shared.resolve("s.duckdb");
    try (DuckDbStore store = Stores.fresh(imported)) {
      reports = store.importDataset(importer(), folder, ImportOptions.strict());
    }
  }

  private static CountryCodesImporter importer() {
    return new CountryCodesImporter(Stores.cowCodes());
  }

  private static long count(String sql) {
    try (DuckDbStore store = DuckDbStore.open(imported, true)) {
      return Stores.count(store, sql);
    }
  }

  private static List<List<Object>> rows(String sql) {
    try (DuckDbStore store = DuckDbStore.open(imported, true)) {
      return store.query(sql).rows();
    }
  }

  @Test
  void theRealFileImportsStrictlyWithAllItsRowsAndNoRejects() {
    assertThat(reports).hasSize(1);
    ImportReport r = reports.get(0);
    assertThat(r.version()).isEqualTo(VERSION);
    assertThat(r.files().get(0).file()).endsWith(FILE);
    assertThat(r.files().get(0).sha256()).startsWith("2632dba9d168");
    assertThat(r.rowsLoaded()).isEqualTo(292);
    assertThat(r.rowsRejected()).isZero();
    assertThat(count("SELECT count(*) FROM country_codes")).isEqualTo(292);
    assertThat(count("SELECT count(*) FROM imports WHERE dataset = 'countrycodes'"
        + " AND dataset_version = '" + VERSION + "'"))
        .isEqualTo(1);
    assertThat(count("SELECT count(*) FROM rejects")).isZero();
  }

  @Test
  void onlyTheDocumentedSubsetOfColumnsIsStored() {
    try (DuckDbStore store = DuckDbStore.open(imported, true)) {
      List<String> columns = store.query("SELECT * FROM country_codes LIMIT 0").columns();
      assertThat(columns.subList(2, columns.size())).containsExactlyElementsOf(CountryCodesImporter.LOADED);
    }
  }

  @Test
  void blankCellsAreNullAndNothingElseIs() {
    Map<String, Long> nulls = new LinkedHashMap<>();
    nulls.put("country.name.en", 0L);
    nulls.put("iso.name.en", 43L);
    nulls.put("cow.name", 77L);
    nulls.put("cowc", 77L);
    nulls.put("cown", 77L);
    nulls.put("gwc", 97L);
    nulls.put("gwn", 97L);
    nulls.put("iso2c", 43L);
    nulls.put("iso3c", 43L);
    nulls.put("iso3n", 43L);
    nulls.put("un", 44L);
    nulls.put("imf", 74L);
    nulls.put("wb", 74L);
    nulls.put("fips", 48L);
    nulls.put("p4n", 107L);
    nulls.put("vdem", 92L);
    nulls.put("region", 18L);
    nulls.put("region23", 48L);
    nulls.put("continent", 46L);
    Map<String, Long> measured = new LinkedHashMap<>();
    for (String c : nulls.keySet()) {
      measured.put(c, count("SELECT count(*) FROM country_codes WHERE \"" + c + "\" IS NULL"));
    }
    assertThat(measured).containsExactlyEntriesOf(nulls);
    // Namibia's ISO alpha-2 code is "NA": a code, not a missing value
    assertThat(rows("SELECT \"country.name.en\", iso3c FROM country_codes WHERE iso2c = 'NA'"))
        .containsExactly(List.of("Namibia", "NAM"));
  }

  @Test
  void theCodesAreUniqueWherePresent() {
    for (String c : List.of("cown", "cowc", "gwn", "gwc", "iso2c", "iso3c", "iso3n", "un")) {
      assertThat(count("SELECT count(\"" + c + "\") - count(DISTINCT \"" + c + "\") FROM country_codes"))
          .as(c).isZero();
    }
  }

  @Test
  void theCrosswalkTranslatesKnownCodes() {
    assertThat(rows("SELECT cown, cowc, gwn, iso2c, iso3n, un FROM country_codes WHERE iso3c = 'JPN'"))
        .containsExactly(List.of(740L, "JPN", 740L, "JP", 392L, 392L));
    // COW and Gleditsch-Ward disagree on Germany (255 vs 260) and Vietnam (816 vs 815)
    assertThat(rows("SELECT \"country.name.en\", cown, gwn FROM country_codes WHERE cown <> gwn ORDER BY 1"))
        .containsExactly(List.of("Germany", 255L, 260L), List.of("Vietnam", 816L, 815L));
    // 21 COW states that have no ISO code (historical states, Kosovo)
    assertThat(count("SELECT count(*) FROM country_codes WHERE cown IS NOT NULL AND iso3c IS NULL")).isEqualTo(21);
    assertThat(rows("SELECT cown, cowc FROM country_codes WHERE \"country.name.en\" = 'Kosovo'"))
        .containsExactly(List.of(347L, "KOS"));
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
            (src, dst) -> CsvCopies.editFields(src, dst, 11, f -> f.subList(0, 71)),
            FILE + ":11: value '71 columns': expected 72 columns, found 71", ""),
        new Corruption("a COW code that is not a number", 21,
            (src, dst) -> CsvCopies.replaceField(src, dst, 21, "cown", "7x1"),
            FILE + ":21: field cown: value '7x1': not a whole number", "cown"),
        new Corruption("a duplicate English name", 41,
            (src, dst) -> CsvCopies.replaceField(src, dst, 41, "country.name.en", "Burkina Faso"),
            FILE + ":41: field country.name.en: value 'Burkina Faso': duplicate key", "country.name.en"),
        new Corruption("a duplicate ISO alpha-3 code", 51,
            (src, dst) -> CsvCopies.replaceField(src, dst, 51, "iso3c", "BDI"),
            FILE + ":51: field iso3c: value 'BDI': duplicate code (already Burundi's)", "iso3c"),
        new Corruption("a COW code that is not a COW state", 61,
            (src, dst) -> CsvCopies.replaceField(src, dst, 61, "cown", "999"),
            FILE + ":61: field cown: value '999': not a COW state code", "cown"),
        new Corruption("an ISO alpha-2 code with a digit", 71,
            (src, dst) -> CsvCopies.replaceField(src, dst, 71, "iso2c", "D0"),
            FILE + ":71: field iso2c: value 'D0': not a code of the form [A-Z]{2}", "iso2c"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corruptions")
  void aStrictImportStopsAtTheBadRowNamingFileLineColumnAndValueAndChangesNothing(Corruption c) {
    Path db = StoreSnapshots.copy(imported, dir.resolve("db/s.duckdb"));
    Path bad = c.make().apply(real, dir.resolve("bad/" + FILE));
    List<Object> before = StoreSnapshots.of(db, "country_codes");
    try (DuckDbStore store = DuckDbStore.open(db, false)) {
      DataFileException e = catchThrowableOfType(DataFileException.class,
          () -> store.importDataset(importer(), bad, ImportOptions.strict()));
      assertThat(e).isNotNull();
      assertThat(e.getMessage()).startsWith(c.message());
      assertThat(e.line()).isEqualTo(c.line());
      assertThat(e.field()).isEqualTo(c.column());
    }
    assertThat(StoreSnapshots.of(db, "country_codes")).isEqualTo(before);
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
    String version = lenient.get(0).version();
    assertThat(version).startsWith("countrycode-codelist-").isNotEqualTo(VERSION);
    assertThat(lenient.get(0).rowsLoaded()).isEqualTo(291);
    assertThat(lenient.get(0).rowsRejected()).isEqualTo(1);
    String rule = c.message().substring(c.message().lastIndexOf("': ") + 3);
    try (DuckDbStore store = DuckDbStore.open(db, true)) {
      // the corrupted copy is another version: it is loaded beside the real file, which stays
      assertThat(Stores.count(store, "SELECT count(*) FROM country_codes WHERE dataset_version = '" + version + "'"))
          .isEqualTo(291);
      assertThat(Stores.count(store, "SELECT count(*) FROM country_codes WHERE dataset_version = '" + VERSION + "'"))
          .isEqualTo(292);
      List<List<Object>> rejects = store.query("SELECT file, line, col, rule FROM rejects").rows();
      assertThat(rejects).hasSize(1);
      assertThat(rejects.get(0).subList(0, 3)).containsExactly(FILE, c.line(), c.column());
      assertThat((String) rejects.get(0).get(3)).startsWith(rule);
    }
  }

  @Test
  void aWrongHeaderStopsTheImportInBothModesAndChangesNothing() {
    Path db = StoreSnapshots.copy(imported, dir.resolve("db/s.duckdb"));
    Path bad = CsvCopies.editLine(real, dir.resolve("bad/" + FILE), 1, h -> h.replace(",cown,", ",cow_n,"));
    List<Object> before = StoreSnapshots.of(db, "country_codes");
    for (ImportOptions mode : List.of(ImportOptions.strict(), ImportOptions.lenientMode())) {
      try (DuckDbStore store = DuckDbStore.open(db, false)) {
        assertThatThrownBy(() -> store.importDataset(importer(), bad, mode))
            .isInstanceOf(DataFileException.class)
            .hasMessageStartingWith(FILE + ":1: value 'ar5,cctld,continent,")
            .hasMessageContaining("wrong header for countrycodes country_codes: expected ar5,cctld,continent,");
      }
    }
    assertThat(StoreSnapshots.of(db, "country_codes")).isEqualTo(before);
  }

  @Test
  void bytesThatAreNotUtf8StopTheImportInBothModesAtTheirLine() {
    // line 200 lies about 100 KB into the file, beyond the first 64 KiB a decoder may read ahead
    Path db = StoreSnapshots.copy(imported, dir.resolve("db/s.duckdb"));
    Path bad = CsvCopies.insertBytes(real, dir.resolve("bad/" + FILE), 200, (byte) 0xff);
    List<Object> before = StoreSnapshots.of(db, "country_codes");
    for (ImportOptions mode : List.of(ImportOptions.strict(), ImportOptions.lenientMode())) {
      try (DuckDbStore store = DuckDbStore.open(db, false)) {
        assertThatThrownBy(() -> store.importDataset(importer(), bad, mode))
            .isInstanceOf(DataFileException.class)
            .hasMessage(FILE + ":200: value '0xFF': bytes that are not valid text in the expected encoding");
      }
    }
    assertThat(StoreSnapshots.of(db, "country_codes")).isEqualTo(before);
  }

  @Test
  void theSameFileImportedAgainReplacesItselfAndAnEditedCopyIsAnotherVersion() {
    Path db = StoreSnapshots.copy(imported, dir.resolve("db/s.duckdb"));
    Path edited = CsvCopies.replaceField(real, dir.resolve("edited/" + FILE), 200, "region23", "Southern Europe ");
    try (DuckDbStore store = DuckDbStore.open(db, false)) {
      store.importDataset(importer(), real, ImportOptions.strict());
      store.importDataset(importer(), edited, ImportOptions.strict());
    }
    try (DuckDbStore store = DuckDbStore.open(db, true)) {
      assertThat(store.query("SELECT dataset_version, count(*) FROM country_codes GROUP BY 1 ORDER BY 2, 1").rows())
          .hasSize(2)
          .allSatisfy(r -> assertThat(r.get(1)).isEqualTo(292L))
          .anySatisfy(r -> assertThat(r.get(0)).isEqualTo(VERSION));
    }
  }
}
