package dev.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entente serve}: prints its URL, answers the API over the store, and stops cleanly when interrupted. */
class ServeCommandTest {

  @TempDir Path dir;

  @Test
  void servesTheStoreAndStops() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    AtomicInteger exit = new AtomicInteger(-1);
    Thread serving = new Thread(() -> exit.set(EntenteCommand.run(
        new String[] {"--db", dir.resolve("s.duckdb").toString(), "serve", "--port", "0"},
        new PrintWriter(out, true), new PrintWriter(err, true), false, Map.of())));
    serving.start();
    Pattern url = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)");
    Matcher m = url.matcher("");
    for (int i = 0; i < 600 && !m.find(); i++) {
      Thread.sleep(50);
      m = url.matcher(out.toString());
    }
    assertThat(out.toString()).as(err.toString()).contains("(read-only) at http://127.0.0.1:");
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(m.group(1) + "api/v1/obligations?defend=JPN&on=2026-01-01")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"guarantor\":\"USA\"").contains("us-japan-1960");
    serving.interrupt();
    serving.join(10_000);
    assertThat(serving.isAlive()).isFalse();
    assertThat(exit.get()).isZero();
  }

  @Test
  void aBadPortIsAUserError() {
    CliHarness.Result r = new CliHarness(dir.resolve("s.duckdb")).run("serve", "--port", "70000");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("--port 70000 is not a port");
  }
}
