package dev.entente.store.duckdb;

import dev.entente.error.DataFileException;
import dev.entente.io.events.EventColumns;
import dev.entente.io.events.EventFiles;
import dev.entente.io.events.EventImportReport;
import dev.entente.io.events.EventInput;
import dev.entente.io.events.EventLayout;
import dev.entente.io.tabular.TabularFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The store side of {@code entente import gdelt|icews}: bulk-loads event files into {@code events} with DuckDB's
 * {@code read_csv} (several files of one layout in one parallel scan; {@code .gz} read directly, {@code .zip}
 * unpacked to a temporary file), inside the caller's transaction.
 *
 * <p>Validation is done in SQL: the reader's strict column count and types, a date that must parse (NOT NULL),
 * CAMEO codes of 2-4 digits with a root 01-20, Goldstein within ±10 and QuadClass 1-4. When any of these fails, the
 * layout's line-by-line check names the first offending line; the caller then rolls back, so the store is unchanged.
 *
 * <p>Duplicates: a file whose bytes (SHA-256) were imported before into the same dataset is skipped (so a
 * re-import changes nothing); of several rows with the same event id in a dataset, the one of the earliest file
 * is kept (within one file, the first by the values of the columns, in table order: rows are loaded in parallel
 * and their order is not kept), and the others are dropped and counted against their file.
 */
final class EventImport {

  private final Connection connection;
  private Path temp;

  EventImport(Connection connection) {
    this.connection = connection;
  }

  EventImportReport run(List<EventInput> inputs, long started) throws SQLException {
    temp = tempDir();
    try {
      return load(inputs, started);
    } finally {
      deleteAll(temp);
    }
  }

