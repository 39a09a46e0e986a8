package dev.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end: real store file, real built-in data, the three formats, the exit codes. */
class CliTest {

  @TempDir static Path dir;

  private static CliHarness cli;

  @BeforeAll
  static void store() {
    cli = new CliHarness(dir.resolve("entente.duckdb"));
  }

  @Test
  void japanIsDefendedByTheUnitedStatesThroughThe1960Treaty() {
    CliHarness.Result r = cli.run("obligations", "--defend", "JPN", "--on", "2026-01-01", "--format", "json");
    assertThat(r.exit()).isZero();
    JsonNode a = r.json();
    assertThat(a.isArray()).isTrue();
    assertThat(a).hasSize(1);
    JsonNode o = a.get(0);
    assertThat(o.get("guarantor").asText()).isEqualTo("USA");
    assertThat(o.get("beneficiary").asText()).isEqualTo("JPN");
    assertThat(o.get("commitment").asText()).contains("Treaty of Mutual Cooperation and Security");
    assertThat(o.get("commitment_id").asText()).isEqualTo("us-japan-1960");
    assertThat(o.get("obligation").asText()).isEqualTo("defense");
    assertThat(o.get("since").asText()).isEqualTo("1960-06-23");
    assertThat(o.get("sources").isArray()).isTrue();
    assertThat(o.get("sources").get(0).get("publisher").asText()).isNotBlank();
  }

  @Test
  void northKoreaIsDefendedByChinaAndRussiaIn2025() {
    CliHarness.Result r = cli.run("obligations", "--defend", "PRK", "--on", "2025-01-01", "--format", "csv");
    assertThat(r.exit()).isZero();
    assertThat(r.lines().get(0)).startsWith("guarantor,guarantor_ccode,beneficiary,beneficiary_ccode,commitment,");
    assertThat(r.lines().subList(1, r.lines().size())).extracting(l -> l.split(",")[0])
        .containsExactlyInAnyOrder("CHN", "RUS");
  }

  @Test
  void polandIsDefendedByEveryOtherNatoMember() {
    JsonNode a = cli.run("obligations", "--defend", "POL", "--on", "2026-01-01", "--format", "json").json();
    Set<String> nato = new HashSet<>();
    a.forEach(o -> {
      if (o.get("commitment_id").asText().equals("nato")) {
        nato.add(o.get("guarantor").asText());
      }
    });
    assertThat(nato).hasSize(31).contains("USA", "GBR", "FRA", "DEU", "FIN", "SWE", "TUR").doesNotContain("POL");
  }

  @Test
  void finlandHadNoNatoDefenderInJune2022() {
    JsonNode a = cli.run("obligations", "--defend", "FIN", "--on", "2022-06-01", "--format", "json").json();
    List<String> commitments = new ArrayList<>();
    a.forEach(o -> commitments.add(o.get("commitment_id").asText()));
    assertThat(commitments).doesNotContain("nato");
  }

  @Test
  void noStateMustDefendTaiwanIn2026() {
    assertThat(cli.run("obligations", "--defend", "TWN", "--on", "2026-01-01", "--format", "json").json()).isEmpty();
    CliHarness.Result table = cli.run("obligations", "--defend", "TWN", "--on", "2026-01-01", "--format", "table");
    assertThat(table.exit()).isZero();
    assertThat(table.out()).startsWith("No state has a defense obligation towards TWN (Taiwan, COW 713) on 2026-01-01.");
  }

  @Test
  void theReverseQueryListsWhomAStateMustDefend() {
    JsonNode a = cli.run("obligations", "--by", "CHN", "--on", "2026-01-01", "--format", "json").json();
    assertThat(a).hasSize(1);
    assertThat(a.get(0).get("beneficiary").asText()).isEqualTo("PRK");
  }

  @Test
  void theRenewalCalendarOf2041ListsTheSinoNorthKoreanTreaty() {
    CliHarness.Result r = cli.run("renewals", "--from", "2041-01-01", "--to", "2041-12-31", "--format", "csv");
    assertThat(r.exit()).isZero();
    assertThat(r.lines().get(0)).isEqualTo("date,commitment,parties,event,rule");
    assertThat(r.out()).contains("2041-09-10,\"Treaty of Friendship, Cooperation and Mutual Assistance between the"
        + " People's Republic of China and the Democratic People's Republic of Korea\",CHN PRK,renewal,"
        + "term 20y then auto 20y notice 6m");
    assertThat(r.out()).contains("2041-03-10,");
  }

