package dev.entente.io.unvotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.entente.error.DataFileException;
import dev.entente.io.ImportOptions;
import dev.entente.io.ImportReport;
import dev.entente.store.duckdb.DuckDbStore;
import dev.entente.testing.Stores;
import dev.entente.testing.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdealPointsImporterTest {

  private static final String FILE = "unga-voting/voeten_dataverse/IdealpointestimatesAll_Jun2024.csv";

  @TempDir Path dir;

  private IdealPointsImporter importer() {
    return new IdealPointsImporter(Stores.cowCodes());
  }

  @Test
  void theJune2024FileImportsStrictlyWithItsCountsAndValues() {
    Path file = TestData.require(FILE);
    Path db = dir.resolve("s.duckdb");
    List<ImportReport> reports;
    try (DuckDbStore store = Stores.fresh(db)) {
      reports = store.importDataset(importer(), file, ImportOptions.strict());
    }
    assertThat(reports).singleElement().satisfies(r -> {
      assertThat(r.version()).isEqualTo("Jun2024");
      assertThat(r.variant()).isEqualTo("all");
      assertThat(r.rowsLoaded()).isEqualTo(11_238);
      assertThat(r.rowsRejected()).isZero();
    });
    try (DuckDbStore store = DuckDbStore.open(db, true)) {
      assertThat(Stores.count(store, "SELECT count(*) FROM idealpoints")).isEqualTo(11_238);
      assertThat(Stores.count(store, "SELECT count(DISTINCT session) FROM idealpoints")).isEqualTo(77);
      assertThat(Stores.count(store, "SELECT count(*) FROM idealpoints WHERE session = 19")).isZero();
      assertThat(Stores.count(store, "SELECT max(session) FROM idealpoints")).isEqualTo(78);
      // the raw file's row "44": USA, session 45, 84 votes, ideal point 3.113567, ChinaAgree 0.1566265
      List<Object> usa45 = store.query("SELECT NVotesAll, IdealPointAll, \"QO%All\", \"Q100%All\", iso3c, Countryname,"
          + " USAgree, ChinaAgree FROM idealpoints WHERE ccode = 2 AND session = 45").rows().get(0);
      assertThat(usa45).containsExactly(84L, 3.113567, 2.773524, 3.481829, "USA", "United States", 1.0, 0.1566265);
      assertThat(real(store, "SELECT USAgree FROM idealpoints WHERE ccode = 200 AND session = 45"))
          .isCloseTo(0.5952381, within(1e-12));
      assertThat(real(store, "SELECT USAgree FROM idealpoints WHERE ccode = 666 AND session = 78"))
          .isCloseTo(0.8809524, within(1e-12));
      assertThat(real(store, "SELECT ChinaAgree FROM idealpoints WHERE ccode = 365 AND session = 78"))
          .isCloseTo(0.6823529, within(1e-12));
      // NA is NULL, never 0: the PRC did not vote in sessions 1-25
      assertThat(Stores.count(store, "SELECT count(*) FROM idealpoints WHERE ChinaAgree IS NULL")).isEqualTo(2_089);
      assertThat(Stores.count(store, "SELECT count(*) FROM idealpoints WHERE IsraelAgree IS NULL")).isEqualTo(112);
      assertThat(Stores.count(store, "SELECT count(*) FROM idealpoints WHERE ChinaAgree IS NULL AND session > 25"))
          .isEqualTo(2);
      // R's row-name column is not stored
      assertThat(store.query("SELECT column_name FROM information_schema.columns WHERE table_name = 'idealpoints'"
          + " ORDER BY ordinal_position").rows()).extracting(r -> r.get(0))
          .startsWith("dataset_variant", "dataset_version", "ccode", "session", "NVotesAll")
          .doesNotContain("");
      assertThat(Stores.count(store, "SELECT count(*) FROM rejects")).isZero();
    }
  }

  @Test
  void theReleaseComesFromTheFileNameAndAFileWithoutOneIsRefused() {
    assertThat(IdealPointsImporter.version(Path.of("IdealpointestimatesAll_Jun2024.csv"))).isEqualTo("Jun2024");
    assertThat(IdealPointsImporter.version(Path.of("idealpointestimatesall_jul2023.csv.gz"))).isEqualTo("Jul2023");
    assertThatThrownBy(() -> IdealPointsImporter.version(Path.of("IdealpointestimatesAll.csv")))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("IdealpointestimatesAll.csv: the release is read from the file name");
  }

  @Test
  void aFileWithoutTheRowNameColumnIsRefused() throws IOException {
    List<String> lines = firstLines(50);
    List<String> cut = new ArrayList<>();
    for (String l : lines) {
      cut.add(l.substring(l.indexOf(',') + 1));
    }
    Path bad = write(cut);
    try (DuckDbStore store = Stores.fresh(dir.resolve("s.duckdb"))) {
      assertThatThrownBy(() -> store.importDataset(importer(), bad, ImportOptions.lenientMode()))
          .isInstanceOf(DataFileException.class)
          .hasMessageStartingWith("IdealpointestimatesAll_Jun2024.csv:1: value 'ccode,session,NVotesAll,")
          .hasMessageContaining("wrong header for idealpoints idealpoints: expected ,ccode,session,");
      assertThat(store.tables()).doesNotContain("idealpoints");
    }
  }

  @Test
  void anAgreementAboveOneAndAMissingVoteCountAreRejectedWithTheirLines() throws IOException {
    List<String> lines = firstLines(50);
    // line 3: USA session 2; line 5: USA session 4
    lines.set(2, lines.get(2).replace(",0.2631579,", ",1.2631579,"));
    lines.set(4, lines.get(4).replaceFirst("^(\"4\",2,4,)\\d+,", "$1NA,"));
    Path bad = write(lines);
    Path db = dir.resolve("s.duckdb");
    try (DuckDbStore store = Stores.fresh(db)) {
      assertThatThrownBy(() -> store.importDataset(importer(), bad, ImportOptions.strict()))
          .isInstanceOf(DataFileException.class)
          .hasMessageStartingWith("IdealpointestimatesAll_Jun2024.csv:3: field RUSSAgree: value '1.2631579': ");
      assertThat(store.tables()).doesNotContain("idealpoints");
      store.importDataset(importer(), bad, ImportOptions.lenientMode());
    }
    try (DuckDbStore store = DuckDbStore.open(db, true)) {
      assertThat(Stores.count(store, "SELECT count(*) FROM idealpoints")).isEqualTo(47);
      assertThat(store.query("SELECT line, col, value, rule FROM rejects ORDER BY line").rows()).containsExactly(
          List.of(3, "RUSSAgree", "1.2631579", "an agreement share is 0 to 1"),
          List.of(5, "NVotesAll", "NA", "a value is required"));
    }
  }

  private static double real(DuckDbStore store, String sql) {
    return ((Number) store.query(sql).rows().get(0).get(0)).doubleValue();
  }

  private static List<String> firstLines(int n) throws IOException {
    try (var lines = Files.lines(TestData.require(FILE), StandardCharsets.UTF_8)) {
      return new ArrayList<>(lines.limit(n).toList());
    }
  }

  private Path write(List<String> lines) throws IOException {
    Path d = Files.createDirectories(dir.resolve("bad"));
    return Files.write(d.resolve("IdealpointestimatesAll_Jun2024.csv"), lines, StandardCharsets.UTF_8);
  }
}
