package dev.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import, rejects, data list, data fetch and dyads through the command line, on the real datasets. */
class DataCommandsTest {

  @TempDir Path dir;

  static Path data() {
    String env = System.getenv("ENTENTE_TEST_DATA");
    String prop = System.getProperty("entente.test.data");
    for (String c : new String[] {env, prop, "../../shared/data", "../shared/data"}) {
      if (c != null && Files.isDirectory(Path.of(c).resolve("atop-5.1"))) {
        return Path.of(c).toAbsolutePath();
      }
    }
    Assumptions.assumeTrue(false, "research datasets not found (set ENTENTE_TEST_DATA): skipping");
    return null;
  }

  @Test
  void importThenListThenBuildAFrame() throws IOException {
    Path data = data();
    CliHarness cli = new CliHarness(dir.resolve("e.duckdb"));
    CliHarness.Result atop = cli.run("import", "atop", data.resolve("atop-5.1").toString(), "--format", "csv");
    assertThat(atop.exit()).isZero();
    assertThat(atop.lines().get(0)).isEqualTo("dataset,variant,version,table,file,rows_read,rows_loaded,rows_rejected,sha256");
    assertThat(atop.out()).contains("atop,full,5.1,atop_members,atop5_1m.csv,2510,2510,0,");
    assertThat(cli.run("import", "cow-system", data.resolve("cow-state-system").toString()).exit()).isZero();
    CliHarness.Result brief = cli.run("brief", "--on", "2026-11-30");
    assertThat(brief.out()).contains("4. De facto alignment with the United States and China (ATOP 2018 portfolios")
        .contains("UN votes: not imported");
    assertThat(brief.out().lines().filter(l -> l.contains("US treaty ally") || l.contains("US ally; "))).hasSize(6);
    CliHarness.Result list = cli.run("data", "list", "--format", "csv");
    assertThat(list.out()).contains("atop,full,5.1,atop_members,2510,").contains("nmc,,,,,not imported,");
    Path frame = dir.resolve("frame.csv");
    CliHarness.Result dyads = cli.run("dyads", "--years", "2000-2001", "--add", "atop", "--out", frame.toString());
    assertThat(dyads.exit()).isZero();
    // 191 system members in 2000 and in 2001: 2 * 191 * 190 directed dyad-years
    assertThat(dyads.out()).startsWith("Wrote 72,580 dyad-years (8 columns: ccode1,ccode2,year,atop_defense,");
    List<String> lines = Files.readAllLines(frame);
    assertThat(lines).hasSize(72_580 + 1);
    assertThat(lines.get(0)).isEqualTo("ccode1,ccode2,year,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul");
    assertThat(lines).contains("2,20,2000,1,0,0,1,1");
    Path sim = dir.resolve("sim.csv");
    CliHarness.Result similarity = cli.run("similarity", "--source", "atop", "--years", "2000-2000", "--dyads",
        "2-740,2-710", "--out", sim.toString());
    assertThat(similarity.exit()).as(similarity.err()).isZero();
    List<String> simLines = Files.readAllLines(sim);
    assertThat(simLines.get(0)).startsWith("# system: COW state system 2016");
    assertThat(simLines).contains("ccode1,ccode2,year,s_un,s_wt,s_sq,s_bin,kappa,pi,pi_nominal,taub");
    assertThat(simLines.stream().filter(l -> l.startsWith("2,7"))).hasSize(2);
    assertThat(simLines.stream().filter(l -> l.startsWith("2,740,2000,")).findFirst().orElseThrow().split(",", -1)[4])
        .as("no NMC imported: the weighted S is empty, not 0").isEmpty();
    assertThat(cli.run("similarity", "--years", "2000-2000", "--measures", "s_foo", "--out", sim.toString()).err())
        .contains("s_foo");
    CliHarness.Result missing = cli.run("dyads", "--years", "2000-2001", "--add", "nmc", "--out", frame.toString());
    assertThat(missing.exit()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(missing.err()).contains("nmc is not imported: run 'entente import nmc PATH'");
  }

  @Test
  void aBadFileIsOneMessageAndALenientImportListsItsRejects() throws IOException {
    Path data = data();
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(data.resolve("cow-state-system/system2016.csv")));
    lines.set(3, lines.get(3).replace(",2016", ",20l6"));
    Path bad = dir.resolve("system2016.csv");
    Files.write(bad, lines);
    CliHarness cli = new CliHarness(dir.resolve("e.duckdb"));
    CliHarness.Result strict = cli.run("import", "cow-system", bad.toString());
    assertThat(strict.exit()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(strict.err()).contains("entente: system2016.csv:4: field version: value '20l6': every row must have the version");
    assertThat(strict.err()).doesNotContain("\tat ");
    assertThat(cli.run("data", "list", "--format", "csv").out()).contains("cow-system,,,,,not imported,");
    CliHarness.Result lenient = cli.run("import", "cow-system", bad.toString(), "--lenient", "--format", "csv");
    assertThat(lenient.exit()).isZero();
    assertThat(lenient.out()).contains("cow_system,system2016.csv,15951,15950,1,");
    CliHarness.Result rejects = cli.run("rejects", "--format", "csv");
    assertThat(rejects.lines()).hasSize(2);
    assertThat(rejects.lines().get(1)).startsWith("cow-system,system2016.csv,4,version,20l6,");
    assertThat(cli.run("import", "nonsense", bad.toString()).err()).contains("unknown dataset 'nonsense' (known: atop, cow-system");
  }

  @Test
  void dataFetchDownloadsFromAServerAndImports() throws IOException {
    Path data = data();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      Path file = data.resolve("cow-state-system").resolve(exchange.getRequestURI().getPath().substring(1));
      if (!Files.isRegularFile(file)) {
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
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
      CliHarness cli = new CliHarness(dir.resolve("home").resolve("e.duckdb"));
      CliHarness.Result r = cli.run("data", "fetch", "cow-system", "--url", base + "system2016.csv",
          base + "majors2016.csv", "--format", "csv");
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.out()).contains("cow-system,standard,2016,cow_system,15951,");
      assertThat(r.err()).contains("system2016.csv").contains("(100%)");
      assertThat(dir.resolve("home/downloads/cow-system/system2016.csv")).exists();
      CliHarness.Result notFound = cli.run("data", "fetch", "nmc", "--url", base + "nope.csv");
      assertThat(notFound.exit()).isEqualTo(ExitCode.USER_ERROR);
      assertThat(notFound.err()).contains("nope.csv: the server answered HTTP 404");
      CliHarness.Result noAddress = cli.run("data", "fetch", "dcad");
      assertThat(noAddress.err()).contains("no download address is known for dcad: give one with --url");
      assertThat(Optional.of(noAddress.exit())).contains(ExitCode.USER_ERROR);
    } finally {
      server.stop(0);
    }
  }
}
