package dev.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entente landscape}: file input, the JSON shape, a bad-input message, and the store-backed input. */
class LandscapeCommandTest {

  @TempDir Path dir;

  private Path sizes;
  private Path pairs;

  /** The landscape toy of METHODS.md C.5 (derived): E = −4 at {A,B} vs {C}, every other split 0. */
  private CliHarness toy(String pairRows) throws IOException {
    sizes = Files.writeString(dir.resolve("sizes.csv"), "actor,size\nA,1\nB,1\nC,1\n");
    pairs = Files.writeString(dir.resolve("pairs.csv"), "actor1,actor2,propensity\n" + pairRows);
    return new CliHarness(dir.resolve("e.duckdb"));
  }

  @Test
  void jsonIsExactlyAnArrayOfSidesEnergyAndBasin() throws IOException {
    CliHarness cli = toy("A,B,1\nA,C,-1\nB,C,-1\n");
    CliHarness.Result r = cli.run("landscape", "--sizes", sizes.toString(), "--propensities", pairs.toString(),
        "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode json = r.json();
    assertThat(json.isArray()).isTrue();
    assertThat(json).hasSize(1);
    List<String> keys = new ArrayList<>();
    json.get(0).fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("side_a", "side_b", "energy", "basin");
    assertThat(json.get(0).get("side_a").toString()).isEqualTo("[\"A\",\"B\"]");
    assertThat(json.get(0).get("side_b").toString()).isEqualTo("[\"C\"]");
    assertThat(json.get(0).get("energy").asDouble()).isEqualTo(-4.0);
    assertThat(json.get(0).get("basin").asLong()).isEqualTo(4);
  }

  @Test
  void theTableRanksMinimaAndRecordsTheMethodAndConventions() throws IOException {
    CliHarness cli = toy("A,B,1\nA,C,-1\nB,C,-1\n");
    CliHarness.Result r = cli.run("landscape", "--sizes", sizes.toString(), "--propensities", pairs.toString(),
        "--format", "table");
    assertThat(r.lines().get(0)).isEqualTo("rank  side_a  side_b  energy   basin  share");
    assertThat(r.lines().get(2)).isEqualTo("1     A B     C       -4.0000  4      100.00%");
    assertThat(r.out()).contains("E = sum over ORDERED pairs").contains("side A holds the first actor (A)")
        .contains("exhaustive search of all 2^2 = 4 configurations");
    CliHarness.Result h = cli.run("landscape", "--sizes", sizes.toString(), "--propensities", pairs.toString(),
        "--format", "table", "--method", "heuristic", "--starts", "10", "--seed", "3");
    assertThat(h.out()).contains("100.00% (est.)").contains("HEURISTIC multi-start local search, 10 random starts (seed 3)");
    assertThat(cli.run("landscape", "--sizes", sizes.toString(), "--propensities", pairs.toString(), "--format", "csv")
        .out()).isEqualTo("side_a,side_b,energy,basin\nA B,C,-4.0,4\n");
  }

  @Test
  void aMissingPairIsOneLineNamingTheFileAndThePair() throws IOException {
    CliHarness cli = toy("A,B,1\nA,C,-1\n");
    CliHarness.Result r = cli.run("landscape", "--sizes", sizes.toString(), "--propensities", pairs.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("entente: pairs.csv: pair B-C is missing (one row per unordered pair of the 3 actors"
        + " of sizes.csv is required)\n");
    CliHarness.Result both = cli.run("landscape", "--sizes", sizes.toString(), "--propensities", pairs.toString(),
        "--actors", "USA,CHN", "--year", "2000");
    assertThat(both.exit()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void storeBackedInputNamesTheImportThatIsMissing() {
    CliHarness cli = new CliHarness(dir.resolve("e.duckdb"));
    CliHarness.Result r = cli.run("landscape", "--actors", "USA,CHN,RUS", "--year", "2000");
    assertThat(r.exit()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(r.err()).isEqualTo("entente: nmc is not imported: run 'entente import nmc PATH'\n");
  }

  @Test
  void storeBackedSizesAreTheNmcCincAndKappaIsCentredAtItsMean() throws IOException {
    Path data = DataCommandsTest.data();
    CliHarness cli = new CliHarness(dir.resolve("e.duckdb"));
    for (String[] imp : new String[][] {{"nmc", "cow-nmc-6.0"}, {"cow-system", "cow-state-system"}, {"atop", "atop-5.1"}}) {
      assertThat(cli.run("import", imp[0], data.resolve(imp[1]).toString()).exit()).isZero();
    }
    CliHarness.Result r = cli.run("landscape", "--actors", "USA,RUS,CHN,GBR,FRA", "--year", "2000", "--format", "table");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("sizes: CINC from COW NMC 6.0, 2000")
        .contains("propensity: kappa of each pair in 2000, centred at its mean over the 10 defined pairs")
        .contains("exhaustive search of all 2^4 = 16 configurations");
    CliHarness.Result json = cli.run("landscape", "--actors", "USA,RUS,CHN,GBR,FRA", "--year", "2000", "--format", "json");
    long basins = 0;
    for (JsonNode m : json.json()) {
      basins += m.get("basin").asLong();
    }
    assertThat(basins).isEqualTo(16);
    // Germany (255) had no state in 1946-1954 (COW codes GFR 260 and GDR 265): no CINC for 255 in 1950
    CliHarness.Result gone = cli.run("landscape", "--actors", "USA,255,RUS", "--year", "1950");
    assertThat(gone.exit()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(gone.err()).startsWith("entente: no CINC for ").contains("(COW 255) in 1950 in COW NMC 6.0");
  }
}
