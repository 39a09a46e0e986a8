package dev.entente.io.atop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.io.ImportOptions;
import dev.entente.io.ImportReport;
import dev.entente.store.duckdb.DuckDbStore;
import dev.entente.testing.Stores;
import dev.entente.testing.TestData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtopImporterTest {

  @TempDir Path dir;

  @Test
  void theRealAtop51FilesImportStrictlyWithTheDocumentedCounts() {
    Path atop = TestData.require("atop-5.1");
    Path db = dir.resolve("s.duckdb");
    List<ImportReport> reports;
    try (DuckDbStore store = Stores.fresh(db)) {
      reports = store.importDataset(new AtopImporter(Stores.cowCodes()), atop, ImportOptions.strict());
    }
    assertThat(reports).extracting(ImportReport::version).containsOnly("5.1");
    try (DuckDbStore store = DuckDbStore.open(db, true)) {
      assertThat(Stores.count(store, "SELECT count(*) FROM atop_alliances WHERE dataset_variant = 'full'")).isEqualTo(789);
      assertThat(Stores.count(store, "SELECT count(*) FROM atop_alliances WHERE dataset_variant = 'nna'")).isEqualTo(589);
      assertThat(Stores.count(store, "SELECT count(*) FROM atop_members WHERE dataset_variant = 'full'")).isEqualTo(2510);
      assertThat(Stores.count(store, "SELECT count(DISTINCT member) FROM atop_members WHERE dataset_variant = 'full'"))
          .isEqualTo(208);
      assertThat(Stores.count(store, "SELECT count(DISTINCT atopid) FROM atop_members WHERE dataset_variant = 'full'"))
          .isEqualTo(789);
      assertThat(Stores.count(store, "SELECT count(*) FROM atop_institutions")).isEqualTo(849);
      assertThat(Stores.count(store, "SELECT count(*) FROM atop_members WHERE yrexit = 0")).isZero();
      assertThat(Stores.count(store, "SELECT count(*) FROM atop_members WHERE dataset_variant = 'full' AND yrexit IS NULL"))
          .isEqualTo(1146);
      assertThat(Stores.count(store, "SELECT count(*) FROM rejects")).isZero();
    }
  }
}
