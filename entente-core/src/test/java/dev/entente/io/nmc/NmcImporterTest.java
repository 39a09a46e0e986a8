package dev.entente.io.nmc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.error.DataFileException;
import dev.entente.io.ImportOptions;
import dev.entente.io.ImportReport;
import dev.entente.store.duckdb.DuckDbStore;
import dev.entente.testing.Stores;
import dev.entente.testing.TestData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NmcImporterTest {

  private static final String V6 = "cow-nmc-6.0/NMC-60-abridged.csv";
  private static final String V7 = "cow-nmc-6.0/derived_peacesciencer/cow_nmc.csv";
  private static final String NAME = "NMC-60-abridged.csv";
  // row counts and -9 / blank counts computed from the real files with Python's csv module
  private static final int V6_ROWS = 15951;
  private static final int V7_ROWS = 17121;
  private static final String V6_HEADER = "stateabb,ccode,year,milex,milper,irst,pec,tpop,upop,cinc,version";
  private static final String V7_HEADER = "ccode,year,milex,milper,irst,pec,tpop,upop,cinc";

  /** A store with the curated dataset, made once and copied: building one takes seconds. */
  private static Path template;

  @TempDir Path dir;

  @BeforeAll
  static void makeTemplate(@TempDir Path shared) {
    template = shared.resolve("template.duckdb");
    Stores.fresh(template).close();
  }

  @Test
  void theRealV60FileImportsStrictlyWithMinusNineAsNull() {
    Path db = dir.resolve("s.duckdb");
    List<ImportReport> reports;
    try (DuckDbStore store = Stores.fresh(db)) {
      reports = store.importDataset(importer(), TestData.require(V6), ImportOptions.strict());
    }
    assertThat(reports).singleElement().satisfies(r -> {
      assertThat(r.version()).isEqualTo("6.0");
      assertThat(r.variant()).isEqualTo("abridged");
      assertThat(r.rowsLoaded()).isEqualTo(V6_ROWS);
      assertThat(r.rowsRejected()).isZero();
    });
    try (DuckDbStore store = DuckDbStore.open(db, true)) {
      assertThat(Stores.count(store, "SELECT count(*) FROM nmc")).isEqualTo(V6_ROWS);
      assertThat(Stores.count(store, "SELECT count(DISTINCT ccode) FROM nmc")).isEqualTo(217);
      assertThat(store.query("SELECT min(year), max(year) FROM nmc").rows()).containsExactly(List.of(1816L, 2016L));
      // the raw file has -9 in 2,217 milex, 426 milper, 26 irst, 448 pec and 68 upop cells, and nowhere else
      assertThat(nulls(store)).containsExactly(2217L, 426L, 26L, 448L, 0L, 68L, 0L);
      assertThat(Stores.count(store,
          "SELECT count(*) FROM nmc WHERE -9 IN (milex, milper, irst, pec, tpop, upop, cinc)")).isZero();
      assertThat(store.query("SELECT stateabb, cinc, tpop FROM nmc WHERE ccode = 2 AND year = 1816").rows())
          .containsExactly(List.of("USA", 0.039697491, 8659.0));
      // the version column says 2021 (COW's release year); the dataset version is the release number
      assertThat(store.query("SELECT DISTINCT dataset_version, dataset_variant, version FROM nmc").rows())
          .containsExactly(List.of("6.0", "abridged", "2021"));
      assertThat(store.query("SELECT dataset, dataset_version, tbl, rows_loaded, rows_rejected FROM imports").rows())
          .containsExactly(List.of("nmc", "6.0", "nmc", 15951L, 0L));
      assertThat(Stores.count(store, "SELECT count(*) FROM rejects")).isZero();
    }
  }

  @Test
  void peacesciencersV70FileImportsStrictlyWithBlanksAsNullAndVersionSeven() {
    Path db = dir.resolve("s.duckdb");
    List<ImportReport> reports;
    try (DuckDbStore store = Stores.fresh(db)) {
      reports = store.importDataset(importer(), TestData.require(V7), ImportOptions.strict());
    }
    assertThat(reports).singleElement().satisfies(r -> {
      assertThat(r.version()).isEqualTo("7.0");
      assertThat(r.variant()).isEqualTo("abridged-peacesciencer");
      assertThat(r.rowsLoaded()).isEqualTo(V7_ROWS);
    });
    try (DuckDbStore store = DuckDbStore.open(db, true)) {
      assertThat(Stores.count(store, "SELECT count(*) FROM nmc")).isEqualTo(V7_ROWS);
      assertThat(store.query("SELECT min(year), max(year) FROM nmc").rows()).containsExactly(List.of(1816L, 2022L));
      // peacesciencer wrote NMC's -9 as blanks: 2,360 milex, 456 milper, 26 irst, 448 pec, 68 upop
      assertThat(nulls(store)).containsExactly(2360L, 456L, 26L, 448L, 0L, 68L, 0L);
      assertThat(Stores.count(store, "SELECT count(*) FROM nmc WHERE stateabb IS NULL AND version IS NULL"))
          .isEqualTo(V7_ROWS);
      // R wrote some whole numbers as 2e+05
      assertThat(Stores.count(store, "SELECT count(*) FROM nmc WHERE milex = 200000")).isPositive();
      assertThat(store.query("SELECT DISTINCT dataset_version, dataset_variant FROM nmc").rows())
          .containsExactly(List.of("7.0", "abridged-peacesciencer"));
      assertThat(Stores.count(store, "SELECT count(*) FROM rejects")).isZero();
    }
  }

  @Test
  void bothLayoutsFillOneTableSideBySide() {
    Path db = dir.resolve("s.duckdb");
    try (DuckDbStore store = fresh(db)) {
      store.importDataset(importer(), TestData.require(V6), ImportOptions.strict());
      store.importDataset(importer(), TestData.require(V7), ImportOptions.strict());
    }
    try (DuckDbStore store = DuckDbStore.open(db, true)) {
      assertThat(store.query("SELECT dataset_version, count(*) FROM nmc GROUP BY ALL ORDER BY ALL").rows())
          .containsExactly(List.of("6.0", 15951L), List.of("7.0", 17121L));
      assertThat(store.query("SELECT dataset_version, cinc FROM nmc WHERE ccode = 2 AND year = 1816 ORDER BY ALL")
          .rows()).containsExactly(List.of("6.0", 0.039697491), List.of("7.0", 0.039697491));
      assertThat(store.query("SELECT dataset_variant, dataset_version, rows_loaded FROM imports ORDER BY ALL").rows())
          .containsExactly(List.of("abridged", "6.0", 15951L), List.of("abridged-peacesciencer", "7.0", 17121L));
    }
  }

  @Test
  void aPeacesciencerFileEndingIn2016IsRefusedRatherThanCalledVersionSeven() throws IOException {
    List<String> lines = lines(V7).stream()
        .filter(l -> l.startsWith("\"") || Integer.parseInt(l.split(",")[1]) <= 2016)
        .collect(Collectors.toCollection(ArrayList::new));
    Path bad = write(lines, "cow_nmc.csv");
    Path db = dir.resolve("s.duckdb");
    Snapshot before = snapshot(db);
    try (DuckDbStore store = DuckDbStore.open(db, false)) {
      assertThatThrownBy(() -> store.importDataset(importer(), bad, ImportOptions.strict()))
          .isInstanceOf(DataFileException.class)
          .hasMessageStartingWith("cow_nmc.csv: field year: value '2016': a file in peacesciencer's layout (no version"
              + " column) is taken as NMC 7.0, which runs to 2022, but this one ends in 2016");
    }
    assertThat(snapshot(db)).isEqualTo(before);
    assertThat(before.tables()).doesNotContain("nmc");
  }

  @Test
  void aDirectoryImportsItsNmcFilesButNotItsSubDirectories() {
    Path db = dir.resolve("s.duckdb");
    try (DuckDbStore store = fresh(db)) {
      List<ImportReport> reports =
          store.importDataset(importer(), TestData.require(V6).getParent(), ImportOptions.strict());
      assertThat(reports).extracting(ImportReport::version).containsExactly("6.0");
    }
  }

  /** A corrupted copy of the real v6.0 file, the message strict mode gives, and the reject lenient mode records. */
  record Corruption(String fileName, UnaryOperator<List<String>> edit, boolean truncatedGzip, String messageRegex,
      int rejectLine, String rejectColumn, String rejectRule) {

    boolean rowLevel() {
      return rejectLine > 0;
    }
  }

  static Stream<Named<Corruption>> corruptions() {
    return Stream.of(
        Named.of("a wrong header", new Corruption(NAME, set(1, l -> l.replace("cinc", "cinc_score")), false,
            Pattern.quote(NAME + ":1: value '" + V6_HEADER.replace("cinc", "cinc_score")
                + "': wrong header for nmc: expected " + V6_HEADER + " (COW) or " + V7_HEADER + " (peacesciencer)"),
            0, "", "")),
        Named.of("a line with one column too few", new Corruption(NAME, set(100, l -> l.substring(0, l.lastIndexOf(','))),
            false, Pattern.quote(NAME + ":100: value '10 columns': expected 11 columns, found 10"),
            100, "", "expected 11 columns, found 10")),
        Named.of("a non-number in cinc", new Corruption(NAME, set(17, l -> field(l, 9, "abc")), false,
            Pattern.quote(NAME + ":17: field cinc: value 'abc': not a number"), 17, "cinc", "not a number")),
        Named.of("an unknown ccode", new Corruption(NAME, set(200, l -> field(l, 1, "999")), false,
            Pattern.quote(NAME + ":200: field ccode: value '999': not a COW state code"),
            200, "ccode", "not a COW state code")),
        Named.of("a negative value that is not -9", new Corruption(NAME, set(300, l -> field(l, 3, "-99")), false,
            Pattern.quote(NAME + ":300: field milex: value '-99': a capability is not negative (NMC's missing code is -9)"),
            300, "milex", "a capability is not negative (NMC's missing code is -9)")),
        Named.of("a duplicate key", new Corruption(NAME, lines -> {
          lines.set(299, lines.get(298));
          return lines;
        }, false, Pattern.quote(NAME + ":300: field ccode+year: value '[20, 2016]': duplicate key"),
            300, "ccode+year", "duplicate key")),
        Named.of("a gzip cut in half", new Corruption(NAME + ".gz", UnaryOperator.identity(), true,
            Pattern.quote(NAME + ".gz:") + "\\d+" + Pattern.quote(": the compressed file ends early (truncated gzip)"),
            0, "", "")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corruptions")
  void aCorruptedFileFailsStrictlyWithoutChangingTheStoreAndLenientlyRejectsOnlyTheBadRow(Corruption c)
      throws IOException {
    Path real = TestData.require(V6);
    Path bad = corrupt(c);
    Path db = dir.resolve("s.duckdb");

    // 1. into a store that never had the dataset: nothing is left behind, not even the table
    Snapshot empty = snapshot(db);
    failsStrictly(db, bad, c);
    assertThat(snapshot(db)).isEqualTo(empty);
    assertThat(empty.tables()).doesNotContain("nmc");

    // 2. over a good import: the good rows and their provenance stay as they were
    try (DuckDbStore store = DuckDbStore.open(db, false)) {
      store.importDataset(importer(), real, ImportOptions.strict());
    }
    Snapshot loaded = snapshot(db);
    assertThat(loaded.rows()).isEqualTo(V6_ROWS);
    failsStrictly(db, bad, c);
    assertThat(snapshot(db)).isEqualTo(loaded);

    // 3. leniently: every other row loads and the rejects table lists exactly the bad row
    if (!c.rowLevel()) {
      try (DuckDbStore store = DuckDbStore.open(db, false)) {
        assertThatThrownBy(() -> store.importDataset(importer(), bad, ImportOptions.lenientMode()))
            .isInstanceOf(DataFileException.class)
            .hasMessageMatching(c.messageRegex());
      }
      assertThat(snapshot(db)).isEqualTo(loaded);
      return;
    }
    try (DuckDbStore store = DuckDbStore.open(db, false)) {
      List<ImportReport> reports = store.importDataset(importer(), bad, ImportOptions.lenientMode());
      assertThat(reports).singleElement().satisfies(r -> {
        assertThat(r.rowsLoaded()).isEqualTo(V6_ROWS - 1);
        assertThat(r.rowsRejected()).isEqualTo(1);
      });
    }
    Snapshot lenient = snapshot(db);
    assertThat(lenient.rows()).isEqualTo(V6_ROWS - 1);
    assertThat(lenient.rejects()).containsExactly(List.of(NAME, c.rejectLine(), c.rejectColumn(), c.rejectRule()));
    assertThat(lenient.imports()).containsExactly(List.of("nmc", "abridged", "6.0", 15951L, 15950L, 1L));
  }

  /** A fresh store (a copy of the template), opened read-write. */
  private static DuckDbStore fresh(Path db) {
    try {
      Files.copy(template, db);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return DuckDbStore.open(db, false);
  }

  private void failsStrictly(Path db, Path bad, Corruption c) {
    try (DuckDbStore store = DuckDbStore.open(db, false)) {
      assertThatThrownBy(() -> store.importDataset(importer(), bad, ImportOptions.strict()))
          .isInstanceOf(DataFileException.class)
          .hasMessageMatching(c.messageRegex());
    }
  }

  /** NULLs in milex, milper, irst, pec, tpop, upop, cinc. */
  private static List<Object> nulls(DuckDbStore store) {
    return store.query("SELECT count(*) - count(milex), count(*) - count(milper), count(*) - count(irst),"
        + " count(*) - count(pec), count(*) - count(tpop), count(*) - count(upop), count(*) - count(cinc) FROM nmc")
        .rows().get(0);
  }

  /** What a failed import must not change. */
  record Snapshot(List<String> tables, long rows, List<List<Object>> imports, List<List<Object>> rejects) {}

  private Snapshot snapshot(Path db) {
    if (!Files.exists(db)) {
      fresh(db).close();
    }
    try (DuckDbStore store = DuckDbStore.open(db, true)) {
      List<String> tables = store.tables();
      long rows = tables.contains("nmc") ? Stores.count(store, "SELECT count(*) FROM nmc") : -1;
      return new Snapshot(tables, rows,
          store.query("SELECT dataset, dataset_variant, dataset_version, rows_read, rows_loaded, rows_rejected"
              + " FROM imports ORDER BY ALL").rows(),
          store.query("SELECT file, line, col, rule FROM rejects ORDER BY ALL").rows());
    }
  }

  private Path corrupt(Corruption c) throws IOException {
    List<String> lines = c.edit().apply(lines(V6));
    if (!c.truncatedGzip()) {
      return write(lines, c.fileName());
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    byte[] all = bytes.toByteArray();
    Path file = dir.resolve("bad").resolve(c.fileName());
    Files.createDirectories(file.getParent());
    return Files.write(file, Arrays.copyOf(all, all.length / 2));
  }

  private Path write(List<String> lines, String name) throws IOException {
    Path file = dir.resolve("bad").resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  private static List<String> lines(String relative) throws IOException {
    return new ArrayList<>(Files.readAllLines(TestData.require(relative), StandardCharsets.UTF_8));
  }

  /** Replaces line {@code n} (1-based, as in messages). */
  private static UnaryOperator<List<String>> set(int n, UnaryOperator<String> edit) {
    return lines -> {
      lines.set(n - 1, edit.apply(lines.get(n - 1)));
      return lines;
    };
  }

  /** Sets field {@code i} (0-based) of a line; the NMC file has no quoted fields. */
  private static String field(String line, int i, String value) {
    String[] f = line.split(",", -1);
    f[i] = value;
    return String.join(",", f);
  }

  private static NmcImporter importer() {
    return new NmcImporter(Stores.cowCodes());
  }
}
