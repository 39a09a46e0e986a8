package dev.entente.io.icews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.entente.error.DataFileException;
import dev.entente.io.events.EventImportReport;
import dev.entente.store.duckdb.DuckDbStore;
import dev.entente.testing.StoreSnapshots;
import dev.entente.testing.Stores;
import dev.entente.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ICEWS Dataverse sample imports; counts checked against the raw file split on tabs here. */
class IcewsImportTest {

  static final String SAMPLE = "events/icews-sample/events.2018.sample.tab";

  @TempDir Path dir;

  @Test
  void theSampleImportsWithNamesSectorsAndCodes() throws Exception {
    Path f = TestData.require(SAMPLE);
    List<String> lines = Files.readAllLines(f);
    Map<String, Long> byCode = new TreeMap<>();
    long na = 0;
    for (String l : lines.subList(1, lines.size())) {
      String[] x = l.split("\t", -1);
      byCode.merge(x[6], 1L, Long::sum);
      na += x[4].equals("NA") ? 1 : 0;
    }
    try (DuckDbStore store = Stores.fresh(dir.resolve("s.duckdb"))) {
      EventImportReport r = store.importEvents(IcewsFiles.find(List.of(f)));
      assertThat(r.rowsLoaded()).isEqualTo(lines.size() - 1).isEqualTo(3705);
      Map<String, Long> actual = new TreeMap<>();
      store.query("SELECT event_code, count(*) FROM events GROUP BY 1").rows()
          .forEach(row -> actual.put((String) row.get(0), (Long) row.get(1)));
      assertThat(actual).isEqualTo(byCode);
      assertThat(Stores.count(store, "SELECT count(*) FROM events WHERE source_country IS NULL")).isEqualTo(na);
      assertThat(store.query("SELECT dataset, CAST(event_date AS VARCHAR), source_name, source_roles, source_country,"
              + " event_code, root_code, goldstein, target_country, geo_name FROM events WHERE event_id = 32889836").rows())
          .containsExactly(List.of("icews", "2018-06-01", "Foreign Affairs (Bangladesh)",
              "Executive,Foreign Ministry,Government", "Bangladesh", "040", "04", 1.0, "Vietnam", "Hanoi"));
    }
  }

  @Test
  void fullyDuplicatedRowsAreDroppedAndCounted() throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(TestData.require(SAMPLE)));
    lines.add(lines.get(10));
    lines.add(lines.get(20));
    Path f = Files.write(dir.resolve("dups.tab"), lines);
    try (DuckDbStore store = Stores.fresh(dir.resolve("s.duckdb"))) {
      EventImportReport r = store.importEvents(IcewsFiles.find(List.of(f)));
      assertThat(r.files().get(0).rowsRead()).isEqualTo(3707);
      assertThat(r.duplicates()).isEqualTo(2);
      assertThat(Stores.count(store, "SELECT count(*) FROM events")).isEqualTo(3705);
    }
  }

  @Test
  void aBadDateStopsWithTheLineAndChangesNothing() throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(TestData.require(SAMPLE)));
    lines.set(100, lines.get(100).replaceFirst("\t2018-06-0", "\t2018-13-0"));
    Path bad = Files.write(dir.resolve("bad.tab"), lines);
    Path db = dir.resolve("s.duckdb");
    Stores.fresh(db).close();
    List<Object> before = StoreSnapshots.of(db, "event_files");
    DataFileException e;
    try (DuckDbStore store = DuckDbStore.open(db, false)) {
      e = assertThrows(DataFileException.class, () -> store.importEvents(IcewsFiles.find(List.of(bad))));
    }
    assertThat(e.getMessage()).startsWith(bad + ":101: field Event Date: value '2018-13-0")
        .endsWith("not a valid date (YYYY-MM-DD)");
    assertThat(StoreSnapshots.of(db, "event_files")).isEqualTo(before);
  }

  @Test
  void anotherHeaderIsRefused() throws Exception {
    Path f = Files.write(dir.resolve("x.tab"), List.of("Event ID\tEvent Date\tSource", "1\t2018-01-01\tX"));
    DataFileException e = assertThrows(DataFileException.class, () -> IcewsFiles.find(List.of(f)));
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.rule()).contains("not the ICEWS Dataverse event file's 20 columns");
  }
}
