package dev.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The served OpenAPI description lists exactly the server's routes and parameters, and each described route answers. */
class OpenApiTest {

  @TempDir Path dir;

  @Test
  void everyRouteIsDescribedAndAnswers() {
    try (TestServer s = new TestServer(dir)) {
      JsonNode doc = s.get("/api/v1/openapi.json").json();
      assertThat(doc.get("openapi").asText()).isEqualTo("3.0.3");
      List<String> described = new ArrayList<>();
      doc.get("paths").fieldNames().forEachRemaining(described::add);
      List<ApiRoute> routes = WebServer.routes(s.bench);
      assertThat(described).containsExactlyElementsOf(routes.stream().map(ApiRoute::path).toList());
      for (ApiRoute r : routes) {
        JsonNode op = doc.get("paths").get(r.path()).get("get");
        List<String> names = new ArrayList<>();
        op.get("parameters").forEach(p -> names.add(p.get("name").asText()));
        assertThat(names).as(r.path()).containsExactlyElementsOf(r.params().stream().map(Param::name).toList());
        assertThat(op.get("responses").has("400")).isTrue();
        // called with an example of each required parameter (and defend, one of two), a described route answers
        StringBuilder q = new StringBuilder(r.path().replace("{actor}", "JPN").replace("{name}", "none"));
        char sep = '?';
        for (Param p : r.params()) {
          if ((p.required() || p.name().equals("defend")) && p.in().equals("query")) {
            q.append(sep).append(p.name()).append('=').append(example(p));
            sep = '&';
          }
        }
        TestServer.Answer a = s.get(q.toString());
        assertThat(a.status()).as(q.toString()).isIn(200, 409, r.path().contains("{name}") ? 404 : 200);
      }
      // and nothing undescribed answers 200
      assertThat(s.get("/api/v1/events").status()).isEqualTo(404);
    }
  }

  private static String example(Param p) {
    return switch (p.type()) {
      case DATE -> "2026-01-01";
      case INTEGER -> "2000";
      case ACTOR -> p.name().equals("b") || p.name().equals("rival") ? "USA" : "JPN";
      case ACTORS -> "USA,JPN";
      case YEARS -> "2000-2001";
      case TEXTS -> "add+alliance:CHN-PAK:defense:2027-01-01";
      default -> p.defaultValue();
    };
  }
}