  @Test
  void chinasPartnersRankPakistanAndRussiaInTheTopTier() {
    CliHarness.Result r = cli.run("partners", "CHN", "--on", "2025-01-01", "--format", "csv");
    assertThat(r.exit()).isZero();
    assertThat(r.lines().get(0)).isEqualTo("partner,label,tier,since");
    List<String[]> rows = r.lines().subList(1, r.lines().size()).stream().map(l -> l.split(",")).toList();
    int top = Integer.parseInt(rows.get(0)[2]);
    assertThat(rows).filteredOn(f -> f[0].equals("PAK") || f[0].equals("RUS"))
        .hasSize(2)
        .allSatisfy(f -> assertThat(Integer.parseInt(f[2])).isEqualTo(top));
  }

  @Test
  void theTableFormatIsAlignedAndNamesTheDataVersion() {
    CliHarness.Result r = cli.run("partners", "CHN", "--on", "2025-01-01", "--format", "table");
    assertThat(r.lines().get(0)).startsWith("partner  name");
    assertThat(r.lines().get(1)).startsWith("-------  ----");
    assertThat(r.out()).contains("Pakistan").contains("data: curated ");
  }

  @Test
  void tiesListEveryKindOfCommitment() {
    JsonNode a = cli.run("ties", "JPN", "--on", "2026-01-01", "--format", "json").json();
    Set<String> kinds = new HashSet<>();
    Set<String> ids = new HashSet<>();
    a.forEach(o -> {
      kinds.add(o.get("kind").asText());
      ids.add(o.get("commitment_id").asText());
    });
    assertThat(ids).contains("us-japan-1960", "quad-2017", "japan-australia-raa-2022");
    assertThat(kinds).contains("alliance", "arrangement");
    JsonNode only = cli.run("ties", "JPN", "--on", "2026-01-01", "--kind", "alliance", "--format", "json").json();
    only.forEach(o -> assertThat(o.get("kind").asText()).isEqualTo("alliance"));
  }

  @Test
  void actorsOnADateListTheStateSystem() {
    CliHarness.Result r = cli.run("actors", "--on", "2026-01-01", "--format", "csv");
    assertThat(r.lines().get(0)).isEqualTo("key,type,ccode,cow_abb,iso3,name");
    assertThat(r.lines().stream().filter(l -> l.contains(",state,"))).hasSize(195);
    assertThat(r.out()).contains("TWN,state,713,TAW,TWN,Taiwan");
  }

  @Test
  void showPrintsOneCommitmentInEveryFormat() {
    JsonNode o = cli.run("show", "us-japan-1960", "--format", "json").json();
    assertThat(o.get("kind").asText()).isEqualTo("alliance");
    assertThat(o.get("atop_ids").get(0).asInt()).isEqualTo(3375);
    assertThat(cli.run("show", "us-japan-1960", "--format", "table").out()).startsWith("us-japan-1960 — Treaty");
    assertThat(cli.run("show", "us-japan-1960", "--format", "csv").lines().get(0)).isEqualTo("field,value");
    assertThat(cli.run("show", "Treaty").exit()).isEqualTo(ExitCode.USER_ERROR);
  }

