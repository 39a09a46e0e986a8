package dev.entente.domain;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * A calendar date as precisely as the sources give it.
 *
 * <p>{@code date} is the first day of the stated unit ({@code 2004-09} is stored as 2004-09-01 with {@link
 * Precision#MONTH}). {@link #first()} and {@link #last()} give the first and last day the value may mean; the
 * convention that imprecise starts count from their first day and imprecise ends from their last is applied by
 * {@link Period}, not here.
 *
 * @param date the first day of the unit
 * @param precision day, month or year
 */
public record DatePoint(LocalDate date, Precision precision) implements Comparable<DatePoint> {

  public DatePoint {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(precision, "precision");
    if (precision == Precision.MONTH && date.getDayOfMonth() != 1
        || precision == Precision.YEAR && date.getDayOfYear() != 1) {
      throw new IllegalArgumentException(
          "date " + date + " must be the first day of its " + precision.name().toLowerCase());
    }
  }

  /** A date known to the day. */
  public static DatePoint of(LocalDate date) {
    return new DatePoint(date, Precision.DAY);
  }

  /** A date known to the day. */
  public static DatePoint of(int year, int month, int day) {
    return of(LocalDate.of(year, month, day));
  }

  /**
   * Parses {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}.
   *
   * @throws IllegalArgumentException naming the value and the accepted forms when the text is not a valid date
   */
  public static DatePoint parse(String text) {
    String t = text.strip();
    try {
      if (t.matches("\\d{4}")) {
        return new DatePoint(LocalDate.of(Integer.parseInt(t), 1, 1), Precision.YEAR);
      }
      if (t.matches("\\d{4}-\\d{2}")) {
        int y = Integer.parseInt(t.substring(0, 4));
        int m = Integer.parseInt(t.substring(5, 7));
        return new DatePoint(LocalDate.of(y, m, 1), Precision.MONTH);
      }
      if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return of(LocalDate.parse(t));
      }
    } catch (java.time.DateTimeException e) {
      String why = e.getMessage();
      int colon = why.lastIndexOf(": ");
      throw new IllegalArgumentException(
          "'" + text + "' is not a valid date (" + (colon < 0 ? why : why.substring(colon + 2)) + ")", e);
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)");
  }

  /** The first day this value may mean. */
  public LocalDate first() {
    return date;
  }

  /** The last day this value may mean. */
  public LocalDate last() {
    return switch (precision) {
      case DAY -> date;
      case MONTH -> date.with(TemporalAdjusters.lastDayOfMonth());
      case YEAR -> date.with(TemporalAdjusters.lastDayOfYear());
    };
  }

  /** This value moved by whole years and months, keeping its precision. */
  public DatePoint plus(int years, int months) {
    return new DatePoint(date.plusYears(years).plusMonths(months), precision);
  }

  @Override
  public int compareTo(DatePoint o) {
    return date.compareTo(o.date);
  }

  /** The value as written in the sources: {@code 2004-09-17}, {@code 2004-09} or {@code 2004}. */
  @Override
  public String toString() {
    return switch (precision) {
      case DAY -> date.toString();
      case MONTH -> date.toString().substring(0, 7);
      case YEAR -> String.valueOf(date.getYear());
    };
  }
}
