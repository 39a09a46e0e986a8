package dev.entente.io.cow;

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
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CowAllianceImporterTest {

  private static final String REAL = "cow-alliances-4.1/alliance_v4.1_by_member.csv";
  private static final String NAME = "alliance_v4.1_by_member.csv";
  private static final String TABLE = "cow_alliance_members";
  private static final String KEY = "version4id+ccode+mem_st_year+mem_st_month+mem_st_day";
  // computed from the real file with Python's csv module
  private static final int ROWS = 1221;

  /** A store with the curated dataset, made once and copied: building one takes seconds. */
  private static Path template;

  @TempDir Path dir;

  @BeforeAll
  static void makeTemplate(@TempDir Path shared) {
    template = shared.resolve("template.duckdb");
    Stores.fresh(template).close();
  }

  @Test
  void theRealV41MemberFileImportsStrictlyWithTheDocumentedCounts() {
    Path db = dir.resolve("s.duckdb");
    List<ImportReport> reports;
    try (DuckDbStore store = Stores.fresh(db)) {
      reports = store.importDataset(importer(), TestData.require(REAL), ImportOptions.strict());
    }
    assertThat(reports).singleElement().satisfies(r -> {
      assertThat(r.version()).isEqualTo("4.1");
      assertThat(r.variant()).isEqualTo("by-member");
      assertThat(r.rowsLoaded()).isEqualTo(ROWS);
      assertThat(r.rowsRejected()).isZero();
    });
    try (DuckDbStore store = DuckDbStore.open(db, true)) {
      assertThat(Stores.count(store, "SELECT count(*) FROM " + TABLE)).isEqualTo(ROWS);
      assertThat(Stores.count(store, "SELECT count(DISTINCT version4id) FROM " + TABLE)).isEqualTo(414);
      assertThat(Stores.count(store, "SELECT min(version4id) FROM " + TABLE)).isEqualTo(1);
      assertThat(Stores.count(store, "SELECT max(version4id) FROM " + TABLE)).isEqualTo(414);
      assertThat(Stores.count(store, "SELECT count(DISTINCT ccode) FROM " + TABLE)).isEqualTo(180);
      assertThat(store.query("SELECT ss_type, count(*) FROM " + TABLE + " GROUP BY ss_type").rows())
          .containsExactlyInAnyOrder(List.of("Type I: Defense Pact", 679L), List.of("Type II: Neutrality", 6L),
              List.of("Type IIa: Non-Aggression Pact", 186L), List.of("Type IIb: Non-Aggression Pact", 164L),
              List.of("Type III: Entente", 186L));
      // blank end dates (alliance or membership still in force) are NULL, never 0; v4.1 has no -9 at all
      assertThat(Stores.count(store, "SELECT count(*) FROM " + TABLE + " WHERE all_end_year IS NULL")).isEqualTo(373);
      assertThat(Stores.count(store, "SELECT count(*) FROM " + TABLE + " WHERE all_end_day IS NULL")).isEqualTo(373);
      assertThat(Stores.count(store, "SELECT count(*) FROM " + TABLE + " WHERE mem_end_year IS NULL")).isEqualTo(359);
      assertThat(Stores.count(store, "SELECT count(*) FROM " + TABLE + " WHERE mem_end_month IS NULL")).isEqualTo(359);
      assertThat(Stores.count(store, "SELECT count(*) FROM " + TABLE + " WHERE left_censor IS NULL")).isEqualTo(2);
      assertThat(Stores.count(store, "SELECT count(*) FROM " + TABLE
          + " WHERE 0 IN (all_st_day, all_st_month, mem_st_day, mem_st_month, all_end_day, mem_end_day)")).isZero();
      assertThat(store.query("SELECT DISTINCT dataset_version, dataset_variant, version FROM " + TABLE).rows())
          .containsExactly(List.of("4.1", "by-member", "4.1"));
      assertThat(store.query("SELECT dataset, tbl, rows_read, rows_loaded, rows_rejected, lenient FROM imports").rows())
          .containsExactly(List.of("cow-alliances", TABLE, 1221L, 1221L, 0L, false));
      assertThat(Stores.count(store, "SELECT count(*) FROM rejects")).isZero();
    }
  }

  @Test
  void aDirectoryHoldingTheFileImportsItToo() {
    Path db = dir.resolve("s.duckdb");
    try (DuckDbStore store = fresh(db)) {
      List<ImportReport> reports =
          store.importDataset(importer(), TestData.require(REAL).getParent(), ImportOptions.strict());
      assertThat(reports).extracting(ImportReport::rowsLoaded).containsExactly((long) ROWS);
    }
  }

  @Test
  void minusNineInADatePartIsLoadedAsNullNeverAsANumber() throws IOException {
    List<String> lines = lines();
    // line 50: Russia in alliance 14, membership ends 13 Jul 1841
    String[] f = lines.get(49).split(",", -1);
    f[13] = "-9";
    f[14] = "-9";
    f[15] = "-9";
    lines.set(49, String.join(",", f));
    Path file = write(lines, NAME);
    Path db = dir.resolve("s.duckdb");
    try (DuckDbStore store = fresh(db)) {
      store.importDataset(importer(), file, ImportOptions.strict());
    }
    try (DuckDbStore store = DuckDbStore.open(db, true)) {
      assertThat(Stores.count(store, "SELECT count(*) FROM " + TABLE + " WHERE mem_end_year IS NULL")).isEqualTo(360);
      assertThat(store.query("SELECT mem_end_day, mem_end_month, mem_end_year FROM " + TABLE
          + " WHERE version4id = 14 AND ccode = 365").rows())
          .containsExactly(Arrays.asList(null, null, null));
    }
  }

  /** A corrupted copy of the real file, the message strict mode gives, and the reject lenient mode records. */
  record Corruption(String fileName, UnaryOperator<List<String>> edit, boolean truncatedGzip, String messageRegex,
      int rejectLine, String rejectColumn, String rejectRule) {

    boolean rowLevel() {
      return rejectLine > 0;
    }
  }

  static Stream<Named<Corruption>> corruptions() {
    return Stream.of(
        Named.of("a wrong header", new Corruption(NAME, set(1, l -> l.replace("ss_type", "type")), false,
            Pattern.quote(NAME + ":1: value 'version4id,ccode,state_name,all_st_day,")
                + ".*" + Pattern.quote("': wrong header for cow-alliances cow_alliance_members: expected version4id,")
                + ".*",
            0, "", "")),
        Named.of("a line with one column too few", new Corruption(NAME, set(100, l -> l.substring(0, l.lastIndexOf(','))),
            false, Pattern.quote(NAME + ":100: value '22 columns': expected 23 columns, found 22"),
            100, "", "expected 23 columns, found 22")),
        Named.of("a non-number in ccode", new Corruption(NAME, set(17, l -> l.replaceFirst("^3,271,", "3,abc,")), false,
            Pattern.quote(NAME + ":17: field ccode: value 'abc': not a whole number"), 17, "ccode", "not a whole number")),
        Named.of("an impossible date (30 February)", new Corruption(NAME, set(50, l -> field(field(l, 10, "30"), 11, "2")),
            false, Pattern.quote(NAME + ":50: field mem_st_day: value '1833-2-30': not a real date"),
            50, "mem_st_day", "not a real date")),
        Named.of("an unknown ccode", new Corruption(NAME, set(200, l -> field(l, 1, "999")), false,
            Pattern.quote(NAME + ":200: field ccode: value '999': not a COW state code"),
            200, "ccode", "not a COW state code")),
        Named.of("a month 0", new Corruption(NAME, set(100, l -> field(l, 14, "0")), false,
            Pattern.quote(NAME + ":100: field mem_end_month: value '0': a month is 1 to 12"),
            100, "mem_end_month", "a month is 1 to 12")),
        Named.of("a duplicate key", new Corruption(NAME, lines -> {
          lines.set(299, lines.get(298));
          return lines;
        }, false, Pattern.quote(NAME + ":300: field " + KEY + ": value '[114, 366, 1923, 11, 1]': duplicate key"),
            300, KEY, "duplicate key")),
        Named.of("a gzip cut in half", new Corruption(NAME + ".gz", UnaryOperator.identity(), true,
            Pattern.quote(NAME + ".gz:") + "\\d+" + Pattern.quote(": the compressed file ends early (truncated gzip)"),
            0, "", "")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corruptions")
  void aCorruptedFileFailsStrictlyWithoutChangingTheStoreAndLenientlyRejectsOnlyTheBadRow(Corruption c)
      throws IOException {
    Path real = TestData.require(REAL);
    Path bad = corrupt(c);
    Path db = dir.resolve("s.duckdb");

    // 1. into a store that never had the dataset: nothing is left behind, not even the table
    Snapshot empty = snapshot(db);
    failsStrictly(db, bad, c);
    assertThat(snapshot(db)).isEqualTo(empty);
    assertThat(empty.tables()).doesNotContain(TABLE);

    // 2. over a good import: the good rows and their provenance stay as they were
    try (DuckDbStore store = DuckDbStore.open(db, false)) {
      store.importDataset(importer(), real, ImportOptions.strict());
    }
    Snapshot loaded = snapshot(db);
    assertThat(loaded.rows()).isEqualTo(ROWS);
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
        assertThat(r.rowsLoaded()).isEqualTo(ROWS - 1);
        assertThat(r.rowsRejected()).isEqualTo(1);
      });
    }
    Snapshot lenient = snapshot(db);
    assertThat(lenient.rows()).isEqualTo(ROWS - 1);
    assertThat(lenient.rejects()).containsExactly(List.of(NAME, c.rejectLine(), c.rejectColumn(), c.rejectRule()));
    assertThat(lenient.imports()).containsExactly(List.of("cow-alliances", "by-member", "4.1", 1221L, 1220L, 1L));
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

  /** What a failed import must not change. */
  record Snapshot(List<String> tables, long rows, List<List<Object>> imports, List<List<Object>> rejects) {}

  private Snapshot snapshot(Path db) {
    if (!Files.exists(db)) {
      fresh(db).close();
    }
    try (DuckDbStore store = DuckDbStore.open(db, true)) {
      List<String> tables = store.tables();
      long rows = tables.contains(TABLE) ? Stores.count(store, "SELECT count(*) FROM " + TABLE) : -1;
      return new Snapshot(tables, rows,
          store.query("SELECT dataset, dataset_variant, dataset_version, rows_read, rows_loaded, rows_rejected"
              + " FROM imports ORDER BY ALL").rows(),
          store.query("SELECT file, line, col, rule FROM rejects ORDER BY ALL").rows());
    }
  }

  private Path corrupt(Corruption c) throws IOException {
    List<String> lines = c.edit().apply(lines());
    if (!c.truncatedGzip()) {
      return write(lines, c.fileName());
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.ISO_8859_1));
    }
    byte[] all = bytes.toByteArray();
    Path file = dir.resolve("bad").resolve(c.fileName());
    Files.createDirectories(file.getParent());
    return Files.write(file, Arrays.copyOf(all, all.length / 2));
  }

  private Path write(List<String> lines, String name) throws IOException {
    Path file = dir.resolve("bad").resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.ISO_8859_1);
  }

  private static List<String> lines() throws IOException {
    return new ArrayList<>(Files.readAllLines(TestData.require(REAL), StandardCharsets.ISO_8859_1));
  }

  /** Replaces line {@code n} (1-based, as in messages). */
  private static UnaryOperator<List<String>> set(int n, UnaryOperator<String> edit) {
    return lines -> {
      lines.set(n - 1, edit.apply(lines.get(n - 1)));
      return lines;
    };
  }

  /** Sets field {@code i} (0-based) of a line; the real file has no comma inside a quoted name. */
  private static String field(String line, int i, String value) {
    String[] f = line.split(",", -1);
    f[i] = value;
    return String.join(",", f);
  }

  private static CowAllianceImporter importer() {
    return new CowAllianceImporter(Stores.cowCodes());
  }
}
