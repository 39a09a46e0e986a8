package dev.entente.io.tabular;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Checks dates that datasets split into year, month and day columns (any of which may be missing). */
public final class DateParts {

  private DateParts() {}

  /**
   * A rule: when year, month and day are all present they must make a real date; a month must be 1–12 and a day
   * 1–31 when present.
   */
  public static RowRule valid(Layout layout, String year, String month, String day) {
    int y = layout.index(year);
    int m = layout.index(month);
    int d = layout.index(day);
    return values -> {
      Long yy = (Long) values[y];
      Long mm = (Long) values[m];
      Long dd = (Long) values[d];
      if (mm != null && (mm < 1 || mm > 12)) {
        throw new RowProblem(month, String.valueOf(mm), "a month is 1 to 12");
      }
      if (dd != null && (dd < 1 || dd > 31)) {
        throw new RowProblem(day, String.valueOf(dd), "a day is 1 to 31");
      }
      if (yy != null && mm != null && dd != null) {
        try {
          LocalDate.of(yy.intValue(), mm.intValue(), dd.intValue());
        } catch (DateTimeException e) {
          throw new RowProblem(day, yy + "-" + mm + "-" + dd, "not a real date");
        }
      }
    };
  }

  /** Combines rules: each in turn. */
  public static RowRule all(RowRule... rules) {
    return values -> {
      for (RowRule r : rules) {
        r.check(values);
      }
    };
  }
}
