package dev.entente.analysis.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.io.ImportOptions;
import dev.entente.io.atop.AtopImporter;
import dev.entente.io.cow.CowSystemImporter;
import dev.entente.store.duckdb.DuckDbStore;
import dev.entente.testing.Stores;
import dev.entente.testing.TestData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Portfolios after ATOP's last year from the curated commitments: flagged, and following NATO's enlargement. */
class CuratedExtensionTest {

  @TempDir Path dir;

  @Test
  void finlandsPortfolioMovesTowardsTheUnitedStatesWhenItJoinsNatoIn2023() {
    Path root = TestData.require("atop-5.1").getParent();
    Path db = dir.resolve("s.duckdb");
    try (DuckDbStore store = Stores.fresh(db)) {
      store.importDataset(new CowSystemImporter(), root.resolve("cow-state-system"), ImportOptions.strict());
      store.importDataset(new AtopImporter(Stores.cowCodes()), root.resolve("atop-5.1"), ImportOptions.strict());
    }
    try (DuckDbStore store = DuckDbStore.open(db, true)) {
      SimilarityRows rows = new AllianceSimilarity(store.portfolios()).compute(
          new PortfolioRequest("atop", 2018, 2024, false, 3, true, true), List.of("s_un"), List.of(new int[] {2, 375}));
      assertThat(rows.year()).containsExactly(2018, 2019, 2020, 2021, 2022, 2023, 2024);
      double[] s = rows.values()[0];
      assertThat(s[5]).as("2023 (Finland in NATO) vs 2022").isGreaterThan(s[4] + 0.2);
      assertThat(rows.provenance()).anyMatch(p -> p.startsWith("portfolios 2019-2024: NOT ATOP but entente's curated"));
      SimilarityRows plain = new AllianceSimilarity(store.portfolios()).compute(
          PortfolioRequest.of("atop", 2019, 2019), List.of("s_un"), List.of(new int[] {2, 375}));
      assertThat(plain.provenance()).noneMatch(p -> p.contains("curated"));
      assertThat(Double.isNaN(plain.values()[0][0])).as("2019 is outside ATOP: NULL, not computed").isTrue();
      assertThat(plain.undefined().get("s_un")).containsEntry("outside the coverage of ATOP (1815-2018)", 1L);
    }
    assertThatThrownBy(() -> new PortfolioRequest("cow", 2018, 2024, false, 3, true, true))
        .hasMessageContaining("the curated extension goes with --source atop only");
  }
}
