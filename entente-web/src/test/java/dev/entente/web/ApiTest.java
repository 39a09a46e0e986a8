package dev.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every endpoint's success, 400 and 404 cases, on the built-in data. */
class ApiTest extends BuiltInServerTest {


  private static List<String> column(JsonNode answer, String field) {
    List<String> out = new ArrayList<>();
    answer.get("rows").forEach(r -> out.add(r.get(field).asText()));
    return out;
  }

  private static void assertBad(String pathAndQuery, int status, String parameter) {
    s.assertError(pathAndQuery, status, parameter);
  }

  @Test
  void obligationsForJapanShowTheUnitedStatesThroughThe1960Treaty() {
    JsonNode j = s.get("/api/v1/obligations?defend=JPN&on=2026-01-01").json();
    assertThat(column(j, "guarantor")).containsExactly("USA");
    assertThat(j.get("rows").get(0).get("commitment_id").asText()).isEqualTo("us-japan-1960");
    assertThat(j.get("rows").get(0).get("since").asText()).isEqualTo("1960-06-23");
    assertThat(j.get("rows").get(0).get("sources").size()).isPositive();
  }

  @Test
  void obligationsForNorthKoreaAndOneStepFurther() {
    JsonNode j = s.get("/api/v1/obligations?defend=PRK&on=2025-01-01&depth=2").json();
    assertThat(column(j, "guarantor")).containsExactly("CHN", "RUS");
    JsonNode by = s.get("/api/v1/obligations?by=CHN&on=2025-01-01").json();
    assertThat(column(by, "beneficiary")).containsExactly("PRK");
    assertThat(s.get("/api/v1/obligations?defend=TWN&on=2026-01-01").json().get("rows")).isEmpty();
  }

  @Test
  void chainsOfObligationTowardsJapanThroughTheUnitedStates() {
    JsonNode j = s.get("/api/v1/obligations?defend=JPN&on=2026-01-01&depth=3").json();
    assertThat(j.get("depth").asInt()).isEqualTo(3);
    List<String> paths = new ArrayList<>();
    j.get("chains").forEach(l -> paths.add(l.get("depth").asInt() + ":" + l.get("path").toString()));
    // depth 1: the 1960 treaty; depth 2: NATO allies bound to defend the United States (FACTS: Canada, UK)
    assertThat(paths).contains("1:[\"JPN\",\"USA\"]", "2:[\"JPN\",\"USA\",\"CAN\"]",
        "2:[\"JPN\",\"USA\",\"GBR\"]");
    // a state is listed at the first depth it is drawn in, and the target never
    assertThat(paths).noneMatch(p -> p.startsWith("3:") && p.endsWith("\"CAN\"]"));
    assertThat(paths).noneMatch(p -> p.endsWith("\"JPN\"]"));
    assertThat(j.get("chains").get(0).get("treaty").asText()).isEqualTo("US–Japan Security Treaty (1960)");
  }
  @Test
  void obligationErrors() {
    assertBad("/api/v1/obligations?defend=JPN&on=2026-02-30", 400, "on");
    assertBad("/api/v1/obligations?defend=JPN&type=hug", 400, "type");
    assertBad("/api/v1/obligations?defend=JPN&depth=6", 400, "depth");
    assertBad("/api/v1/obligations?by=JPN&depth=2", 400, "depth");
    assertBad("/api/v1/obligations?defend=JPN&by=USA", 400, "by");
    assertBad("/api/v1/obligations", 400, "defend");
    assertBad("/api/v1/obligations?defend=XXX", 404, "defend");
    assertBad("/api/v1/obligations?defend=AUS", 400, "defend");
    assertBad("/api/v1/obligations?defend=JPN&sql=select", 400, "sql");
    assertBad("/api/v1/obligations?defend=JPN&defend=USA", 400, "defend");
  }

