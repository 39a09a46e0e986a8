package dev.entente.io.gdelt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.entente.domain.GoldsteinScale;
import dev.entente.io.cameo.CameoCodes;
import dev.entente.store.duckdb.DuckDbStore;
import dev.entente.testing.Stores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Synthetic GDELT files: deterministic, in the real layout, with the samples' code frequencies. */
class GdeltSynthTest {

  @TempDir Path dir;

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() throws Exception {
    List<Path> a = new GdeltSynth().write(dir.resolve("a"), 5_000, 3, 7, 2015, 2016, false);
    List<Path> b = new GdeltSynth().write(dir.resolve("b"), 5_000, 3, 7, 2015, 2016, false);
    List<Path> c = new GdeltSynth().write(dir.resolve("c"), 5_000, 3, 8, 2015, 2016, false);
    assertThat(a).hasSize(3);
    for (int i = 0; i < 3; i++) {
      assertThat(Files.readAllBytes(a.get(i))).isEqualTo(Files.readAllBytes(b.get(i)));
      assertThat(Files.readAllBytes(a.get(i))).isNotEqualTo(Files.readAllBytes(c.get(i)));
    }
    List<Path> gz = new GdeltSynth().write(dir.resolve("gz"), 5_000, 3, 7, 2015, 2016, true);
    assertThat(gz.get(0).getFileName().toString()).isEqualTo("synth-00001.export.CSV.gz");
  }

  @Test
  void theFilesPassTheImportersLayoutCheckAndCarryTheSamplesFrequencies() throws Exception {
    List<Path> files = new GdeltSynth().write(dir.resolve("s"), 20_000, 2, 1, 2015, 2024, true);
    for (Path f : files) {
      GdeltLayout layout = GdeltLayout.detect(f, f.toString());
      assertThat(layout.name()).isEqualTo("gdelt1-daily-58");
      assertThat(layout.firstProblem(f, f.toString())).isEmpty();
    }
    try (DuckDbStore store = Stores.fresh(dir.resolve("s.duckdb"))) {
      assertThat(store.importEvents(GdeltFiles.find(List.of(dir.resolve("s")))).rowsLoaded()).isEqualTo(20_000);
      assertThat(Stores.count(store, "SELECT min(event_id) FROM events")).isEqualTo(1);
      assertThat(Stores.count(store, "SELECT max(event_id) FROM events")).isEqualTo(20_000);
      assertThat(Stores.count(store, "SELECT count(*) FROM events WHERE year(event_date) NOT BETWEEN 2015 AND 2024")).isZero();
      // actor 1 has no country in 960 of the samples' 5,060 events, USA in 581
      double blank = Stores.count(store, "SELECT count(*) FROM events WHERE source_country IS NULL") / 20_000.0;
      double usa = Stores.count(store, "SELECT count(*) FROM events WHERE source_country = 'USA'") / 20_000.0;
      assertThat(blank).isCloseTo(960 / 5060.0, within(0.015));
      assertThat(usa).isCloseTo(581 / 5060.0, within(0.015));
      // every Goldstein value is the GDELT table's value of the code
      Map<String, Double> gdelt = CameoCodes.goldstein(GoldsteinScale.GDELT);
      for (List<Object> r : store.query("SELECT DISTINCT event_code, goldstein FROM events").rows()) {
        if (gdelt.containsKey((String) r.get(0))) {
          assertThat(r.get(1)).as((String) r.get(0)).isEqualTo(gdelt.get((String) r.get(0)));
        }
      }
    }
  }
}
