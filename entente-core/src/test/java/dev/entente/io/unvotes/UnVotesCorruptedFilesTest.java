package dev.entente.io.unvotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.error.DataFileException;
import dev.entente.io.ImportOptions;
import dev.entente.io.ImportReport;
import dev.entente.store.duckdb.DuckDbStore;
import dev.entente.testing.CsvCopies;
import dev.entente.testing.StoreSnapshots;
import dev.entente.testing.Stores;
import dev.entente.testing.TestData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Corrupted copies of the real files, made here from their first 5,000 lines: in strict mode each is refused with
 * file, line, column and value, and the store is left as it was; in lenient mode the other rows load and the bad
 * ones are listed as rejects.
 */
class UnVotesCorruptedFilesTest {

  private static final String VOETEN = "unga-voting/voeten_UNVotesPublished/UNVotesPublished.csv.gz";
  private static final String NAME = "UNVotesPublished.csv.gz";
  private static final String HEADER = "rcid,session,vote,ccode,member,importantvote,date,unres,me,nu,di,hr,co,ec,year";

  @TempDir static Path templates;
  @TempDir Path dir;

  /** The header and the first 4,999 rows of Voeten's file (roll calls 3 to 28). */
  private static List<String> lines;
  /** A store holding the curated dataset only, and one that also holds the 4,999 good rows (made once). */
  private static Path emptyStore;
  private static Path goodStore;
  private static List<Object> before;

  private Path db;

  @BeforeAll
  static void importTheGoodFirst5000LinesOnce() throws IOException {
    lines = firstLines(TestData.require(VOETEN), 5_000);
    emptyStore = templates.resolve("empty.duckdb");
    Stores.fresh(emptyStore).close();
    goodStore = StoreSnapshots.copy(emptyStore, templates.resolve("good.duckdb"));
    try (DuckDbStore store = DuckDbStore.open(goodStore, false)) {
      store.importDataset(importer(), gzip(templates.resolve(NAME), lines), ImportOptions.strict());
      assertThat(Stores.count(store, "SELECT count(*) FROM unvote_votes")).isEqualTo(4_999);
      assertThat(Stores.count(store, "SELECT count(*) FROM unvote_rollcalls")).isEqualTo(26);
    }
    before = snapshot(goodStore);
  }

  @BeforeEach
  void copyTheGoodStore() {
    db = StoreSnapshots.copy(goodStore, dir.resolve("s.duckdb"));
  }

  /** Everything in the store, with every row of the two UN-vote tables. */
  private static List<Object> snapshot(Path store) {
    return StoreSnapshots.of(store, "unvote_votes", "unvote_rollcalls");
  }

  @Test
  void anUnknownVoteCodeIsRefusedInStrictModeAndRejectedInLenientMode() throws IOException {
    Path bad = write("vote", edit(101, 2, f -> "7"));
    assertStrictRefusal(bad, NAME + ":101: field vote: value '7': a vote is 1 yes, 2 abstain, 3 no, 8 absent or 9 not a member");
    assertLenient(bad, 4_998, List.of(101, "vote", "7", "a vote is 1 yes, 2 abstain, 3 no, 8 absent or 9 not a member"));
  }

  @Test
  void aDateThatDoesNotExistIsRefusedInStrictModeAndRejectedInLenientMode() throws IOException {
    Path bad = write("date", edit(202, 6, f -> "2/30/1990"));
    assertStrictRefusal(bad, NAME + ":202: field date: value '2/30/1990': not a valid date (expected M/d/yyyy)");
    assertLenient(bad, 4_998, List.of(202, "date", "2/30/1990", "not a valid date (expected M/d/yyyy)"));
  }

  @Test
  void aSecondVoteOfOneCountryInOneRollCallIsADuplicateKey() throws IOException {
    List<String> dup = new ArrayList<>(lines);
    dup.set(302, dup.get(301));
    List<String> f = CsvCopies.fields(dup.get(301));
    String key = "[" + f.get(0) + ", " + f.get(3) + "]";
    Path bad = write("duplicate", dup);
    assertStrictRefusal(bad, NAME + ":303: field rcid+ccode: value '" + key + "': duplicate key");
    assertLenient(bad, 4_998, List.of(303, "rcid+ccode", key, "duplicate key"));
  }

