package dev.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.entente.analysis.scenario.Edit;
import dev.entente.analysis.scenario.Scenario;
import dev.entente.io.scenario.ScenarioFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scenario endpoints: a scenario saved the way 'entente scenario create' saves it (beside the store), its edits
 * and its diff, and unsaved what-ifs of the article's three cases. Expected changes of obligations follow from the
 * edits themselves (a mutual defence pact among the parties) and the FACTS.md baseline (China has no defence
 * pledge from Pakistan or Russia; India none from the Quad). The API writes nothing: the store file and the
 * scenario folder are byte-for-byte the same afterwards.
 */
class ScenarioApiTest extends BuiltInServerTest {

  @BeforeAll
  static void saveAScenario() {
    new ScenarioFiles(dir.resolve("scenarios")).save(new Scenario("china-pakistan", "China-Pakistan defence treaty",
        "2026-11-30T00:00:00Z", s.bench.catalog().dataVersion(),
        List.of(Edit.parse("add alliance:CHN-PAK:defense:2027-01-01"))), false);
  }

  private static JsonNode change(JsonNode diff, String state) {
    for (JsonNode o : diff.get("obligations")) {
      if (o.get("state").asText().equals(state)) {
        return o;
      }
    }
    throw new AssertionError(state + " has no change in " + diff.get("obligations"));
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(x -> out.add(x.asText()));
    return out;
  }

  @Test
  void savedScenariosAreListedShownAndDiffed() {
    JsonNode list = s.get("/api/v1/scenarios").json();
    assertThat(list.get("rows")).hasSize(1);
    assertThat(list.get("rows").get(0).get("scenario").asText()).isEqualTo("china-pakistan");
    assertThat(list.get("rows").get(0).get("edits").asInt()).isEqualTo(1);
    JsonNode one = s.get("/api/v1/scenarios/china-pakistan").json();
    assertThat(texts(one.get("edits"))).containsExactly("add alliance:CHN-PAK:defense:2027-01-01");
    JsonNode d = s.get("/api/v1/scenarios/china-pakistan/diff?on=2027-06-01").json();
    assertThat(texts(change(d, "CHN").get("new_defenders"))).containsExactly("PAK");
    assertThat(texts(change(d, "PAK").get("new_defenders"))).containsExactly("CHN");
    assertThat(d.get("obligations")).hasSize(2);
    assertThat(d.get("structure").findValuesAsText("measure")).contains("edges", "hub_clustering", "modularity");
    assertThat(d.get("alignment").findValuesAsText("measure")).contains("s_un", "kappa");
  }

  @Test
  void theArticlesThreeWhatIfs() {
    JsonNode russia = s.get("/api/v1/scenario-diff?edit=add+alliance:CHN-RUS:defense:2027-01-01&on=2027-06-01")
        .json();
    assertThat(texts(change(russia, "CHN").get("new_defenders"))).containsExactly("RUS");
    assertThat(texts(change(russia, "RUS").get("new_defenders"))).containsExactly("CHN");
    JsonNode quad = s.get("/api/v1/scenario-diff?edit=add%20alliance:USA-JPN-AUS-IND:defense:2027-01-01"
        + "&on=2027-06-01&hub=USA&region=asia-pacific").json();
    assertThat(texts(change(quad, "IND").get("new_defenders"))).containsExactly("AUS", "JPN", "USA");
    assertThat(texts(change(quad, "JPN").get("new_defenders"))).containsExactly("AUS", "IND");
    JsonNode hub = quad.get("structure").get(3);
    assertThat(hub.get("measure").asText()).isEqualTo("hub_clustering");
    assertThat(hub.get("scenario").asDouble()).isGreaterThan(hub.get("baseline").asDouble());
    // several edits: add, then remove a real treaty
    JsonNode two = s.get("/api/v1/scenario-diff?edit=add+alliance:CHN-PAK:defense:2027-01-01"
        + "&edit=remove+us-japan-1960&on=2027-06-01").json();
    assertThat(texts(change(two, "JPN").get("lost_defenders"))).containsExactly("USA");
    assertThat(texts(two.get("scenario").get("edits"))).hasSize(2);
  }

  @Test
  void nothingIsWritten() throws IOException {
    byte[] store = Files.readAllBytes(s.store.file());
    List<String> before = listing();
    s.get("/api/v1/scenario-diff?edit=add+alliance:CHN-PAK:defense:2027-01-01&on=2027-06-01&compare=USA");
    s.get("/api/v1/scenarios/china-pakistan/diff?on=2028-01-01");
    assertThat(Files.readAllBytes(s.store.file())).isEqualTo(store);
    assertThat(listing()).isEqualTo(before);
  }

  private static List<String> listing() throws IOException {
    try (Stream<Path> files = Files.walk(dir.resolve("scenarios"))) {
      return files.map(p -> p + " " + p.toFile().length() + " " + p.toFile().lastModified()).sorted().toList();
    }
  }

  @Test
  void badScenarioRequests() {
    s.assertError("/api/v1/scenarios/nope", 404, null);
    s.assertError("/api/v1/scenarios/nope/diff", 404, null);
    s.assertError("/api/v1/scenarios/..%2Fetc", 400, null);
    s.assertError("/api/v1/scenarios/china-pakistan/diff?on=2027-13-01", 400, "on");
    s.assertError("/api/v1/scenario-diff", 400, "edit");
    s.assertError("/api/v1/scenario-diff?edit=hug+CHN", 400, "edit");
    s.assertError("/api/v1/scenario-diff?edit=add+alliance:CHN-PAK:friendship:2027-01-01", 400, "edit");
    s.assertError("/api/v1/scenario-diff?edit=add+alliance:CHN-ZZZ:defense:2027-01-01", 400, null);
    s.assertError("/api/v1/scenario-diff?edit=remove+no-such-treaty", 400, null);
    s.assertError("/api/v1/scenario-diff?edit=remove+x&compare=USA,QQQ", 404, "compare");
    s.assertError("/api/v1/scenario-diff?edit=remove+x&region=mars", 400, "region");
    s.assertError("/api/v1/scenario-diff?" + "edit=remove+x&".repeat(21), 400, "edit");
  }
}
