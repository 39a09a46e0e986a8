package dev.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.entente.domain.State;
import dev.entente.io.ImportOptions;
import dev.entente.io.atop.AtopImporter;
import dev.entente.io.cow.CowSystemImporter;
import dev.entente.io.curated.CuratedFiles;
import dev.entente.io.curated.CuratedLoader;
import dev.entente.store.duckdb.DuckDbStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dyad endpoint on real ATOP 5.1 and COW state-system data: the USA–JPN S in 1960 must equal the same
 * computation through the CLI's analysis (AllianceSimilarity), and the endpoint must report the datasets as
 * imported. Skipped when the research datasets are absent.
 */
class SimilarityApiTest {

  @TempDir Path dir;

  private static Path data() {
    for (String c : new String[] {System.getenv("ENTENTE_TEST_DATA"), System.getProperty("entente.test.data"),
        "../../shared/data", "../shared/data"}) {
      if (c != null && Files.isDirectory(Path.of(c).resolve("atop-5.1"))) {
        return Path.of(c).toAbsolutePath();
      }
    }
    Assumptions.assumeTrue(false, "research datasets not found (set ENTENTE_TEST_DATA): skipping");
    return null;
  }

  @Test
  void dyadSimilarityOnImportedAtop() {
    Path data = data();
    Path file = dir.resolve("web.duckdb");
    CuratedFiles builtIn = CuratedFiles.builtIn();
    DuckDbStore.openForReading(file, CuratedLoader.version(builtIn), () -> CuratedLoader.load(builtIn)).close();
    try (DuckDbStore rw = DuckDbStore.open(file, false)) {
      Set<Long> codes = rw.catalog().actors().stream().filter(State.class::isInstance)
          .map(a -> (long) ((State) a).ccode()).collect(Collectors.toSet());
      rw.importDataset(new AtopImporter(codes), data.resolve("atop-5.1"), ImportOptions.strict());
      rw.importDataset(new CowSystemImporter(), data.resolve("cow-state-system"), ImportOptions.strict());
    }
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
