package dev.entente.io.tabular;

/** A dataset-specific check on a parsed row (code lists, dates built from parts, cross-column rules). */
@FunctionalInterface
public interface RowRule {

  /**
   * @param values the parsed row, in layout order
   * @throws RowProblem when the row breaks the rule
   */
  void check(Object[] values);

  /** No check. */
  static RowRule none() {
    return v -> {};
  }
}
