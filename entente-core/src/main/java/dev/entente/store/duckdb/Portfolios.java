package dev.entente.store.duckdb;

import dev.entente.analysis.alignment.PortfolioRequest;
import dev.entente.analysis.alignment.PortfolioSource;
import dev.entente.analysis.alignment.PortfolioYear;
import dev.entente.error.StoreException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Alliance portfolios per year, from the ATOP or COW dyad-years of {@link DyadYearFrames}, the COW state system
 * and NMC capabilities. Three queries for the whole range; the matrices are assembled here, one year at a time.
 */
final class Portfolios implements PortfolioSource {

  private final Connection connection;
  private final DyadYearFrames frames;
  private final java.util.function.Supplier<dev.entente.domain.Catalog> catalog;

  Portfolios(Connection connection, java.util.function.Supplier<dev.entente.domain.Catalog> catalog) {
    this.connection = connection;
    this.frames = new DyadYearFrames(connection);
    this.catalog = catalog;
  }

  @Override
  public List<String> portfolios(PortfolioRequest r, Consumer<PortfolioYear> consumer) {
    frames.require("cow_system", "cow-system");
    List<String> provenance = new ArrayList<>();
    String system = frames.latest("cow-system", "cow_system").orElseThrow();
    provenance.add("system: COW state system " + system + (r.carryForward() ? ", last year's list carried forward" : ""));
    String levels;
    if (r.source().equals("atop")) {
      frames.require("atop_members", "atop");
      String v = frames.latest("atop", "atop_members").orElseThrow();
      provenance.add("portfolios: ATOP " + v + " ordinal (3 defence or offence, 2 neutrality or consultation, 1 non-aggression"
          + " only, 0 none), self-tie " + r.selfTie() + ", " + (r.directed() ? "directed" : "maximum over both directions"));
      levels = "SELECT ccode1, ccode2, year, CASE WHEN atop_defense = 1 OR atop_offense = 1 THEN 3"
          + " WHEN atop_neutral = 1 OR atop_consul = 1 THEN 2 WHEN atop_nonagg = 1 THEN 1 ELSE 0 END AS level FROM ("
          + DyadYearFrames.atopSql().replaceFirst("dataset_variant = \\?", "dataset_variant = 'full'")
              .replaceFirst("dataset_version = \\?", "dataset_version = '" + v + "'") + ")";
    } else {
      String levelOf = "CASE WHEN cow_defense = 1 THEN 3 WHEN cow_neutral = 1 OR cow_nonagg = 1 THEN 2"
          + " WHEN cow_entente = 1 THEN 1 ELSE 0 END AS level";
      Optional<String> dyadic = frames.latest("cow-alliances", "cow_alliance_dyad_years");
      if (dyadic.isPresent()) {
        provenance.add("portfolios: COW Formal Alliances " + dyadic.get() + ", directed dyad-year coding (peacesciencer's"
            + " copy of COW's dyad-yearly file); ordinal 3 defence, 2 neutrality or non-aggression, 1 entente, 0 none;"
            + " self-tie " + r.selfTie() + ", " + (r.directed() ? "directed" : "maximum over both directions"));
        levels = "SELECT ccode1::INT AS ccode1, ccode2::INT AS ccode2, year::INT AS year, " + levelOf
            + " FROM cow_alliance_dyad_years WHERE dataset_version = '" + dyadic.get() + "'";
      } else {
        frames.require("cow_alliance_members", "cow-alliances");
        String v = frames.latest("cow-alliances", "cow_alliance_members").orElseThrow();
        provenance.add("portfolios: COW Formal Alliances " + v + " by-member file; ordinal 3 defence, 2 neutrality or"
            + " non-aggression, 1 entente, 0 none; self-tie " + r.selfTie() + ", "
            + (r.directed() ? "directed" : "maximum over both directions"));
        levels = "SELECT ccode1, ccode2, year, " + levelOf + " FROM (" + DyadYearFrames.cowSql(v) + ")";
      }
    }
    Optional<String> nmc = frames.latest("nmc", "nmc");
    provenance.add(nmc.map(v -> "weights: CINC from COW NMC " + v + ", normalised by their sum over the system")
        .orElse("weights: none (NMC not imported; s_wt is undefined)"));
    try (Statement st = connection.createStatement()) {
      Map<Integer, List<Integer>> members = members(st, r, system);
      Map<Integer, Map<Long, Byte>> ties = new HashMap<>();
      try (ResultSet rs = st.executeQuery("SELECT ccode1, ccode2, year, level FROM (" + levels + ") WHERE level > 0"
          + " AND year BETWEEN " + r.firstYear() + " AND " + r.lastYear())) {
        while (rs.next()) {
          ties.computeIfAbsent(rs.getInt(3), y -> new HashMap<>())
              .merge(key(rs.getInt(1), rs.getInt(2)), (byte) rs.getInt(4), (a, b) -> (byte) Math.max(a, b));
        }
      }
      Map<Integer, Map<Integer, Double>> cinc = new HashMap<>();
      if (nmc.isPresent()) {
        try (ResultSet rs = st.executeQuery("SELECT year, ccode, cinc FROM nmc WHERE dataset_version = '"
            + nmc.get() + "' AND cinc IS NOT NULL AND year BETWEEN " + r.firstYear() + " AND " + r.lastYear())) {
          while (rs.next()) {
            cinc.computeIfAbsent(rs.getInt(1), y -> new HashMap<>()).put(rs.getInt(2), rs.getDouble(3));
          }
        }
      }
      if (r.curatedAfterAtop() && r.lastYear() > DyadYearFrames.ATOP_LAST_YEAR) {
        provenance.add("portfolios " + (DyadYearFrames.ATOP_LAST_YEAR + 1) + "-" + r.lastYear() + ": NOT ATOP but entente's"
            + " curated commitments (" + catalog.get().dataVersion() + "), a much smaller and different source;"
            + " a tie counts when in force on the first day of any month or on 31 December; ATOP ordinal mapping");
        for (int y = Math.max(r.firstYear(), DyadYearFrames.ATOP_LAST_YEAR + 1); y <= r.lastYear(); y++) {
          ties.put(y, curatedTies(y));
        }
      }
      int last = r.source().equals("atop")
          ? (r.curatedAfterAtop() ? Integer.MAX_VALUE : DyadYearFrames.ATOP_LAST_YEAR)
          : DyadYearFrames.COW_ALLIANCE_LAST_YEAR;
      int first = r.source().equals("atop") ? DyadYearFrames.ATOP_FIRST_YEAR : 1816;
      for (Map.Entry<Integer, List<Integer>> e : members.entrySet()) {
        PortfolioYear y = year(e.getKey(), e.getValue(), ties.getOrDefault(e.getKey(), Map.of()), cinc.get(e.getKey()), r);
        if (e.getKey() > last || e.getKey() < first) {
          y = new PortfolioYear(y.year(), y.ccodes(), y.levels(), y.weights(), "outside the coverage of "
              + r.source().toUpperCase(java.util.Locale.ROOT) + " (" + first + "-" + last + ")");
        }
        consumer.accept(y);
      }
      return provenance;
    } catch (SQLException e) {
      throw new StoreException("building alliance portfolios failed: " + e.getMessage(), e);
    }
  }

