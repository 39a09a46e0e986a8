package dev.entente.store.duckdb;

import dev.entente.error.StoreException;
import dev.entente.io.Reject;
import dev.entente.io.RowSink;
import dev.entente.io.tabular.Column;
import dev.entente.io.tabular.Layout;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The store side of an import: creates a dataset's tables from its layouts, replaces the rows of the same
 * variant and version, appends rows with DuckDB's appender and records rejects. Runs inside the caller's
 * transaction (a statement is executed before the first appender, so the appender joins that transaction).
 */
final class DatasetWriter implements RowSink, AutoCloseable {

  private final DuckDBConnection connection;
  private final long importId;
  private final Map<String, Layout> canonical = new HashMap<>();
  private final Map<String, DuckDBAppender> appenders = new HashMap<>();
  private final Map<Layout, int[]> mappings = new java.util.IdentityHashMap<>();
  private String lastTable;
  private final Set<String> cleared = new HashSet<>();
  private final PreparedStatement rejects;
  private final String dataset;
  private String variant;
  private String version;

  DatasetWriter(DuckDBConnection connection, long importId, String dataset, List<Layout> layouts)
      throws SQLException {
    this.connection = connection;
    this.importId = importId;
    this.dataset = dataset;
    for (Layout l : layouts) {
      canonical.put(l.table(), l);
      createTable(l);
    }
    this.rejects = connection.prepareStatement("INSERT INTO rejects VALUES (?, ?, ?, ?, ?, ?, ?)");
  }

  private void createTable(Layout l) throws SQLException {
    List<String> cols = new ArrayList<>(List.of("dataset_variant VARCHAR NOT NULL", "dataset_version VARCHAR NOT NULL"));
    for (Column c : l.columns()) {
      cols.add("\"" + c.name() + "\" " + c.type().sql());
    }
    try (Statement st = connection.createStatement()) {
      st.execute("CREATE TABLE IF NOT EXISTS " + l.table() + " (" + String.join(", ", cols) + ")");
      List<String> existing = new ArrayList<>();
      try (ResultSet rs = st.executeQuery("SELECT column_name FROM information_schema.columns WHERE table_name = '"
          + l.table() + "' ORDER BY ordinal_position")) {
        while (rs.next()) {
          existing.add(rs.getString(1));
        }
      }
      List<String> expected = new ArrayList<>(List.of("dataset_variant", "dataset_version"));
      expected.addAll(l.header());
      if (!existing.equals(expected)) {
        throw new StoreException("the table " + l.table() + " in the store has another layout than this entente"
            + " reads; drop it (entente sql cannot) or use a new --db");
      }
    }
  }

  @Override
  public void begin(String dataset, String variant, String version) {
    this.lastTable = null;
    this.variant = variant;
    this.version = version;
  }

  @Override
  public void row(Layout layout, Object[] values) {
    try {
      String table = layout.table();
      if (!table.equals(lastTable) && cleared.add(table + "\u0000" + variant + "\u0000" + version)) {
        DuckDBAppender open = appenders.get(table);
        if (open != null) {
          open.flush();
        }
        try (PreparedStatement ps = connection.prepareStatement(
            "DELETE FROM " + table + " WHERE dataset_variant = ? AND dataset_version = ?")) {
          ps.setString(1, variant);
          ps.setString(2, version);
          ps.executeUpdate();
        }
        try (PreparedStatement ps = connection.prepareStatement(
            "DELETE FROM imports WHERE dataset = ? AND dataset_variant = ? AND dataset_version = ? AND tbl = ?")) {
          ps.setString(1, dataset);
          ps.setString(2, variant);
          ps.setString(3, version);
          ps.setString(4, table);
          ps.executeUpdate();
        }
      }
      lastTable = table;
      DuckDBAppender ap = appenders.get(table);
      if (ap == null) {
        ap = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
        appenders.put(table, ap);
      }
      int[] map = mappings.computeIfAbsent(layout, this::mapping);
      ap.beginRow();
      ap.append(variant);
      ap.append(version);
      for (int source : map) {
        Object v = source < 0 ? null : values[source];
        if (v == null) {
          ap.appendNull();
        } else if (v instanceof Long n) {
          ap.append(n.longValue());
        } else if (v instanceof Double d) {
          ap.append(d.doubleValue());
        } else if (v instanceof LocalDate d) {
          ap.append(d);
        } else {
          ap.append(v.toString());
        }
      }
      ap.endRow();
    } catch (SQLException e) {
      throw new StoreException("writing " + layout.table() + " failed: " + e.getMessage(), e);
    }
  }

  /** For each column of the canonical table layout, where its value is in {@code layout} (-1: not there). */
  private int[] mapping(Layout layout) {
    Layout table = canonical.get(layout.table());
    if (table == null) {
      throw new IllegalStateException("the importer did not declare the table " + layout.table());
    }
    int[] map = new int[table.columns().size()];
    List<String> names = layout.header();
    for (int i = 0; i < map.length; i++) {
      map[i] = names.indexOf(table.columns().get(i).name());
    }
    return map;
  }

  @Override
  public void reject(Reject r) {
    try {
      rejects.setLong(1, importId);
      rejects.setString(2, dataset);
      rejects.setString(3, r.file());
      rejects.setInt(4, r.line());
      rejects.setString(5, r.column());
      rejects.setString(6, r.value());
      rejects.setString(7, r.rule());
      rejects.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("recording a rejected row failed: " + e.getMessage(), e);
    }
  }

  /** Flushes every appender (rows become visible to queries in the transaction). */
  void flush() throws SQLException {
    for (DuckDBAppender ap : appenders.values()) {
      ap.flush();
    }
  }

  @Override
  public void close() throws SQLException {
    SQLException first = null;
    for (DuckDBAppender ap : appenders.values()) {
      try {
        ap.close();
      } catch (SQLException e) {
        first = first == null ? e : first;
      }
    }
    rejects.close();
    if (first != null) {
      throw first;
    }
  }
}
