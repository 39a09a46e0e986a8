package dev.entente.store.duckdb;

import dev.entente.domain.Bound;
import dev.entente.domain.DatePoint;
import dev.entente.domain.Precision;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** Writes and reads a {@link Bound} as three columns: {@code X_kind}, {@code X_date}, {@code X_precision}. */
final class BoundColumns {

  private BoundColumns() {}

  /** Binds parameters {@code index}, {@code index+1}, {@code index+2}. */
  static void bind(PreparedStatement ps, int index, Bound b) throws SQLException {
    if (b instanceof Bound.Known k) {
      ps.setString(index, "date");
      ps.setObject(index + 1, k.date().date());
      ps.setString(index + 2, k.date().precision().name().toLowerCase(Locale.ROOT));
    } else {
      ps.setString(index, b instanceof Bound.Open ? "open" : "unknown");
      ps.setNull(index + 1, Types.DATE);
      ps.setNull(index + 2, Types.VARCHAR);
    }
  }

  /** Binds a date and its precision at {@code index}, {@code index+1}; both NULL when absent. */
  static void bindDate(PreparedStatement ps, int index, Optional<DatePoint> d) throws SQLException {
    if (d.isPresent()) {
      ps.setObject(index, d.get().date());
      ps.setString(index + 1, d.get().precision().name().toLowerCase(Locale.ROOT));
    } else {
      ps.setNull(index, Types.DATE);
      ps.setNull(index + 1, Types.VARCHAR);
    }
  }

  static Bound read(ResultSet rs, String prefix) throws SQLException {
    String kind = rs.getString(prefix + "_kind");
    return switch (kind) {
      case "open" -> Bound.OPEN;
      case "unknown" -> Bound.UNKNOWN;
      case "date" -> Bound.of(readDate(rs, prefix + "_date", prefix + "_precision").orElseThrow());
      default -> throw new IllegalStateException("unknown bound kind in store: " + kind);
    };
  }

  static Optional<DatePoint> readDate(ResultSet rs, String dateColumn, String precisionColumn)
      throws SQLException {
    LocalDate d = rs.getObject(dateColumn, LocalDate.class);
    if (d == null) {
      return Optional.empty();
    }
    return Optional.of(
        new DatePoint(d, Precision.valueOf(rs.getString(precisionColumn).toUpperCase(Locale.ROOT))));
  }
}
