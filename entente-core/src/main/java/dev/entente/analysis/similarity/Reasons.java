package dev.entente.analysis.similarity;

/** The reasons the measures give for an undefined score, kept in one place so the texts do not drift. */
final class Reasons {

  static final String EMPTY = "no observations (no third states or common votes)";
  static final String NO_COMMON_VOTES = "no common votes";
  static final String ZERO_WEIGHT = "the weights sum to 0";
  static final String FEWER_THAN_TWO = "fewer than two observations, so there is no pair to rank";
  static final String NO_VARIATION = "one state's positions do not vary (tau-b's denominator is 0)";
  static final String ONE_CELL =
      "both states take the same single position throughout, so the expected disagreement (the denominator) is 0";

  private Reasons() {}
}
