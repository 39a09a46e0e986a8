package dev.entente.io.gdelt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.error.DataFileException;
import dev.entente.io.events.EventImportReport;
import dev.entente.store.duckdb.DuckDbStore;
import dev.entente.testing.StoreSnapshots;
import dev.entente.testing.Stores;
import dev.entente.testing.TestData;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GDELT files import; counts are checked against the raw files read independently (split on tabs here). */
class GdeltImportTest {

  static final String DAILY = "events/gdelt-sample/20141124.export.CSV";
  static final String ZIP = "events/gdelt-sample/20141124.export.CSV.zip";
  static final String R_EXPORT = "events/gdelt-sample/gdelt1_georgia_aug2012_Rexport.csv";

  @TempDir Path dir;

  private static EventImportReport importFiles(DuckDbStore store, Path... files) {
    return store.importEvents(GdeltFiles.find(List.of(files)));
  }

  /** Root code -> count, from the raw tab-separated file (column 29, EventRootCode). */
  private static Map<String, Long> rootCounts(Path file) throws IOException {
    Map<String, Long> out = new TreeMap<>();
    for (String line : Files.readAllLines(file)) {
      out.merge(line.split("\t", -1)[28], 1L, Long::sum);
    }
    return out;
  }

  @Test
  void theDailySampleImportsEveryRowWithItsCodes() throws Exception {
    Path daily = TestData.require(DAILY);
    List<String> lines = Files.readAllLines(daily);
    try (DuckDbStore store = Stores.fresh(dir.resolve("s.duckdb"))) {
      EventImportReport r = importFiles(store, daily);
      assertThat(r.files()).singleElement().satisfies(f -> {
        assertThat(f.layout()).isEqualTo("gdelt1-daily-58");
        assertThat(f.dataset()).isEqualTo("gdelt1");
        assertThat(f.rowsRead()).isEqualTo(lines.size());
      });
      assertThat(Stores.count(store, "SELECT count(*) FROM events")).isEqualTo(100);
      Map<String, Long> roots = new TreeMap<>();
      store.query("SELECT root_code, count(*) FROM events GROUP BY 1").rows()
          .forEach(row -> roots.put((String) row.get(0), (Long) row.get(1)));
      assertThat(roots).isEqualTo(rootCounts(daily));
      String[] first = lines.get(0).split("\t", -1);
      assertThat(store.query("SELECT event_id, CAST(event_date AS VARCHAR), event_code, goldstein, target_code,"
              + " target_roles, num_mentions, source_url FROM events WHERE event_id = " + first[0]).rows())
          .containsExactly(List.of(Long.parseLong(first[0]), "2004-11-26", first[26], Double.parseDouble(first[30]),
              first[15], "COP", Integer.parseInt(first[31]), first[57]));
      // blank fields are NULL, never ''
      assertThat(Stores.count(store, "SELECT count(*) FROM events WHERE source_code = '' OR source_country = ''"))
          .isZero();
    }
  }

  /**
   * The backfile and GDELT 2.0 layouts, made here from the daily sample: without SOURCEURL (57 columns), and with an
   * empty ADM2Code in each geo block and a 14-digit DATEADDED (61 columns), ids shifted so they are new events.
   */
  @Test
  void backfileAndGdelt2LayoutsAreDetectedAndRead() throws Exception {
    List<String> lines = Files.readAllLines(TestData.require(DAILY));
    List<String> backfile = new ArrayList<>();
    List<String> v2 = new ArrayList<>();
    for (String l : lines) {
      List<String> f = new ArrayList<>(List.of(l.split("\t", -1)));
      f.set(0, "9" + f.get(0));
      backfile.add(String.join("\t", f.subList(0, 57)));
      for (int geo : new int[] {49, 42, 35}) {
        f.add(geo + 4, "");
      }
      f.set(59, f.get(59) + "120000");
      v2.add(String.join("\t", f));
    }
    Path b = write("19790101.csv", backfile);
    Path g2 = write("20150218230000.export.CSV", v2);
    try (DuckDbStore store = Stores.fresh(dir.resolve("s.duckdb"))) {
      EventImportReport r = importFiles(store, b, g2);
      assertThat(r.files()).extracting(EventImportReport.FileResult::layout).containsExactly("gdelt1-backfile-57", "gdelt2-61");
      assertThat(r.files()).extracting(EventImportReport.FileResult::dataset).containsExactly("gdelt1", "gdelt2");
      assertThat(r.rowsLoaded()).isEqualTo(200);
      assertThat(Stores.count(store, "SELECT count(*) FROM events WHERE dataset = 'gdelt1' AND source_url IS NULL")).isEqualTo(100);
      // the same action location read through both layouts
      String id = "9" + lines.get(0).split("\t")[0];
      assertThat(store.query("SELECT DISTINCT geo_country, geo_lat, geo_lon, event_code, num_articles FROM events"
          + " WHERE event_id = " + id).rows()).containsExactly(List.of("US", 38.8951, -77.0364, "014", 10));
      assertThat(Stores.count(store, "SELECT count(*) FROM events WHERE dataset = 'gdelt2' AND source_url IS NOT NULL"))
          .isEqualTo(100);
    }
  }

