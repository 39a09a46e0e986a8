package dev.entente.io.tabular;

/**
 * Thrown by a {@link RowRule} for a row that breaks a dataset's rule; turned into a message (strict) or a reject
 * (lenient) by {@link TabularFile}.
 */
public final class RowProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String column;
  private final String value;

  /**
   * @param column the column at fault ("" for the row as a whole)
   * @param value the offending value
   * @param rule the rule broken
   */
  public RowProblem(String column, String value, String rule) {
    super(rule, null, false, false);
    this.column = column;
    this.value = value;
  }

  public String column() {
    return column;
  }

  public String value() {
    return value;
  }
}
