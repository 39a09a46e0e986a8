package dev.entente.spark;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few rewrites that turn entente-core's DuckDB SQL into Spark SQL, so that the Spark job runs the very
 * definitions of the DuckDB path instead of copies: the aggregation ({@code EventAggregation.sql} and
 * {@code pairsSql}) and the layouts' projections ({@code GdeltLayout.projection()}, {@code IcewsLayout.projection()}).
 * Everything else in those statements ({@code WITH}, {@code VALUES}, {@code count(*) FILTER (WHERE ...)},
 * {@code nullif}, {@code left}, {@code concat_ws}, {@code GROUP BY ALL}, {@code DATE '...'}, integer {@code /}
 * giving a DOUBLE) means the same in both dialects; {@code SparkDialectTest} and the equality tests check it.
 *
 * <ul>
 *   <li>{@code strftime(x, '%Y-%m')} becomes {@code date_format(x, 'yyyy-MM')};
 *   <li>{@code try_strptime(x, '%Y%m%d')} becomes {@code try_to_date(x, 'yyyyMMdd')} (NULL when it does not parse);
 *   <li>{@code AS VARCHAR} becomes {@code AS STRING};
 *   <li>identifiers in double quotes ({@code "Event ID"}) get back-quotes;
 *   <li>a CTE with a column list over {@code VALUES}, {@code name(a, b) AS (VALUES ...)}, becomes
 *       {@code name AS (SELECT * FROM VALUES ... AS name(a, b))}.
 * </ul>
 */
final class SparkDialect {

  private static final Pattern STRFTIME = Pattern.compile("strftime\\(([^,()]+), '([^']*)'\\)");
  private static final Pattern STRPTIME = Pattern.compile("try_strptime\\(([^,()]+), '([^']*)'\\)");
  private static final Pattern VALUES_CTE = Pattern.compile("(\\w+)\\(([\\w, ]+)\\) AS \\(VALUES ");

  private SparkDialect() {}

  /** The Spark SQL text of a DuckDB statement or expression list of entente-core. */
  static String toSpark(String duckdb) {
    String s = backQuotes(duckdb);
    s = replace(STRFTIME, s, m -> "date_format(" + m.group(1) + ", '" + pattern(m.group(2)) + "')");
    s = replace(STRPTIME, s, m -> "try_to_date(" + m.group(1) + ", '" + pattern(m.group(2)) + "')");
    s = s.replace(" AS VARCHAR)", " AS STRING)");
    return valuesCtes(s);
  }

  /** A strftime pattern as a Java date pattern; only the fields entente uses. */
  private static String pattern(String strftime) {
    String p = strftime.replace("%Y", "yyyy").replace("%m", "MM").replace("%d", "dd");
    if (p.contains("%")) {
      throw new IllegalStateException("no Spark rewrite for the date pattern '" + strftime + "'");
    }
    return p;
  }

  private static String replace(Pattern p, String s, java.util.function.Function<Matcher, String> f) {
    Matcher m = p.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement(f.apply(m)));
    }
    m.appendTail(b);
    return b.toString();
  }

  /** Double-quoted identifiers outside string literals become back-quoted. */
  private static String backQuotes(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean literal = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'') {
        literal = !literal;
      }
      b.append(c == '"' && !literal ? '`' : c);
    }
    return b.toString();
  }

  /** {@code name(cols) AS (VALUES rows)} to {@code name AS (SELECT * FROM VALUES rows AS name(cols))}. */
  private static String valuesCtes(String s) {
    StringBuilder b = new StringBuilder();
    int from = 0;
    Matcher m = VALUES_CTE.matcher(s);
    while (m.find(from)) {
      b.append(s, from, m.start()).append(m.group(1)).append(" AS (SELECT * FROM VALUES ");
      int end = closing(s, m.end() - "(VALUES ".length());
      b.append(s, m.end(), end).append(" AS ").append(m.group(1)).append('(').append(m.group(2)).append("))");
      from = end + 1;
    }
    return b.append(s.substring(from)).toString();
  }

  /** The index of the parenthesis that closes the one at {@code open}, skipping string literals. */
  private static int closing(String s, int open) {
    int depth = 0;
    boolean literal = false;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'') {
        literal = !literal;
      } else if (!literal && c == '(') {
        depth++;
      } else if (!literal && c == ')' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalStateException("unbalanced parentheses in " + s);
  }
}
