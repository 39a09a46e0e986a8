package dev.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entente criticism} and the statements section of {@code entente brief}, without any import. */
class CriticismCliTest {

  @TempDir static Path dir;

  private static CliHarness cli;

  @BeforeAll
  static void store() {
    cli = new CliHarness(dir.resolve("entente.duckdb"));
  }

  @Test
  void theCuratedStatementsAloneGiveCountsAndNoCorrelationWithoutAlignmentData() {
    CliHarness.Result r = cli.run("criticism", "--source", "CHN", "--rival", "USA", "--years", "2021-2022",
        "--include-curated", "--min-events", "1", "--format", "csv");
    assertThat(r.exit()).as(r.err()).isZero();
    // AUS is the target of three statements (Quad, AUKUS, AUKUS and Quad), all coded 111
    assertThat(r.out()).startsWith("target,events,criticism,rate,included,rel_kappa,rel_un\n")
        .contains("AUS,3,3,1.0,true,,\n").contains("PRK,1,0,0.0,true,,\n");
    CliHarness.Result s = cli.run("criticism", "--source", "CHN", "--rival", "USA", "--years", "2021-2022",
        "--include-curated", "--min-events", "1", "--show", "summary", "--format", "json");
    assertThat(s.json().get(0).get("measure").asText()).isEqualTo("kappa");
    assertThat(s.json().get(0).get("rho").isNull()).isTrue();
    assertThat(s.json().get(0).get("missing_alignment").asInt()).isEqualTo(6);
    assertThat(s.json().get(0).get("events").asInt()).isEqualTo(14);
    CliHarness.Result table = cli.run("criticism", "--source", "CHN", "--rival", "USA", "--years", "2021-2022",
        "--include-curated", "--min-events", "1", "--format", "table");
    assertThat(table.out()).contains("curated statements").contains("kappa: not available (ATOP not imported)");
  }

  @Test
  void badInputIsOneLine() {
    CliHarness.Result years = cli.run("criticism", "--source", "CHN", "--rival", "USA", "--years", "2021");
    assertThat(years.exit()).isEqualTo(1);
    assertThat(years.err().strip()).isEqualTo("entente: --years '2021' is not a range of years (expected e.g. 1816-2018)");
    CliHarness.Result none = cli.run("criticism", "--source", "CHN", "--rival", "USA", "--years", "2021-2022");
    assertThat(none.exit()).isEqualTo(1);
    assertThat(none.err()).contains("no events are imported").doesNotContain("Exception");
    CliHarness.Result same = cli.run("criticism", "--source", "CHN", "--rival", "CHN", "--years", "2021-2022",
        "--include-curated");
    assertThat(same.err()).contains("the source and the rival are the same state (CHN)");
    CliHarness.Result code = cli.run("criticism", "--source", "CHN", "--rival", "USA", "--years", "2021-2022",
        "--include-curated", "--codes", "11x");
    assertThat(code.err()).contains("CAMEO code '11x' is not 2 to 4 digits");
  }

  @Test
  void theBriefShowsTheStatementsWithoutAnEventImport() {
    CliHarness.Result r = cli.run("brief", "--on", "2026-11-30", "--format", "table");
    assertThat(r.out()).contains("5. Statements (curated, CAMEO-coded; 5 up to this day)")
        .contains("2022-07-05 CHN -> NATO [CAMEO 111] People's Daily")
        .contains("https://tass.com/world/1347283");
    assertThat(cli.run("brief", "--on", "2021-08-01", "--format", "json").json().get("statements").size()).isEqualTo(2);
  }
}
