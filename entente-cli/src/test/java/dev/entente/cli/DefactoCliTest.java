package dev.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entente defacto} and {@code entente criticism} end to end on the real files (skipped when absent). */
class DefactoCliTest {

  @TempDir Path dir;

  @Test
  void badInputIsOneLine() {
    CliHarness cli = new CliHarness(dir.resolve("e.duckdb"));
    CliHarness.Result none = cli.run("defacto", "--actor", "CHN", "--year", "2015");
    assertThat(none.exit()).isEqualTo(1);
    assertThat(none.err().strip()).isEqualTo("entente: atop is not imported: run 'entente import atop PATH'"
        + " (the model's labels are ATOP defence pacts)");
    assertThat(cli.run("defacto", "--actor", "NATO", "--year", "2015").err()).contains("--actor NATO is not a state");
    assertThat(cli.run("defacto", "--actor", "CHN", "--year", "2015", "--show", "x").err())
        .contains("--show 'x' is not allowed (allowed: partners, model)");
  }

  @Test
  void scoresChinasPartnersAndCriticismRunsOnTheGdeltSamples() {
    Path data = DataCommandsTest.data();
    CliHarness cli = new CliHarness(dir.resolve("e.duckdb"));
    assertThat(cli.run("import", "cow-system", data.resolve("cow-state-system").toString()).exit()).isZero();
    assertThat(cli.run("import", "atop", data.resolve("atop-5.1").toString()).exit()).isZero();
    assertThat(cli.run("import", "unvotes", data.resolve("unga-voting/voeten_UNVotesPublished").toString()).exit())
        .isZero();
    CliHarness.Result r = cli.run("defacto", "--actor", "CHN", "--year", "2015", "--train-years", "10", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode rows = r.json();
    assertThat(rows.get(0).get("rank").asText()).isEqualTo("1");
    assertThat(rows.get(0).get("score").asDouble()).isBetween(0.0, 1.0);
    JsonNode pak = null;
    for (JsonNode row : rows) {
      if (row.get("partner").asText().equals("PAK")) {
        pak = row;
      }
    }
    assertThat(pak.get("tier").asInt()).isEqualTo(6);
    assertThat(pak.has("contrib_un_agree")).isTrue();
    assertThat(pak.get("atop_defense").asInt()).isZero();
    CliHarness.Result model = cli.run("defacto", "--actor", "CHN", "--year", "2015", "--train-years", "10", "--show", "model",
        "--format", "table");
    assertThat(model.out()).contains("(intercept)").contains("Held out 2011-2015").contains("converged")
        .contains("Dropped dca: values for 0% of training dyad-years");

    CliHarness.Result gdelt = cli.run("import", "gdelt",
        data.resolve("events/gdelt-sample/gdelt1_georgia_aug2012_Rexport.csv").toString());
    assertThat(gdelt.exit()).as(gdelt.err()).isZero();
    CliHarness.Result c = cli.run("criticism", "--source", "USA", "--rival", "RUS", "--years", "2012-2012",
        "--min-events", "5", "--format", "csv");
    assertThat(c.exit()).as(c.err()).isZero();
    assertThat(c.out()).startsWith("target,events,criticism,rate,included,rel_kappa,rel_un\n").contains("\nGEO,");
  }
}
