package dev.entente.io.tabular;

import java.util.Objects;
import java.util.Set;

/**
 * One column of a dataset file: its name in the file, its type, the codes that mean "missing" (loaded as SQL
 * NULL, never as 0) and whether a value is required.
 *
 * @param name the column name as in the file's header (also the column name in the store)
 * @param type how values are parsed
 * @param missing the dataset's missing-value codes for this column ({@code ""}, {@code -9}, {@code NA}, ...)
 * @param required whether a missing value is an error
 */
public record Column(String name, ColumnType type, Set<String> missing, boolean required) {

  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    missing = Set.copyOf(missing);
  }

  /** A required whole number; only the empty cell is treated as missing (and rejected). */
  public static Column requiredInt(String name) {
    return new Column(name, ColumnType.INTEGER, Set.of(""), true);
  }

  /** An optional whole number whose listed codes are missing values. */
  public static Column optionalInt(String name, String... missing) {
    return new Column(name, ColumnType.INTEGER, Set.of(missing), false);
  }

  /** An optional real number whose listed codes are missing values. */
  public static Column optionalReal(String name, String... missing) {
    return new Column(name, ColumnType.REAL, Set.of(missing), false);
  }

  /** Text; the listed codes are missing values. */
  public static Column text(String name, boolean required, String... missing) {
    return new Column(name, ColumnType.TEXT, Set.of(missing), required);
  }

  /**
   * Parses one cell.
   *
   * @return the value, or {@code null} for a missing-value code
   * @throws IllegalArgumentException with the rule the value breaks
   */
  public Object parse(String raw) {
    String v = raw.strip();
    if (missing.contains(v) || v.isEmpty() && type != ColumnType.TEXT) {
      if (required) {
        throw new IllegalArgumentException("a value is required");
      }
      return null;
    }
    switch (type) {
      case INTEGER:
        try {
          return Long.parseLong(v);
        } catch (NumberFormatException e) {
          try {
            double d = Double.parseDouble(v);
            if (d == Math.rint(d) && !Double.isInfinite(d)) {
              return (long) d;
            }
          } catch (NumberFormatException ignored) {
            // reported below
          }
          throw new IllegalArgumentException("not a whole number");
        }
      case REAL:
        try {
          double d = Double.parseDouble(v);
          if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("not a finite number");
          }
          return d;
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("not a number");
        }
      case DATE:
        try {
          return java.time.LocalDate.parse(v);
        } catch (java.time.format.DateTimeParseException e) {
          throw new IllegalArgumentException("not a valid date (expected YYYY-MM-DD)");
        }
      default:
        return raw;
    }
  }
}
