package dev.entente.store.duckdb;

import dev.entente.analysis.alignment.VoteRequest;
import dev.entente.analysis.alignment.VoteSession;
import dev.entente.analysis.alignment.VoteSource;
import dev.entente.error.StoreException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/** UN votes per session or year from Voeten's roll calls as imported ({@code unvote_votes}, {@code unvote_rollcalls}). */
final class Votes implements VoteSource {

  private final Connection connection;
  private final DyadYearFrames frames;

  Votes(Connection connection) {
    this.connection = connection;
    this.frames = new DyadYearFrames(connection);
  }

  @Override
  public List<String> sessions(VoteRequest r, Consumer<VoteSession> consumer) {
    frames.require("unvote_votes", "unvotes");
    String version = frames.latest("unvotes", "unvote_votes").orElseThrow();
    List<String> provenance = new ArrayList<>();
    provenance.add("votes: Voeten UNGA roll calls, release " + version + "; per " + (r.byYear() ? "calendar year of the"
        + " roll-call date (undated roll calls left out)" : "session") + "; absent (8) and non-member (9) dropped");
    provenance.add("china seat: " + (r.chinaSeat().equals("merge")
        ? "merged: the Republic of China's votes (713) before 1971-10-25 (UNGA Res. 2758) count as China (710)"
        : "as coded: Republic of China 713 (sessions 1-26) and People's Republic 710 (from session 26) are two states"));
    String period = r.byYear() ? "year(r.date)" : "r.session";
    String range = r.byYear() ? "year(r.date)" : "r.year";
    String ccode = r.chinaSeat().equals("merge")
        ? "CASE WHEN v.ccode = 713 AND r.date < DATE '1971-10-25' THEN 710 ELSE v.ccode END" : "v.ccode";
    String sql = "SELECT " + period + " AS p, v.rcid, " + ccode + " AS c, v.vote, r.year"
        + " FROM unvote_votes v JOIN unvote_rollcalls r ON r.rcid = v.rcid AND r.dataset_version = v.dataset_version"
        + " WHERE v.dataset_version = '" + version.replace("'", "''") + "' AND v.vote IN (1, 2, 3)"
        + " AND " + range + " BETWEEN " + r.first() + " AND " + r.last() + " ORDER BY p, v.rcid";
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      int current = Integer.MIN_VALUE;
      int year = Integer.MAX_VALUE;
      List<long[]> rows = new ArrayList<>();
      while (rs.next()) {
        int p = rs.getInt(1);
        if (p != current && !rows.isEmpty()) {
          consumer.accept(session(current, r.byYear() ? current : year, rows));
          rows.clear();
          year = Integer.MAX_VALUE;
        }
        current = p;
        if (rs.getObject(5) != null) {
          year = Math.min(year, rs.getInt(5));
        }
        rows.add(new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
      }
      if (!rows.isEmpty()) {
        consumer.accept(session(current, r.byYear() ? current : year, rows));
      }
      return provenance;
    } catch (SQLException e) {
      throw new StoreException("reading UN votes failed: " + e.getMessage(), e);
    }
  }

  private static VoteSession session(int period, int year, List<long[]> rows) {
    TreeSet<Long> rcids = new TreeSet<>();
    TreeSet<Long> codes = new TreeSet<>();
    rows.forEach(r -> {
      rcids.add(r[0]);
      codes.add(r[1]);
    });
    TreeMap<Long, Integer> col = new TreeMap<>();
    rcids.forEach(id -> col.put(id, col.size()));
    TreeMap<Long, Integer> row = new TreeMap<>();
    codes.forEach(c -> row.put(c, row.size()));
    byte[][] votes = new byte[codes.size()][rcids.size()];
    for (byte[] v : votes) {
      Arrays.fill(v, (byte) -1);
    }
    for (long[] r : rows) {
      votes[row.get(r[1])][col.get(r[0])] = (byte) (r[2] - 1);
    }
    return new VoteSession(period, year, codes.stream().mapToInt(Long::intValue).toArray(), votes);
  }

  @Override
  public java.util.Map<Integer, java.util.Map<Integer, Double>> idealPoints(int first, int last) {
    java.util.Map<Integer, java.util.Map<Integer, Double>> out = new java.util.HashMap<>();
    java.util.Optional<String> version = frames.latest("idealpoints", "idealpoints");
    if (version.isEmpty()) {
      return out;
    }
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT session, ccode, \"IdealPointAll\" FROM idealpoints WHERE dataset_version = '"
            + version.get().replace("'", "''") + "' AND \"IdealPointAll\" IS NOT NULL AND session BETWEEN " + first
            + " AND " + last)) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getInt(1), s -> new java.util.HashMap<>()).put(rs.getInt(2), rs.getDouble(3));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("reading ideal points failed: " + e.getMessage(), e);
    }
  }
}
