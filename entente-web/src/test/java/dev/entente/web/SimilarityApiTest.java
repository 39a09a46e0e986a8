package dev.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dyad endpoint on real ATOP 5.1 and COW state-system data: the USA–JPN S in 1960 must equal the same
 * computation through the CLI's analysis (AllianceSimilarity), and the endpoint must report the datasets as
 * imported. Skipped when the research datasets are absent.
 */
class SimilarityApiTest {

  @TempDir Path dir;

  @Test
  void dyadSimilarityOnImportedAtop() {
    Path data = TestServer.researchData();
    TestServer.importInto(dir, data, "atop", "cow-system");
    try (TestServer s = new TestServer(dir)) {
      assertThat(s.get("/api/v1/meta").json().get("datasets").get("atop").asText()).isEqualTo("5.1");
      JsonNode j = s.get("/api/v1/similarity/dyad?a=USA&b=JPN&years=1960-1961").json();
      assertThat(j.get("rows")).hasSize(2);
      double expected = new dev.entente.analysis.alignment.AllianceSimilarity(s.store.portfolios()).compute(
              dev.entente.analysis.alignment.PortfolioRequest.of("atop", 1960, 1960), java.util.List.of("s_un"),
              java.util.List.of(new int[] {2, 740})).values()[0][0];
      assertThat(j.get("rows").get(0).get("year").asInt()).isEqualTo(1960);
      assertThat(j.get("rows").get(0).get("s_un").asDouble()).isEqualTo(expected);
      assertThat(j.get("provenance").toString()).contains("ATOP 5.1");
      JsonNode partners = s.get("/api/v1/similarity/partners?actor=JPN&year=1960").json();
      assertThat(partners.get("rows").get(0).get("partner").asText()).isNotEqualTo("JPN");
    }
  }
}
