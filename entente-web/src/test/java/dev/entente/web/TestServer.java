package dev.entente.web;

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

  @Override
  public void close() {
    server.stop();
    bench.close();
    store.close();
  }
}
