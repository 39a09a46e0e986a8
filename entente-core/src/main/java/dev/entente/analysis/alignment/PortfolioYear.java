package dev.entente.analysis.alignment;

import java.util.Objects;

/**
 * The alliance portfolios of every state-system member in one year: {@code levels[i][k]} is the tie of state
 * {@code ccodes[i]} with state {@code ccodes[k]} on the chosen ordinal scale (0 = none ... 3 = defence), the
 * diagonal the self-tie; {@code weights[k]} is state k's capability share (CINC), or {@code null} when the year
 * has no capability data for every member.
 *
 * @param year the year
 * @param ccodes the members, in COW-code order
 * @param levels the portfolio matrix (n × n)
 * @param weights the members' CINC, or null
 * @param uncovered null when the alliance source covers the year; otherwise why it does not (every measure of the
 *     year is then undefined, never computed on empty portfolios)
 */
public record PortfolioYear(int year, int[] ccodes, byte[][] levels, double[] weights, String uncovered) {

  /** A year the source covers. */
  public PortfolioYear(int year, int[] ccodes, byte[][] levels, double[] weights) {
    this(year, ccodes, levels, weights, null);
  }

  public PortfolioYear {
    Objects.requireNonNull(ccodes, "ccodes");
    Objects.requireNonNull(levels, "levels");
    if (levels.length != ccodes.length) {
      throw new IllegalArgumentException("a portfolio matrix needs one row per member");
    }
  }
}
