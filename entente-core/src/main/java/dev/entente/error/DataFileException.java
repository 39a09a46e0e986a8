package dev.entente.error;

import java.util.Objects;

/**
 * A data file that breaks a rule of its format. The message names the file, the line, the field or column, the
 * offending value and the rule: {@code nato.rec:12: field Start: value '1949-13-01': not a valid date}.
 */
public class DataFileException extends EntenteException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final String field;
  private final String value;
  private final String rule;

  /**
   * @param file the file name
   * @param line the 1-based line number (0 when the problem is the file as a whole)
   * @param field the field or column name (empty when none applies)
   * @param value the offending value (empty when none applies)
   * @param rule the rule that was broken
   */
  public DataFileException(String file, int line, String field, String value, String rule) {
    super(format(file, line, field, value, rule));
    this.file = Objects.requireNonNull(file, "file");
    this.line = line;
    this.field = Objects.requireNonNull(field, "field");
    this.value = Objects.requireNonNull(value, "value");
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  private static String format(String file, int line, String field, String value, String rule) {
    StringBuilder b = new StringBuilder(file);
    if (line > 0) {
      b.append(':').append(line);
    }
    b.append(": ");
    if (!field.isEmpty()) {
      b.append("field ").append(field).append(": ");
    }
    if (!value.isEmpty()) {
      b.append("value '").append(value).append("': ");
    }
    return b.append(rule).toString();
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public String field() {
    return field;
  }

  public String value() {
    return value;
  }

  public String rule() {
    return rule;
  }
}
