package dev.entente.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link CsvNumbers} writes doubles exactly as DuckDB does, checked against DuckDB itself. */
class CsvNumbersTest {

  @Test
  void sameTextAsDuckDbForSharesMeansAndSums() throws SQLException {
    SplittableRandom r = new SplittableRandom(11);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        PreparedStatement ps = c.prepareStatement("SELECT CAST(CAST(? AS DOUBLE) AS VARCHAR)")) {
      double[] fixed = {0.0, 1.0, 12.0, -1.2, 0.0001, 1e-5, 1.0 / 3, 2.0 / 30000, 1e15, 1e16, 1.2345678901234568e17,
          5e-324, 1e300, -0.5, 9999999999999998.0, 0.1 + 0.2};
      for (double d : fixed) {
        assertThat(CsvNumbers.format(d)).as("%s", d).isEqualTo(duckdb(ps, d));
      }
      for (int i = 0; i < 20_000; i++) {
        long n = 1 + r.nextLong(2_000_000);
        long k = r.nextLong(n + 1);
        long g10 = r.nextLong(-100 * n, 100 * n + 1);
        for (double d : new double[] {(double) k / n, (double) g10 / 10, (double) g10 / (10 * n), Double.longBitsToDouble(r.nextLong() >>> 2)}) {
          assertThat(CsvNumbers.format(d)).as("%s", d).isEqualTo(duckdb(ps, d));
        }
      }
    }
  }

  private static String duckdb(PreparedStatement ps, double d) throws SQLException {
    ps.setDouble(1, d);
    try (ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getString(1);
    }
  }
}
