package dev.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.analysis.scenario.Edit;
import dev.entente.analysis.scenario.Scenario;
import dev.entente.io.scenario.ScenarioFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 10,000 seeded random requests — real and made-up paths (every route, a saved scenario among them), declared and unknown parameters, good and bad values,
 * raw and percent-encoded bytes, huge values, impossible dates, unicode — must never get a 5xx, and every error
 * must be a JSON object with an "error" field and no stack trace.
 */
class FuzzTest {

  static final long SEED = 20261130L;
  static final int REQUESTS = 10_000;

  @TempDir Path dir;

  static final String[] PATHS = {
    "/api/v1/actors", "/api/v1/actors/JPN", "/api/v1/actors/", "/api/v1/commitments", "/api/v1/obligations",
    "/api/v1/partners", "/api/v1/renewals", "/api/v1/ties", "/api/v1/similarity/dyad", "/api/v1/similarity/partners",
    "/api/v1/meta", "/api/v1/openapi.json", "/api/v1", "/api/v2/obligations", "/api/v1/obligations/x", "/api",
    "/api/v1/../v1/actors", "/api/v1//obligations", "/api/v1/actors/%00", "/webjars/none.js", "/%2e%2e/etc/passwd",
    "/api/v1/network", "/api/v1/network/structure", "/api/v1/network/x", "/api/v1/scenarios",
    "/api/v1/scenarios/fuzz-saved", "/api/v1/scenarios/fuzz-saved/diff", "/api/v1/scenarios/nope/diff",
    "/api/v1/scenarios/..%2F..%2Fetc%2Fpasswd", "/api/v1/scenario-diff", "/api/v1/landscape"};
  static final String[] NAMES = {
    "on", "defend", "by", "type", "depth", "actor", "kind", "from", "to", "all-readings", "a", "b", "years", "year",
    "source", "china-seat", "sql", "file", "path", "", "ON", "défend", "x[]", "kind", "obligation", "region", "hub",
    "min-tier", "groupings", "isolates", "as-of", "edit", "edit", "compare", "actors", "propensity", "centre",
    "missing", "sizes", "propensities"};
  static final String[] VALUES = {
    "JPN", "USA", "CHN", "PRK", "AUS", "740", "2", "NATO", "cow:AUS", "iso:AUS", "2026-01-01", "1816-01-01",
    "2026-02-30", "0000-00-00", "9999-12-31", "-1", "99999999999999999999", "1950-2000", "2000-1950", "1816", "true",
    "false", "defense", "all", "alliance,partnership", "alliance,,", "atop", "unvotes", "merge", "session", "",
    " ", "null", "NaN", "'; DROP TABLE commitments; --", "../../etc/passwd", "日本", "Ελλάδα", "🙂", "%", "%zz",
    "%00", "%C3%28", "%FF%FE", "+", "a=b", "&&", "#", "\\u0000", "asia-pacific", "world", "mars", "USA,JPN,PHL",
    "USA,,JPN", "12-31", "02-30", "13-01", "any", "curated", "cow", "kappa", "agree", "mean", "zero", "6", "0",
    "add alliance:CHN-PAK:defense:2027-01-01", "add alliance:CHN-ZZZ:defense:2027-01-01", "remove us-japan-1960",
    "remove nothing", "upgrade CHN-RUS:x:2027-01-01", "set-end us-japan-1960:open", "set-start x:2027-02-30",
    "add membership:USA-JPN:x:2027-01-01", "add alliance:CHN-PAK:defense:2027", "USA,CHN,RUS"};

  @Test
  void tenThousandRandomRequestsGetNo5xxAndOnlyJsonErrors() {
    Random rnd = new Random(SEED);
    TreeMap<Integer, Integer> byStatus = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    TreeMap<String, Integer> okByRoute = new TreeMap<>();
    try (TestServer s = new TestServer(dir)) {
      new ScenarioFiles(dir.resolve("scenarios")).save(new Scenario("fuzz-saved", "", "2026-11-30T00:00:00Z",
          s.bench.catalog().dataVersion(), List.of(Edit.parse("add alliance:CHN-RUS:defense:2027-01-01"))), false);
      for (int i = 0; i < REQUESTS; i++) {
        String target = target(rnd);
        TestServer.Answer a = s.get(target);
        byStatus.merge(a.status(), 1, Integer::sum);
        if (a.status() == 200) {
          okByRoute.merge(target.split("\\?")[0], 1, Integer::sum);
        }
        if (a.status() >= 500) {
          problems.add(a.status() + " " + target);
        } else if (a.status() >= 400) {
          if (!a.contentType().startsWith("application/json") || !a.json().hasNonNull("error")
              || a.body().contains("Exception") || a.body().contains("\tat ")) {
            problems.add(a.status() + " not a JSON error: " + target + " -> " + a.contentType() + " "
                + a.body().substring(0, Math.min(200, a.body().length())));
          }
        }
      }
    }
    System.out.println("FuzzTest: " + REQUESTS + " requests (seed " + SEED + "), by status: " + byStatus);
    System.out.println("FuzzTest: 200 answers by path: " + okByRoute);
    assertThat(problems).isEmpty();
    // the new routes were reached and computed, not only rejected
    assertThat(okByRoute).containsKeys("/api/v1/network", "/api/v1/scenarios", "/api/v1/scenarios/fuzz-saved",
        "/api/v1/scenarios/fuzz-saved/diff");
    assertThat(byStatus.keySet()).contains(200, 400, 404);
  }

  static String target(Random rnd) {
    StringBuilder t = new StringBuilder(PATHS[rnd.nextInt(PATHS.length)]);
    if (rnd.nextInt(10) == 0) {
      t.append(mangle(rnd, "/" + VALUES[rnd.nextInt(VALUES.length)]));
    }
    int n = rnd.nextInt(5);
    for (int i = 0; i < n; i++) {
      t.append(i == 0 ? '?' : '&');
      t.append(mangle(rnd, NAMES[rnd.nextInt(NAMES.length)]));
      if (rnd.nextInt(8) != 0) {
        t.append('=').append(mangle(rnd, value(rnd)));
      }
    }
    return t.toString();
  }

  private static String value(Random rnd) {
    return switch (rnd.nextInt(12)) {
      case 0 -> "x".repeat(1 + rnd.nextInt(5000));
      case 1 -> String.valueOf(rnd.nextLong());
      case 2 -> String.format("%04d-%02d-%02d", rnd.nextInt(10000), rnd.nextInt(14), rnd.nextInt(33));
      case 3 -> String.format("%d-%d", 1700 + rnd.nextInt(400), 1700 + rnd.nextInt(400));
      case 4 -> new String(Character.toChars(0x80 + rnd.nextInt(0x2FFFF)));
      default -> VALUES[rnd.nextInt(VALUES.length)];
    };
  }

  /** The text as is, percent-encoded as UTF-8, or with raw spaces and control bytes. */
  private static String mangle(Random rnd, String s) {
    return switch (rnd.nextInt(4)) {
      case 0 -> java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
      case 1 -> s.replace(" ", "%20").replace("#", "%23");
      default -> s.replace(" ", "+").replace("#", "%23").replace("\n", "");
    };
  }
}
