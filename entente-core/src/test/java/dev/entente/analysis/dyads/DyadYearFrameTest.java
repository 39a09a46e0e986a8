package dev.entente.analysis.dyads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.error.UserInputException;
import dev.entente.io.ImportOptions;
import dev.entente.io.atop.AtopImporter;
import dev.entente.io.cow.CowSystemImporter;
import dev.entente.store.duckdb.DuckDbStore;
import dev.entente.testing.Stores;
import dev.entente.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dyad-year frames on the real COW system and ATOP files. */
class DyadYearFrameTest {

  @TempDir static Path dir;
  private static Path db;

  @BeforeAll
  static void importData() {
    Path root = TestData.root().orElse(null);
    if (root == null || !Files.isDirectory(root.resolve("atop-5.1"))) {
      return;
    }
    db = dir.resolve("s.duckdb");
    try (DuckDbStore store = Stores.fresh(db)) {
      store.importDataset(new CowSystemImporter(), root.resolve("cow-state-system"), ImportOptions.strict());
      store.importDataset(new AtopImporter(Stores.cowCodes()), root.resolve("atop-5.1"), ImportOptions.strict());
    }
  }

  private static Map<String, String[]> frame(DyadYearRequest request, String name) throws IOException {
    Path out = dir.resolve(name);
    try (DuckDbStore store = DuckDbStore.open(db, true)) {
      DyadYearSource.FrameReport report = store.dyadYears().write(request, out, "csv");
      assertThat(report.columns().subList(0, 3)).containsExactly("ccode1", "ccode2", "year");
    }
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0)).startsWith("ccode1,ccode2,year");
    Map<String, String[]> rows = new HashMap<>();
    for (String l : lines.subList(1, lines.size())) {
      String[] f = l.split(",", -1);
      rows.put(f[0] + "," + f[1] + "," + f[2], f);
    }
    assertThat(rows).hasSize(lines.size() - 1);
    return rows;
  }

  @Test
  void everySystemMemberPairsWithEveryOtherAndAtopIsNullAfter2018() throws IOException {
    TestData.require("atop-5.1/atop5_1m.csv");
    Map<String, String[]> rows = frame(new DyadYearRequest("cow", 2015, 2019, true, true, List.of("atop")), "d.csv");
    // 195 members in 2015 and 2016, carried forward to 2017-2019: 195 * 194 directed dyads a year
    assertThat(rows).hasSize(5 * 195 * 194);
    assertThat(rows.get("2,20,2018")).containsExactly("2", "20", "2018", "1", "0", "0", "1", "1");
    assertThat(rows.get("2,20,2019")).containsExactly("2", "20", "2019", "", "", "", "", "");
    // the United States and Cuba share no alliance in 2018: a 0, not a NULL, inside ATOP's coverage
    assertThat(rows.get("2,40,2018")).containsExactly("2", "40", "2018", "0", "0", "0", "0", "0");
  }

  @Test
  void undirectedFlagsAreTheMaximumOverBothDirections() throws IOException {
    TestData.require("atop-5.1/atop5_1m.csv");
    Map<String, String[]> directed = frame(new DyadYearRequest("cow", 1832, 1832, true, true, List.of("atop")), "a.csv");
    Map<String, String[]> undirected = frame(new DyadYearRequest("cow", 1832, 1832, false, true, List.of("atop")), "b.csv");
    assertThat(directed.get("211,220,1832")[3]).isEqualTo("0");
    assertThat(directed.get("220,211,1832")[3]).isEqualTo("1");
    assertThat(undirected.get("211,220,1832")[3]).isEqualTo("1");
    assertThat(undirected).doesNotContainKey("220,211,1832");
    assertThat(undirected).hasSize(directed.size() / 2);
  }

  @Test
  void withoutCarryForwardTheYearsAfterTheSystemListHaveNoDyads() throws IOException {
    TestData.require("atop-5.1/atop5_1m.csv");
    assertThat(frame(new DyadYearRequest("cow", 2016, 2018, true, false, List.of()), "c.csv"))
        .hasSize(195 * 194);
  }

  @Test
  void aDatasetThatIsNotImportedIsAClearError() {
    TestData.require("atop-5.1/atop5_1m.csv");
    try (DuckDbStore store = DuckDbStore.open(db, true)) {
      assertThatThrownBy(() -> store.dyadYears().write(
              new DyadYearRequest("cow", 2000, 2001, true, true, List.of("nmc")), dir.resolve("n.csv"), "csv"))
          .isInstanceOf(UserInputException.class)
          .hasMessage("nmc is not imported: run 'entente import nmc PATH'");
    }
  }

  @Test
  void badRequestsAreRefused() {
    assertThatThrownBy(() -> new DyadYearRequest("gw", 2000, 2001, true, true, List.of()))
        .hasMessageContaining("system 'gw' is not known");
    assertThatThrownBy(() -> new DyadYearRequest("cow", 2001, 2000, true, true, List.of()))
        .hasMessageContaining("the first year is after the last");
    assertThatThrownBy(() -> new DyadYearRequest("cow", 2000, 2001, true, true, List.of("polity")))
        .hasMessageContaining("'polity' cannot be added");
  }
}
