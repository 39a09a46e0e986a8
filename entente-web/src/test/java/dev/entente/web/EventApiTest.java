package dev.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The event endpoints on the built-in data: without imported events the aggregate and the criticism answer 409 with
 * the import commands and the de facto score 409 naming ATOP; the criticism of the curated statements alone
 * ({@code include-curated=true}) counts what the statements file says, counted here from its raw lines.
 */
class EventApiTest extends BuiltInServerTest {


  /** Per target state: [statements by China dated 2021-2022, of them coded 111], from statements.rec's lines. */
  private static Map<String, int[]> chinasStatements() throws IOException {
    String text;
    try (InputStream in = EventApiTest.class.getResourceAsStream("/dev/entente/curated/statements.rec")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, int[]> out = new TreeMap<>();
    for (String record : text.split("\n\\s*\n")) {
      String actor = field(record, "Actor");
      String date = field(record, "Date");
      if (!"CHN".equals(actor) || date == null || date.compareTo("2021-01-01") < 0 || date.compareTo("2023") >= 0) {
        continue;
      }
      boolean critical = "111".equals(field(record, "Cameo"));
      for (String line : record.split("\n")) {
        if (line.startsWith("TargetState: ")) {
          int[] n = out.computeIfAbsent(line.substring(13).strip(), k -> new int[2]);
          n[0]++;
          n[1] += critical ? 1 : 0;
        }
      }
    }
    return out;
  }

  private static String field(String record, String name) {
    for (String line : record.split("\n")) {
      if (line.startsWith(name + ": ")) {
        return line.substring(name.length() + 2).strip();
      }
    }
    return null;
  }

  @Test
  void withoutEventsTheAnswersNameTheImports() {
    TestServer.Answer a = s.get("/api/v1/events/aggregate?a=CHN&b=USA&years=2012-2014");
    assertThat(a.status()).isEqualTo(409);
    assertThat(a.json().get("commands").toString()).contains("entente import gdelt PATH")
        .contains("entente import icews PATH");
    assertThat(s.get("/api/v1/criticism?source=CHN&rival=USA&years=2021-2022").status()).isEqualTo(409);
    TestServer.Answer d = s.get("/api/v1/defacto?actor=CHN&year=2018");
    assertThat(d.status()).isEqualTo(409);
    assertThat(d.json().get("commands").toString()).contains("entente import atop PATH");
  }

  @Test
  void criticismOfTheCuratedStatementsCountsTheStatementsFile() throws IOException {
    JsonNode j = s.get("/api/v1/criticism?source=CHN&rival=USA&years=2021-2022&include-curated=true&min-events=1")
        .json();
    Map<String, int[]> expected = chinasStatements();
    List<String> targets = new ArrayList<>();
    j.get("rows").forEach(r -> {
      targets.add(r.get("target").asText());
      int[] n = expected.get(r.get("target").asText());
      assertThat(r.get("events").asInt()).as(r.get("target").asText()).isEqualTo(n[0]);
      assertThat(r.get("criticism").asInt()).as(r.get("target").asText()).isEqualTo(n[1]);
    });
    assertThat(targets).containsExactlyInAnyOrderElementsOf(expected.keySet());
    assertThat(expected.get("AUS")).containsExactly(3, 3);
    assertThat(j.get("correlations").get(0).get("rho").isNull()).isTrue();
    assertThat(j.get("provenance").toString()).contains("curated statements");
  }

  @Test
  void badEventRequests() {
    s.assertError("/api/v1/events/aggregate?a=CHN&b=CHN&years=2012-2014", 400, "b");
    s.assertError("/api/v1/events/aggregate?a=CHN&b=USA", 400, "years");
    s.assertError("/api/v1/events/aggregate?a=CHN&b=USA&years=2012-2014&by=week", 400, "by");
    s.assertError("/api/v1/events/aggregate?a=CHN&b=NATO&years=2012-2014", 400, "b");
    s.assertError("/api/v1/events/aggregate?a=CHN&b=QQQ&years=2012-2014", 404, "b");
    s.assertError("/api/v1/criticism?source=CHN&rival=CHN&years=2021-2022&include-curated=true", 400, "rival");
    s.assertError("/api/v1/criticism?source=CHN&rival=USA&years=2021-2022&alignment=vibes", 400, "alignment");
    s.assertError("/api/v1/criticism?source=CHN&rival=USA&years=2021-2022&bootstrap=0", 400, "bootstrap");
    s.assertError("/api/v1/defacto?actor=NATO&year=2018", 400, "actor");
    s.assertError("/api/v1/defacto?actor=CHN", 400, "year");
    s.assertError("/api/v1/defacto?actor=CHN&year=2018&holdout=0", 400, "holdout");
  }
}
