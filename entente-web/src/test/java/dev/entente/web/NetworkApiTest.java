package dev.entente.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The network endpoints on the built-in data. Expected values: the US Asia-Pacific network of 2026 (alliances and
 * arrangements, as of 12-31) as networkx 3.6 measured it (entente-core's
 * analysis/network/networkx/networkx-measures.golden.tsv, row curated-usa-asia-pacific-2026), and the hub
 * clustering of 1955 and 2026 counted by hand from FACTS.md (10 of 28 ally pairs tied; 8 of 15).
 */
class NetworkApiTest extends BuiltInServerTest {

  static final String US_ASIA = "hub=USA&region=asia-pacific&kind=alliance,arrangement";


  @Test
  void theUsAsiaPacificNetworkOf2026MatchesNetworkx() {
    JsonNode j = s.get("/api/v1/network?on=2026-12-31&" + US_ASIA).json();
    JsonNode m = j.get("measures");
    assertThat(m.get("nodes").asInt()).isEqualTo(14);
    assertThat(m.get("edges").asInt()).isEqualTo(22);
    assertThat(m.get("degree_centralization").asDouble()).isCloseTo(0.5256410256410257, within(1e-12));
    assertThat(m.get("hub_clustering").asDouble()).isCloseTo(0.5333333333333333, within(1e-12));
    assertThat(m.get("hub_share").asDouble()).isCloseTo(0.4090909090909091, within(1e-12));
    assertThat(m.get("transitivity").asDouble()).isCloseTo(0.5647058823529412, within(1e-12));
    assertThat(m.get("density").asDouble()).isCloseTo(0.24175824175824176, within(1e-12));
    assertThat(m.get("components").asInt()).isEqualTo(2);
    assertThat(m.get("communities").asInt()).isEqualTo(3);
    assertThat(m.get("modularity").asDouble()).isCloseTo(0.2851239669421487, within(1e-12));
    assertThat(j.get("nodes")).hasSize(14);
    List<String> hubs = new ArrayList<>();
    j.get("nodes").forEach(n -> {
      if (n.get("hub").asBoolean()) {
        hubs.add(n.get("key").asText());
      }
    });
    assertThat(hubs).containsExactly("USA");
    assertThat(j.get("edges").findValuesAsText("commitment")).contains("us-japan-1960", "japan-philippines-raa-2024");
    assertThat(j.get("communities")).hasSize(3);
    assertThat(j.get("conventions").get("describe").asText()).contains("region=asia-pacific").contains("hub=USA");
  }

  @Test
  void theStructureSeriesShowsTheHubTurningIntoAWeb() {
    JsonNode j = s.get("/api/v1/network/structure?years=1955-2026&" + US_ASIA).json();
    assertThat(j.get("columns").toString()).isEqualTo("[\"year\",\"nodes\",\"edges\",\"degree_centralization\","
        + "\"hub_clustering\",\"hub_share\",\"transitivity\",\"density\",\"bilateral_share\",\"communities\","
        + "\"modularity\"]");
    JsonNode rows = j.get("rows");
    assertThat(rows).hasSize(72);
    assertThat(rows.get(0).get("year").asInt()).isEqualTo(1955);
    assertThat(rows.get(0).get("hub_clustering").asDouble()).isCloseTo(10 / 28.0, within(1e-12));
    assertThat(rows.get(71).get("hub_clustering").asDouble()).isCloseTo(8 / 15.0, within(1e-12));
    assertThat(j.get("conventions").get("as_of").asText()).isEqualTo("12-31");
  }

  @Test
  void anEmptyNetworkHasUndefinedMeasuresNotZeros() {
    JsonNode j = s.get("/api/v1/network?on=1816-01-02&region=oceania").json();
    assertThat(j.get("nodes")).isEmpty();
    assertThat(j.get("measures").get("density").isNull()).isTrue();
    assertThat(j.get("measures").get("degree_centralization").isNull()).isTrue();
  }

  @Test
  void aRegionCanBeAListOfStates() {
    JsonNode j = s.get("/api/v1/network?on=2026-01-01&region=USA,JPN,PHL&kind=alliance,arrangement").json();
    assertThat(j.get("nodes").findValuesAsText("key")).containsExactlyInAnyOrder("JPN", "PHL", "USA");
  }

  @Test
  void datasetSourcesNeedImports() {
    TestServer.Answer a = s.get("/api/v1/network?source=atop&year=1990&kind=alliance");
    assertThat(a.status()).isEqualTo(409);
    assertThat(a.json().get("commands").toString()).contains("entente import atop PATH");
    assertThat(s.get("/api/v1/network/structure?source=cow&years=1950-1960&kind=alliance").status()).isEqualTo(409);
  }

  @Test
  void badNetworkRequests() {
    s.assertError("/api/v1/network?region=mars", 400, "region");
    s.assertError("/api/v1/network?region=USA,ZZZ", 404, "region");
    s.assertError("/api/v1/network?hub=ZZZ", 404, "hub");
    s.assertError("/api/v1/network?hub=NATO", 400, "hub");
    s.assertError("/api/v1/network?on=2026-01-01&year=2026", 400, "year");
    s.assertError("/api/v1/network?source=atop", 400, "year");
    s.assertError("/api/v1/network?source=atop&year=1990&kind=partnership", 400, "kind");
    s.assertError("/api/v1/network?year=2000&as-of=02-30", 400, "as-of");
    s.assertError("/api/v1/network?kind=friendship", 400, "kind");
    s.assertError("/api/v1/network?obligation=some", 400, "obligation");
    s.assertError("/api/v1/network?min-tier=7", 400, "min-tier");
    s.assertError("/api/v1/network/structure", 400, "years");
    s.assertError("/api/v1/network/structure?years=2026-1950", 400, "years");
    s.assertError("/api/v1/network/structure?years=1950-2026&hub=QQQ", 404, "hub");
  }
}
