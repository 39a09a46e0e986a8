package dev.entente.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The duplicate rule of the import (earliest file in the order given, then the first row by column values, NULL
 * last) and bad files (one line naming the file, line and rule; nothing written), on small generated files.
 */
class DuplicatesAndBadFilesTest {

  @TempDir
  Path dir;

  @Test
  void keepsTheRowTheStoreKeeps() {
    // given first although its name sorts last
    Path z = GdeltFixture.write(dir.resolve("in/z.export.CSV"),
        GdeltFixture.line(1, "20150310", "USA", "USA", "RUS", "010"),
        GdeltFixture.line(1, "20150105", "USA", "USA", "RUS", "190"),   // kept: the earlier date sorts first
        GdeltFixture.line(2, "20150207", null, "USA", "RUS", "173"),
        GdeltFixture.line(2, "20150207", "USA", "USA", "RUS", "042"),   // kept: a NULL Actor1Code sorts last
        GdeltFixture.line(3, "20150401", "USA", "USA", "RUS", "111"),   // kept: the earlier file
        GdeltFixture.line(4, "20150401", "USA", "USA", "XYZ", "111"));  // unmapped country
    Path a = GdeltFixture.write(dir.resolve("in/a.export.CSV"),
        GdeltFixture.line(3, "20150401", "RUS", "RUS", "USA", "036"),
        GdeltFixture.line(5, "20150401", "RUS", "RUS", "USA", "036"));
    BothPaths.Outputs o = BothPaths.run(dir, "gdelt1", List.of(z, a), "--by", "dyad-month", "--directed",
        "--years", "2015-2015");
    o.assertIdentical();
    List<String> rows = o.sparkData().stream().map(l -> String.join(",", List.of(l.split(",", -1)).subList(0, 4))).toList();
    assertThat(rows).containsExactly("source,target,period,events", "RUS,USA,2015-04,1", "USA,RUS,2015-01,1",
        "USA,RUS,2015-02,1", "USA,RUS,2015-04,1");
    assertThat(o.sparkData().get(2)).contains(",-10.0,-10.0,");   // 190: Goldstein -10
    assertThat(o.sparkData().get(3)).contains(",1.9,1.9,");       // 042: 1.9 (GDELT table)
    assertThat(o.sparkNotes()).anyMatch(n -> n.contains("events in the years: 5; aggregated: 4; left out: 0 same-state,"
        + " 1 with an actor that maps to no state"));
  }

  @Test
  void aLineWithTooFewFieldsStopsTheJobWithItsLineNumber() {
    String good = GdeltFixture.line(1, "20150310", "USA", "USA", "RUS", "010");
    Path f = GdeltFixture.write(dir.resolve("bad.export.CSV"), good,
        GdeltFixture.line(2, "20150310", "USA", "USA", "RUS", "010"), good.substring(0, good.lastIndexOf('\t')));
    assertThat(failure(f)).isEqualTo("entente-spark: " + f + ":3: has 57 fields, the layout has 58 (tab-separated)");
  }

  @Test
  void aBadDateStopsTheJobWithItsLineNumber() {
    Path f = GdeltFixture.write(dir.resolve("date.export.CSV"), GdeltFixture.line(1, "20150310", "USA", "USA", "RUS", "010"),
        GdeltFixture.line(2, "20151301", "USA", "USA", "RUS", "010"));
    assertThat(failure(f)).isEqualTo("entente-spark: " + f + ":2: field SQLDATE: value '20151301': not a valid date (YYYYMMDD)");
  }

  private String failure(Path f) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    JobOptions o = JobOptions.parse("--input", f.toString(), "--format", "gdelt1", "--years", "2015-2015", "--out",
        dir.resolve("out").toString());
    int rc = EventAggregationJob.run(LocalSpark.session(), o, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(rc).isEqualTo(1);
    assertThat(dir.resolve("out/aggregate.csv")).doesNotExist();
    return err.toString(StandardCharsets.UTF_8).strip();
  }
}
