package dev.entente.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The benchmark's baseline: DuckDB's own {@code read_csv} + {@code GROUP BY} on GDELT files, with no entente code
 * (an in-memory database, the 58 daily columns declared, a dyad-year count and Goldstein sum by actor country
 * codes). Run by {@code scripts/benchmark-events.sh}: {@code java -cp ... dev.entente.bench.EventsBaseline DIR}.
 * Prints the wall time and the number of groups.
 */
public final class EventsBaseline {

  private EventsBaseline() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    List<String> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.map(p -> "'" + p.toAbsolutePath() + "'").sorted().collect(Collectors.toList());
    }
    StringBuilder cols = new StringBuilder();
    for (String c : dev.entente.io.gdelt.GdeltLayout.columns(58)) {
      String type = switch (c) {
        case "GoldsteinScale" -> "DOUBLE";
        default -> "VARCHAR";
      };
      cols.append(cols.length() == 0 ? "" : ", ").append('\'').append(c).append("': '").append(type).append('\'');
    }
    long t0 = System.nanoTime();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*), sum(n) FROM (SELECT least(Actor1CountryCode, Actor2CountryCode),"
            + " greatest(Actor1CountryCode, Actor2CountryCode), left(SQLDATE, 4), count(*) AS n, sum(GoldsteinScale)"
            + " FROM read_csv([" + String.join(", ", files) + "], delim = '\\t', header = false, quote = '', escape = '',"
            + " auto_detect = false, columns = {" + cols + "})"
            + " WHERE Actor1CountryCode IS NOT NULL AND Actor2CountryCode IS NOT NULL GROUP BY ALL)")) {
      rs.next();
      System.out.printf(Locale.ROOT, "duckdb read_csv + GROUP BY: %d dyad-years from %d events in %.1f s%n",
          rs.getLong(1), rs.getLong(2), (System.nanoTime() - t0) / 1e9);
    }
  }
}
