package dev.entente.store.duckdb;

import dev.entente.analysis.events.EventTable;
import dev.entente.error.StoreException;
import dev.entente.error.UserInputException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code events} table for analyses: queries, and results written with DuckDB's own CSV and Parquet writers
 * through a temporary file moved into place (never half a file).
 */
final class EventTables implements EventTable {

  private final Connection connection;

  EventTables(Connection connection) {
    this.connection = connection;
  }

  @Override
  public List<List<Object>> rows(String sql) {
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      List<List<Object>> out = new ArrayList<>();
      while (rs.next()) {
        List<Object> row = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
          row.add(rs.getObject(i));
        }
        out.add(row);
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("querying the events failed: " + firstLine(e.getMessage()), e);
    }
  }

  @Override
  public long write(String sql, Path out, String format, List<String> provenance) {
    Path target = out.toAbsolutePath();
    try {
      Files.createDirectories(target.getParent());
      Path data = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
      Path whole = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
      try (Statement st = connection.createStatement()) {
        long rows;
        if (format.equals("parquet")) {
          String meta = String.join(" | ", provenance).replace("'", "''");
          rows = copy(st, sql, whole, "FORMAT parquet, KV_METADATA {provenance: '" + meta + "'}");
        } else {
          rows = copy(st, sql, data, "FORMAT csv, HEADER true");
          try (OutputStream o = Files.newOutputStream(whole)) {
            try (BufferedWriter w = new BufferedWriter(new java.io.OutputStreamWriter(o, StandardCharsets.UTF_8))) {
              for (String p : provenance) {
                w.write("# " + p.replace('\n', ' ') + "\n");
              }
              w.flush();
              Files.copy(data, o);
            }
          }
        }
        Files.move(whole, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return rows;
      } finally {
        Files.deleteIfExists(data);
        Files.deleteIfExists(whole);
      }
    } catch (IOException e) {
      throw new UserInputException("cannot write " + out + ": " + e.getMessage(), e);
    } catch (SQLException e) {
      throw new StoreException("aggregating the events failed: " + firstLine(e.getMessage()), e);
    }
  }

  private static long copy(Statement st, String sql, Path file, String options) throws SQLException {
    st.execute("COPY (" + sql + ") TO '" + file.toString().replace("'", "''") + "' (" + options + ")");
    try (ResultSet rs = st.getResultSet()) {
      if (rs != null && rs.next()) {
        return rs.getLong(1);
      }
    }
    return st.getUpdateCount();
  }

  @Override
  public List<String> datasets() {
    List<String> out = new ArrayList<>();
    for (List<Object> r : rows("SELECT dataset, count(*), sum(rows_loaded), string_agg(left(sha256, 12), ' ' ORDER BY file_id)"
        + " FROM event_files GROUP BY dataset ORDER BY dataset")) {
      long files = ((Number) r.get(1)).longValue();
      out.add(String.format(Locale.ROOT, "%s: %d file%s, %d events (sha256 %s)", r.get(0), files, files == 1 ? "" : "s",
          ((Number) r.get(2)).longValue(), abbreviate(String.valueOf(r.get(3)))));
    }
    return out;
  }

  private static String abbreviate(String s) {
    return s.length() <= 200 ? s : s.substring(0, 197) + "...";
  }

  private static String firstLine(String s) {
    String m = String.valueOf(s);
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
