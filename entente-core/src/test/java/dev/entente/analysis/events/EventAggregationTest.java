package dev.entente.analysis.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.domain.GoldsteinScale;
import dev.entente.domain.QuadConvention;
import dev.entente.io.cameo.AggregationTables;
import dev.entente.io.gdelt.GdeltFiles;
import dev.entente.io.icews.IcewsFiles;
import dev.entente.store.duckdb.DuckDbStore;
import dev.entente.testing.Stores;
import dev.entente.testing.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The aggregation on the real samples, checked against counts made here from the raw files (split on tabs) and the
 * code-table files read directly.
 */
class EventAggregationTest {

  @TempDir Path dir;

  /** scheme + "\t" + code -> iso3, read straight from the resource file. */
  private static Map<String, String> states() throws IOException {
    Map<String, String> out = new HashMap<>();
    try (InputStream in = EventAggregationTest.class.getResourceAsStream("/dev/entente/io/cameo/country-codes.tsv")) {
      for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!l.startsWith("#") && !l.startsWith("scheme\t")) {
          String[] f = l.split("\t", -1);
          out.put(f[0] + "\t" + f[1], f[2]);
        }
      }
    }
    return out;
  }

  /** Expected rows "source,target,year" -> {events, goldstein tenths sum, root-11 count, material conflict}. */
  private static Map<String, long[]> expected(Path gdelt, Path icews) throws IOException {
    Map<String, String> states = states();
    Map<String, Double> gold = new HashMap<>();
    for (String l : Files.readAllLines(TestData.require("events/cameo/CAMEO.goldsteinscale.txt")).subList(1, 312)) {
      String[] f = l.split("\t");
      gold.put(f[0], Double.parseDouble(f[1]));
    }
    Map<String, long[]> out = new TreeMap<>();
    for (String l : Files.readAllLines(gdelt)) {
      String[] f = l.split("\t", -1);
      add(out, states.get("cameo\t" + f[7]), states.get("cameo\t" + f[17]), f[1].substring(0, 4), f[26], gold);
    }
    List<String> ic = Files.readAllLines(icews);
    for (String l : ic.subList(1, ic.size())) {
      String[] f = l.split("\t", -1);
      add(out, states.get("icews\t" + f[4]), states.get("icews\t" + f[10]), f[1].substring(0, 4), f[6], gold);
    }
    return out;
  }

  private static void add(Map<String, long[]> out, String s, String t, String year, String code, Map<String, Double> gold) {
    if (s == null || t == null || s.equals(t)) {
      return;
    }
    String key = (s.compareTo(t) < 0 ? s + "," + t : t + "," + s) + "," + year;
    long[] v = out.computeIfAbsent(key, k -> new long[4]);
    v[0]++;
    Double g = gold.get(code);
    v[1] += g == null ? 0 : Math.round(g * 10);
    v[2] += code.startsWith("11") ? 1 : 0;
    int root = Integer.parseInt(code.substring(0, 2));
    v[3] += root >= 15 ? 1 : 0;
  }

  @Test
  void undirectedDyadYearsMatchCountsFromTheRawFiles() throws Exception {
    Path gdelt = TestData.require("events/gdelt-sample/20141124.export.CSV");
    Path icews = TestData.require("events/icews-sample/events.2018.sample.tab");
    Path out = dir.resolve("agg.csv");
    EventAggregation.Result r;
    try (DuckDbStore store = Stores.fresh(dir.resolve("s.duckdb"))) {
      store.importEvents(GdeltFiles.find(List.of(gdelt)));
      store.importEvents(IcewsFiles.find(List.of(icews)));
      EventAggregation.Spec spec = new EventAggregation.Spec(EventAggregation.Period.DYAD_YEAR, false, 1979, 2030,
          QuadConvention.GDELT, GoldsteinScale.GDELT, List.of());
      r = new EventAggregation(store.events()).run(spec, AggregationTables.of(spec.quad(), spec.goldstein()), out, "csv");
    }
    List<String> lines = Files.readAllLines(out).stream().filter(l -> !l.startsWith("#")).toList();
    assertThat(lines.get(0)).startsWith("source,target,period,events,goldstein_sum,goldstein_mean,")
        .isEqualTo(String.join(",", EventAggregation.COLUMNS));
    Map<String, long[]> expected = expected(gdelt, icews);
    Map<String, long[]> actual = new TreeMap<>();
    List<String> cols = EventAggregation.COLUMNS;
    for (String l : lines.subList(1, lines.size())) {
      String[] f = l.split(",", -1);
      actual.put(f[0] + "," + f[1] + "," + f[2], new long[] {Long.parseLong(f[3]),
          Math.round(Double.parseDouble(f[4]) * 10), Long.parseLong(f[cols.indexOf("root_11")]),
          Long.parseLong(f[cols.indexOf("material_conflict")])});
    }
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    expected.forEach((k, v) -> assertThat(actual.get(k)).as(k).containsExactly(v));
    assertThat(r.rows()).isEqualTo(expected.size());
    assertThat(r.eventsInYears()).isEqualTo(100 + 3705);
    assertThat(r.eventsUsed()).isEqualTo(expected.values().stream().mapToLong(v -> v[0]).sum());
    assertThat(r.eventsUsed() + r.sameState() + r.unmapped()).isEqualTo(r.eventsInYears());
    assertThat(r.unmappedCodes()).containsKey("AFR");
  }

  @Test
  void directedMonthsSplitADyadByDirectionAndMonth() throws Exception {
    Path r = TestData.require("events/gdelt-sample/gdelt1_georgia_aug2012_Rexport.csv");
    Path undirected = dir.resolve("u.csv");
    Path directed = dir.resolve("d.parquet");
    try (DuckDbStore store = Stores.fresh(dir.resolve("s.duckdb"))) {
      store.importEvents(GdeltFiles.find(List.of(r)));
      EventAggregation agg = new EventAggregation(store.events());
      EventAggregation.Spec u = new EventAggregation.Spec(EventAggregation.Period.DYAD_MONTH, false, 2012, 2012,
          QuadConvention.PHOENIX, GoldsteinScale.AS_CODED, List.of("gdelt1"));
      EventAggregation.Spec d = new EventAggregation.Spec(EventAggregation.Period.DYAD_MONTH, true, 2012, 2012,
          QuadConvention.PHOENIX, GoldsteinScale.AS_CODED, List.of("gdelt1"));
      EventAggregation.Result ru = agg.run(u, AggregationTables.of(u.quad(), u.goldstein()), undirected, "csv");
      EventAggregation.Result rd = agg.run(d, AggregationTables.of(d.quad(), d.goldstein()), directed, "parquet");
      assertThat(rd.eventsUsed()).isEqualTo(ru.eventsUsed());
      assertThat(rd.rows()).isGreaterThan(ru.rows());
      // both directions of GEO-RUS pooled in the undirected file equal the two directed rows
      long pooled = Stores.count(store, "SELECT events FROM read_csv('" + undirected + "', comment = '#')"
          + " WHERE source = 'GEO' AND target = 'RUS' AND period = '2012-08'");
      long split = Stores.count(store, "SELECT sum(events) FROM '" + directed + "' WHERE period = '2012-08' AND"
          + " ((source = 'GEO' AND target = 'RUS') OR (source = 'RUS' AND target = 'GEO'))");
      assertThat(pooled).isEqualTo(split).isPositive();
      // phoenix: 01-02 are neutral, so neutral counts are root_01 + root_02
      assertThat(Stores.count(store, "SELECT count(*) FROM '" + directed + "' WHERE neutral <> root_01 + root_02")).isZero();
      assertThat(Stores.count(store, "SELECT sum(neutral) FROM '" + directed + "'")).isPositive();
    }
    assertThat(String.format(Locale.ROOT, "%s", Files.readAllLines(undirected).get(0))).startsWith("# entente events aggregate");
  }
}
