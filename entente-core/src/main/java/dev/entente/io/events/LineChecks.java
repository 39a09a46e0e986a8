package dev.entente.io.events;

import dev.entente.error.DataFileException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The slow, exact path of event-file validation: reads a file line by line, splits the fields (tab-separated, or
 * comma-separated with double quotes) and applies per-column rules, to name the first line that breaks one. Used
 * only after the bulk reader has refused a file, so its speed does not matter.
 */
public final class LineChecks {

  /** A rule on one field; returns the broken rule's text, or {@code null} when the value passes. */
  @FunctionalInterface
  public interface FieldRule {
    String check(String value);
  }

  private static final Pattern CAMEO = Pattern.compile("[0-9]{2,4}");
  private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

  private LineChecks() {}

  /** A whole number (blank = missing is allowed when {@code optional}). */
  public static FieldRule integer(boolean optional) {
    return v -> blank(v) ? (optional ? null : "must not be empty") : parses(() -> Long.parseLong(v.strip()), "not a whole number");
  }

  /** A decimal number within {@code [min, max]} (blank allowed when {@code optional}). */
  public static FieldRule decimal(boolean optional, double min, double max) {
    return v -> {
      if (blank(v)) {
        return optional ? null : "must not be empty";
      }
      try {
        double d = Double.parseDouble(v.strip());
        return d >= min && d <= max ? null : "must be between " + fmt(min) + " and " + fmt(max);
      } catch (NumberFormatException e) {
        return "not a number";
      }
    };
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  /** A date in the given pattern ({@code yyyyMMdd} or {@code yyyy-MM-dd}). */
  public static FieldRule date(boolean dashed) {
    DateTimeFormatter f = dashed ? DateTimeFormatter.ISO_LOCAL_DATE : BASIC;
    String shape = dashed ? "YYYY-MM-DD" : "YYYYMMDD";
    return v -> {
      if (blank(v)) {
        return "must not be empty";
      }
      try {
        LocalDate.parse(v.strip(), f);
        return null;
      } catch (DateTimeParseException e) {
        return "not a valid date (" + shape + ")";
      }
    };
  }

  /** A CAMEO event code: two to four digits whose first two are a root code 01-20. */
  public static FieldRule cameoCode() {
    return v -> {
      if (blank(v)) {
        return "must not be empty";
      }
      String s = v.strip();
      if (!CAMEO.matcher(s).matches()) {
        return "not a CAMEO event code (2 to 4 digits)";
      }
      int root = Integer.parseInt(s.substring(0, 2));
      return root >= 1 && root <= 20 ? null : "the root code (first two digits) must be 01 to 20";
    };
  }

  private static boolean blank(String v) {
    return v == null || v.isBlank();
  }

  private static String parses(Runnable r, String rule) {
    try {
      r.run();
      return null;
    } catch (NumberFormatException e) {
      return rule;
    }
  }

  /**
   * The first line of {@code file} that breaks a rule.
   *
   * @param header whether the first line is a header (skipped)
   * @param delimiter the field delimiter
   * @param quoted whether fields may be double-quoted (with {@code ""} inside)
   * @param nullString a value that means missing ({@code NA}), or {@code null}
   * @param columns the column names, in order (their number is the expected field count)
   * @param rules per column, a rule or {@code null}
   */
  public static Optional<DataFileException> firstProblem(Path file, String shown, boolean header, char delimiter,
      boolean quoted, String nullString, List<String> columns, FieldRule[] rules) {
    try (BufferedReader r = EventFiles.open(file)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (n == 1 && header) {
          continue;
        }
        List<String> fields = split(line, delimiter, quoted);
        if (fields.size() != columns.size()) {
          return Optional.of(new DataFileException(shown, n, "", "", "has " + fields.size() + " fields, the layout has "
              + columns.size() + " (" + (delimiter == '\t' ? "tab" : "comma") + "-separated)"));
        }
        for (int i = 0; i < rules.length; i++) {
          if (rules[i] == null) {
            continue;
          }
          String v = fields.get(i);
          String broken = rules[i].check(nullString != null && nullString.equals(v) ? "" : v);
          if (broken != null) {
            return Optional.of(new DataFileException(shown, n, columns.get(i), abbreviate(v), broken));
          }
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(EventFiles.damaged(Path.of(shown), e));
    } catch (UncheckedIOException e) {
      return Optional.of(EventFiles.damaged(Path.of(shown), e.getCause()));
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }

  /** Splits one line into fields. */
  public static List<String> split(String line, char delimiter, boolean quoted) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int len = line.length();
    while (true) {
      if (quoted && i < len && line.charAt(i) == '"') {
        StringBuilder b = new StringBuilder();
        i++;
        while (i < len) {
          char c = line.charAt(i);
          if (c == '"') {
            if (i + 1 < len && line.charAt(i + 1) == '"') {
              b.append('"');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          b.append(c);
          i++;
        }
        out.add(b.toString());
        int next = line.indexOf(delimiter, i);
        if (next < 0) {
          return out;
        }
        i = next + 1;
      } else {
        int next = line.indexOf(delimiter, i);
        if (next < 0) {
          out.add(line.substring(i));
          return out;
        }
        out.add(line.substring(i, next));
        i = next + 1;
      }
    }
  }
}
