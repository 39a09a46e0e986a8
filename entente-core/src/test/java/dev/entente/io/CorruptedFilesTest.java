package dev.entente.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.error.DataFileException;
import dev.entente.io.atop.AtopImporter;
import dev.entente.io.cow.CowSystemImporter;
import dev.entente.store.duckdb.DuckDbStore;
import dev.entente.testing.Stores;
import dev.entente.testing.TestData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Corrupted variants of the real ATOP and COW files, made here (never committed): each must fail a strict import
 * with one message naming file, line, column and value, and leave the store exactly as it was; where the fault is
 * in a row, a lenient import loads every other row and lists the bad one in {@code rejects}.
 */
class CorruptedFilesTest {

  @TempDir static Path dir;
  private static Path db;

  /**
   * One corrupted file.
   *
   * @param name a description
   * @param dataset atop or cow-system
   * @param source the real file it is made from (relative to the data directory)
   * @param fileName the corrupted file's name
   * @param edit the corruption, on the file's lines (the first 200 data rows are kept)
   * @param message the strict import's message must start with this
   * @param badLine the line the lenient import must reject, or 0 when the fault is in the file as a whole
   */
  record Variant(String name, String dataset, String source, String fileName, UnaryOperator<List<String>> edit,
      String message, int badLine) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static UnaryOperator<List<String>> cell(int line, int column, String value) {
    return lines -> {
      String[] f = lines.get(line - 1).split(",", -1);
      f[column] = value;
      lines.set(line - 1, String.join(",", f));
      return lines;
    };
  }

  static Stream<Arguments> variants() {
    String m = "atop-5.1/atop5_1m.csv";
    String a = "atop-5.1/atop5_1a.csv";
    String s = "cow-state-system/system2016.csv";
    String st = "cow-state-system/states2016.via_peacesciencer_cow_states.csv";
    List<Variant> v = new ArrayList<>();
    v.add(new Variant("a renamed header column", "atop", m, "atop5_1m.csv",
        l -> { l.set(0, l.get(0).replace("yrent", "year_entry")); return l; },
        "atop5_1m.csv:1: value 'atopid,cowid,cow4id,member,cowsys,year_entry", 0));
    v.add(new Variant("a row with a column missing", "atop", m, "atop5_1m.csv",
        l -> { l.set(4, l.get(4).substring(0, l.get(4).lastIndexOf(','))); return l; },
        "atop5_1m.csv:5: value '104 columns': expected 105 columns, found 104", 5));
    v.add(new Variant("a row with a column too many", "atop", m, "atop5_1m.csv",
        l -> { l.set(9, l.get(9) + ",1"); return l; },
        "atop5_1m.csv:10: value '106 columns': expected 105 columns, found 106", 10));
    v.add(new Variant("text where a number belongs", "atop", m, "atop5_1m.csv", cell(7, 5, "18x5"),
        "atop5_1m.csv:7: field yrent: value '18x5': not a whole number", 7));
    v.add(new Variant("month 13", "atop", m, "atop5_1m.csv", cell(8, 6, "13"),
        "atop5_1m.csv:8: field moent: value '13': a month is 1 to 12", 8));
    v.add(new Variant("30 February", "atop", m, "atop5_1m.csv", l -> cell(12, 7, "30").apply(cell(12, 6, "2").apply(l)),
        "atop5_1m.csv:12: field dayent: value '", 12));
    v.add(new Variant("an unknown state code", "atop", m, "atop5_1m.csv", cell(15, 3, "9999"),
        "atop5_1m.csv:15: field member: value '9999': not a COW state code", 15));
    v.add(new Variant("a duplicate member row", "atop", m, "atop5_1m.csv",
        l -> { l.add(20, l.get(19)); return l; },
        "atop5_1m.csv:21: field atopid+member+phase+yrent+moent+dayent: value '", 21));
    v.add(new Variant("a duplicate alliance id", "atop", a, "atop5_1a.csv",
        l -> { l.add(30, l.get(29)); return l; },
        "atop5_1a.csv:31: field atopid: value '", 31));
    v.add(new Variant("a row of another version", "atop", a, "atop5_1a.csv",
        l -> { l.set(40, l.get(40).substring(0, l.get(40).lastIndexOf(',')) + ",4.01"); return l; },
        "atop5_1a.csv:41: field version: value '4.01': every row must have the version of the first row (5.1)", 41));
    v.add(new Variant("an unclosed quote", "atop", a, "atop5_1a.csv",
        l -> { l.set(50, l.get(50).replaceFirst(",", ",\"")); return l; },
        "atop5_1a.csv:51: a quoted field is not closed before the end of the file", 0));
    v.add(new Variant("a header only", "atop", a, "atop5_1a.csv", l -> new ArrayList<>(l.subList(0, 1)),
        "atop5_1a.csv: the file has a header but no data rows", 0));
    v.add(new Variant("an empty file", "atop", a, "atop5_1a.csv", l -> new ArrayList<>(),
        "atop5_1a.csv:1: the file is empty", 0));
    v.add(new Variant("a year before the state system", "cow-system", s, "system2016.csv", cell(3, 2, "1700"),
        "system2016.csv:3: field year: value '1700': a COW system year is 1816 or later", 3));
    v.add(new Variant("a lower-case abbreviation", "cow-system", s, "system2016.csv", cell(4, 0, "usa"),
        "system2016.csv:4: field stateabb: value 'usa': a COW abbreviation is three capital letters", 4));
    v.add(new Variant("a COW code of 0", "cow-system", s, "system2016.csv", cell(5, 1, "0"),
        "system2016.csv:5: field ccode: value '0': a COW code is 2 to 999", 5));
    v.add(new Variant("a duplicate state-year", "cow-system", s, "system2016.csv",
        l -> { l.add(6, l.get(5)); return l; },
        "system2016.csv:7: field ccode+year: value '", 7));
    v.add(new Variant("a blank required cell", "cow-system", s, "system2016.csv", cell(9, 1, ""),
        "system2016.csv:9: field ccode: a value is required", 9));
    v.add(new Variant("a spell that ends before it starts", "cow-system", st, "states2016.csv", cell(2, 6, "1800"),
        "states2016.csv:2: field endyear: value '1800-12-31': the spell ends before it starts", 2));
    v.add(new Variant("an impossible end date", "cow-system", st, "states2016.csv", cell(3, 8, "31").andThen(cell(3, 7, "4"))::apply,
        "states2016.csv:3: field endday: value '2016-4-31': not a real date", 3));
    return v.stream().map(Arguments::of);
  }

