package dev.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import gdelt|icews, events list, aggregate and synth through the command line. */
class EventsCommandTest {

  @TempDir Path dir;

  private static Path events() {
    String env = System.getenv("ENTENTE_TEST_DATA");
    String prop = System.getProperty("entente.test.data");
    for (String c : new String[] {env, prop, "../../shared/data", "../shared/data"}) {
      if (c != null && Files.isDirectory(Path.of(c).resolve("events/gdelt-sample"))) {
        return Path.of(c).resolve("events").toAbsolutePath();
      }
    }
    Assumptions.assumeTrue(false, "research datasets not found (set ENTENTE_TEST_DATA): skipping");
    return null;
  }

  @Test
  void importListAndAggregateTheSamples() throws IOException {
    Path events = events();
    CliHarness cli = new CliHarness(dir.resolve("e.duckdb"));
    CliHarness.Result gdelt = cli.run("import", "gdelt", events.resolve("gdelt-sample").toString(), "--format", "csv");
    assertThat(gdelt.exit()).as(gdelt.err()).isZero();
    assertThat(gdelt.lines()).containsExactly("dataset,layout,file,rows_read,rows_loaded,duplicates,sha256",
        "gdelt1,gdelt1-daily-58,20141124.export.CSV,100,100,0,99830009ed1c3cd6",
        "gdelt1,gdelt1-daily-58,20141124.export.CSV.zip,100,0,100,c40c397fd4e335fc",
        "gdelt1,gdelt1-header-58,gdelt1_georgia_aug2012_Rexport.csv,1255,1255,0,ed28a9ec5d5a4728");
    CliHarness.Result again = cli.run("import", "gdelt", events.resolve("gdelt-sample/20141124.export.CSV").toString(),
        "--format", "csv");
    assertThat(again.lines().get(1)).isEqualTo("gdelt1,gdelt1-daily-58,20141124.export.CSV,already imported,0,0,99830009ed1c3cd6");
    assertThat(cli.run("import", "icews", events.resolve("icews-sample/events.2018.sample.tab").toString()).exit()).isZero();
    CliHarness.Result list = cli.run("events", "list", "--format", "csv");
    assertThat(list.lines()).hasSize(5);
    assertThat(list.lines().get(4)).startsWith("4,icews,icews-dataverse-20,");
    CliHarness.Result data = cli.run("data", "list", "--format", "csv");
    assertThat(data.out()).contains("gdelt,gdelt1,gdelt1-daily-58 gdelt1-header-58,events,1355,")
        .contains("gdelt,gdelt2,,events,,not imported,").contains("icews,icews,icews-dataverse-20,events,3705,")
        .contains("; 3 files");

    Path out = dir.resolve("agg.csv");
    CliHarness.Result agg = cli.run("events", "aggregate", "--by", "dyad-year", "--years", "2000-2020", "--out", out.toString());
    assertThat(agg.exit()).as(agg.err()).isZero();
    assertThat(agg.out()).startsWith("Wrote ").contains(" dyad-years to ").contains("quad classes: gdelt; goldstein: gdelt");
    assertThat(agg.err()).contains("of 5,060 events aggregated; left out: ").contains("with an actor that maps to no state");
    List<String> rows = new ArrayList<>(Files.readAllLines(out).stream().filter(l -> !l.startsWith("#")).toList());
    assertThat(rows.get(0)).startsWith("source,target,period,events,goldstein_sum,goldstein_mean,verbal_coop,"
        + "material_coop,verbal_conflict,material_conflict,neutral,root_01,root_02,");
    assertThat(rows.get(0)).endsWith(",root_20,verbal_conflict_share,material_conflict_share,source_ccode,target_ccode");
    // undirected: source < target alphabetically
    assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r.substring(0, 3)).isLessThan(r.substring(4, 7)));
    assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("GEO,RUS,2012,"));

    CliHarness.Result month = cli.run("events", "aggregate", "--by", "dyad-month", "--directed", "--years", "2012-2012",
        "--format", "parquet", "--out", dir.resolve("m.parquet").toString());
    assertThat(month.exit()).isZero();
    assertThat(Files.size(dir.resolve("m.parquet"))).isPositive();
  }

  @Test
  void badInputsAreOneLine() throws IOException {
    Path events = events();
    CliHarness cli = new CliHarness(dir.resolve("e.duckdb"));
    List<String> lines = new ArrayList<>(Files.readAllLines(events.resolve("gdelt-sample/20141124.export.CSV")));
    lines.set(2, lines.get(2).replace("\t20041126\t", "\t2004-11-26\t"));
    Path bad = Files.write(dir.resolve("bad.export.CSV"), lines);
    CliHarness.Result r = cli.run("import", "gdelt", bad.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).endsWith(bad + ":3: field SQLDATE: value '2004-11-26': not a valid date (YYYYMMDD)");
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    CliHarness.Result by = cli.run("events", "aggregate", "--by", "week", "--years", "2012-2012", "--out", "x.csv");
    assertThat(by.exit()).isEqualTo(1);
    assertThat(by.err().strip()).isEqualTo("entente: --by 'week' is not allowed (allowed: dyad-month, dyad-year)");
    CliHarness.Result quad = cli.run("events", "aggregate", "--quad", "x", "--years", "2012-2012", "--out", "x.csv");
    assertThat(quad.err().strip()).isEqualTo("entente: --quad 'x' is not a quad-class convention (allowed: gdelt, icews, phoenix)");
  }

  @Test
  void synthThenImport() throws IOException {
    CliHarness cli = new CliHarness(dir.resolve("e.duckdb"));
    CliHarness.Result s = cli.run("events", "synth", "--rows", "3000", "--files", "2", "--seed", "5", "--out",
        dir.resolve("syn").toString());
    assertThat(s.exit()).as(s.err()).isZero();
    assertThat(s.out()).startsWith("Wrote 3,000 synthetic GDELT 1.0 events in 2 files to ");
    CliHarness.Result i = cli.run("import", "gdelt", dir.resolve("syn").toString(), "--format", "csv");
    assertThat(i.lines()).hasSize(3).allSatisfy(l -> assertThat(l).doesNotContain("header"));
    assertThat(i.lines().get(1)).startsWith("gdelt1,gdelt1-daily-58,synth-00001.export.CSV,1500,1500,0,");
  }
}
