package dev.entente.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.analysis.dyads.DyadYearRequest;
import dev.entente.error.UserInputException;
import dev.entente.io.cow.CowSystemImporter;
import dev.entente.store.duckdb.DuckDbStore;
import dev.entente.testing.Stores;
import dev.entente.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-importing a version replaces it; another version is kept beside it and can be chosen. */
class VersionsTest {

  @TempDir Path dir;

  @Test
  void aSecondVersionIsKeptAndTheSameVersionIsReplaced() throws Exception {
    Path real = TestData.require("cow-state-system/system2016.csv");
    Path v2 = Files.createDirectories(dir.resolve("v2")).resolve("system2016.csv");
    List<String> lines = Files.readAllLines(real);
    // an imagined later release: the same rows without 2016, version 2020
    Files.write(v2, lines.stream().filter(l -> !l.contains(",2016,")).map(l -> l.replaceAll(",2016$", ",2020"))
        .collect(Collectors.toList()));
    try (DuckDbStore store = Stores.fresh(dir.resolve("s.duckdb"))) {
      CowSystemImporter importer = new CowSystemImporter();
      store.importDataset(importer, real, ImportOptions.strict());
      store.importDataset(importer, v2, ImportOptions.strict());
      store.importDataset(importer, real, ImportOptions.strict());
      assertThat(store.query("SELECT dataset_version, count(*) FROM cow_system GROUP BY ALL ORDER BY 1").rows())
          .containsExactly(List.of("2016", 15951L), List.of("2020", 15756L));
      assertThat(Stores.count(store, "SELECT count(*) FROM imports WHERE dataset = 'cow-system'")).isEqualTo(2);

      Path out = dir.resolve("d.csv");
      store.dyadYears().write(new DyadYearRequest("cow", 2015, 2016, true, false, List.of(), Map.of("cow-system", "2016")),
          out, "csv");
      assertThat(Files.readAllLines(out)).hasSize(1 + 2 * 195 * 194);
      store.dyadYears().write(new DyadYearRequest("cow", 2015, 2016, true, false, List.of(), Map.of("cow-system", "2020")),
          out, "csv");
      assertThat(Files.readAllLines(out)).hasSize(1 + 195 * 194);
      assertThatThrownBy(() -> store.dyadYears().write(
              new DyadYearRequest("cow", 2015, 2016, true, false, List.of(), Map.of("cow-system", "1999")), out, "csv"))
          .isInstanceOf(UserInputException.class)
          .hasMessage("cow-system version 1999 is not imported (see 'entente data list')");
    }
  }
}