  @BeforeAll
  static void baseline() {
    Path root = TestData.root().orElse(null);
    if (root == null || !Files.isDirectory(root.resolve("cow-state-system"))) {
      return;
    }
    db = dir.resolve("s.duckdb");
    try (DuckDbStore store = Stores.fresh(db)) {
      store.importDataset(new CowSystemImporter(), root.resolve("cow-state-system/majors2016.csv"), ImportOptions.strict());
    }
  }

  private static Path write(Variant v) throws IOException {
    Path real = TestData.require(v.source());
    List<String> lines = new ArrayList<>(Files.readAllLines(real, StandardCharsets.UTF_8));
    lines = new ArrayList<>(lines.subList(0, Math.min(201, lines.size())));
    List<String> edited = v.edit().apply(lines);
    Path d = Files.createDirectories(dir.resolve(v.name().replaceAll("\\W+", "-")));
    Path f = d.resolve(v.fileName());
    Files.writeString(f, edited.isEmpty() ? "" : String.join("\n", edited) + "\n", StandardCharsets.UTF_8);
    return f;
  }

  private static DatasetImporter importer(String dataset) {
    return dataset.equals("atop") ? new AtopImporter(Stores.cowCodes()) : new CowSystemImporter();
  }

  private static List<Long> snapshot() {
    try (DuckDbStore store = DuckDbStore.open(db, true)) {
      List<Long> counts = new ArrayList<>();
      for (String t : store.tables()) {
        counts.add(Stores.count(store, "SELECT count(*) FROM " + t));
      }
      counts.add((long) store.tables().size());
      return counts;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void aStrictImportFailsWithOneMessageAndLeavesTheStoreAsItWas(Variant v) throws IOException {
    Path f = write(v);
    List<Long> before = snapshot();
    try (DuckDbStore store = DuckDbStore.open(db, false)) {
      assertThatThrownBy(() -> store.importDataset(importer(v.dataset()), f, ImportOptions.strict()))
          .isInstanceOf(DataFileException.class)
          .hasMessageStartingWith(v.message());
    }
    assertThat(snapshot()).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void aLenientImportLoadsTheOtherRowsAndListsTheBadOne(Variant v) throws IOException {
    Path f = write(v);
    if (v.badLine() == 0) {
      try (DuckDbStore store = DuckDbStore.open(db, false)) {
        assertThatThrownBy(() -> store.importDataset(importer(v.dataset()), f, ImportOptions.lenientMode()))
            .as("a fault in the file as a whole fails in lenient mode too")
            .isInstanceOf(DataFileException.class);
      }
      return;
    }
    long dataRows = Files.readAllLines(f).size() - 1;
    String rule;
    try (DuckDbStore store = DuckDbStore.open(db, false)) {
      DataFileException strict = (DataFileException) org.assertj.core.api.Assertions.catchThrowable(
          () -> store.importDataset(importer(v.dataset()), f, ImportOptions.strict()));
      rule = strict.rule();
    }
    try (DuckDbStore store = DuckDbStore.open(db, false)) {
      List<ImportReport> reports = store.importDataset(importer(v.dataset()), f, ImportOptions.lenientMode());
      ImportReport.FileReport r = reports.get(0).files().get(0);
      assertThat(r.rowsRejected()).isEqualTo(1);
      assertThat(r.rowsLoaded()).isEqualTo(dataRows - 1);
      List<List<Object>> rejects = store.query(
          "SELECT line, rule FROM rejects WHERE file = '" + v.fileName() + "' ORDER BY import_id DESC LIMIT 1").rows();
      assertThat(((Number) rejects.get(0).get(0)).intValue()).isEqualTo(v.badLine());
      assertThat(rejects.get(0).get(1)).isEqualTo(rule);
    }
  }

  @org.junit.jupiter.api.Test
  void aTruncatedGzipFailsAndLeavesTheStoreAsItWas() throws IOException {
    Path real = TestData.require("cow-state-system/system2016.csv");
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
      gz.write(Files.readAllBytes(real));
    }
    byte[] all = buf.toByteArray();
    Path f = dir.resolve("system2016.csv.gz");
    Files.write(f, Arrays.copyOf(all, all.length / 2));
    List<Long> before = snapshot();
    try (DuckDbStore store = DuckDbStore.open(db, false)) {
      assertThatThrownBy(() -> store.importDataset(new CowSystemImporter(), f, ImportOptions.strict()))
          .isInstanceOf(DataFileException.class)
          .hasMessageContaining("system2016.csv.gz:")
          .hasMessageContaining("the compressed file ends early (truncated gzip)");
    }
    assertThat(snapshot()).isEqualTo(before);
  }

  @org.junit.jupiter.api.Test
  void bytesThatAreNotUtf8FailWithTheirLine() throws IOException {
    Path real = TestData.require("cow-state-system/system2016.csv");
    byte[] bytes = Files.readAllBytes(real);
    byte[] bad = Arrays.copyOf(bytes, 400);
    bad[350] = (byte) 0xC3;
    bad[351] = (byte) 0x28;
    Path f = dir.resolve("enc").resolve("system2016.csv");
    Files.createDirectories(f.getParent());
    Files.write(f, bad);
    int line = (int) new String(bytes, 0, 350, StandardCharsets.US_ASCII).chars().filter(c -> c == '\n').count() + 1;
    try (DuckDbStore store = DuckDbStore.open(db, false)) {
      assertThatThrownBy(() -> store.importDataset(new CowSystemImporter(), f, ImportOptions.strict()))
          .isInstanceOf(DataFileException.class)
          .hasMessage("system2016.csv:" + line + ": value '0xC3': bytes that are not valid text in the expected encoding");
    }
  }
}