  @Test
  void aRowThatDisagreesWithItsRollCallIsRefusedInStrictModeAndRejectedInLenientMode() throws IOException {
    assertThat(CsvCopies.fields(lines.get(403)).get(0)).isEqualTo(CsvCopies.fields(lines.get(402)).get(0));
    String unres = CsvCopies.fields(lines.get(403)).get(7);
    Path bad = write("rollcall", edit(404, 7, f -> "R/1/999"));
    String rule = "roll call 5 has unres " + unres + " in its first row; every row of a roll call must agree";
    assertStrictRefusal(bad, NAME + ":404: field unres: value 'R/1/999': " + rule);
    assertLenient(bad, 4_998, List.of(404, "unres", "R/1/999", rule));
  }

  @Test
  void aCountryCodeOutsideTheCowListIsRefused() throws IOException {
    Path bad = write("ccode", edit(505, 3, f -> "1"));
    assertStrictRefusal(bad, NAME + ":505: field ccode: value '1': not a COW state code");
  }

  @Test
  void aTruncatedGzipIsRefusedInBothModesAndTheStoreIsUnchanged() throws IOException {
    byte[] real = Files.readAllBytes(TestData.require(VOETEN));
    Path bad = Files.write(Files.createDirectories(dir.resolve("truncated")).resolve(NAME), Arrays.copyOf(real, 100_000));
    for (ImportOptions options : List.of(ImportOptions.strict(), ImportOptions.lenientMode())) {
      try (DuckDbStore store = DuckDbStore.open(db, false)) {
        assertThatThrownBy(() -> store.importDataset(importer(), bad, options))
            .isInstanceOfSatisfying(DataFileException.class, e -> {
              assertThat(e.file()).isEqualTo(NAME);
              assertThat(e.line()).isGreaterThan(5_000);
              assertThat(e).hasMessage(NAME + ":" + e.line() + ": the compressed file ends early (truncated gzip)");
            });
      }
      assertThat(snapshot(db)).isEqualTo(before);
    }
  }

  @Test
  void aWrongHeaderIsRefusedInBothModesAndTheStoreIsUnchanged() throws IOException {
    List<String> renamed = new ArrayList<>(lines);
    renamed.set(0, lines.get(0).replace("\"ccode\"", "\"cowcode\""));
    Path bad = write("header", renamed);
    String prefix = NAME + ":1: value '" + HEADER.replace("ccode", "cowcode") + "': wrong header for unvotes unvote_votes:"
        + " expected " + HEADER;
    assertStrictRefusal(bad, prefix);
    try (DuckDbStore store = DuckDbStore.open(db, false)) {
      assertThatThrownBy(() -> store.importDataset(importer(), bad, ImportOptions.lenientMode()))
          .isInstanceOf(DataFileException.class)
          .hasMessageStartingWith(prefix);
    }
    assertThat(snapshot(db)).isEqualTo(before);
  }

  @Test
  void inLenientModeEveryBadRowIsListedAndTheOthersLoad() throws IOException {
    List<String> bad = edit(101, 2, f -> "7");
    bad.set(201, replaceField(bad.get(201), 6, f -> "2/30/1990"));
    bad.set(302, bad.get(301));
    bad.set(403, replaceField(bad.get(403), 7, f -> "R/1/999"));
    List<ImportReport> reports;
    try (DuckDbStore store = DuckDbStore.open(db, false)) {
      reports = store.importDataset(importer(), write("many", bad), ImportOptions.lenientMode());
    }
    assertThat(reports).singleElement().satisfies(r -> {
      assertThat(r.files().get(0).rowsRead()).isEqualTo(4_999);
      assertThat(r.files().get(0).rowsLoaded()).isEqualTo(4_995);
      assertThat(r.files().get(0).rowsRejected()).isEqualTo(4);
      assertThat(r.files().get(1).rowsLoaded()).isEqualTo(26);
    });
    try (DuckDbStore store = DuckDbStore.open(db, true)) {
      assertThat(Stores.count(store, "SELECT count(*) FROM unvote_votes")).isEqualTo(4_995);
      assertThat(Stores.count(store, "SELECT count(*) FROM unvote_rollcalls")).isEqualTo(26);
      assertThat(store.query("SELECT file, line, col FROM rejects ORDER BY line").rows()).containsExactly(
          List.of(NAME, 101, "vote"), List.of(NAME, 202, "date"), List.of(NAME, 303, "rcid+ccode"),
          List.of(NAME, 404, "unres"));
    }
  }