  private EventImportReport load(List<EventInput> inputs, long started) throws SQLException {
    int nextId = (int) single("SELECT coalesce(max(file_id), 0) + 1 FROM event_files");
    Map<EventInput, String> sha = new LinkedHashMap<>();
    inputs.parallelStream().forEach(i -> {
      String h = TabularFile.sha256(i.file());
      synchronized (sha) {
        sha.put(i, h);
      }
    });
    Map<EventInput, Integer> ids = new LinkedHashMap<>();
    Map<EventInput, Boolean> skipped = new HashMap<>();
    Map<String, List<EventInput>> byLayout = new LinkedHashMap<>();
    for (EventInput in : inputs) {
      boolean seen = alreadyImported(in.layout().dataset(), sha.get(in))
          || ids.keySet().stream().anyMatch(o -> sha.get(o).equals(sha.get(in)));
      skipped.put(in, seen);
      if (!seen) {
        ids.put(in, nextId++);
        byLayout.computeIfAbsent(in.layout().name(), k -> new ArrayList<>()).add(in);
      }
    }
    for (List<EventInput> group : byLayout.values()) {
      insert(group, ids);
    }
    Map<Integer, long[]> counts = new HashMap<>();
    if (!ids.isEmpty()) {
      String idList = String.join(",", ids.values().stream().map(String::valueOf).toList());
      checkValues(ids, idList);
      try (Statement st = connection.createStatement();
          ResultSet rs = st.executeQuery("SELECT file_id, count(*) FROM events WHERE file_id IN (" + idList + ") GROUP BY file_id")) {
        while (rs.next()) {
          counts.put(rs.getInt(1), new long[] {rs.getLong(2), 0});
        }
      }
      for (String dataset : ids.keySet().stream().map(i -> i.layout().dataset()).distinct().toList()) {
        dropDuplicates(dataset, counts);
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    List<EventImportReport.FileResult> results = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(
        "INSERT INTO event_files VALUES (?, ?, ?, ?, ?, ?, ?, ?, current_timestamp, ?)")) {
      for (EventInput in : inputs) {
        EventLayout l = in.layout();
        if (skipped.get(in)) {
          results.add(new EventImportReport.FileResult(in.file().toString(), l.dataset(), l.name(), sha.get(in), 0, 0, 0, true));
          continue;
        }
        int id = ids.get(in);
        long[] c = counts.getOrDefault(id, new long[2]);
        ps.setInt(1, id);
        ps.setString(2, l.dataset());
        ps.setString(3, l.name());
        ps.setString(4, in.file().toString());
        ps.setString(5, sha.get(in));
        ps.setLong(6, c[0]);
        ps.setLong(7, c[0] - c[1]);
        ps.setLong(8, c[1]);
        ps.setDouble(9, seconds);
        ps.executeUpdate();
        results.add(new EventImportReport.FileResult(in.file().toString(), l.dataset(), l.name(), sha.get(in), c[0],
            c[0] - c[1], c[1], false));
      }
    }
    return new EventImportReport(results, seconds);
  }

  private boolean alreadyImported(String dataset, String sha256) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM event_files WHERE dataset = ? AND sha256 = ?")) {
      ps.setString(1, dataset);
      ps.setString(2, sha256);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    }
  }

  /** One bulk insert of the files of one layout. */
  private void insert(List<EventInput> group, Map<EventInput, Integer> ids) throws SQLException {
    EventLayout layout = group.get(0).layout();
    Map<String, EventInput> byReadable = new LinkedHashMap<>();
    for (EventInput in : group) {
      byReadable.put(EventFiles.readable(in.file(), temp).toAbsolutePath().toString(), in);
    }
    try (Statement st = connection.createStatement()) {
      st.execute("CREATE OR REPLACE TEMP TABLE event_load_files (path VARCHAR, file_id INTEGER)");
    }
    try (PreparedStatement ps = connection.prepareStatement("INSERT INTO event_load_files VALUES (?, ?)")) {
      for (Map.Entry<String, EventInput> e : byReadable.entrySet()) {
        ps.setString(1, e.getKey());
        ps.setInt(2, ids.get(e.getValue()));
        ps.executeUpdate();
      }
    }
    StringBuilder files = new StringBuilder();
    for (String p : byReadable.keySet()) {
      files.append(files.length() == 0 ? "" : ", ").append('\'').append(p.replace("'", "''")).append('\'');
    }
    String sql = "INSERT INTO events (" + String.join(", ", EventColumns.NAMES) + ", file_id) SELECT "
        + layout.projection() + ", f.file_id FROM read_csv([" + files + "], filename = true"
        + layout.readCsvOptions() + ") r JOIN event_load_files f ON r.filename = f.path";
    try (Statement st = connection.createStatement()) {
      // about a third faster on two cores; the order of rows in the table carries no meaning (see dropDuplicates)
      st.execute("SET preserve_insertion_order = false");
      try {
        st.execute(sql);
      } catch (SQLException e) {
        throw locate(byReadable, e.getMessage());
      } finally {
        resetInsertionOrder();
      }
    }
  }

  /** Back to the default; after a failed statement the transaction refuses it, and is rolled back anyway. */
  private void resetInsertionOrder() {
    try (Statement st = connection.createStatement()) {
      st.execute("RESET preserve_insertion_order");
    } catch (SQLException e) {
      // the caller rolls back; the setting only affects speed
    }
  }

  /** The rules DuckDB's types and constraints do not check. */
  private void checkValues(Map<EventInput, Integer> ids, String idList) throws SQLException {
    String sql = "SELECT DISTINCT file_id FROM events WHERE file_id IN (" + idList + ") AND ("
        + "NOT regexp_full_match(event_code, '[0-9]{2,4}') OR root_code <> left(event_code, 2)"
        + " OR root_code NOT BETWEEN '01' AND '20' OR goldstein NOT BETWEEN -10 AND 10"
        + " OR quad_class NOT BETWEEN 1 AND 4)";
    List<Integer> bad = new ArrayList<>();
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        bad.add(rs.getInt(1));
      }
    }
    if (!bad.isEmpty()) {
      Map<String, EventInput> files = new LinkedHashMap<>();
      ids.forEach((in, id) -> {
        if (bad.contains(id)) {
          files.put(EventFiles.readable(in.file(), temp).toString(), in);
        }
      });
      throw locate(files, "a CAMEO code, root code, Goldstein value or QuadClass is out of range");
    }
  }

  private DataFileException locate(Map<String, EventInput> files, String duckdbMessage) {
    for (Map.Entry<String, EventInput> e : files.entrySet()) {
      Optional<DataFileException> p = e.getValue().layout().firstProblem(Path.of(e.getKey()), e.getValue().file().toString());
      if (p.isPresent()) {
        return p.get();
      }
    }
    EventInput first = files.values().iterator().next();
    String msg = String.valueOf(duckdbMessage);
    int nl = msg.indexOf('\n');
    return new DataFileException(first.file().toString(), 0, "", "", "cannot be read as " + first.layout().name()
        + ": " + (nl < 0 ? msg : msg.substring(0, nl)));
  }

  /** Drops every row of {@code dataset} whose event id came earlier, counting them against their file. */
  private void dropDuplicates(String dataset, Map<Integer, long[]> counts) throws SQLException {
    String q = dataset.replace("'", "''");
    if (single("SELECT count(*) - count(DISTINCT event_id) FROM events WHERE dataset = '" + q + "'") == 0) {
      return;
    }
    try (Statement st = connection.createStatement()) {
      st.execute("CREATE OR REPLACE TEMP TABLE event_dups AS SELECT rid, file_id FROM (SELECT rowid AS rid, file_id,"
          + " row_number() OVER (PARTITION BY event_id ORDER BY file_id, " + String.join(", ", EventColumns.NAMES)
          + " NULLS FIRST) AS rn FROM events WHERE dataset = '"
          + q + "') WHERE rn > 1");
      try (ResultSet rs = st.executeQuery("SELECT file_id, count(*) FROM event_dups GROUP BY file_id")) {
        while (rs.next()) {
          counts.computeIfAbsent(rs.getInt(1), k -> new long[2])[1] += rs.getLong(2);
        }
      }
      st.execute("DELETE FROM events WHERE rowid IN (SELECT rid FROM event_dups)");
      st.execute("DROP TABLE event_dups");
    }
  }

  private long single(String sql) throws SQLException {
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("entente-events");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteAll(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is not worth failing the import for
    }
  }
}
