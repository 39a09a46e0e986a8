package dev.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entente scenario}: the article's three cases end to end, and the store file untouched. */
class ScenarioCliTest {

  @TempDir static Path dir;

  private static CliHarness cli;
  private static Path db;

  @BeforeAll
  static void store() {
    db = dir.resolve("entente.duckdb");
    cli = new CliHarness(db);
    assertThat(cli.run("actors", "--format", "csv").exit()).isZero();
  }

  private static String sha(Path p) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
  }

  @Test
  void theArticlesScenariosProduceAReadableDiffAndLeaveTheStoreAlone() throws Exception {
    String before = sha(db);
    assertThat(cli.run("scenario", "create", "china-pakistan", "--add", "alliance:CHN-PAK:defense:2027-01-01",
        "--description", "A China-Pakistan defence treaty").exit()).isZero();
    assertThat(cli.run("scenario", "create", "china-russia", "--add", "alliance:CHN-RUS:defense:2027-01-01").exit())
        .isZero();
    assertThat(cli.run("scenario", "create", "quad-pact", "--add", "alliance:USA-JPN-AUS-IND:defense:2027-01-01")
        .exit()).isZero();
    CliHarness.Result list = cli.run("scenario", "list", "--format", "csv");
    assertThat(list.out()).contains("china-pakistan,1,").contains("china-russia,1,").contains("quad-pact,1,");

    CliHarness.Result cp = cli.run("scenario", "diff", "china-pakistan", "--on", "2027-06-01", "--format", "csv");
    assertThat(cp.exit()).as(cp.err()).isZero();
    assertThat(cp.out()).contains("obligations,CHN defended by,,,+PAK").contains("obligations,PAK must defend,,,+CHN");

    CliHarness.Result quad = cli.run("scenario", "diff", "quad-pact", "--on", "2027-06-01", "--region",
        "asia-pacific", "--hub", "USA", "--format", "csv");
    assertThat(quad.exit()).as(quad.err()).isZero();
    assertThat(quad.out()).contains("obligations,IND defended by,,,+AUS +JPN +USA").contains("structure,hub_clustering,");

    CliHarness.Result cr = cli.run("scenario", "diff", "china-russia", "--on", "2027-06-01", "--format", "table");
    assertThat(cr.out()).contains("CHN defended by").contains("+RUS").contains("CHN-RUS kappa");
    assertThat(sha(db)).as("the store file is byte for byte the same").isEqualTo(before);
  }

  @Test
  void badScenariosGetOneClearLine() {
    for (String[] args : new String[][] {
        {"scenario", "create", "x", "--add", "alliance:CHN-NARNIA:defense:2027-01-01"},
        {"scenario", "create", "x", "--add", "alliance:CHN-PAK:defense:2027-13-01"},
        {"scenario", "create", "bad name!", "--add", "alliance:CHN-PAK:defense:2027-01-01"},
        {"scenario", "create", "x"},
        {"scenario", "diff", "no-such-scenario"}}) {
      CliHarness.Result r = cli.run(args);
      assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(1);
      assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
    }
    assertThat(Files.exists(dir.resolve("scenarios/x.scenario"))).isFalse();
  }
}
