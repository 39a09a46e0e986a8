package dev.entente.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job and the DuckDB path give the same aggregates on the real samples in ../shared/data/events. */
class RealSamplesTest {

  @TempDir
  Path dir;

  @Test
  void gdeltDailyExportDyadYear() {
    Path f = SharedData.require("events/gdelt-sample/20141124.export.CSV");
    BothPaths.Outputs o = BothPaths.run(dir, "gdelt1", List.of(f));
    o.assertIdentical();
    assertThat(o.duckdbData()).hasSize(3);
  }
}
