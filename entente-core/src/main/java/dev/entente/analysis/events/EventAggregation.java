package dev.entente.analysis.events;

import dev.entente.domain.GoldsteinScale;
import dev.entente.domain.QuadConvention;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Machine-coded events aggregated per dyad and period: THE definition (the SQL below), which the Spark job
 * mirrors. Columns, in order ({@link #COLUMNS}):
 *
 * <ol>
 *   <li>{@code source}, {@code target}: ISO3 codes of the two states. An event's actors are mapped to states by
 *       their <em>country</em> (GDELT {@code Actor1CountryCode}/{@code Actor2CountryCode}, a CAMEO country code;
 *       ICEWS {@code Source Country}/{@code Target Country}, a name) through the table {@code country-codes.tsv}.
 *       Events with an actor that maps to no state (no country code; a region, IGO or other non-state code) and
 *       events whose two actors map to the same state are left out and counted ({@link Result}). Directed: source
 *       = actor 1 / ICEWS source. Undirected (the default): the dyad is ordered alphabetically by ISO3, source &lt;
 *       target, and the events of both directions are pooled.
 *   <li>{@code period}: {@code YYYY} (dyad-year) or {@code YYYY-MM} (dyad-month) of the event date.
 *   <li>{@code events}: the number of events.
 *   <li>{@code goldstein_sum}: the sum of the events' Goldstein values under the chosen mapping (default
 *       {@code gdelt}: looked up by CAMEO code in GDELT's table); events whose code has no value are skipped.
 *       Summed exactly in tenths (every published scale has one decimal), so the sum does not depend on the order
 *       of summation: {@code sum(round(10 g)) / 10}. NULL when no event has a value.
 *   <li>{@code goldstein_mean}: {@code sum(round(10 g)) / (10 * n)}, n = events with a value; NULL when n = 0.
 *   <li>{@code verbal_coop}, {@code material_coop}, {@code verbal_conflict}, {@code material_conflict},
 *       {@code neutral}: event counts per quad class 1, 2, 3, 4 and 0 under the chosen convention (default
 *       {@code gdelt}; classes from the root code, not the file's QuadClass; {@code neutral} is 0 except under
 *       {@code phoenix}).
 *   <li>{@code root_01} ... {@code root_20}: event counts per CAMEO root code.
 *   <li>{@code verbal_conflict_share}, {@code material_conflict_share}: those counts divided by {@code events}.
 *   <li>{@code source_ccode}, {@code target_ccode}: the COW numbers of the states the two countries count for
 *       on the last day of the period ({@code io.cameo.StateSpells}: DEU is 260 in 1989 and 255 in 1990); empty/NULL
 *       for places that are not COW states then (PSE, HKG; UKR before 1991).
 * </ol>
 *
 * Rows are ordered by source, target, period. Years select events by the calendar year of their date.
 */
public final class EventAggregation {

  /** The period of aggregation. */
  public enum Period {
    DYAD_MONTH("dyad-month", "strftime(event_date, '%Y-%m')", "last_day(e.event_date)"),
    DYAD_YEAR("dyad-year", "CAST(year(event_date) AS VARCHAR)", "make_date(year(e.event_date), 12, 31)");

    private final String label;
    private final String sql;
    /** The last day of the event's period (alias {@code e}): the day a country's COW number is read on. */
    private final String lastDay;

    Period(String label, String sql, String lastDay) {
      this.label = label;
      this.sql = sql;
      this.lastDay = lastDay;
    }

    public String label() {
      return label;
    }

    /**
     * The period named {@code s}.
     *
     * @throws IllegalArgumentException naming the allowed values
     */
    public static Period parse(String s) {
      for (Period p : values()) {
        if (p.label.equalsIgnoreCase(s)) {
          return p;
        }
      }
      throw new IllegalArgumentException("--by '" + s + "' is not allowed (allowed: dyad-month, dyad-year)");
    }
  }

  /**
   * What to aggregate.
   *
   * @param by dyad-month or dyad-year
   * @param directed directed dyads (default false: undirected, ordered alphabetically)
   * @param fromYear first year (inclusive)
   * @param toYear last year (inclusive)
   * @param quad the quad-class convention (default gdelt)
   * @param goldstein the Goldstein mapping (default gdelt)
   * @param datasets the datasets to use (gdelt1, gdelt2, icews); empty = every dataset imported
   */
  public record Spec(Period by, boolean directed, int fromYear, int toYear, QuadConvention quad,
      GoldsteinScale goldstein, List<String> datasets) {
    public Spec {
      datasets = List.copyOf(datasets);
      if (fromYear > toYear) {
        throw new IllegalArgumentException("the years " + fromYear + "-" + toYear + " are in the wrong order");
      }
      for (String d : datasets) {
        if (!List.of("gdelt1", "gdelt2", "icews").contains(d)) {
          throw new IllegalArgumentException("--datasets '" + d + "' is not an event dataset (allowed: gdelt1, gdelt2, icews)");
        }
      }
    }
  }

  /**
   * A state code of the country mapping.
   *
   * @param scheme {@code cameo} (GDELT actor country codes) or {@code icews} (ICEWS country names)
   * @param code the code or name
   * @param iso3 the state's ISO3 code
   */
  public record StateCode(String scheme, String code, String iso3) {}

  /**
   * A span of days on which a country (ISO3) counts for a COW state.
   *
   * @param iso3 the country
   * @param first the first day
   * @param end the first day after the spell, {@code null} while it lasts
   * @param ccode the COW number
   */
  public record StateSpell(String iso3, LocalDate first, LocalDate end, int ccode) {

    public boolean contains(LocalDate day) {
      return !day.isBefore(first) && (end == null || day.isBefore(end));
    }
  }

  /**
   * The code tables an aggregation uses, with their versions.
   *
   * @param quadByRoot root code to quad class under {@code spec.quad()}
   * @param goldsteinByCode CAMEO code to Goldstein value under {@code spec.goldstein()}, empty for as-coded
   * @param states the country mapping
   * @param spells the days each country counts for a COW state
   * @param versions one line per table: {@code quad classes: quad-classes-2026-11}
   */
  public record Tables(Map<String, Integer> quadByRoot, Map<String, Double> goldsteinByCode, List<StateCode> states,
      List<StateSpell> spells, List<String> versions) {
    public Tables {
      quadByRoot = Map.copyOf(quadByRoot);
      goldsteinByCode = Map.copyOf(goldsteinByCode);
      states = List.copyOf(states);
      spells = List.copyOf(spells);
      versions = List.copyOf(versions);
    }
  }

  /**
   * What an aggregation did.
   *
   * @param rows dyad-periods written
   * @param eventsInYears events of the chosen datasets in the years
   * @param eventsUsed events aggregated (both actors states, two different states)
   * @param sameState events left out because both actors map to the same state
   * @param unmapped events left out because an actor maps to no state
   * @param noCountry of those, events with an actor without any country code
   * @param unmappedCodes the most frequent country codes (or names) that map to no state, with their actor counts
   * @param provenance the conventions, tables and data recorded in the output
   */
  public record Result(long rows, long eventsInYears, long eventsUsed, long sameState, long unmapped, long noCountry,
      Map<String, Long> unmappedCodes, List<String> provenance) {}

  /** The output columns, in order. */
  public static final List<String> COLUMNS;

  static {
    List<String> c = new ArrayList<>(List.of("source", "target", "period", "events", "goldstein_sum",
        "goldstein_mean", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict", "neutral"));
    for (int r = 1; r <= 20; r++) {
      c.add(String.format(Locale.ROOT, "root_%02d", r));
    }
    c.addAll(List.of("verbal_conflict_share", "material_conflict_share", "source_ccode", "target_ccode"));
    COLUMNS = List.copyOf(c);
  }

  private final EventTable events;

  public EventAggregation(EventTable events) {
    this.events = events;
  }

  /** Aggregates and writes {@code out} (csv or parquet). */
  public Result run(Spec spec, Tables tables, Path out, String format) {
    long in = 0;
    long used = 0;
    long same = 0;
    long unmapped = 0;
    long noCountry = 0;
    Map<String, Long> byCode = new HashMap<>();
    for (List<Object> r : events.rows(pairsSql(spec, tables))) {
      String sc = (String) r.get(1);
      String tc = (String) r.get(2);
      String si = (String) r.get(3);
      String ti = (String) r.get(4);
      long n = ((Number) r.get(5)).longValue();
      in += n;
      if (si != null && ti != null) {
        used += si.equals(ti) ? 0 : n;
        same += si.equals(ti) ? n : 0;
        continue;
      }
      unmapped += n;
      noCountry += (si == null && sc == null) || (ti == null && tc == null) ? n : 0;
      if (si == null && sc != null) {
        byCode.merge(sc, n, Long::sum);
      }
      if (ti == null && tc != null) {
        byCode.merge(tc, n, Long::sum);
      }
    }
    Map<String, Long> codes = new LinkedHashMap<>();
    byCode.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(10).forEach(e -> codes.put(e.getKey(), e.getValue()));
    List<String> prov = new ArrayList<>();
    prov.add("entente events aggregate: machine-coded events per " + spec.by().label() + ", "
        + (spec.directed() ? "directed (source = actor 1)" : "undirected (dyad ordered alphabetically by ISO3, both directions pooled)"));
    prov.add("years: " + spec.fromYear() + "-" + spec.toYear() + "; datasets: "
        + (spec.datasets().isEmpty() ? "all imported" : String.join(",", spec.datasets())));
    prov.add("quad classes: " + spec.quad().label() + "; goldstein: " + spec.goldstein().label()
        + " (summed in tenths; codes without a value skipped)");
    prov.add("actors to states: by actor country code (GDELT Actor1/2CountryCode, ICEWS Source/Target Country)");
    prov.addAll(tables.versions());
    prov.addAll(events.datasets());
    prov.add(String.format(Locale.ROOT, "events in the years: %d; aggregated: %d; left out: %d same-state, %d with an"
        + " actor that maps to no state (%d of them without a country code)", in, used, same, unmapped, noCountry));
    if (!codes.isEmpty()) {
      prov.add("most frequent unmapped actor countries: " + codes.entrySet().stream()
          .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
    }
    long rows = events.write(sql(spec, tables), out, format, prov);
    return new Result(rows, in, used, same, unmapped, noCountry, codes, prov);
  }

  /** The events of the spec with their states, quad class and Goldstein value: the CTEs every query starts with. */
  static String mapped(Spec spec, Tables t) {
    StringBuilder b = new StringBuilder("WITH quad(root, q) AS (VALUES ");
    b.append(t.quadByRoot().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> "('" + e.getKey() + "', " + e.getValue() + ")").collect(Collectors.joining(", ")));
    b.append("), ").append(states(t)).append(", ").append(spells(t.spells()));
    boolean lookup = spec.goldstein() != GoldsteinScale.AS_CODED;
    if (lookup) {
      b.append(", gold(code, g) AS (VALUES ");
      b.append(t.goldsteinByCode().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .map(e -> "('" + e.getKey() + "', CAST(" + e.getValue() + " AS DOUBLE))").collect(Collectors.joining(", ")));
      b.append(")");
    }
    b.append(", mapped AS (SELECT e.event_date, e.root_code, e.source_country, e.target_country, ")
        .append(lookup ? "gold.g" : "e.goldstein").append(" AS g, quad.q AS q, s.iso3 AS s_iso3, ss.ccode AS s_ccode,")
        .append(" t.iso3 AS t_iso3, ts.ccode AS t_ccode FROM events e")
        .append(" LEFT JOIN states s ON s.scheme = (CASE WHEN e.dataset = 'icews' THEN 'icews' ELSE 'cameo' END)")
        .append(" AND s.code = e.source_country")
        .append(" LEFT JOIN states t ON t.scheme = (CASE WHEN e.dataset = 'icews' THEN 'icews' ELSE 'cameo' END)")
        .append(" AND t.code = e.target_country")
        .append(spellJoin("ss", "s.iso3", spec.by().lastDay)).append(spellJoin("ts", "t.iso3", spec.by().lastDay))
        .append(" LEFT JOIN quad ON quad.root = e.root_code");
    if (lookup) {
      b.append(" LEFT JOIN gold ON gold.code = e.event_code");
    }
    return b.append(" WHERE ").append(where(spec)).append(")").toString();
  }

  /** The country mapping as a CTE {@code states(scheme, code, iso3)}. */
  private static String states(Tables t) {
    return "states(scheme, code, iso3) AS (VALUES " + t.states().stream()
        .map(s -> "('" + s.scheme() + "', '" + s.code().replace("'", "''") + "', '" + s.iso3() + "')")
        .collect(Collectors.joining(", ")) + ")";
  }

  /**
   * The spells as a CTE {@code spells(iso3, first_day, end_day, ccode)}, {@code end_day} NULL while a spell lasts.
   * Plain SQL (DATE literals, VALUES): DuckDB and Spark read it alike.
   */
  public static String spells(List<StateSpell> spells) {
    return "spells(iso3, first_day, end_day, ccode) AS (VALUES " + spells.stream()
        .map(x -> "('" + x.iso3() + "', DATE '" + x.first() + "', "
            + (x.end() == null ? "CAST(NULL AS DATE)" : "DATE '" + x.end() + "'") + ", CAST(" + x.ccode()
            + " AS INTEGER))")
        .collect(Collectors.joining(", ")) + ")";
  }

  /** {@code LEFT JOIN spells alias} on the country {@code iso3} and the day {@code day} (SQL expressions). */
  public static String spellJoin(String alias, String iso3, String day) {
    return " LEFT JOIN spells " + alias + " ON " + alias + ".iso3 = " + iso3 + " AND " + day + " >= " + alias
        + ".first_day AND (" + alias + ".end_day IS NULL OR " + day + " < " + alias + ".end_day)";
  }

  /** The events of the spec's years and datasets (alias {@code e}). */
  private static String where(Spec spec) {
    String w = String.format(Locale.ROOT, "e.event_date >= DATE '%04d-01-01' AND e.event_date < DATE '%04d-01-01'",
        spec.fromYear(), spec.toYear() + 1);
    if (!spec.datasets().isEmpty()) {
      w += " AND e.dataset IN (" + spec.datasets().stream().map(d -> "'" + d + "'").collect(Collectors.joining(", ")) + ")";
    }
    return w;
  }

  /** The aggregate: one row per dyad and period, {@link #COLUMNS} in order. */
  public static String sql(Spec spec, Tables t) {
    String keep = spec.directed() ? "TRUE" : "s_iso3 <= t_iso3";
    StringBuilder b = new StringBuilder(mapped(spec, t));
    b.append(", dyads AS (SELECT CASE WHEN ").append(keep).append(" THEN s_iso3 ELSE t_iso3 END AS source,")
        .append(" CASE WHEN ").append(keep).append(" THEN t_iso3 ELSE s_iso3 END AS target,")
        .append(" CASE WHEN ").append(keep).append(" THEN s_ccode ELSE t_ccode END AS source_ccode,")
        .append(" CASE WHEN ").append(keep).append(" THEN t_ccode ELSE s_ccode END AS target_ccode, ")
        .append(spec.by().sql).append(" AS period, CAST(round(g * 10) AS BIGINT) AS g10, q, root_code FROM mapped")
        .append(" WHERE s_iso3 IS NOT NULL AND t_iso3 IS NOT NULL AND s_iso3 <> t_iso3)")
        .append(" SELECT source, target, period, count(*) AS events,")
        .append(" CAST(sum(g10) AS DOUBLE) / 10 AS goldstein_sum,")
        .append(" CAST(sum(g10) AS DOUBLE) / (10 * nullif(count(g10), 0)) AS goldstein_mean");
    String[] quads = {"verbal_coop", "material_coop", "verbal_conflict", "material_conflict", "neutral"};
    for (int i = 0; i < quads.length; i++) {
      b.append(", count(*) FILTER (WHERE q = ").append((i + 1) % 5).append(") AS ").append(quads[i]);
    }
    for (int r = 1; r <= 20; r++) {
      String code = String.format(Locale.ROOT, "%02d", r);
      b.append(", count(*) FILTER (WHERE root_code = '").append(code).append("') AS root_").append(code);
    }
    b.append(", count(*) FILTER (WHERE q = 3) / count(*) AS verbal_conflict_share")
        .append(", count(*) FILTER (WHERE q = 4) / count(*) AS material_conflict_share")
        .append(", source_ccode, target_ccode FROM dyads GROUP BY source, target, period, source_ccode, target_ccode")
        .append(" ORDER BY source, target, period");
    return b.toString();
  }

  /**
   * Events per actor-country pair, with the states the two countries map to: scheme, source country, target
   * country, source ISO3, target ISO3, events. Grouped before the mapping, so it is one cheap pass.
   */
  public static String pairsSql(Spec spec, Tables t) {
    return "WITH " + states(t) + ", pairs AS (SELECT CASE WHEN dataset = 'icews' THEN 'icews' ELSE 'cameo' END AS scheme,"
        + " source_country, target_country, count(*) AS n FROM events e WHERE " + where(spec)
        + " GROUP BY ALL) SELECT p.scheme, p.source_country, p.target_country, s.iso3, t.iso3, p.n FROM pairs p"
        + " LEFT JOIN states s ON s.scheme = p.scheme AND s.code = p.source_country"
        + " LEFT JOIN states t ON t.scheme = p.scheme AND t.code = p.target_country";
  }
}
