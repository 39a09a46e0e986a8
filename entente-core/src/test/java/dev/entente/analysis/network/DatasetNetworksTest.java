package dev.entente.analysis.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.domain.Actor;
import dev.entente.domain.Catalog;
import dev.entente.domain.State;
import dev.entente.error.UserInputException;
import dev.entente.io.ImportOptions;
import dev.entente.io.atop.AtopImporter;
import dev.entente.store.duckdb.DuckDbStore;
import dev.entente.testing.Curated;
import dev.entente.testing.Stores;
import dev.entente.testing.TestData;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ATOP networks against the official ATOP 5.1 directed dyad-year file (peacesciencer's copy): in a year, two states
 * are tied in entente's network exactly when the official file has the dyad in that year.
 */
class DatasetNetworksTest {

  @TempDir static Path dir;
  private static Path atop;
  private static Path db;

  @BeforeAll
  static void importAtop() {
    atop = TestData.require("atop-5.1");
    db = dir.resolve("s.duckdb");
    try (DuckDbStore store = Stores.fresh(db)) {
      store.importDataset(new AtopImporter(Stores.cowCodes()), atop, ImportOptions.strict());
    }
  }

  @Test
  void tiesAreTheOfficialDyadsOfTheYear() throws IOException {
    Catalog catalog = Curated.catalog();
    Map<Integer, String> keys = new HashMap<>();
    for (Actor a : catalog.actors()) {
      if (a instanceof State s) {
        keys.put(s.ccode(), s.key());
      }
    }
    Set<Integer> years = Set.of(1914, 1962, 1990, 2018);
    Map<Integer, Set<String>> officialByYear = new HashMap<>();
    Map<Integer, Set<String>> defenceByYear = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(
        atop.resolve("derived_peacesciencer/atop_alliance_directed_dyad_year.csv"))) {
      in.readLine();
      String line;
      while ((line = in.readLine()) != null) {
        String[] f = line.split(",");
        int year = Integer.parseInt(f[2]);
        if (years.contains(year)) {
          String a = keys.get(Integer.parseInt(f[0]));
          String b = keys.get(Integer.parseInt(f[1]));
          String pair = a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
          officialByYear.computeIfAbsent(year, k -> new TreeSet<>()).add(pair);
          if (f[3].equals("1")) {
            defenceByYear.computeIfAbsent(year, k -> new TreeSet<>()).add(pair);
          }
        }
      }
    }
    for (int year : years) {
      Set<String> official = officialByYear.get(year);
      Set<String> officialDefence = defenceByYear.get(year);
      try (DuckDbStore store = DuckDbStore.open(db, true)) {
        DatasetNetworks networks = new DatasetNetworks(store.allianceNetworks(), catalog);
        NetworkRequest r = NetworkRequest.defaults().withSource(EdgeSource.ATOP)
            .withKinds(Set.of(dev.entente.domain.CommitmentKind.ALLIANCE));
        assertThat(pairs(networks.inYear(year, r))).as("dyads in " + year).isEqualTo(official);
        // entente reads the member-level defence flags, which are a superset of the official target-specific ones
        // (see AtopDyadYearsTest)
        assertThat(pairs(networks.inYear(year, r.withScope(Scope.DEFENSE)))).containsAll(officialDefence);
      }
    }
  }

  @Test
  void yearsOutsideTheCoverageAreAnError() {
    try (DuckDbStore store = DuckDbStore.open(db, true)) {
      DatasetNetworks networks = new DatasetNetworks(store.allianceNetworks(), Curated.catalog());
      NetworkRequest r = NetworkRequest.defaults().withSource(EdgeSource.ATOP);
      assertThatThrownBy(() -> networks.inYear(2019, r)).isInstanceOf(UserInputException.class)
          .hasMessageContaining("1815-2018");
    }
  }

  private static Set<String> pairs(CommitmentNetwork n) {
    Set<String> out = new TreeSet<>();
    for (Tie t : n.ties()) {
      out.add(t.from().compareTo(t.to()) < 0 ? t.from() + "|" + t.to() : t.to() + "|" + t.from());
    }
    return out;
  }
}
