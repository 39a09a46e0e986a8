package dev.entente.store.duckdb;

import dev.entente.error.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The versioned schema: {@code V1__curated.sql}, {@code V2__...} on the class path, applied in order, each in its
 * own transaction, and recorded in {@code schema_version}.
 */
final class Migrations {

  /** The migrations this program knows, in order; the position + 1 is the schema version. */
  static final List<String> SCRIPTS = List.of("V1__curated.sql", "V2__imports.sql", "V3__events.sql");

  private Migrations() {}

  /** The schema version of the store, 0 for an empty file. */
  static int version(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'")) {
      rs.next();
      if (rs.getInt(1) == 0) {
        return 0;
      }
    }
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** Whether the store needs migrations this program has. */
  static boolean pending(Connection c) throws SQLException {
    return version(c) < SCRIPTS.size();
  }

  /** Applies every pending migration; refuses a store written by a newer entente. */
  static void migrate(Connection c, String file) throws SQLException {
    int current = version(c);
    if (current > SCRIPTS.size()) {
      throw new StoreException(
          "the store " + file + " has schema version " + current + ", newer than this entente knows ("
              + SCRIPTS.size() + "): upgrade entente or use another --db");
    }
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try (Statement st = c.createStatement()) {
      st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP NOT NULL)");
      for (int v = current + 1; v <= SCRIPTS.size(); v++) {
        for (String sql : statements(SCRIPTS.get(v - 1))) {
          st.execute(sql);
        }
        st.execute("INSERT INTO schema_version VALUES (" + v + ", current_timestamp)");
      }
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  private static List<String> statements(String script) {
    try (InputStream in = Migrations.class.getResourceAsStream(script)) {
      if (in == null) {
        throw new IllegalStateException("migration " + script + " is missing from the program");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)--.*$", "");
      return java.util.Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read migration " + script, e);
    }
  }
}