  @Test
  void theZipHoldsTheSameEventsSoTheyAreDuplicates() throws Exception {
    Path daily = TestData.require(DAILY);
    Path zip = TestData.require(ZIP);
    try (DuckDbStore store = Stores.fresh(dir.resolve("s.duckdb"))) {
      EventImportReport r = importFiles(store, daily, zip);
      assertThat(r.files()).extracting(EventImportReport.FileResult::rowsLoaded).containsExactly(100L, 0L);
      assertThat(r.files()).extracting(EventImportReport.FileResult::duplicates).containsExactly(0L, 100L);
      assertThat(Stores.count(store, "SELECT count(*) FROM events")).isEqualTo(100);
    }
  }

  @Test
  void theRExportWithAHeaderIsDetected() throws Exception {
    Path r = TestData.require(R_EXPORT);
    long rows = Files.readAllLines(r).size() - 1;
    try (DuckDbStore store = Stores.fresh(dir.resolve("s.duckdb"))) {
      EventImportReport rep = importFiles(store, r);
      assertThat(rep.files().get(0).layout()).isEqualTo("gdelt1-header-58");
      assertThat(rep.rowsLoaded()).isEqualTo(rows).isEqualTo(1255);
      // NA is missing; the quoted code keeps its leading zero
      assertThat(Stores.count(store, "SELECT count(*) FROM events WHERE source_code = 'NA' OR source_url = ''")).isZero();
      assertThat(Stores.count(store, "SELECT count(*) FROM events WHERE event_id = 212051490 AND event_code = '040'"))
          .isEqualTo(1);
    }
  }

  @Test
  void reImportingTheSameFileChangesNothing() throws Exception {
    Path daily = TestData.require(DAILY);
    Path db = dir.resolve("s.duckdb");
    try (DuckDbStore store = Stores.fresh(db)) {
      importFiles(store, daily);
    }
    List<Object> before = StoreSnapshots.of(db, "events", "event_files");
    try (DuckDbStore store = DuckDbStore.open(db, false)) {
      EventImportReport r = importFiles(store, daily);
      assertThat(r.files().get(0).alreadyImported()).isTrue();
    }
    assertThat(StoreSnapshots.of(db, "events", "event_files")).isEqualTo(before);
  }

  @Test
  void repeatedEventIdsAreDroppedAndCounted() throws Exception {
    List<String> lines = Files.readAllLines(TestData.require(DAILY));
    List<String> doubled = new ArrayList<>(lines);
    doubled.add(lines.get(3));
    doubled.add(lines.get(3));
    doubled.add(lines.get(50));
    Path f = write("dups.export.CSV", doubled);
    try (DuckDbStore store = Stores.fresh(dir.resolve("s.duckdb"))) {
      EventImportReport r = importFiles(store, f);
      assertThat(r.files().get(0).rowsRead()).isEqualTo(103);
      assertThat(r.duplicates()).isEqualTo(3);
      assertThat(Stores.count(store, "SELECT count(DISTINCT event_id) FROM events")).isEqualTo(100);
      assertThat(Stores.count(store, "SELECT rows_loaded FROM event_files")).isEqualTo(100);
    }
  }