  private static PortfolioYear year(int year, List<Integer> members, Map<Long, Byte> ties, Map<Integer, Double> cinc,
      PortfolioRequest r) {
    int n = members.size();
    int[] codes = members.stream().mapToInt(Integer::intValue).toArray();
    byte[][] levels = new byte[n][n];
    for (int i = 0; i < n; i++) {
      levels[i][i] = (byte) r.selfTie();
      for (int k = 0; k < n; k++) {
        if (i == k) {
          continue;
        }
        Byte out = ties.get(key(codes[i], codes[k]));
        byte level = out == null ? 0 : out;
        if (!r.directed()) {
          Byte in = ties.get(key(codes[k], codes[i]));
          level = (byte) Math.max(level, in == null ? 0 : in);
        }
        levels[i][k] = level;
      }
    }
    double[] weights = null;
    if (cinc != null && Arrays.stream(codes).allMatch(cinc::containsKey)) {
      weights = Arrays.stream(codes).mapToDouble(cinc::get).toArray();
    }
    return new PortfolioYear(year, codes, levels, weights);
  }

  private static Map<Integer, List<Integer>> members(Statement st, PortfolioRequest r, String version)
      throws SQLException {
    Map<Integer, List<Integer>> out = new TreeMap<>();
    int last;
    try (ResultSet rs = st.executeQuery("SELECT max(year) FROM cow_system WHERE dataset_version = '" + version + "'")) {
      rs.next();
      last = rs.getInt(1);
    }
    try (ResultSet rs = st.executeQuery("SELECT year, ccode FROM cow_system WHERE dataset_version = '" + version
        + "' AND year BETWEEN " + r.firstYear() + " AND " + r.lastYear() + " ORDER BY year, ccode")) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getInt(1), y -> new ArrayList<>()).add(rs.getInt(2));
      }
    }
    if (r.carryForward() && r.lastYear() > last) {
      List<Integer> lastList = new ArrayList<>();
      try (ResultSet rs = st.executeQuery("SELECT ccode FROM cow_system WHERE dataset_version = '" + version
          + "' AND year = " + last + " ORDER BY ccode")) {
        while (rs.next()) {
          lastList.add(rs.getInt(1));
        }
      }
      for (int y = Math.max(last + 1, r.firstYear()); y <= r.lastYear(); y++) {
        out.put(y, lastList);
      }
    }
    return out;
  }

  /** Directed ties of one year from the curated pledges, on the ATOP ordinal scale. */
  private Map<Long, Byte> curatedTies(int year) {
    return dev.entente.analysis.alignment.CuratedPortfolios.ties(catalog.get(),
        dev.entente.analysis.alignment.CuratedPortfolios.yearProbes(year));
  }

  private static long key(int a, int b) {
    return dev.entente.analysis.alignment.CuratedPortfolios.key(a, b);
  }
}
