package dev.entente.store.duckdb;

import dev.entente.analysis.dyads.AtopDyadYear;
import dev.entente.analysis.dyads.DyadYearRequest;
import dev.entente.analysis.dyads.DyadYearSource;
import dev.entente.error.StoreException;
import dev.entente.error.UserInputException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Dyad-year frames in DuckDB SQL: the system dyads of each year, with ATOP flags, COW alliance flags and NMC
 * capabilities joined on. Outside a dataset's coverage its columns are NULL, never 0 (ATOP 1815–2018, COW
 * alliances 1816–2012, NMC its own years).
 */
final class DyadYearFrames implements DyadYearSource {

  /** The last year ATOP 5.x codes. */
  static final int ATOP_LAST_YEAR = 2018;
  /** The first year ATOP codes. */
  static final int ATOP_FIRST_YEAR = 1815;
  /** The last year COW Formal Alliances v4.1 codes. */
  static final int COW_ALLIANCE_LAST_YEAR = 2012;

  private final Connection connection;

  DyadYearFrames(Connection connection) {
    this.connection = connection;
  }

  /** The SQL of the ATOP directed dyad-years (parameters: variant, version). */
  static String atopSql() {
    return atopAllianceCte() + """
        SELECT ccode1::INT AS ccode1, ccode2::INT AS ccode2, year::INT AS year,
               max(f.d)::INT AS atop_defense, max(f.o)::INT AS atop_offense, max(f.n)::INT AS atop_neutral,
               max(f.na)::INT AS atop_nonagg, max(f.c)::INT AS atop_consul
        FROM per_alliance GROUP BY ALL
        """;
  }

  /**
   * The common table expressions of the ATOP member pairs per alliance and year (parameters: variant, version):
   * {@code per_alliance(atopid, ccode1, ccode2, year, f)} with {@code f} the struct of ccode1's obligation flags
   * (d, o, n, na, c) in its latest phase of that year.
   */
  static String atopAllianceCte() {
    return """
        WITH m AS (
          SELECT atopid, member, phase,
                 make_date(yrent::INT, coalesce(moent, 1)::INT, coalesce(dayent, 1)::INT) AS s,
                 CASE WHEN yrexit IS NULL THEN DATE '%1$d-01-01'
                      WHEN dayexit IS NULL THEN last_day(make_date(yrexit::INT, coalesce(moexit, 12)::INT, 1))
                      ELSE make_date(yrexit::INT, coalesce(moexit, 12)::INT, dayexit::INT) END AS e,
                 coalesce(yrexit, %2$d) AS ey,
                 defense, offense, neutral, nonagg, consul
          FROM atop_members
          WHERE dataset_variant = ? AND dataset_version = ? AND member IN (SELECT ccode FROM states)
        ),
        p AS (
          SELECT a.atopid, a.member AS ccode1, b.member AS ccode2, greatest(a.s, b.s) AS s, least(a.ey, b.ey) AS ey,
                 a.defense, a.offense, a.neutral, a.nonagg, a.consul
          FROM m a JOIN m b ON a.atopid = b.atopid AND a.phase = b.phase AND a.member <> b.member
          WHERE greatest(a.s, b.s) < least(a.e, b.e)
        ),
        y AS (
          SELECT atopid, ccode1, ccode2, s, unnest(generate_series(year(s), ey)) AS year,
                 defense, offense, neutral, nonagg, consul
          FROM p
        ),
        per_alliance AS (
          SELECT atopid, ccode1, ccode2, year,
                 arg_max(struct_pack(d := defense, o := offense, n := neutral, na := nonagg, c := consul),
                         struct_pack(s := s, d := defense, o := offense, n := neutral, na := nonagg, c := consul)) AS f
          FROM y GROUP BY ALL
        )
        """.formatted(ATOP_LAST_YEAR + 1, ATOP_LAST_YEAR);
  }

  /**
   * The SQL of the COW directed dyad-years from the by-member file of {@code version}: two members of one
   * alliance are allied in the years both members' spells cover (an open end runs to 2012), with the member's own
   * type flags (the maximum over their alliances).
   */
  static String cowSql(String version) {
    return """
        WITH cowm AS (
          SELECT version4id, ccode, mem_st_year AS sy, coalesce(mem_end_year, %1$d) AS ey,
                 defense, neutrality, nonaggression, entente
          FROM cow_alliance_members WHERE dataset_version = '%2$s')
        SELECT a.ccode::INT AS ccode1, b.ccode::INT AS ccode2, g.year::INT AS year,
               max(a.defense) AS cow_defense, max(a.neutrality) AS cow_neutral,
               max(a.nonaggression) AS cow_nonagg, max(a.entente) AS cow_entente
        FROM cowm a JOIN cowm b ON a.version4id = b.version4id AND a.ccode <> b.ccode,
             generate_series(greatest(a.sy, b.sy), least(a.ey, b.ey)) AS g(year)
        GROUP BY ALL
        """.formatted(COW_ALLIANCE_LAST_YEAR, version.replace("'", "''"));
  }