  @Test
  void ofTwoDifferentRowsWithOneIdInAFileTheFirstByColumnValuesIsKeptWhateverTheirOrder() throws Exception {
    List<String> lines = Files.readAllLines(TestData.require(DAILY));
    String[] f = lines.get(5).split("\t", -1);
    f[1] = "20041125"; // an earlier date: first by (dataset, event_id, event_date, ...)
    String earlier = String.join("\t", f);
    for (List<String> order : List.of(List.of(lines.get(5), earlier), List.of(earlier, lines.get(5)))) {
      Path file = write("two" + order.get(0).hashCode() + ".export.CSV", order);
      try (DuckDbStore store = Stores.fresh(dir.resolve("s" + order.get(0).hashCode() + ".duckdb"))) {
        assertThat(importFiles(store, file).duplicates()).isEqualTo(1);
        assertThat(store.query("SELECT CAST(event_date AS VARCHAR) FROM events").rows()).containsExactly(List.of("2004-11-25"));
      }
    }
  }

  @Test
  void aWrongColumnCountStopsWithTheLineAndChangesNothing() throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(TestData.require(DAILY)));
    lines.set(41, lines.get(41).substring(0, lines.get(41).lastIndexOf('\t')));
    assertRefused(write("cols.export.CSV", lines), 42, "has 57 fields, the layout has 58 (tab-separated)");
  }

  @Test
  void aBadDateStopsWithTheLineAndChangesNothing() throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(TestData.require(DAILY)));
    lines.set(6, lines.get(6).replaceFirst("\t20041126\t", "\t20041399\t"));
    DataFileException e = assertRefused(write("date.export.CSV", lines), 7, "not a valid date (YYYYMMDD)");
    assertThat(e.field()).isEqualTo("SQLDATE");
    assertThat(e.value()).isEqualTo("20041399");
  }

  @Test
  void aBadGoldsteinValueStopsWithTheLine() throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(TestData.require(DAILY)));
    String[] f = lines.get(9).split("\t", -1);
    f[30] = "12.5";
    lines.set(9, String.join("\t", f));
    DataFileException e = assertRefused(write("gold.export.CSV", lines), 10, "must be between -10 and 10");
    assertThat(e.field()).isEqualTo("GoldsteinScale");
  }

  @Test
  void truncatedArchivesStopAndChangeNothing() throws Exception {
    byte[] text = Files.readAllBytes(TestData.require(DAILY));
    Path gz = dir.resolve("t.export.CSV.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(text);
    }
    byte[] all = Files.readAllBytes(gz);
    Files.write(gz, java.util.Arrays.copyOf(all, all.length / 2));
    assertRefused(gz, 0, "the archive is truncated or damaged");

    Path zip = dir.resolve("t.export.CSV.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("t.export.CSV"));
      out.write(text);
    }
    all = Files.readAllBytes(zip);
    Files.write(zip, java.util.Arrays.copyOf(all, all.length / 2));
    assertRefused(zip, 0, "the archive is truncated or damaged");
  }

  @Test
  void aFileOfAnotherShapeIsRefusedByItsFirstLine() throws Exception {
    Path f = write("x.csv", List.of("a\tb\tc"));
    assertThatThrownBy(() -> GdeltFiles.find(List.of(f)))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("x.csv:1: has 3 tab-separated fields; GDELT 1.0 files have 57 (backfile) or 58 (daily)");
  }

  private Path write(String name, List<String> lines) throws IOException {
    return Files.write(dir.resolve(name), (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** Imports the good daily file, then {@code bad} into the same store, which must refuse it and stay as it was. */
  private DataFileException assertRefused(Path bad, int line, String rule) throws IOException {
    Path db = dir.resolve("r" + System.nanoTime() + ".duckdb");
    try (DuckDbStore store = Stores.fresh(db)) {
      importFiles(store, TestData.require(DAILY));
    }
    List<Object> before = StoreSnapshots.of(db, "event_files");
    DataFileException thrown;
    try (DuckDbStore store = DuckDbStore.open(db, false)) {
      Path good = TestData.require(R_EXPORT);
      thrown = org.junit.jupiter.api.Assertions.assertThrows(DataFileException.class, () -> importFiles(store, good, bad));
    }
    assertThat(thrown.file()).isEqualTo(bad.toString());
    assertThat(thrown.line()).isEqualTo(line);
    assertThat(thrown.rule()).contains(rule);
    assertThat(StoreSnapshots.of(db, "event_files")).isEqualTo(before);
    return thrown;
  }
}
