package dev.entente.io.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.entente.error.FetchException;
import dev.entente.io.ImportOptions;
import dev.entente.io.atop.AtopImporter;
import dev.entente.io.cow.CowSystemImporter;
import dev.entente.io.tabular.TabularFile;
import dev.entente.store.duckdb.DuckDbStore;
import dev.entente.testing.Stores;
import dev.entente.testing.TestData;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fetcher against a real HTTP server on 127.0.0.1 serving the files of ../shared/data. */
class FetcherTest {

  @TempDir Path dir;
  private HttpServer server;
  private Path data;
  private final List<Fetcher.Progress> progress = new ArrayList<>();

  @BeforeEach
  void serve() throws IOException {
    data = TestData.root().orElse(null);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/data/", exchange -> {
      Path file = data == null ? null : data.resolve(exchange.getRequestURI().getPath().substring("/data/".length()));
      if (file == null || !Files.isRegularFile(file)) {
        exchange.sendResponseHeaders(404, -1);
        exchange.close();
        return;
      }
      byte[] bytes = Files.readAllBytes(file);
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    server.createContext("/halfway/", exchange -> {
      byte[] bytes = Files.readAllBytes(data.resolve(exchange.getRequestURI().getPath().substring("/halfway/".length())));
      exchange.sendResponseHeaders(200, bytes.length);
      OutputStream out = exchange.getResponseBody();
      out.write(bytes, 0, bytes.length / 2);
      out.flush();
      exchange.close();
    });
    server.createContext("/zip/atop.zip", exchange -> {
      Path zip = dir.resolve("atop.zip");
      try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
        for (String name : List.of("atop5_1a.csv", "atop5_1m.csv")) {
          z.putNextEntry(new ZipEntry("ATOP 5.1 (.csv)/" + name));
          Files.copy(data.resolve("atop-5.1").resolve(name), z);
          z.closeEntry();
        }
      }
      byte[] bytes = Files.readAllBytes(zip);
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private DatasetSource source(String dataset, String... paths) {
    String[] urls = java.util.Arrays.stream(paths).map(this::url).toArray(String[]::new);
    return DatasetSources.source(dataset, urls, new String[0], "test");
  }

  @Test
  void aDatasetIsDownloadedVerifiedAndImported() {
    TestData.require("cow-state-system/system2016.csv");
    Path downloads = dir.resolve("dl");
    new Fetcher(progress::add).fetch(source("cow-system",
        "/data/cow-state-system/system2016.csv", "/data/cow-state-system/majors2016.csv"), downloads);
    assertThat(downloads.resolve("system2016.csv")).hasSameBinaryContentAs(data.resolve("cow-state-system/system2016.csv"));
    assertThat(progress).last().satisfies(p -> assertThat(p.received()).isEqualTo(p.total()).isPositive());
    try (DuckDbStore store = Stores.fresh(dir.resolve("s.duckdb"))) {
      store.importDataset(new CowSystemImporter(), downloads, ImportOptions.strict());
      assertThat(Stores.count(store, "SELECT count(*) FROM cow_system")).isEqualTo(15951);
      assertThat(Stores.count(store, "SELECT count(*) FROM cow_majors")).isEqualTo(14);
    }
  }

  @Test
  void aZipIsUnpackedAndItsFilesImported() {
    TestData.require("atop-5.1/atop5_1m.csv");
    Path downloads = dir.resolve("dl");
    new Fetcher(progress::add).fetch(source("atop", "/zip/atop.zip"), downloads);
    try (DuckDbStore store = Stores.fresh(dir.resolve("s.duckdb"))) {
      store.importDataset(new AtopImporter(Stores.cowCodes()), downloads, ImportOptions.strict());
      assertThat(Stores.count(store, "SELECT count(*) FROM atop_members")).isEqualTo(2510);
    }
  }

  @Test
  void aDownloadCutOffHalfwayIsAClearErrorAndLeavesNoFile() {
    TestData.require("cow-state-system/system2016.csv");
    Path downloads = dir.resolve("dl");
    assertThatThrownBy(() -> new Fetcher(progress::add).fetch(
            source("cow-system", "/halfway/cow-state-system/system2016.csv"), downloads))
        .isInstanceOf(FetchException.class)
        .hasMessageContaining("system2016.csv: the download broke off after");
    assertThat(downloads.resolve("system2016.csv")).doesNotExist();
    assertThat(downloads.resolve("system2016.csv.part")).doesNotExist();
  }

  @Test
  void aFileThatFailsItsChecksumIsRefused() {
    Path real = TestData.require("cow-state-system/majors2016.csv");
    String wrong = "0".repeat(64);
    DatasetSource src = DatasetSources.source("cow-system",
        new String[] {url("/data/cow-state-system/majors2016.csv")}, new String[] {wrong}, "test");
    Path downloads = dir.resolve("dl");
    assertThatThrownBy(() -> new Fetcher(progress::add).fetch(src, downloads))
        .isInstanceOf(FetchException.class)
        .hasMessageContaining("the file's SHA-256 is " + TabularFile.sha256(real) + ", expected " + wrong);
    assertThat(downloads.resolve("majors2016.csv")).doesNotExist();
    DatasetSource right = DatasetSources.source("cow-system",
        new String[] {url("/data/cow-state-system/majors2016.csv")}, new String[] {TabularFile.sha256(real)}, "test");
    new Fetcher(progress::add).fetch(right, downloads);
    assertThat(downloads.resolve("majors2016.csv")).exists();
  }

  @Test
  void anHttpErrorNamesTheStatus() {
    assertThatThrownBy(() -> new Fetcher(progress::add).fetch(source("nmc", "/data/no-such-file.csv"), dir))
        .isInstanceOf(FetchException.class)
        .hasMessageEndingWith("no-such-file.csv: the server answered HTTP 404");
  }

  @Test
  void theSourcesFileOverridesTheBuiltInAddresses() throws IOException {
    assertThat(DatasetSources.load(dir).of("atop")).get()
        .satisfies(s -> assertThat(s.files().get(0).url().getHost()).isEqualTo("www.atopdata.org"));
    Files.writeString(dir.resolve("sources.properties"),
        "atop.url = http://127.0.0.1:1/a.zip http://127.0.0.1:1/b.csv\natop.sha256 = " + "ab".repeat(32) + "\n");
    DatasetSource s = DatasetSources.load(dir).of("atop").orElseThrow();
    assertThat(s.files()).hasSize(2);
    assertThat(s.files().get(0).sha256()).contains("ab".repeat(32));
    assertThat(s.files().get(1).sha256()).isEqualTo(Optional.empty());
    assertThat(DatasetSources.load(dir).of("unvotes")).isEmpty();
  }

  @Test
  void aBadAddressOrChecksumIsAUserError() {
    assertThatThrownBy(() -> DatasetSources.source("atop", new String[] {"ftp://x/y"}, new String[0], "--url"))
        .hasMessage("--url: 'ftp://x/y' is not an http(s) address");
    assertThatThrownBy(() -> DatasetSources.source("atop", new String[] {"http://x/y"}, new String[] {"xyz"}, "--url"))
        .hasMessage("--url: 'xyz' is not a SHA-256 (64 hex digits)");
  }
}
