package dev.entente.io.tabular;

/** The SQL types a dataset column is loaded as. */
public enum ColumnType {
  /** A whole number (SQL BIGINT). */
  INTEGER("BIGINT"),
  /** A real number (SQL DOUBLE). */
  REAL("DOUBLE"),
  /** Text kept exactly as written (SQL VARCHAR). */
  TEXT("VARCHAR"),
  /** An ISO date {@code YYYY-MM-DD} (SQL DATE). */
  DATE("DATE");

  private final String sql;

  ColumnType(String sql) {
    this.sql = sql;
  }

  /** The DuckDB type. */
  public String sql() {
    return sql;
  }
}
