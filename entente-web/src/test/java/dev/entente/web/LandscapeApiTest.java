package dev.entente.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.entente.analysis.landscape.AlignmentLandscape;
import dev.entente.analysis.landscape.LandscapeResult;
import dev.entente.analysis.landscape.LandscapeSolver;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The landscape endpoint, and the ATOP networks, which read imported datasets: without them a 409 with the import
 * commands; with ATOP 5.1, the COW state system and NMC 6.0 imported (skipped when the research data is absent) the
 * answer equals the landscape solver's on the same store, and the ATOP networks of 1990 and 1914 have the sizes and
 * measures networkx computed for them (entente-core's networkx-measures.golden.tsv).
 */
class LandscapeApiTest {

  @TempDir Path dir;

  @Test
  void withoutImportsTheAnswerNamesTheImportCommands() {
    try (TestServer s = new TestServer(dir)) {
      TestServer.Answer a = s.get("/api/v1/landscape?actors=USA,CHN,RUS&year=2000");
      assertThat(a.status()).isEqualTo(409);
      assertThat(a.json().get("commands").toString()).contains("entente import nmc PATH")
          .contains("entente import atop PATH").contains("entente import cow-system PATH");
      assertThat(s.get("/api/v1/landscape?actors=USA,CHN&year=2000&propensity=agree").json().get("commands")
          .toString()).contains("entente import unvotes PATH");
      s.assertError("/api/v1/landscape?actors=USA&year=2000", 400, "actors");
      s.assertError("/api/v1/landscape?actors=USA,NATO&year=2000", 400, "actors");
      s.assertError("/api/v1/landscape?actors=USA,ZZZ&year=2000", 404, "actors");
      s.assertError("/api/v1/landscape?actors=USA,CHN", 400, "year");
      s.assertError("/api/v1/landscape?actors=USA,CHN&year=2000&propensity=love", 400, "propensity");
      s.assertError("/api/v1/landscape?actors=USA,CHN&year=2000&sizes=/etc/passwd", 400, "sizes");
      s.assertError("/api/v1/landscape?actors=" + "USA,".repeat(5) + "CHN,RUS,GBR,FRA,JPN,DEU,ITA,IND,PAK,BRA,"
          + "ARG,MEX,CAN,AUS,NZL,KOR,PRK,TUR,IRN,EGY&year=2000", 400, "actors");
    }
  }

  @Test
  void onImportedDataTheMinimaAreTheSolversAndAtopNetworksMatchNetworkx() {
    Path data = TestServer.researchData();
    TestServer.importInto(dir, data, "atop", "cow-system", "nmc");
    try (TestServer s = new TestServer(dir)) {
      JsonNode j = s.get("/api/v1/landscape?actors=USA,RUS,CHN,GBR,FRA&year=2000").json();
      LandscapeResult expected = LandscapeSolver.defaults().solve(new AlignmentLandscape(s.store.portfolios(),
          s.store.votes(), s.store.capabilities()).build(List.of("USA", "RUS", "CHN", "GBR", "FRA"),
          new int[] {2, 365, 710, 200, 220}, 2000, "kappa", true, false).landscape(), null);
      assertThat(j.get("method").asText()).isEqualTo("exhaustive");
      assertThat(j.get("rows")).hasSize(expected.minima().size());
      long basins = 0;
      for (int i = 0; i < expected.minima().size(); i++) {
        JsonNode row = j.get("rows").get(i);
        assertThat(row.get("side_a").toString().replace("\"", "")).isEqualTo(
            expected.minima().get(i).sideA().toString().replace(" ", ""));
        assertThat(row.get("energy").asDouble()).isEqualTo(expected.minima().get(i).energy());
        basins += row.get("basin").asLong();
      }
      assertThat(basins).isEqualTo(16);
      assertThat(j.get("notes").toString()).contains("sizes: CINC from COW NMC 6.0, 2000");

      JsonNode world = s.get("/api/v1/network?source=atop&year=1990&kind=alliance&hub=USA").json().get("measures");
      assertThat(world.get("nodes").asInt()).isEqualTo(146);
      assertThat(world.get("edges").asInt()).isEqualTo(1528);
      assertThat(world.get("hub_clustering").asDouble()).isCloseTo(0.3702332469455757, within(1e-12));
      assertThat(world.get("modularity").asDouble()).isCloseTo(0.6098416384556343, within(1e-12));
      JsonNode europe = s.get("/api/v1/network?source=atop&year=1914&kind=alliance&obligation=defense&region=europe"
          + "&hub=DEU").json().get("measures");
      assertThat(europe.get("nodes").asInt()).isEqualTo(12);
      assertThat(europe.get("edges").asInt()).isEqualTo(13);
      assertThat(europe.get("hub_clustering").asDouble()).isCloseTo(0.6666666666666666, within(1e-12));
      s.assertError("/api/v1/network?source=atop&year=2020&kind=alliance", 400, null);
    }
  }
}
