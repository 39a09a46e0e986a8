package dev.entente.store.duckdb;

import dev.entente.analysis.criticism.EventCounts;
import dev.entente.analysis.criticism.TargetCount;
import dev.entente.analysis.defacto.BehaviourSources;
import dev.entente.analysis.defacto.DyadTone;
import dev.entente.analysis.defacto.MeasuredFeatures;
import dev.entente.analysis.events.EventAggregation;
import dev.entente.error.StoreException;
import dev.entente.io.cameo.CountryCodes;
import dev.entente.io.cameo.StateSpells;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The imported events ({@code events}, V3) and DCAD agreements ({@code dcad_agreements}) as the criticism and de
 * facto analyses read them.
 *
 * <p>Actor → state: by the actor's country (GDELT {@code Actor1/2CountryCode}, ICEWS {@code Source/Target Country})
 * through the same versioned table as {@code entente events aggregate} ({@link CountryCodes}, country-codes.tsv).
 * Events with an actor that maps to no state (group, region, no country) are not counted; how many of the source's
 * events that leaves out is reported in the provenance. The COW code (for the de facto features) is that of the
 * state the country counts for on the event's day ({@link StateSpells}: DEU is 260 until 1990-10-02, 255 from
 * 1990-10-03); places that are not COW states on that day have none and are left out there.
 */
final class EventQueries implements EventCounts, BehaviourSources {

  /** The events with each side's ISO3 and COW code where it maps to a state (parameters: first, last year). */
  private static String mapped() {
    StringBuilder values = new StringBuilder();
    for (CountryCodes.Mapping m : CountryCodes.all()) {
      values.append(values.length() == 0 ? "" : ", ").append("('").append(m.scheme()).append("', '")
          .append(m.code().replace("'", "''")).append("', '").append(m.iso3()).append("')");
    }
    return """
        WITH m(scheme, code, iso3) AS (VALUES %s), %s,
        ev AS (
          SELECT e.dataset, e.event_date, e.event_code, e.root_code, e.goldstein,
                 s.iso3 AS src, ss.ccode AS src_c, t.iso3 AS tgt, ts.ccode AS tgt_c
          FROM events e
          LEFT JOIN m s ON s.scheme = (CASE WHEN e.dataset = 'icews' THEN 'icews' ELSE 'cameo' END)
                       AND s.code = e.source_country
          LEFT JOIN m t ON t.scheme = (CASE WHEN e.dataset = 'icews' THEN 'icews' ELSE 'cameo' END)
                       AND t.code = e.target_country
          %s %s
          WHERE e.event_date BETWEEN make_date(?, 1, 1) AND make_date(?, 12, 31))
        """.formatted(values, EventAggregation.spells(StateSpells.all()),
        EventAggregation.spellJoin("ss", "s.iso3", "e.event_date"),
        EventAggregation.spellJoin("ts", "t.iso3", "e.event_date"));
  }

  private final Connection connection;
  private final List<String> provenance = new ArrayList<>();

  EventQueries(Connection connection) {
    this.connection = connection;
  }

  /** Whether any event is imported. */
  boolean any() {
    return tableExists("events") && count("SELECT count(*) FROM (SELECT 1 FROM events LIMIT 1)") > 0;
  }

