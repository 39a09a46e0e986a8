package dev.entente.analysis.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.analysis.defacto.DyadTone;
import dev.entente.domain.GoldsteinScale;
import dev.entente.domain.QuadConvention;
import dev.entente.io.cameo.AggregationTables;
import dev.entente.io.cameo.StateSpells;
import dev.entente.io.gdelt.GdeltFiles;
import dev.entente.store.duckdb.DuckDbStore;
import dev.entente.testing.Stores;
import dev.entente.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A country's COW number follows the state system by date (COW State System Membership v2016, states2016): West
 * Germany (260) until 1990-10-02, Germany (255) from 1990-10-03; Czechoslovakia (315) until 1992-12-31, the Czech
 * Republic (316) from 1993-01-01; North Yemen (678) until 1990-05-21, Yemen (679) from 1990-05-22; Ukraine no state
 * before 1991-08-24 (COW 369 from then); the USSR and Russia both 365.
 */
class CowNumbersByDateTest {

  @TempDir Path dir;

  @Test
  void spellsFollowTheStateSystem() {
    // country, day, COW number that day (null: no COW state)
    Object[][] expected = {{"DEU", "1938-01-01", 255}, {"DEU", "1950-01-01", null}, {"DEU", "1989-06-30", 260},
        {"DEU", "1990-10-02", 260}, {"DEU", "1990-10-03", 255}, {"DDR", "1980-01-01", 265}, {"DDR", "1991-01-01", null},
        {"CZE", "1992-12-31", 315}, {"CZE", "1993-01-01", 316}, {"YEM", "1990-05-21", 678}, {"YEM", "1990-05-22", 679},
        {"UKR", "1985-01-01", null}, {"UKR", "1992-01-01", 369}, {"RUS", "1985-01-01", 365}, {"PSE", "2014-01-01", null}};
    for (Object[] e : expected) {
      assertThat(StateSpells.ccode((String) e[0], LocalDate.parse((String) e[1])))
          .as(e[0] + " on " + e[1]).isEqualTo(Optional.ofNullable((Integer) e[2]));
    }
  }

  /** Four events made from the first line of the GDELT daily sample, with their dates and countries replaced. */
  private Path events() throws Exception {
    String[] line = Files.readAllLines(TestData.require("events/gdelt-sample/20141124.export.CSV")).get(0)
        .split("\t", -1);
    List<String> out = new ArrayList<>();
    String[][] events = {{"1989-06-15", "DEU", "USA"}, {"1990-09-15", "DEU", "USA"}, {"1990-10-15", "USA", "DEU"},
        {"1985-03-01", "UKR", "USA"}};
    for (int i = 0; i < events.length; i++) {
      String[] f = line.clone();
      String day = events[i][0].replace("-", "");
      f[0] = String.valueOf(900_000_001 + i);
      f[1] = day;
      f[2] = day.substring(0, 6);
      f[3] = day.substring(0, 4);
      f[7] = events[i][1];
      f[17] = events[i][2];
      out.add(String.join("\t", f));
    }
    return Files.write(dir.resolve("19900101.export.CSV"), out);
  }

  private static List<String> aggregate(DuckDbStore store, EventAggregation.Period by, Path out) throws Exception {
    EventAggregation.Spec spec = new EventAggregation.Spec(by, false, 1979, 2030, QuadConvention.GDELT,
        GoldsteinScale.GDELT, List.of());
    new EventAggregation(store.events()).run(spec, AggregationTables.of(spec.quad(), spec.goldstein()), out, "csv");
    List<String> cols = EventAggregation.COLUMNS;
    List<String> rows = new ArrayList<>();
    for (String l : Files.readAllLines(out).stream().filter(l -> !l.startsWith("#")).skip(1).toList()) {
      String[] f = l.split(",", -1);
      rows.add(f[0] + "," + f[1] + "," + f[2] + "," + f[3] + "," + f[cols.indexOf("source_ccode")] + ","
          + f[cols.indexOf("target_ccode")]);
    }
    return rows;
  }

  @Test
  void aggregatesCarryTheNumbersOfThePeriodsLastDayAndTheDeFactoToneThoseOfTheEventsDay() throws Exception {
    Path file = events();
    try (DuckDbStore store = Stores.fresh(dir.resolve("s.duckdb"))) {
      store.importEvents(GdeltFiles.find(List.of(file)));
      assertThat(aggregate(store, EventAggregation.Period.DYAD_YEAR, dir.resolve("y.csv"))).containsExactly(
          "DEU,USA,1989,1,260,2", "DEU,USA,1990,2,255,2", "UKR,USA,1985,1,,2");
      assertThat(aggregate(store, EventAggregation.Period.DYAD_MONTH, dir.resolve("m.csv"))).containsExactly(
          "DEU,USA,1989-06,1,260,2", "DEU,USA,1990-09,1,260,2", "DEU,USA,1990-10,1,255,2", "UKR,USA,1985-03,1,,2");
      List<String> tone = store.behaviour().tone(1979, 2030).stream()
          .map((DyadTone t) -> t.ccode1() + "-" + t.ccode2() + " " + t.year() + " " + t.events()).sorted().toList();
      // 1990 splits as COW's dyad-years do: 2-260 until unification, 2-255 after; Ukraine is no state in 1985
      assertThat(tone).containsExactly("2-255 1990 1", "2-260 1989 1", "2-260 1990 1");
    }
  }
}
