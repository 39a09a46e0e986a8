package dev.entente.io.cow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.io.ImportOptions;
import dev.entente.store.duckdb.DuckDbStore;
import dev.entente.testing.Stores;
import dev.entente.testing.TestData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CowSystemImporterTest {

  @TempDir Path dir;

  @Test
  void theRealV2016FilesImportStrictlyWithTheDocumentedCounts() {
    Path cow = TestData.require("cow-state-system");
    Path db = dir.resolve("s.duckdb");
    try (DuckDbStore store = Stores.fresh(db)) {
      store.importDataset(new CowSystemImporter(), cow, ImportOptions.strict());
    }
    try (DuckDbStore store = DuckDbStore.open(db, true)) {
      // the data README says 15,950; the file has 15,951 data rows (15,952 lines with the header, no final newline)
      assertThat(Stores.count(store, "SELECT count(*) FROM cow_system")).isEqualTo(15951);
      assertThat(Stores.count(store, "SELECT count(*) FROM cow_states")).isEqualTo(243);
      assertThat(Stores.count(store, "SELECT count(*) FROM cow_majors")).isEqualTo(14);
      assertThat(Stores.count(store, "SELECT min(year) FROM cow_system")).isEqualTo(1816);
      assertThat(Stores.count(store, "SELECT count(*) FROM cow_system WHERE year = 2016")).isEqualTo(195);
      assertThat(store.query("SELECT DISTINCT dataset_version FROM cow_system").rows()).containsExactly(java.util.List.of("2016"));
    }
  }
}
