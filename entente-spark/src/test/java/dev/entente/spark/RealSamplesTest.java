package dev.entente.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job and the DuckDB path give the same aggregates on the real samples in ../shared/data/events: the same
 * header and rows in the same order, every column with the same text (doubles included), and the same counts of
 * events left out. Skipped when the samples are absent.
 */
class RealSamplesTest {

  @TempDir
  Path dir;

  @Test
  void gdeltDailyExportGzippedInADirectoryWithASpace() throws IOException {
    Path plain = SharedData.require("events/gdelt-sample/20141124.export.CSV");
    Path gz = Files.createDirectories(dir.resolve("with space")).resolve("20141124.export.CSV.gz");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
      Files.copy(plain, o);
    }
    BothPaths.Outputs o = BothPaths.run(dir, "gdelt1", List.of(gz));
    o.assertIdentical();
    // 100 events; 5 have two different, non-empty actor country codes (awk on the raw file: ISR-PSE 2, PSE-ISR 1,
    // VCT-CAN 2), all of them states
    assertThat(o.duckdbData()).hasSize(3);
    assertThat(o.sparkNotes()).anyMatch(n -> n.contains("events in the years: 100; aggregated: 5;"));
  }

  @Test
  void gdeltRExportDirectedDyadMonthAlsoAsParquet() throws SQLException {
    Path f = SharedData.require("events/gdelt-sample/gdelt1_georgia_aug2012_Rexport.csv");
    BothPaths.Outputs o = BothPaths.run(dir, "gdelt1", List.of(f), "--by", "dyad-month", "--directed",
        "--write", "csv,parquet");
    o.assertIdentical();
    assertThat(o.duckdbData().size()).isGreaterThan(20);
    Path parquet = dir.resolve("spark/aggregate.parquet");
    assertThat(parquet.resolve("_provenance.txt")).exists();
    Path back = dir.resolve("parquet-as-csv.csv");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      st.execute("COPY (SELECT * FROM read_parquet('" + parquet + "/*.parquet')) TO '" + back + "' (FORMAT csv, HEADER true)");
    }
    assertThat(BothPaths.data(back, false)).containsExactlyElementsOf(o.duckdbData());
  }

  @Test
  void icewsSampleDyadYearIcewsConventions() {
    Path f = SharedData.require("events/icews-sample/events.2018.sample.tab");
    BothPaths.Outputs o = BothPaths.run(dir, "icews", List.of(f), "--quad", "icews", "--goldstein", "as-coded");
    o.assertIdentical();
    assertThat(o.duckdbData().size()).isGreaterThan(20);
  }

  /**
   * COW numbers by date on both paths: four events made from the daily sample's first line with their dates and
   * countries replaced (DEU-USA in 1989, September and October 1990; UKR-USA in 1985). West Germany is 260 until
   * 1990-10-02, Germany 255 from 1990-10-03, and Ukraine no state in 1985 (COW states2016).
   */
  @Test
  void cowNumbersFollowTheStateSystemOnBothPaths() throws IOException {
    String[] line = Files.readAllLines(SharedData.require("events/gdelt-sample/20141124.export.CSV")).get(0)
        .split("\t", -1);
    List<String> out = new java.util.ArrayList<>();
    String[][] events = {{"19890615", "DEU", "USA"}, {"19900915", "DEU", "USA"}, {"19901015", "USA", "DEU"},
        {"19850301", "UKR", "USA"}};
    for (int i = 0; i < events.length; i++) {
      String[] f = line.clone();
      f[0] = String.valueOf(900_000_001 + i);
      f[1] = events[i][0];
      f[2] = events[i][0].substring(0, 6);
      f[3] = events[i][0].substring(0, 4);
      f[7] = events[i][1];
      f[17] = events[i][2];
      out.add(String.join("\t", f));
    }
    Path file = Files.write(Files.createDirectories(dir.resolve("by-date")).resolve("19900101.export.CSV"), out);
    for (String by : List.of("dyad-year", "dyad-month")) {
      BothPaths.Outputs o = BothPaths.run(Files.createDirectories(dir.resolve(by)), "gdelt1", List.of(file), "--by", by,
          "--years", "1979-2030");
      o.assertIdentical();
      List<String> keys = o.duckdbData().stream().skip(1).map(r -> {
        String[] f = r.split(",", -1);
        return f[0] + "," + f[1] + "," + f[2] + "," + f[f.length - 2] + "," + f[f.length - 1];
      }).toList();
      assertThat(keys).containsExactlyElementsOf(by.equals("dyad-year")
          ? List.of("DEU,USA,1989,260,2", "DEU,USA,1990,255,2", "UKR,USA,1985,,2")
          : List.of("DEU,USA,1989-06,260,2", "DEU,USA,1990-09,260,2", "DEU,USA,1990-10,255,2", "UKR,USA,1985-03,,2"));
    }
  }
}