  @Test
  void sqlRunsReadOnlyQueries() {
    CliHarness.Result r = cli.run("sql", "SELECT kind, count(*) AS n FROM commitments GROUP BY kind ORDER BY kind",
        "--format", "csv");
    assertThat(r.exit()).isZero();
    assertThat(r.lines().get(0)).isEqualTo("kind,n");
    assertThat(r.lines()).hasSize(5);
    CliHarness.Result write = cli.run("sql", "DROP TABLE commitments");
    assertThat(write.exit()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(write.err()).startsWith("entente: the query failed:");
    assertThat(cli.run("sql", "SELECT count(*) FROM commitments", "--format", "csv").exit()).isZero();
  }

  @Test
  void exportWritesEveryTableInTheChosenFormat() throws Exception {
    Path out = dir.resolve("export");
    CliHarness.Result r = cli.run("export", "--format", "parquet", "--out", out.toString());
    assertThat(r.exit()).isZero();
    assertThat(out.resolve("commitments.parquet")).exists();
    assertThat(out.resolve("pledges.parquet")).exists();
    cli.run("export", "--format", "csv", "--out", out.toString());
    assertThat(Files.readAllLines(out.resolve("partnership_tiers.csv")).get(0)).isEqualTo("label,tier,basis");
  }

  @Test
  void outWritesTheFileAndNothingToStandardOutput() throws Exception {
    Path file = dir.resolve("out").resolve("partners.json");
    CliHarness.Result r = cli.run("partners", "CHN", "--on", "2025-01-01", "--out", file.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(file)).startsWith("[");
  }

  @Test
  void theBriefAnswersTheFirstThreeQuestions() {
    CliHarness.Result r = cli.run("brief", "--on", "2026-11-30", "--format", "table");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("1. China's partners by tier")
        .contains("Pakistan — all-weather strategic cooperative partnership (2015-04-20)")
        .contains("binds China to defend North Korea since 1961-09-10")
        .contains("next renewal 2041-09-10")
        .contains("3. The US hub and spokes")
        .contains("USA -> Japan")
        .contains("Japan–Australia RAA")
        .contains("4. De facto alignment: not available. Import ATOP and the COW state system");
    assertThat(cli.run("brief", "--on", "2026-11-30", "--format", "json").json().get("china_partners").size())
        .isGreaterThanOrEqualTo(60);
  }

  @Test
  void citeNamesTheDatasetsAndARecordsSources() {
    CliHarness.Result all = cli.run("cite", "--format", "table");
    assertThat(all.out()).contains("curated (curated ").contains("Correlates of War Project");
    CliHarness.Result one = cli.run("cite", "us-korea-1953", "--format", "csv");
    assertThat(one.lines().get(0)).isEqualTo("dataset,version,reference");
    assertThat(one.lines()).hasSizeGreaterThan(1);
    assertThat(one.out()).contains("5 UST 2368");
    assertThat(cli.run("cite", "no-such-id").exit()).isEqualTo(ExitCode.USER_ERROR);
  }

  @Test
  void anUnknownActorIsOneLineAndExitOne() {
    CliHarness.Result r = cli.run("obligations", "--defend", "XYZ", "--on", "2026-01-01");
    assertThat(r.exit()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).startsWith("entente: unknown actor 'XYZ'");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void anAmbiguousActorListsTheCandidates() {
    CliHarness.Result r = cli.run("partners", "AUS");
    assertThat(r.exit()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(r.err()).contains("ambiguous").contains("Australia").contains("Austria");
  }

  @Test
  void aBadDateIsOneLineAndExitOne() {
    CliHarness.Result r = cli.run("obligations", "--defend", "JPN", "--on", "2026-02-30");
    assertThat(r.exit()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(r.err().strip()).isEqualTo("entente: --on '2026-02-30' is not a valid date (expected YYYY-MM-DD)");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(cli.run("obligations", "--on", "2026-01-01").exit()).isEqualTo(ExitCode.USAGE);
    assertThat(cli.run("obligations", "--defend", "JPN", "--by", "USA").exit()).isEqualTo(ExitCode.USAGE);
    assertThat(cli.run("nonsense").exit()).isEqualTo(ExitCode.USAGE);
    assertThat(cli.run().exit()).isEqualTo(ExitCode.USAGE);
    CliHarness.Result r = cli.run("partners", "CHN", "--format", "xml");
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("--format");
  }

  @Test
  void aFileThatIsNotAStoreIsAUserError() throws Exception {
    Path junk = Files.writeString(dir.resolve("junk.duckdb"), "not a database");
    CliHarness.Result r = new CliHarness(junk).run("actors");
    assertThat(r.exit()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(r.err()).startsWith("entente: ").contains(junk.toString()).doesNotContain("\tat ");
  }

  @Test
  void helpAndVersionWork() {
    assertThat(cli.run("--help").out()).contains("obligations").contains("brief");
    assertThat(cli.run("--version").out()).startsWith("entente ");
  }
}
