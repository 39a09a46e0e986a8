package dev.entente.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The DuckDB-to-Spark rewrites, on the shapes entente-core's SQL has. */
class SparkDialectTest {

  @Test
  void rewritesDatesCastsQuotesAndValuesCtes() {
    assertThat(SparkDialect.toSpark("strftime(event_date, '%Y-%m') AS period, CAST(year(event_date) AS VARCHAR)"))
        .isEqualTo("date_format(event_date, 'yyyy-MM') AS period, CAST(year(event_date) AS STRING)");
    assertThat(SparkDialect.toSpark("CAST(try_strptime(\"Event Date\", '%Y-%m-%d') AS DATE), 'say \"hi\"'"))
        .isEqualTo("CAST(try_to_date(`Event Date`, 'yyyy-MM-dd') AS DATE), 'say \"hi\"'");
    assertThat(SparkDialect.toSpark("WITH quad(root, q) AS (VALUES ('01', 1), ('02', 2)), x AS (SELECT 1) SELECT *"))
        .isEqualTo("WITH quad AS (SELECT * FROM VALUES ('01', 1), ('02', 2) AS quad(root, q)), x AS (SELECT 1) SELECT *");
    assertThat(SparkDialect.toSpark("s(a) AS (VALUES ('it''s (x'))")).isEqualTo("s AS (SELECT * FROM VALUES ('it''s (x') AS s(a))");
  }
}
