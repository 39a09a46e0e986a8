package dev.entente.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.entente.analysis.defacto.DeFactoAllianceScore;
import dev.entente.analysis.defacto.DeFactoRequest;
import dev.entente.analysis.defacto.DeFactoResult;
import dev.entente.analysis.defacto.MeasuredFeatures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The event endpoints' answers on imported data: the ICEWS 2018 sample, ATOP 5.1, the COW system, Voeten's UN
 * votes and DCAD. The aggregate and the criticism counts are checked against counts made here from the raw ICEWS
 * file (split on tabs, countries mapped by the country-code table read directly); the de facto answer against the
 * core computation on the same store.
 */
class ImportedEventsApiTest {

  @TempDir static Path dir;
  static TestServer s;
  static List<String[]> icews;
  static Map<String, String> countries;

  @BeforeAll
  static void start() throws IOException {
    Path data = TestServer.researchData();
    TestServer.importInto(dir, data, "atop", "cow-system", "unvotes", "dcad", "icews-sample");
    s = new TestServer(dir);
    List<String> lines = Files.readAllLines(data.resolve("events/icews-sample/events.2018.sample.tab"));
    icews = lines.subList(1, lines.size()).stream().map(l -> l.split("\t", -1)).toList();
    countries = new HashMap<>();
    try (InputStream in = ImportedEventsApiTest.class.getResourceAsStream("/dev/entente/io/cameo/country-codes.tsv")) {
      for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] f = l.split("\t", -1);
        if (f[0].equals("icews")) {
          countries.put(f[1], f[2]);
        }
      }
    }
  }

  @AfterAll
  static void stop() {
    if (s != null) {
      s.close();
    }
  }

  /** Raw-file events from {@code source} to {@code target} (ISO3; null target: any other state), by CAMEO code. */
  private static Map<String, Integer> rawEvents(String source, String target) {
    Map<String, Integer> byCode = new TreeMap<>();
    for (String[] f : icews) {
      String src = countries.get(f[4]);
      String tgt = countries.get(f[10]);
      if (source.equals(src) && tgt != null && !tgt.equals(src) && (target == null || target.equals(tgt))) {
        byCode.merge(f[6], 1, Integer::sum);
      }
    }
    return byCode;
  }

  private static int total(Map<String, Integer> byCode) {
    return byCode.values().stream().mapToInt(Integer::intValue).sum();
  }

  @Test
  void theDyadAggregateCountsTheRawFile() {
    int usaToPrk = total(rawEvents("USA", "PRK"));
    int prkToUsa = total(rawEvents("PRK", "USA"));
    assertThat(usaToPrk + prkToUsa).isEqualTo(312);
    JsonNode pooled = s.get("/api/v1/events/aggregate?a=USA&b=PRK&years=2018&datasets=icews").json();
    assertThat(pooled.get("rows")).hasSize(1);
    JsonNode row = pooled.get("rows").get(0);
    assertThat(row.get("source").asText() + "-" + row.get("target").asText()).isEqualTo("PRK-USA");
    assertThat(row.get("period").asText()).isEqualTo("2018");
    assertThat(row.get("events").asInt()).isEqualTo(312);
    JsonNode directed = s.get("/api/v1/events/aggregate?a=USA&b=PRK&years=2018&directed=true").json();
    Map<String, Integer> byDirection = new TreeMap<>();
    directed.get("rows").forEach(r -> byDirection.put(r.get("source").asText(), r.get("events").asInt()));
    assertThat(byDirection).containsExactlyInAnyOrderEntriesOf(Map.of("USA", usaToPrk, "PRK", prkToUsa));
    assertThat(s.get("/api/v1/events/aggregate?a=USA&b=PRK&years=2012-2014").json().get("rows")).isEmpty();
  }

  @Test
  void criticismCountsTheChosenCodesInTheRawFile() {
    Map<String, int[]> expected = new TreeMap<>();
    for (String target : List.of("PRK", "CHN", "RUS", "JPN", "DEU")) {
      Map<String, Integer> byCode = rawEvents("USA", target);
      expected.put(target, new int[] {total(byCode), byCode.getOrDefault("111", 0) + byCode.getOrDefault("112", 0)});
    }
    JsonNode j = s.get("/api/v1/criticism?source=USA&rival=CHN&years=2018&alignment=kappa&min-events=1"
        + "&codes=111,112&outliers=0&level=0.9&bootstrap=200").json();
    Map<String, int[]> got = new TreeMap<>();
    j.get("rows").forEach(r -> got.put(r.get("target").asText(),
        new int[] {r.get("events").asInt(), r.get("criticism").asInt()}));
    assertThat(got.values().stream().mapToInt(n -> n[0]).sum()).isEqualTo(total(rawEvents("USA", null)));
    expected.forEach((t, n) -> assertThat(got.get(t)).as(t).containsExactly(n));
    assertThat(expected.get("PRK")[0]).isPositive();
    j.get("correlations").forEach(k -> assertThat(k.get("outliers")).isEmpty());
    assertThat(got.get("CHN")[1]).isPositive();
  }

  @Test
  void criticismParametersAreChecked() {
    String base = "/api/v1/criticism?source=USA&rival=CHN&years=2018";
    s.assertError(base + "&codes=11a", 400, "codes");
    s.assertError(base + "&codes=111,,112", 400, "codes");
    s.assertError(base + "&level=1.5", 400, "level");
    s.assertError(base + "&level=0", 400, "level");
    s.assertError(base + "&outliers=-1", 400, "outliers");
  }

  @Test
  void theDeFactoAnswerIsTheCoreComputationOnTheSameStore() {
    JsonNode j = s.get("/api/v1/defacto?actor=CHN&year=2010").json();
    DeFactoResult r = new DeFactoAllianceScore(new MeasuredFeatures(s.bench.catalog(), s.store.votes(),
        s.store.dyadYears().atopDirected("full", "5.1"), "5.1", s.store.behaviour()))
        .compute(DeFactoRequest.of(710, 2010, 5, 20));
    assertThat(j.get("features")).extracting(JsonNode::asText).containsExactlyElementsOf(r.features());
    assertThat(j.get("held_out").get("auc").asDouble()).isCloseTo(r.heldOut().auc(), within(1e-12));
    assertThat(j.get("held_out").get("n").asInt()).isEqualTo(r.heldOut().n());
    assertThat(j.get("rows")).hasSize(r.partners().size());
    for (int i = 0; i < r.partners().size(); i++) {
      DeFactoResult.Partner p = r.partners().get(i);
      JsonNode row = j.get("rows").get(i);
      assertThat(row.get("ccode").asInt()).isEqualTo(p.ccode());
      if (p.score() == null) {
        assertThat(row.get("score").isNull()).isTrue();
      } else {
        assertThat(row.get("score").asDouble()).isCloseTo(p.score(), within(1e-12));
      }
    }
    JsonNode prk = null;
    for (JsonNode row : j.get("rows")) {
      prk = row.get("partner").asText().equals("PRK") ? row : prk;
    }
    assertThat(prk).isNotNull();
    assertThat(prk.get("atop_defense").asInt()).isEqualTo(1);
    assertThat(Set.of("un_agree", "un_kappa", "dca")).containsAll(r.features());
  }
}
