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
}