  @Test
  void partnersOfChina() {
    JsonNode j = s.get("/api/v1/partners?actor=CHN&on=2025-01-01").json();
    assertThat(j.get("rows").get(0).get("tier").asInt()).isEqualTo(6);
    assertThat(column(j, "partner")).contains("PAK", "RUS", "BLR");
    JsonNode rus = j.get("rows").get(column(j, "partner").indexOf("RUS"));
    assertThat(rus.get("stages").size()).isEqualTo(3);
    assertBad("/api/v1/partners", 400, "actor");
    assertBad("/api/v1/partners?actor=NOPE", 404, "actor");
    assertBad("/api/v1/partners?actor=CHN&on=yesterday", 400, "on");
  }

  @Test
  void renewalsIn2041() {
    JsonNode j = s.get("/api/v1/renewals?from=2041-01-01&to=2041-12-31").json();
    assertThat(column(j, "date")).containsExactly("2041-02-28", "2041-03-10", "2041-09-10");
    assertThat(column(j, "event")).containsExactly("notice-deadline", "notice-deadline", "renewal");
    assertBad("/api/v1/renewals?from=2041-01-01", 400, "to");
    assertBad("/api/v1/renewals?from=2041-01-01&to=2040-01-01", 400, "to");
    assertBad("/api/v1/renewals?from=2041-01-01&to=2041-12-31&all-readings=yes", 400, "all-readings");
  }

  @Test
  void tiesCommitmentsAndActors() {
    JsonNode ties = s.get("/api/v1/ties?actor=JPN&on=2026-01-01&kind=alliance").json();
    assertThat(column(ties, "commitment_id")).containsExactly("us-japan-1960");
    assertBad("/api/v1/ties?actor=JPN&kind=friendship", 400, "kind");
    JsonNode c = s.get("/api/v1/commitments?actor=PRK&on=2025-01-01&kind=alliance").json();
    assertThat(column(c, "commitment_id")).contains("china-dprk-1961");
    assertBad("/api/v1/commitments?actor=ZZZ", 404, "actor");
    JsonNode actors = s.get("/api/v1/actors?on=2026-01-01").json();
    assertThat(actors.get("rows").size()).isGreaterThan(190);
    assertThat(s.get("/api/v1/actors/740").json().get("key").asText()).isEqualTo("JPN");
    assertBad("/api/v1/actors/NOWHERE", 404, "actor");
    assertBad("/api/v1/actors?on=1816-13-01", 400, "on");
    assertThat(s.get("/api/v1/meta").json().get("data_version").asText()).startsWith("curated");
  }

  @Test
  void similarityWithoutImportsSaysWhatToImport() {
    TestServer.Answer a = s.get("/api/v1/similarity/dyad?a=USA&b=JPN&years=1950-2000");
    assertThat(a.status()).isEqualTo(409);
    assertThat(a.json().get("commands").toString()).contains("entente import atop PATH");
    assertThat(s.get("/api/v1/similarity/partners?actor=CHN&year=2000&source=unvotes").json().get("error").asText())
        .contains("entente import unvotes PATH");
    assertBad("/api/v1/similarity/dyad?a=USA&b=USA", 400, "b");
    assertBad("/api/v1/similarity/dyad?a=USA&b=NATO", 400, "b");
    assertBad("/api/v1/similarity/dyad?a=USA&b=JPN&years=2000-1950", 400, "years");
    assertBad("/api/v1/similarity/dyad?a=USA&b=JPN&by=year", 400, "by");
    assertBad("/api/v1/similarity/dyad?a=USA&b=QQQ", 404, "b");
    assertBad("/api/v1/similarity/partners?actor=CHN&year=1700", 400, "year");
    assertBad("/api/v1/similarity/partners?actor=CHN", 400, "year");
  }

  @Test
  void unknownRoutesAndMethodsAreJson() {
    assertBad("/api/v1/nothing", 404, null);
    assertBad("/nothing.html", 404, null);
    assertBad("/api/v1/obligations/%zz", 400, null);
  }

  @Test
  void dashboardAndLibrariesAreServed() {
    assertThat(s.get("/").body()).contains("<title>entente workbench</title>");
    assertThat(s.get("/webjars/echarts/5.3.1/dist/echarts.min.js").status()).isEqualTo(200);
    assertThat(s.get("/webjars/cytoscape/3.33.1/dist/cytoscape.esm.min.mjs").status()).isEqualTo(200);
  }
}