  @Override
  public Map<String, TargetCount> towards(String source, int first, int last, Set<String> codes) {
    Map<String, TargetCount> out = new TreeMap<>();
    String in = String.join(",", codes.stream().map(c -> "'" + c.replace("'", "") + "'").toList());
    String sql = mapped() + """
        SELECT tgt, count(*), count(*) FILTER (WHERE event_code IN (%s)),
               (SELECT count(*) FROM ev WHERE src = ? AND tgt IS NULL)
        FROM ev WHERE src = ? AND tgt IS NOT NULL AND tgt <> src GROUP BY tgt
        """.formatted(in);
    long unmapped = 0;
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setInt(1, first);
      ps.setInt(2, last);
      ps.setString(3, source);
      ps.setString(4, source);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), new TargetCount(rs.getString(1), rs.getLong(2), rs.getLong(3)));
          unmapped = rs.getLong(4);
        }
      }
    } catch (SQLException e) {
      throw new StoreException("counting events failed: " + e.getMessage(), e);
    }
    provenance.add("events: " + datasets() + "; actors to states by country: " + CountryCodes.version() + "; " + source + "'s events whose target is not a state (group, region,"
        + " unmatched or empty country): " + unmapped + ", not counted");
    return out;
  }

  @Override
  public List<DyadTone> tone(int first, int last) {
    if (!tableExists("events")) {
      return List.of();
    }
    String sql = mapped() + """
        SELECT least(src_c, tgt_c), greatest(src_c, tgt_c), year(event_date)::INT, count(*),
               count(*) FILTER (WHERE root_code <= '09'), avg(goldstein)
        FROM ev WHERE src_c IS NOT NULL AND tgt_c IS NOT NULL AND src_c <> tgt_c GROUP BY ALL
        """;
    List<DyadTone> out = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setInt(1, first);
      ps.setInt(2, last);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          double g = rs.getDouble(6);
          out.add(new DyadTone(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getLong(4), rs.getLong(5),
              rs.wasNull() ? null : g));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("reading event tone failed: " + e.getMessage(), e);
    }
    provenance.add("coop_share, goldstein_mean: " + datasets() + "; countries to COW states by " + CountryCodes.version()
        + " and the system spells on each event's day (" + StateSpells.version() + ")"
        + "; both directions pooled; cooperative = CAMEO root"
        + " 01-09 (GDELT quad classes 1-2); Goldstein as coded in the file (GDELT GoldsteinScale, ICEWS Intensity)");
    return out;
  }

  @Override
  public Map<Long, Integer> defenceCooperation(int first, int last) {
    Map<Long, Integer> out = new HashMap<>();
    if (defenceCooperationYears() == null) {
      return out;
    }
    String sql = """
        SELECT least(ccode1, ccode2)::INT, greatest(ccode1, ccode2)::INT, g.y::INT, count(*)
        FROM dcad_agreements, generate_series(greatest(signYear, ?), least(endYearEstimate, ?)) AS g(y)
        WHERE ccode1 <> ccode2 GROUP BY ALL
        """;
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setInt(1, first);
      ps.setInt(2, last);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(MeasuredFeatures.key(rs.getInt(1), rs.getInt(2), rs.getInt(3)), rs.getInt(4));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("reading DCAD failed: " + e.getMessage(), e);
    }
    provenance.add("dca: DCAD agreements in force (signYear <= year <= endYearEstimate), coded 1980-2010;"
        + " NULL outside; the three rows pairing a state with itself left out");
    return out;
  }

  @Override
  public int[] defenceCooperationYears() {
    return tableExists("dcad_agreements") && count("SELECT count(*) FROM dcad_agreements") > 0
        ? new int[] {1980, 2010} : null;
  }

  @Override
  public List<String> provenance() {
    return List.copyOf(provenance);
  }

  private String datasets() {
    StringBuilder b = new StringBuilder();
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT dataset, count(*) FROM event_files GROUP BY dataset ORDER BY dataset");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        b.append(b.length() == 0 ? "" : ", ").append(rs.getString(1)).append(" (").append(rs.getLong(2))
            .append(" files)");
      }
    } catch (SQLException e) {
      throw new StoreException("reading event_files failed: " + e.getMessage(), e);
    }
    return b.length() == 0 ? "no event files" : b.toString();
  }

  private boolean tableExists(String table) {
    return count("SELECT count(*) FROM information_schema.tables WHERE table_name = '" + table + "'") > 0;
  }

  private long count(String sql) {
    try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new StoreException("query failed: " + e.getMessage(), e);
    }
  }
}