  /** The most recently imported version of a dataset (for other query objects of the store). */
  Optional<String> latest(String dataset, String table) {
    return latestVersion(dataset, table);
  }

  /** Fails with the import command to run when a dataset is not imported. */
  void require(String table, String dataset) {
    requireTable(table, dataset);
  }

  @Override
  public List<AtopDyadYear> atopDirected(String variant, String version) {
    requireTable("atop_members", "atop");
    List<AtopDyadYear> out = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(atopSql() + " ORDER BY year, ccode1, ccode2")) {
      ps.setString(1, variant);
      ps.setString(2, version);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new AtopDyadYear(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
              rs.getInt(6), rs.getInt(7), rs.getInt(8)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("computing ATOP dyad-years failed: " + e.getMessage(), e);
    }
  }

  @Override
  public FrameReport write(DyadYearRequest r, Path out, String format) {
    if (!format.equals("csv") && !format.equals("parquet")) {
      throw new UserInputException("--format " + format + " is not a frame format (allowed: csv, parquet)");
    }
    requireTable("cow_system", "cow-system");
    List<String> provenance = new ArrayList<>();
    String systemVersion = version(r, "cow-system", "cow_system");
    provenance.add("system: COW state system " + systemVersion + (r.carryForward()
        ? " (years after its last year use that year's list)" : ""));
    provenance.add("dyads: " + (r.directed() ? "directed (A,B) and (B,A)" : "undirected, ccode1 < ccode2"));
    StringBuilder with = new StringBuilder();
    with.append("""
        WITH last AS (SELECT max(year) AS y FROM cow_system WHERE dataset_version = '%1$s'),
        sys AS (
          SELECT ccode, year FROM cow_system WHERE dataset_version = '%1$s' AND year BETWEEN %2$d AND %3$d
          %4$s
        ),
        d AS (
          SELECT a.ccode::INT AS ccode1, b.ccode::INT AS ccode2, a.year::INT AS year
          FROM sys a JOIN sys b ON a.year = b.year AND a.ccode %5$s b.ccode
        )
        """.formatted(systemVersion, r.firstYear(), r.lastYear(),
            r.carryForward() ? """
                UNION ALL
                SELECT s.ccode, g.year FROM cow_system s, last,
                       generate_series(greatest(last.y + 1, %1$d), %2$d) AS g(year)
                WHERE s.dataset_version = '%3$s' AND s.year = last.y
                """.formatted(r.firstYear(), r.lastYear(), systemVersion) : "",
            r.directed() ? "<>" : "<"));
    List<String> select = new ArrayList<>(List.of("d.ccode1", "d.ccode2", "d.year"));
    List<String> joins = new ArrayList<>();
    List<String> columns = new ArrayList<>(List.of("ccode1", "ccode2", "year"));
    for (String add : r.additions()) {
      switch (add) {
        case "atop" -> addAtop(r, with, select, joins, columns, provenance);
        case "cow-alliances" -> addCowAlliances(r, with, select, joins, columns, provenance);
        case "nmc" -> addNmc(r, with, select, joins, columns, provenance);
        case "unvotes" -> addVotes(r, select, joins, columns, provenance);
        default -> throw new IllegalStateException(add);
      }
    }
    String sql = with + "SELECT " + String.join(", ", select) + " FROM d " + String.join(" ", joins)
        + " ORDER BY d.year, d.ccode1, d.ccode2";
    String target = out.toAbsolutePath().toString().replace("'", "''");
    String options = format.equals("csv") ? "(FORMAT csv, HEADER true)"
        : "(FORMAT parquet, KV_METADATA {provenance: '" + String.join(" | ", provenance).replace("'", "''") + "'})";
    try (Statement st = connection.createStatement()) {
      long rows = st.executeLargeUpdate("COPY (" + sql + ") TO '" + target + "' " + options);
      return new FrameReport(rows, columns, provenance);
    } catch (SQLException e) {
      throw new StoreException("building the dyad-year frame failed: " + e.getMessage(), e);
    }
  }

