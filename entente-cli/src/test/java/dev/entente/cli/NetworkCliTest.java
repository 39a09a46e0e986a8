package dev.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code entente network}: the metrics contract of issue 5, the exports, and bad input. */
class NetworkCliTest {

  @TempDir static Path dir;

  private static CliHarness cli;

  @BeforeAll
  static void store() {
    cli = new CliHarness(dir.resolve("entente.duckdb"));
  }

  @Test
  void metricsPrintOneRowPerYearWithTheIssuesColumns() {
    CliHarness.Result r = cli.run("network", "metrics", "--hub", "USA", "--region", "asia-pacific", "--years",
        "1950-2026", "--kind", "alliance,arrangement", "--format", "csv");
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> lines = r.out().lines().filter(l -> !l.startsWith("#")).toList();
    assertThat(lines.get(0)).isEqualTo("year,nodes,edges,degree_centralization,hub_clustering,hub_share,"
        + "transitivity,density,bilateral_share,communities,modularity");
    assertThat(lines).hasSize(1 + 77);
    String[] y2026 = lines.get(77).split(",", -1);
    assertThat(y2026[0]).isEqualTo("2026");
    assertThat(Double.parseDouble(y2026[4])).isEqualTo(8 / 15.0);
    String[] y1950 = lines.get(1).split(",", -1);
    assertThat(y1950[4]).as("hub clustering undefined with no allies: empty, not 0").isEmpty();
  }

  @Test
  void exportsGraphmlThatParsesWithDirectedEdges() throws Exception {
    Path out = dir.resolve("asia.graphml");
    CliHarness.Result r = cli.run("network", "export", "--on", "2026-01-01", "--region", "asia-pacific", "--hub",
        "USA", "--kind", "alliance,arrangement", "--to", "graphml", "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
    assertThat(d.getElementsByTagName("node").getLength()).isEqualTo(14);
    assertThat(d.getElementsByTagName("edge").getLength()).isGreaterThan(20);
  }

  @Test
  void exportsGexfJsonAndCsv() throws Exception {
    for (String f : List.of("gexf", "json", "csv")) {
      Path out = dir.resolve("world." + f);
      CliHarness.Result r = cli.run("network", "export", "--on", "2026-01-01", "--to", f, "--out", out.toString());
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(Files.readString(out)).contains("POL").contains("USA");
    }
    assertThat(Files.readString(dir.resolve("world.json"))).contains("\"degree_centralization\": ");
  }

  @Test
  void obligationChainsShowThePathOneStepFurther() {
    CliHarness.Result r = cli.run("obligations", "--defend", "JPN", "--on", "2026-01-01", "--depth", "2",
        "--format", "csv");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("1,USA,2,JPN,740,us-japan-1960,defense,false,Art. V,armed attack against either"
        + " Party in the territories under the administration of Japan,1960-06-23,JPN <- USA");
    // a link through NATO carries Art. 5's wording: the treaty area is shown, not evaluated
    assertThat(r.lines()).anySatisfy(l -> assertThat(l).startsWith("2,CAN,20,USA,2,nato,defense,false,Art. 5,")
        .contains("in Europe or North America").endsWith(",JPN <- USA <- CAN"));
    assertThat(cli.run("obligations", "--defend", "JPN", "--on", "2026-01-01", "--depth", "2", "--format", "table")
        .out()).contains("Treaty areas (e.g. NATO Art. 6");
    assertThat(cli.run("obligations", "--by", "JPN", "--depth", "2").exit()).isEqualTo(1);
  }

  @Test
  void badInputGetsOneLine() {
    for (String[] args : List.of(
        new String[] {"network", "metrics", "--years", "1990-2000", "--kind", "treaty"},
        new String[] {"network", "metrics", "--years", "1990-2000", "--region", "narnia"},
        new String[] {"network", "metrics", "--years", "2019-2020", "--source", "atop"},
        new String[] {"network", "export", "--to", "pajek", "--out", dir.resolve("x").toString()})) {
      CliHarness.Result r = cli.run(args);
      assertThat(r.exit()).as(Arrays.toString(args)).isEqualTo(1);
      assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
    }
  }
}
