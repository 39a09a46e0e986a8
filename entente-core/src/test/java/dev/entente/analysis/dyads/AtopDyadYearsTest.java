package dev.entente.analysis.dyads;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.io.ImportOptions;
import dev.entente.io.atop.AtopImporter;
import dev.entente.store.duckdb.DuckDbStore;
import dev.entente.testing.Stores;
import dev.entente.testing.TestData;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ATOP directed dyad-years entente derives from the member-level file, row by row against the official
 * directed dyad-year file ({@code atop5_1ddyr}, peacesciencer's copy in {@code
 * atop-5.1/derived_peacesciencer/atop_alliance_directed_dyad_year.csv}).
 *
 * <p>Result: the same 273,296 dyad-years. 346 of them differ in one or more flags, all in the same direction
 * (entente says 1, the official file 0) and all in alliances whose obligations vary by member (ATOP {@code
 * obvary = 1}): the member-level file says that a member has, say, a defence obligation, but not towards which
 * co-members; the official file uses ATOP's target-specific coding, which the public member file does not carry.
 * These differences are kept, listed by this test, and explained here.
 */
class AtopDyadYearsTest {

  @TempDir static Path dir;

  private static List<AtopDyadYear> derived;
  private static Map<List<Integer>, int[]> official;
  private static Path db;

  @BeforeAll
  static void derive() throws IOException {
    Path atop = TestData.root().map(r -> r.resolve("atop-5.1")).filter(Files::isDirectory).orElse(null);
    if (atop == null) {
      return;
    }
    db = dir.resolve("s.duckdb");
    try (DuckDbStore store = Stores.fresh(db)) {
      store.importDataset(new AtopImporter(Stores.cowCodes()), atop, ImportOptions.strict());
    }
    try (DuckDbStore store = DuckDbStore.open(db, true)) {
      derived = store.dyadYears().atopDirected("full", "5.1");
    }
    official = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(atop.resolve("derived_peacesciencer/atop_alliance_directed_dyad_year.csv"))) {
      in.readLine();
      String line;
      while ((line = in.readLine()) != null) {
        String[] f = line.split(",");
        int[] v = new int[f.length];
        for (int i = 0; i < f.length; i++) {
          v[i] = Integer.parseInt(f[i]);
        }
        official.put(List.of(v[0], v[1], v[2]), new int[] {v[3], v[4], v[5], v[6], v[7]});
      }
    }
  }

  private static int[] flags(AtopDyadYear d) {
    return new int[] {d.defense(), d.offense(), d.neutral(), d.nonagg(), d.consul()};
  }

  @Test
  void theDerivedFrameHasExactlyTheOfficialDyadYears() {
    TestData.require("atop-5.1/derived_peacesciencer/atop_alliance_directed_dyad_year.csv");
    Set<List<Integer>> ours = new HashSet<>();
    derived.forEach(d -> ours.add(List.of(d.ccode1(), d.ccode2(), d.year())));
    assertThat(ours).hasSize(official.size()).hasSize(273_296);
    assertThat(ours).isEqualTo(official.keySet());
  }

  @Test
  void everyFlagDifferenceIsAnOverAttributionInAnAllianceWhoseObligationsVaryByMember() {
    TestData.require("atop-5.1/derived_peacesciencer/atop_alliance_directed_dyad_year.csv");
    List<AtopDyadYear> differing = new ArrayList<>();
    for (AtopDyadYear d : derived) {
      int[] theirs = official.get(List.of(d.ccode1(), d.ccode2(), d.year()));
      int[] ours = flags(d);
      if (!java.util.Arrays.equals(ours, theirs)) {
        differing.add(d);
        for (int i = 0; i < 5; i++) {
          assertThat(ours[i]).as("never fewer obligations than the official file: %s", d).isGreaterThanOrEqualTo(theirs[i]);
        }
      }
    }
    assertThat(differing).hasSize(346);
    Set<List<Integer>> variesByMember = new HashSet<>();
    try (DuckDbStore store = DuckDbStore.open(db, true)) {
      for (List<Object> r : store.query("""
          SELECT DISTINCT a.member, b.member, g.year
          FROM atop_members a JOIN atop_members b ON a.atopid = b.atopid AND a.member <> b.member
             , generate_series(greatest(a.yrent, b.yrent), least(coalesce(a.yrexit, 2018), coalesce(b.yrexit, 2018))) g(year)
          WHERE a.dataset_variant = 'full' AND b.dataset_variant = 'full' AND a.obvary = 1
          """).rows()) {
        variesByMember.add(List.of(((Number) r.get(0)).intValue(), ((Number) r.get(1)).intValue(),
            ((Number) r.get(2)).intValue()));
      }
    }
    assertThat(differing).allSatisfy(d ->
        assertThat(variesByMember).contains(List.of(d.ccode1(), d.ccode2(), d.year())));
  }

  @Test
  void belgiumAndFranceIn1832AreTheAsymmetricExampleOfThePeacesciencerDocs() {
    TestData.require("atop-5.1/atop5_1m.csv");
    AtopDyadYear franceToBelgium = derived.stream()
        .filter(d -> d.ccode1() == 220 && d.ccode2() == 211 && d.year() == 1832).findFirst().orElseThrow();
    AtopDyadYear belgiumToFrance = derived.stream()
        .filter(d -> d.ccode1() == 211 && d.ccode2() == 220 && d.year() == 1832).findFirst().orElseThrow();
    assertThat(franceToBelgium.defense()).isEqualTo(1);
    assertThat(belgiumToFrance.defense()).isZero();
  }
}
