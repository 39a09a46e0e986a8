package dev.entente.analysis.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.io.ImportOptions;
import dev.entente.io.cow.CowAllianceImporter;
import dev.entente.io.cow.CowSystemImporter;
import dev.entente.store.duckdb.DuckDbStore;
import dev.entente.testing.Stores;
import dev.entente.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * S and tau-b from COW alliance portfolios against EUGene's own outputs ({@code
 * reference-similarity/cow41_vs_eugene_check.csv}: 2,539 dyad-years of the Weeks replication file, with the rows
 * where COW v4.1 and EUGene's alliance data agree marked as exact matches).
 *
 * <p>Result: from COW's directed dyad-year coding (the file the reference rows were computed from), every one of
 * the 937 S and 1,025 tau-b rows marked exact is reproduced to 1e-6. From the by-member file, all tau-b rows and
 * 935 of the S rows are; the two others are Iraq–Turkey (645–640) and Syria–Turkey (652–640) in 1965. Turkey's portfolio differs there because COW's
 * by-member file (which entente reads) and its dyad-yearly file (from which the reference rows were computed)
 * disagree in 1965: the yearly file keeps Turkey's Balkan Pact tie with Yugoslavia (640–345) as a defence pact,
 * which the member file has ended, and codes Cyprus–Turkey (352–640) as an entente where the member file has a
 * defence pact (alliance 259). The test pins those two.
 */
class EugeneReferenceTest {

  @TempDir Path dir;

  private Path importCow(String allianceFile) {
    Path root = TestData.root().orElseThrow();
    Path db = dir.resolve(allianceFile.replaceAll("\\W", "") + ".duckdb");
    try (DuckDbStore store = Stores.fresh(db)) {
      store.importDataset(new CowSystemImporter(), root.resolve("cow-state-system"), ImportOptions.strict());
      store.importDataset(new CowAllianceImporter(Stores.cowCodes()), root.resolve(allianceFile), ImportOptions.strict());
    }
    return db;
  }

  private static final String BY_MEMBER = "cow-alliances-4.1/alliance_v4.1_by_member.csv";
  private static final String DYAD_YEARS = "cow-alliances-4.1/derived_peacesciencer/cow_alliance_directed_dyad_year.csv";

  /** METHODS.md C.3 (Miller 2021): tau-b of the USA with ten states in 1816, COW v4.1, self-ties 3, published to 3 digits. */
  @Test
  void tauBOfTheUnitedStatesWithTenStatesIn1816MatchesThePublishedValues() {
    TestData.require(BY_MEMBER);
    Path db = importCow(BY_MEMBER);
    SimilarityRows rows;
    try (DuckDbStore store = DuckDbStore.open(db, true)) {
      rows = new AllianceSimilarity(store.portfolios())
          .compute(PortfolioRequest.of("cow", 1816, 1816), List.of("taub"), List.of());
    }
    Map<Integer, Double> published = Map.of(200, -0.124, 210, -0.0658, 220, -0.0455, 225, -0.0455, 230, -0.0658,
        235, -0.0658, 245, -0.156, 255, -0.187, 267, -0.156, 269, -0.156);
    int checked = 0;
    for (int r = 0; r < rows.size(); r++) {
      Double p = rows.ccode1()[r] == 2 ? published.get(rows.ccode2()[r]) : null;
      if (p != null) {
        double tolerance = Math.abs(p) < 0.1 ? 5e-5 : 5e-4;
        assertThat(rows.values()[0][r]).as("USA-%d", rows.ccode2()[r]).isCloseTo(p, org.assertj.core.api.Assertions.within(tolerance));
        checked++;
      }
    }
    assertThat(checked).isEqualTo(10);
  }

  @Test
  void cowDyadYearPortfoliosReproduceEveryExactEugeneValue() throws IOException {
    TestData.require(DYAD_YEARS);
    List<List<String>> mismatches = compare(importCow(DYAD_YEARS));
    assertThat(mismatches.get(0)).as("S").isEmpty();
    assertThat(mismatches.get(1)).as("tau-b").isEmpty();
  }

  @Test
  void cowByMemberPortfoliosDifferOnlyWhereTheTwoCowFilesDisagree() throws IOException {
    TestData.require(BY_MEMBER);
    List<List<String>> mismatches = compare(importCow(BY_MEMBER));
    assertThat(mismatches.get(0)).containsExactlyInAnyOrder("1965:645-640", "1965:652-640");
    assertThat(mismatches.get(1)).isEmpty();
  }

  /** The S and tau-b mismatches (year:ccode1-ccode2) on the rows the reference marks as exact. */
  private List<List<String>> compare(Path db) throws IOException {
    Path ref = TestData.require("reference-similarity/cow41_vs_eugene_check.csv");
    SimilarityRows rows;
    try (DuckDbStore store = DuckDbStore.open(db, true)) {
      rows = new AllianceSimilarity(store.portfolios())
          .compute(PortfolioRequest.of("cow", 1816, 2001), List.of("s_un", "taub"), List.of());
    }
    Map<String, double[]> ours = new HashMap<>();
    for (int r = 0; r < rows.size(); r++) {
      ours.put(rows.year()[r] + "," + rows.ccode1()[r] + "," + rows.ccode2()[r],
          new double[] {rows.values()[0][r], rows.values()[1][r]});
    }
    List<String> lines = Files.readAllLines(ref);
    int sChecked = 0;
    int tauChecked = 0;
    List<String> sMismatches = new ArrayList<>();
    List<String> tauMismatches = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      int y = Integer.parseInt(f[0]);
      int a = Integer.parseInt(f[1]);
      int b = Integer.parseInt(f[2]);
      double[] v = ours.get(y + "," + Math.min(a, b) + "," + Math.max(a, b));
      assertThat(v).as("dyad-year %s", line).isNotNull();
      if (f[8].equals("1")) {
        sChecked++;
        if (Math.abs(v[0] - Double.parseDouble(f[5])) > 1e-6) {
          sMismatches.add(y + ":" + a + "-" + b);
        }
      }
      if (f[9].equals("1")) {
        tauChecked++;
        if (Math.abs(v[1] - Double.parseDouble(f[7])) > 1e-6) {
          tauMismatches.add(y + ":" + a + "-" + b);
        }
      }
    }
    assertThat(sChecked).isEqualTo(937);
    assertThat(tauChecked).isEqualTo(1025);
    return List.of(sMismatches, tauMismatches);
  }
}
