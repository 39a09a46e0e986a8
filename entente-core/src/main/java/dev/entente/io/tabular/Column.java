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
 * @param datePattern for {@link ColumnType#DATE}: the {@link java.time.format.DateTimeFormatter} pattern of the
 *     file ({@code uuuu-MM-dd} by default, {@code M/d/uuuu} for Voeten's roll calls)
 */
public record Column(String name, ColumnType type, Set<String> missing, boolean required, String datePattern) {

  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(datePattern, "datePattern");
    missing = Set.copyOf(missing);
  }

  private static final java.util.Map<String, java.time.format.DateTimeFormatter> FORMATTERS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** A column with ISO dates (if it is a date column at all). */
  public Column(String name, ColumnType type, Set<String> missing, boolean required) {
    this(name, type, missing, required, "uuuu-MM-dd");
  }

  /** A date column in the given pattern ({@code M/d/uuuu}); the listed codes are missing values. */
  public static Column date(String name, String pattern, boolean required, String... missing) {
    return new Column(name, ColumnType.DATE, Set.of(missing), required, pattern);
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
          return java.time.LocalDate.parse(v, FORMATTERS.computeIfAbsent(datePattern,
              p -> java.time.format.DateTimeFormatter.ofPattern(p)
                  .withResolverStyle(java.time.format.ResolverStyle.STRICT)));
        } catch (java.time.format.DateTimeParseException e) {
          throw new IllegalArgumentException("not a valid date (expected " + datePattern.replace("uuuu", "yyyy") + ")");
        }
      default:
        return raw;
    }
  }
}
