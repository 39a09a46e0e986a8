package dev.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.entente.io.curated.CuratedFiles;
import dev.entente.io.curated.CuratedLoader;
import dev.entente.store.duckdb.DuckDbStore;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/** A real server on 127.0.0.1 and a free port, over a real store file holding the built-in data. */
final class TestServer implements AutoCloseable {

  static final ObjectMapper JSON = new ObjectMapper();

  final DuckDbStore store;
  final Workbench bench;
  final WebServer server;

  TestServer(Path dir) {
    CuratedFiles builtIn = CuratedFiles.builtIn();
    store = DuckDbStore.openForReading(dir.resolve("web.duckdb"), CuratedLoader.version(builtIn),
        () -> CuratedLoader.load(builtIn));
    bench = new Workbench(store);
    server = WebServer.start(bench, "127.0.0.1", 0);
  }

  /** The research datasets folder (../shared/data or ENTENTE_TEST_DATA); skips the test when it is absent. */
  static Path researchData() {
    for (String c : new String[] {System.getenv("ENTENTE_TEST_DATA"), System.getProperty("entente.test.data"),
        "../../shared/data", "../shared/data"}) {
      if (c != null && java.nio.file.Files.isDirectory(Path.of(c).resolve("atop-5.1"))) {
        return Path.of(c).toAbsolutePath();
      }
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(false, "research datasets not found (set ENTENTE_TEST_DATA): skipping");
    return null;
  }

  /**
   * Makes {@code dir/web.duckdb} with the built-in data and imports research datasets into it, each strictly:
   * {@code atop} (ATOP 5.1), {@code cow-system}, {@code nmc} (NMC 6.0 abridged), {@code unvotes} (Voeten),
   * {@code dcad} (Kinne's DCAD), {@code icews-sample} (the ICEWS 2018 sample's events).
   */
  static void importInto(Path dir, Path data, String... datasets) {
    Path file = dir.resolve("web.duckdb");
    CuratedFiles builtIn = CuratedFiles.builtIn();
    DuckDbStore.openForReading(file, CuratedLoader.version(builtIn), () -> CuratedLoader.load(builtIn)).close();
    try (DuckDbStore rw = DuckDbStore.open(file, false)) {
      java.util.Set<Long> codes = rw.catalog().actors().stream().filter(dev.entente.domain.State.class::isInstance)
          .map(a -> (long) ((dev.entente.domain.State) a).ccode()).collect(java.util.stream.Collectors.toSet());
      for (String d : datasets) {
        switch (d) {
          case "atop" -> rw.importDataset(new dev.entente.io.atop.AtopImporter(codes), data.resolve("atop-5.1"),
              dev.entente.io.ImportOptions.strict());
          case "cow-system" -> rw.importDataset(new dev.entente.io.cow.CowSystemImporter(),
              data.resolve("cow-state-system"), dev.entente.io.ImportOptions.strict());
          case "nmc" -> rw.importDataset(new dev.entente.io.nmc.NmcImporter(codes),
              data.resolve("cow-nmc-6.0/NMC-60-abridged.csv"), dev.entente.io.ImportOptions.strict());
          case "unvotes" -> rw.importDataset(new dev.entente.io.unvotes.UnVotesImporter(codes),
              data.resolve("unga-voting/voeten_UNVotesPublished"), dev.entente.io.ImportOptions.strict());
          case "dcad" -> rw.importDataset(new dev.entente.io.dcad.DcadImporter(codes), data.resolve("kinne-dcad"),
              dev.entente.io.ImportOptions.strict());
          case "icews-sample" -> rw.importEvents(dev.entente.io.icews.IcewsFiles.find(
              java.util.List.of(data.resolve("events/icews-sample/events.2018.sample.tab"))));
          default -> throw new IllegalArgumentException(d);
        }
      }
    }
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  /** One answer: status, content type and body. */
  record Answer(int status, String contentType, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  /**
   * GET of a request target sent byte for byte as given (so malformed targets reach the server), over HTTP/1.0 on a
   * plain socket: status line, headers, then the body up to the close.
   */
  Answer get(String target) {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + target + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
      String all = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int split = all.indexOf("\r\n\r\n");
      String head = split < 0 ? all : all.substring(0, split);
      String body = split < 0 ? "" : all.substring(split + 4);
      String[] lines = head.split("\r\n");
      int status = Integer.parseInt(lines[0].split(" ")[1]);
      String type = "";
      for (String line : lines) {
        if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
          type = line.substring("content-type:".length()).strip().toLowerCase(Locale.ROOT);
        }
      }
      return new Answer(status, type, body);
    } catch (IOException e) {
      throw new AssertionError("GET " + target + ": " + e, e);
    }
  }

  /** Asserts a JSON error answer: its status, an "error" text, the parameter named (when given), no stack trace. */
  void assertError(String pathAndQuery, int status, String parameter) {
    Answer a = get(pathAndQuery);
    assertThat(a.status()).as(pathAndQuery + " -> " + a.body()).isEqualTo(status);
    assertThat(a.contentType()).startsWith("application/json");
    JsonNode j = a.json();
    assertThat(j.get("error").asText()).isNotBlank();
    if (parameter != null) {
      assertThat(j.get("parameter").asText()).isEqualTo(parameter);
      assertThat(j.has("value")).isTrue();
    }
    assertThat(a.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Override
  public void close() {
    server.stop();
    bench.close();
    store.close();
  }
}