  private void addAtop(DyadYearRequest r, StringBuilder with, List<String> select, List<String> joins,
      List<String> columns, List<String> provenance) {
    requireTable("atop_members", "atop");
    String version = version(r, "atop", "atop_members");
    provenance.add("atop: ATOP " + version + " member-level file (full variant), coded " + ATOP_FIRST_YEAR + "-"
        + ATOP_LAST_YEAR + "; flags are ccode1's obligations towards ccode2"
        + (r.directed() ? "" : ", maximum over both directions") + "; 0 = no such obligation, NULL = outside coverage");
    String atop = atopSql().replaceFirst("dataset_variant = \\?", "dataset_variant = 'full'")
        .replaceFirst("dataset_version = \\?", "dataset_version = '" + version + "'");
    with.append(", atop_dir AS (").append(atop).append(")");
    if (r.directed()) {
      with.append(", atop AS (SELECT * FROM atop_dir)");
    } else {
      with.append("""
          , atop AS (
            SELECT least(ccode1, ccode2) AS ccode1, greatest(ccode1, ccode2) AS ccode2, year,
                   max(atop_defense) AS atop_defense, max(atop_offense) AS atop_offense,
                   max(atop_neutral) AS atop_neutral, max(atop_nonagg) AS atop_nonagg, max(atop_consul) AS atop_consul
            FROM atop_dir GROUP BY ALL)
          """);
    }
    for (String f : List.of("atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul")) {
      select.add("CASE WHEN d.year BETWEEN " + ATOP_FIRST_YEAR + " AND " + ATOP_LAST_YEAR + " THEN coalesce(atop."
          + f + ", 0) END AS " + f);
      columns.add(f);
    }
    joins.add("LEFT JOIN atop ON atop.ccode1 = d.ccode1 AND atop.ccode2 = d.ccode2 AND atop.year = d.year");
  }

  private void addCowAlliances(DyadYearRequest r, StringBuilder with, List<String> select, List<String> joins,
      List<String> columns, List<String> provenance) {
    Optional<String> dyadic = latestVersion("cow-alliances", "cow_alliance_dyad_years");
    String cowDir;
    if (dyadic.isPresent() && !r.versions().containsKey("cow-alliances")) {
      provenance.add("cow-alliances: COW Formal Alliances " + dyadic.get() + ", directed dyad-year coding (peacesciencer's"
          + " copy of COW's dyad-yearly file), coded 1816-" + COW_ALLIANCE_LAST_YEAR + "; NULL = outside coverage");
      cowDir = "SELECT ccode1::INT AS ccode1, ccode2::INT AS ccode2, year::INT AS year, cow_defense, cow_neutral,"
          + " cow_nonagg, cow_entente FROM cow_alliance_dyad_years WHERE dataset_version = '" + dyadic.get() + "'";
    } else {
      requireTable("cow_alliance_members", "cow-alliances");
      String version = version(r, "cow-alliances", "cow_alliance_members");
      provenance.add("cow-alliances: COW Formal Alliances " + version + " by-member file, coded 1816-"
          + COW_ALLIANCE_LAST_YEAR + "; a dyad is allied in the years both members' spells cover"
          + " (an open end runs to " + COW_ALLIANCE_LAST_YEAR + "); NULL = outside coverage");
      cowDir = cowSql(version);
    }
    with.append(", cow_dir AS (").append(cowDir).append(")");
    with.append(", cow AS (").append(r.directed() ? "SELECT * FROM cow_dir" : """
        SELECT least(ccode1, ccode2) AS ccode1, greatest(ccode1, ccode2) AS ccode2, year,
               max(cow_defense) AS cow_defense, max(cow_neutral) AS cow_neutral,
               max(cow_nonagg) AS cow_nonagg, max(cow_entente) AS cow_entente
        FROM cow_dir GROUP BY ALL""").append(")");
    for (String f : List.of("cow_defense", "cow_neutral", "cow_nonagg", "cow_entente")) {
      select.add("CASE WHEN d.year BETWEEN 1816 AND " + COW_ALLIANCE_LAST_YEAR + " THEN coalesce(cow." + f
          + ", 0) END AS " + f);
      columns.add(f);
    }
    joins.add("LEFT JOIN cow ON cow.ccode1 = d.ccode1 AND cow.ccode2 = d.ccode2 AND cow.year = d.year");
  }

