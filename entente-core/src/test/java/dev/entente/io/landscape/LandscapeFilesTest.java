package dev.entente.io.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.analysis.landscape.Landscape;
import dev.entente.error.DataFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading sizes and propensities: the happy path with comments, CRLF and a BOM, and one message per rule. */
class LandscapeFilesTest {

  @TempDir Path dir;

  private static final String SIZES = "actor,size\nA,1\nB,2.5\nC,0\n";
  private static final String PAIRS = "actor1,actor2,propensity\nA,B,1\nC,A,-0.5\nB,C,-1\n";

  private Landscape read(String sizes, String pairs) throws IOException {
    Path s = Files.writeString(dir.resolve("sizes.csv"), sizes);
    Path p = Files.writeString(dir.resolve("pairs.csv"), pairs);
    return LandscapeFiles.read(s, p);
  }

  private DataFileException error(String sizes, String pairs) {
    return (DataFileException) org.assertj.core.api.Assertions.catchThrowable(() -> read(sizes, pairs));
  }

  @Test
  void readsASymmetricMatrixInTheSizesFilesOrder() throws IOException {
    Landscape l = read("\uFEFF# sizes of a toy\r\nactor,size\r\nA,1\r\n\r\nB,2.5\r\nC,0\r\n",
        "# one row per pair\nactor1,actor2,propensity\n\"A\",B,1\nC,A,-0.5\nB,C,-1\n");
    assertThat(l.actors()).containsExactly("A", "B", "C");
    assertThat(l.sizes()).containsExactly(1, 2.5, 0);
    assertThat(l.propensities()[0]).containsExactly(0, 1, -0.5);
    assertThat(l.propensities()[2]).containsExactly(-0.5, -1, 0);
  }

  @Test
  void everyBrokenRuleIsOneMessageWithFileLineColumnAndValue() {
    assertThat(error("actor,size\nA,1\nB,-2\n", PAIRS))
        .hasMessage("sizes.csv:3: field size: value '-2.0': a size must be >= 0");
    assertThat(error("actor,size\nA,1\nB,x\n", PAIRS)).hasMessage("sizes.csv:3: field size: value 'x': not a number");
    assertThat(error("actor,size\nA,1\nA,2\n", PAIRS)).hasMessage("sizes.csv:3: field actor: value 'A': duplicate actor");
    assertThat(error("actor;size\nA;1\n", PAIRS))
        .hasMessage("sizes.csv:1: value 'actor;size': wrong header: expected actor,size");
    assertThat(error(SIZES, "actor1,actor2,propensity\nA,B,1\nA,D,1\n"))
        .hasMessage("pairs.csv:3: field actor2: value 'D': not an actor of sizes.csv");
    assertThat(error(SIZES, "actor1,actor2,propensity\nA,A,1\n"))
        .hasMessage("pairs.csv:2: field actor2: value 'A': self pair A-A (an actor has no propensity with itself)");
    assertThat(error(SIZES, "actor1,actor2,propensity\nA,B,1\nC,A,1\nB,A,2\n"))
        .hasMessage("pairs.csv:4: field actor2: value 'A': duplicate pair B-A (first given on line 2)");
    assertThat(error(SIZES, "actor1,actor2,propensity\nA,B,1\nC,A,1\n"))
        .hasMessage("pairs.csv: pair B-C is missing (one row per unordered pair of the 3 actors of sizes.csv is required)");
    assertThat(error(SIZES, "actor1,actor2,propensity\nA,B\n"))
        .hasMessage("pairs.csv:2: value '2 columns': expected 3 columns, found 2");
    assertThat(error(SIZES, "actor1,actor2,propensity\nA,B,Infinity\n"))
        .hasMessage("pairs.csv:2: field propensity: value 'Infinity': not a finite number");
    assertThat(error("actor,size\nA,1\n", PAIRS)).hasMessage("sizes.csv: a landscape needs at least 2 actors, found 1");
    assertThat(error("", PAIRS)).hasMessage("sizes.csv: the file is empty (expected the header actor,size)");
  }

  @Test
  void aMissingFileIsAMessageNotAStackTrace() {
    assertThatThrownBy(() -> LandscapeFiles.read(dir.resolve("none.csv"), dir.resolve("none.csv")))
        .isInstanceOf(DataFileException.class).hasMessageContaining("none.csv").hasMessageContaining("cannot be read");
    assertThat(List.of(dir.toFile().list())).isEmpty();
  }
}
