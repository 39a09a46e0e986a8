package dev.entente.store.duckdb;

import dev.entente.analysis.network.AllianceYearSource;
import dev.entente.analysis.network.AllianceYearTie;
import dev.entente.analysis.network.EdgeSource;
import dev.entente.domain.Obligation;
import dev.entente.error.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The member ties of ATOP and COW alliances by year, for the networks. ATOP: the full member-level file of the most
 * recently imported version, pairs of members in the same phase whose spells overlap, with the bound member's
 * obligation flags (as in the dyad-year frames). COW: the by-member file, pairs whose membership years overlap, with
 * the member's type flags (defense, neutrality, nonaggression; entente is read as consultation). The year's ties
 * are cached per dataset for the yearly series.
 */
final class AllianceNetworkFrames implements AllianceYearSource {

  private final Connection connection;
  private final DyadYearFrames frames;
  private final Map<EdgeSource, Map<Integer, List<AllianceYearTie>>> cache = new HashMap<>();

  AllianceNetworkFrames(Connection connection) {
    this.connection = connection;
    this.frames = new DyadYearFrames(connection);
  }

  @Override
  public List<AllianceYearTie> ties(EdgeSource dataset, int year) {
    return cache.computeIfAbsent(dataset, this::load).getOrDefault(year, List.of());
  }

  @Override
  public String version(EdgeSource dataset) {
    return switch (dataset) {
      case ATOP -> "ATOP " + atopVersion() + " (member-level file, full variant)";
      case COW -> "COW Formal Alliances " + cowVersion() + " (by member)";
      case CURATED -> throw new IllegalArgumentException("curated commitments are not a research dataset");
    };
  }

  @Override
  public int[] coverage(EdgeSource dataset) {
    return dataset == EdgeSource.ATOP
        ? new int[] {DyadYearFrames.ATOP_FIRST_YEAR, DyadYearFrames.ATOP_LAST_YEAR}
        : new int[] {1816, DyadYearFrames.COW_ALLIANCE_LAST_YEAR};
  }

  private String atopVersion() {
    frames.require("atop_members", "atop");
    return frames.latest("atop", "atop_members").orElseThrow();
  }

  private String cowVersion() {
    frames.require("cow_alliance_members", "cow-alliances");
    return frames.latest("cow-alliances", "cow_alliance_members").orElseThrow();
  }

  private Map<Integer, List<AllianceYearTie>> load(EdgeSource dataset) {
    String sql;
    List<String> params = new ArrayList<>();
    if (dataset == EdgeSource.ATOP) {
      params.add("full");
      params.add(atopVersion());
      sql = DyadYearFrames.atopAllianceCte() + """
          , sized AS (SELECT atopid, year, count(DISTINCT ccode1) AS parties FROM per_alliance GROUP BY ALL)
          SELECT 'atop:' || pa.atopid, pa.year::INT, pa.ccode1::INT, pa.ccode2::INT,
                 f.d::INT, f.o::INT, f.n::INT, f.na::INT, f.c::INT, s.parties::INT
          FROM per_alliance pa JOIN sized s USING (atopid, year)
          """;
    } else {
      params.add(cowVersion());
      sql = """
          WITH cowm AS (
            SELECT version4id, ccode, mem_st_year AS sy, coalesce(mem_end_year, %1$d) AS ey,
                   defense, neutrality, nonaggression, entente
            FROM cow_alliance_members WHERE dataset_version = ? AND ccode IN (SELECT ccode FROM states)),
          pairs AS (
            SELECT a.version4id, a.ccode AS ccode1, b.ccode AS ccode2, g.year,
                   max(a.defense) AS d, max(a.neutrality) AS n, max(a.nonaggression) AS na, max(a.entente) AS c
            FROM cowm a JOIN cowm b ON a.version4id = b.version4id AND a.ccode <> b.ccode,
                 generate_series(greatest(a.sy, b.sy), least(a.ey, b.ey)) AS g(year)
            GROUP BY ALL),
          sized AS (SELECT version4id, year, count(DISTINCT ccode1) AS parties FROM pairs GROUP BY ALL)
          SELECT 'cow:' || p.version4id, p.year::INT, p.ccode1::INT, p.ccode2::INT,
                 p.d::INT, 0, p.n::INT, p.na::INT, p.c::INT, s.parties::INT
          FROM pairs p JOIN sized s USING (version4id, year)
          """.formatted(DyadYearFrames.COW_ALLIANCE_LAST_YEAR);
    }
    Map<Integer, List<AllianceYearTie>> byYear = new HashMap<>();
    try (PreparedStatement ps = connection.prepareStatement(sql + " ORDER BY 2, 1, 3, 4")) {
      for (int i = 0; i < params.size(); i++) {
        ps.setString(i + 1, params.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Set<Obligation> o = EnumSet.noneOf(Obligation.class);
          flag(rs, 5, o, Obligation.DEFENSE);
          flag(rs, 6, o, Obligation.OFFENSE);
          flag(rs, 7, o, Obligation.NEUTRALITY);
          flag(rs, 8, o, Obligation.NONAGGRESSION);
          flag(rs, 9, o, Obligation.CONSULTATION);
          byYear.computeIfAbsent(rs.getInt(2), k -> new ArrayList<>())
              .add(new AllianceYearTie(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), o, rs.getInt(10)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("reading the " + dataset.code() + " alliance members failed: " + e.getMessage(), e);
    }
    return byYear;
  }

  private static void flag(ResultSet rs, int column, Set<Obligation> into, Obligation o) throws SQLException {
    if (rs.getInt(column) == 1) {
      into.add(o);
    }
  }
}
