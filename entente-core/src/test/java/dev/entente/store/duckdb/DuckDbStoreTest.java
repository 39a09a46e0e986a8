package dev.entente.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.domain.Catalog;
import dev.entente.domain.Commitment;
import dev.entente.error.StoreException;
import dev.entente.error.UserInputException;
import dev.entente.store.QueryResult;
import dev.entente.testing.Curated;
import dev.entente.testing.CuratedFixture;
import dev.entente.testing.StoreLockHolder;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbStoreTest {

  @TempDir Path dir;

  private Path db() {
    return dir.resolve("sub").resolve("entente.duckdb");
  }

  private long count(DuckDbStore store, String table) {
    return ((Number) store.query("SELECT count(*) FROM " + table).rows().get(0).get(0)).longValue();
  }

  @Test
  void theCuratedDatasetSurvivesTheRoundTripThroughTheStoreUnchanged() {
    Catalog original = Curated.catalog();
    try (DuckDbStore store = DuckDbStore.openForReading(db(), original)) {
      Catalog back = store.catalog();
      assertThat(back.dataVersion()).isEqualTo(original.dataVersion());
      assertThat(back.actors()).containsExactlyInAnyOrderElementsOf(original.actors());
      assertThat(back.commitments()).containsExactlyElementsOf(original.commitments());
      assertThat(back.tiers()).isEqualTo(original.tiers());
    }
  }

  @Test
  void aFreshStoreIsCreatedMigratedAndLoadedAndNotReloadedWhenCurrent() {
    try (DuckDbStore store = DuckDbStore.openForReading(db(), Curated.catalog())) {
      assertThat(store.schemaVersion()).isEqualTo(Migrations.SCRIPTS.size());
      assertThat(store.datasetVersion("curated")).contains(Curated.catalog().dataVersion());
      assertThat(count(store, "commitments")).isEqualTo(Curated.catalog().commitments().size());
    }
    String loadedAt;
    try (DuckDbStore store = DuckDbStore.open(db(), true)) {
      loadedAt = store.query("SELECT CAST(loaded_at AS VARCHAR) FROM datasets").rows().get(0).get(0).toString();
    }
    String version = Curated.catalog().dataVersion();
    try (DuckDbStore store = DuckDbStore.openForReading(db(), version, () -> {
      throw new AssertionError("a current store must not be reloaded");
    })) {
      assertThat(store.query("SELECT CAST(loaded_at AS VARCHAR) FROM datasets").rows().get(0).get(0))
          .isEqualTo(loadedAt);
    }
  }

  @Test
  void aChangedCuratedDatasetIsReloadedInPlace() {
    Catalog first = new CuratedFixture(dir.resolve("a")).load();
    Catalog second = new CuratedFixture(dir.resolve("b")).with("extra.rec", """
        Id: extra
        Kind: alliance
        Name: Extra
        Party: USA
        Party: JPN
        Start: 2000
        Pledge: * -> * consultation
        Source: Test | n.d. | fixture
        """).load();
    try (DuckDbStore store = DuckDbStore.openForReading(db(), first)) {
      assertThat(count(store, "commitments")).isZero();
    }
    try (DuckDbStore store = DuckDbStore.openForReading(db(), second)) {
      assertThat(count(store, "commitments")).isEqualTo(1);
      assertThat(store.datasetVersion("curated")).contains(second.dataVersion());
    }
  }

  @Test
  void aFailedLoadLeavesTheStoreExactlyAsItWas() {
    Catalog good = Curated.catalog();
    try (DuckDbStore store = DuckDbStore.openForReading(db(), good)) {
      assertThat(count(store, "parties")).isPositive();
    }
    List<Commitment> twice = new ArrayList<>(good.commitments());
    twice.add(good.commitments().get(0));
    Catalog broken = new Catalog("broken", good.actors(), twice, good.tiers());
    try (DuckDbStore rw = DuckDbStore.open(db(), false)) {
      assertThatThrownBy(() -> rw.loadCurated(broken, "test"))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("loading the curated dataset");
    }
    try (DuckDbStore store = DuckDbStore.open(db(), true)) {
      assertThat(store.datasetVersion("curated")).contains(good.dataVersion());
      assertThat(store.catalog().commitments()).containsExactlyElementsOf(good.commitments());
    }
  }

  @Test
  void queriesCannotWriteTheStoreNorReadOtherFiles() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.csv"), "a\n1\n");
    try (DuckDbStore store = DuckDbStore.openForReading(db(), Curated.catalog())) {
      QueryResult r = store.query("SELECT kind, count(*) AS n FROM commitments GROUP BY kind ORDER BY kind");
      assertThat(r.columns()).containsExactly("kind", "n");
      assertThat(r.rows()).extracting(row -> row.get(0))
          .containsExactly("alliance", "arrangement", "membership", "partnership");
      assertThatThrownBy(() -> store.userQuery("DELETE FROM commitments"))
          .isInstanceOf(UserInputException.class)
          .hasMessageContaining("read-only");
      assertThatThrownBy(() -> store.userQuery("SELECT * FROM read_csv('" + secret + "')"))
          .isInstanceOf(UserInputException.class);
      assertThat(count(store, "commitments")).isEqualTo(Curated.catalog().commitments().size());
    }
  }

  @Test
  void aStoreFromANewerEntenteIsRefused() throws Exception {
    try (DuckDbStore store = DuckDbStore.openForReading(db(), Curated.catalog())) {
      assertThat(store.schemaVersion()).isEqualTo(Migrations.SCRIPTS.size());
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db());
        Statement st = c.createStatement()) {
      st.execute("INSERT INTO schema_version VALUES (99, current_timestamp)");
    }
    try (DuckDbStore rw = DuckDbStore.open(db(), false)) {
      assertThatThrownBy(rw::migrate)
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("schema version 99, newer than this entente knows");
    }
  }

  @Test
  void aStoreLockedByAnotherProcessGivesOneClearError() throws Exception {
    Path file = db();
    Files.createDirectories(file.getParent());
    String java = ProcessHandle.current().info().command().orElse("java");
    Process holder =
        new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), StoreLockHolder.class.getName(),
                file.toString())
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertThat(out.readLine()).isEqualTo("holding");
      assertThatThrownBy(() -> DuckDbStore.openForReading(file, Curated.catalog()))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("is locked by process " + holder.pid());
    } finally {
      holder.getOutputStream().close();
      holder.waitFor(30, TimeUnit.SECONDS);
      holder.destroyForcibly();
    }
  }

  @Test
  void aFileThatIsNotAStoreIsReportedAsSuch() throws Exception {
    Path junk = Files.writeString(dir.resolve("junk.duckdb"), "this is not a database");
    assertThatThrownBy(() -> DuckDbStore.openForReading(junk, Curated.catalog()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(junk.toString());
  }
}
