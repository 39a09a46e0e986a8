package dev.entente.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.io.gdelt.GdeltSynth;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One million synthetic GDELT events ({@code entente events synth}'s generator, seed 6, four files, 2015-2024):
 * the Spark job's dyad-month aggregate equals the DuckDB path's, row for row and character for character. Runs
 * always (no research data needed); prints both paths' times.
 */
class SyntheticMillionTest {

  @TempDir
  Path dir;

  @Test
  void millionEventsDyadMonth() {
    List<Path> files = new GdeltSynth().write(dir.resolve("synth"), 1_000_000, 4, 6, 2015, 2024, false);
    BothPaths.Outputs o = BothPaths.run(dir, "gdelt1", files, "--by", "dyad-month", "--years", "2015-2024");
    o.assertIdentical();
    assertThat(o.sparkNotes()).anyMatch(n -> n.startsWith("# events in the years: 1000000;"));
    assertThat(o.duckdbData().size()).isGreaterThan(10_000);
    System.out.printf(Locale.ROOT, "1,000,000 synthetic events, %d dyad-months: DuckDB import + aggregate %.1f s,"
        + " Spark local[2] read + aggregate %.1f s%n", o.duckdbData().size() - 1, o.duckdbSeconds(), o.sparkSeconds());
  }
}