  private void addNmc(DyadYearRequest r, StringBuilder with, List<String> select, List<String> joins, List<String> columns,
      List<String> provenance) {
    requireTable("nmc", "nmc");
    String version = version(r, "nmc", "nmc");
    provenance.add("nmc: COW National Material Capabilities " + version + " of both states (1 = ccode1,"
        + " 2 = ccode2); -9 and years outside its coverage are NULL");
    with.append(", nmcv AS (SELECT * FROM nmc WHERE dataset_version = '" + version + "')");
    for (String f : List.of("milex", "milper", "irst", "pec", "tpop", "upop", "cinc")) {
      select.add("n1." + f + " AS " + f + "1");
      select.add("n2." + f + " AS " + f + "2");
      columns.add(f + "1");
      columns.add(f + "2");
    }
    joins.add("LEFT JOIN nmcv n1 ON n1.ccode = d.ccode1 AND n1.year = d.year");
    joins.add("LEFT JOIN nmcv n2 ON n2.ccode = d.ccode2 AND n2.year = d.year");
  }

  /**
   * UN voting agreement per calendar year ({@code agree}, half credit for abstentions; {@code agree_exact}),
   * computed by {@link dev.entente.analysis.alignment.VoteSimilarity} and joined through a temporary table. A
   * dyad-year whose states cast no common vote that year is NULL.
   */
  private void addVotes(DyadYearRequest r, List<String> select, List<String> joins, List<String> columns,
      List<String> provenance) {
    requireTable("unvote_votes", "unvotes");
    dev.entente.analysis.alignment.SimilarityRows rows = new dev.entente.analysis.alignment.VoteSimilarity(
            new Votes(connection))
        .compute(new dev.entente.analysis.alignment.VoteRequest(r.firstYear(), r.lastYear(), true, "as-coded"),
            List.of("agree", "agree_exact"), List.of());
    provenance.add("unvotes: " + String.join("; ", rows.provenance()) + "; per calendar year; NULL = no common vote");
    try (Statement st = connection.createStatement()) {
      st.execute("CREATE OR REPLACE TEMP TABLE vote_agreement (ccode1 INTEGER, ccode2 INTEGER, year INTEGER,"
          + " agree DOUBLE, agree_exact DOUBLE)");
      try (org.duckdb.DuckDBAppender ap = ((org.duckdb.DuckDBConnection) connection)
          .createAppender(org.duckdb.DuckDBConnection.DEFAULT_SCHEMA, "vote_agreement")) {
        for (int i = 0; i < rows.size(); i++) {
          ap.beginRow();
          ap.append(rows.ccode1()[i]);
          ap.append(rows.ccode2()[i]);
          ap.append(rows.year()[i]);
          for (double[] v : rows.values()) {
            if (Double.isNaN(v[i])) {
              ap.appendNull();
            } else {
              ap.append(v[i]);
            }
          }
          ap.endRow();
        }
      }
    } catch (SQLException e) {
      throw new StoreException("preparing UN voting agreement failed: " + e.getMessage(), e);
    }
    select.add("va.agree AS un_agree");
    select.add("va.agree_exact AS un_agree_exact");
    columns.add("un_agree");
    columns.add("un_agree_exact");
    joins.add("LEFT JOIN vote_agreement va ON va.ccode1 = least(d.ccode1, d.ccode2)"
        + " AND va.ccode2 = greatest(d.ccode1, d.ccode2) AND va.year = d.year");
  }

  /** The version asked for, which must be imported, or else the most recently imported one. */
  private String version(DyadYearRequest r, String dataset, String table) {
    String wanted = r.versions().get(dataset);
    if (wanted == null) {
      return latestVersion(dataset, table).orElseThrow();
    }
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT count(*) FROM imports WHERE dataset = ? AND tbl = ? AND dataset_version = ?")) {
      ps.setString(1, dataset);
      ps.setString(2, table);
      ps.setString(3, wanted);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        if (rs.getInt(1) == 0) {
          throw new UserInputException(dataset + " version " + wanted + " is not imported (see 'entente data list')");
        }
      }
      return wanted;
    } catch (SQLException e) {
      throw new StoreException("reading the imports of " + dataset + " failed: " + e.getMessage(), e);
    }
  }

  /** The most recently imported version of a dataset in a table. */
  private Optional<String> latestVersion(String dataset, String table) {
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT dataset_version FROM imports WHERE dataset = ? AND tbl = ? ORDER BY imported_at DESC LIMIT 1")) {
      ps.setString(1, dataset);
      ps.setString(2, table);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("reading the imports of " + dataset + " failed: " + e.getMessage(), e);
    }
  }

  private void requireTable(String table, String dataset) {
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ?")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        if (rs.getInt(1) == 0 || latestVersion(dataset, table).isEmpty()) {
          throw new UserInputException(dataset + " is not imported: run 'entente import " + dataset + " PATH'");
        }
      }
    } catch (SQLException e) {
      throw new StoreException("reading the store's tables failed: " + e.getMessage(), e);
    }
  }
}