  @Test
  void thePackageFilesRefuseAnUnknownVoteAndAVoteOnAnUnknownRollCall() throws IOException {
    Path pkg = TestData.require("unga-voting/unvotes_pkg");
    Path bad = Files.createDirectories(dir.resolve("pkg"));
    Files.copy(pkg.resolve("un_roll_calls.csv"), bad.resolve("un_roll_calls.csv"));
    List<String> votes = firstLines(pkg.resolve("un_votes.csv.gz"), 5_000);
    votes.set(10, votes.get(10).replace("\"yes\"", "\"maybe\"").replace("\"no\"", "\"maybe\"")
        .replace("\"abstain\"", "\"maybe\""));
    votes.set(20, votes.get(20).replaceFirst("^\\d+,", "99999,"));
    gzip(bad.resolve("un_votes.csv.gz"), votes);
    Path store2 = StoreSnapshots.copy(emptyStore, dir.resolve("pkg.duckdb"));
    try (DuckDbStore store = DuckDbStore.open(store2, false)) {
      assertThatThrownBy(() -> store.importDataset(importer(), bad, ImportOptions.strict()))
          .isInstanceOf(DataFileException.class)
          .hasMessage("un_votes.csv.gz:11: field vote: value 'maybe': a vote is yes, abstain or no");
      assertThat(store.tables()).doesNotContain("unvotes_pkg_votes", "unvotes_pkg_rollcalls");
      store.importDataset(importer(), bad, ImportOptions.lenientMode());
    }
    try (DuckDbStore store = DuckDbStore.open(store2, true)) {
      assertThat(Stores.count(store, "SELECT count(*) FROM unvotes_pkg_votes")).isEqualTo(4_997);
      assertThat(Stores.count(store, "SELECT count(*) FROM unvotes_pkg_rollcalls")).isEqualTo(6_203);
      assertThat(store.query("SELECT line, col, value, rule FROM rejects ORDER BY line").rows()).containsExactly(
          List.of(11, "vote", "maybe", "a vote is yes, abstain or no"),
          List.of(21, "rcid", "99999", "not a roll call of un_roll_calls"));
    }
  }

  private static UnVotesImporter importer() {
    return new UnVotesImporter(Stores.cowCodes());
  }

  private void assertStrictRefusal(Path bad, String messagePrefix) {
    try (DuckDbStore store = DuckDbStore.open(db, false)) {
      assertThatThrownBy(() -> store.importDataset(importer(), bad, ImportOptions.strict()))
          .isInstanceOf(DataFileException.class)
          .hasMessageStartingWith(messagePrefix);
    }
    assertThat(snapshot(db)).isEqualTo(before);
  }

  /** A lenient import into a fresh store: the other rows load, the bad one is a reject with its line and rule. */
  private void assertLenient(Path bad, long loaded, List<Object> reject) {
    Path fresh = StoreSnapshots.copy(emptyStore, dir.resolve("lenient.duckdb"));
    try (DuckDbStore store = DuckDbStore.open(fresh, false)) {
      store.importDataset(importer(), bad, ImportOptions.lenientMode());
    }
    try (DuckDbStore store = DuckDbStore.open(fresh, true)) {
      assertThat(Stores.count(store, "SELECT count(*) FROM unvote_votes")).isEqualTo(loaded);
      assertThat(store.query("SELECT line, col, value, rule FROM rejects").rows()).containsExactly(reject);
      assertThat(Stores.count(store, "SELECT rows_rejected FROM imports WHERE tbl = 'unvote_votes'")).isEqualTo(1);
    }
  }

  /** The lines with one field of one (1-based) line replaced. */
  private List<String> edit(int line, int field, UnaryOperator<String> change) {
    List<String> out = new ArrayList<>(lines);
    out.set(line - 1, replaceField(out.get(line - 1), field, change));
    return out;
  }

  private static String replaceField(String line, int field, UnaryOperator<String> change) {
    List<String> f = CsvCopies.fields(line);
    assertThat(f).hasSize(15);
    f.set(field, change.apply(f.get(field)));
    return CsvCopies.join(f);
  }

  private Path write(String name, List<String> content) throws IOException {
    return gzip(Files.createDirectories(dir.resolve(name)).resolve(NAME), content);
  }

  private static Path gzip(Path file, List<String> content) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file));
        Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      for (String l : content) {
        w.write(l);
        w.write('\n');
      }
    }
    return file;
  }

  private static List<String> firstLines(Path gz, int n) throws IOException {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
      String l;
      while (out.size() < n && (l = r.readLine()) != null) {
        out.add(l);
      }
    }
    return out;
  }
}
