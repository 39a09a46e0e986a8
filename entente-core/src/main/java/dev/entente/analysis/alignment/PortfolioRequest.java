package dev.entente.analysis.alignment;

import java.util.Objects;

/**
 * Which portfolios to build (METHODS.md B.1).
 *
 * @param source {@code atop} (ATOP ordinal: 3 defence or offence, 2 neutrality or consultation, 1 non-aggression
 *     only, 0 none) or {@code cow} (COW ordinal: 3 defence, 2 neutrality or non-aggression, 1 entente, 0 none)
 * @param firstYear the first year
 * @param lastYear the last year
 * @param directed {@code false} (the default): a tie is the maximum over both directions, as ATOP's S scores and
 *     peacesciencer's {@code ndir = TRUE} do; {@code true}: row i holds i's own obligations towards each state
 * @param selfTie the level of a state's tie with itself (3 by convention: EUGene, Häge, peacesciencer)
 * @param carryForward years after the system list's last year use that year's list (ATOP does so for 2017–2018)
 * @param curatedAfterAtop with {@code atop}: years after ATOP's last (2018) are built from entente's curated
 *     commitments instead — a different and much smaller source, flagged in the output; a tie counts in a year
 *     when the obligation is in force on the first day of any month of it or on 31 December
 */
public record PortfolioRequest(
    String source,
    int firstYear,
    int lastYear,
    boolean directed,
    int selfTie,
    boolean carryForward,
    boolean curatedAfterAtop) {

  /** Without the curated extension. */
  public PortfolioRequest(String source, int firstYear, int lastYear, boolean directed, int selfTie,
      boolean carryForward) {
    this(source, firstYear, lastYear, directed, selfTie, carryForward, false);
  }

  public PortfolioRequest {
    Objects.requireNonNull(source, "source");
    if (!source.equals("atop") && !source.equals("cow")) {
      throw new IllegalArgumentException("source '" + source + "' is not an alliance source (allowed: atop, cow)");
    }
    if (firstYear > lastYear) {
      throw new IllegalArgumentException("years " + firstYear + "-" + lastYear + ": the first year is after the last");
    }
    if (curatedAfterAtop && !source.equals("atop")) {
      throw new IllegalArgumentException("the curated extension goes with --source atop only");
    }
    if (selfTie < 0 || selfTie > 3) {
      throw new IllegalArgumentException("self-tie " + selfTie + " is outside 0..3");
    }
  }

  /** The defaults: undirected, self-tie 3, the 2016 system list carried forward. */
  public static PortfolioRequest of(String source, int firstYear, int lastYear) {
    return new PortfolioRequest(source, firstYear, lastYear, false, 3, true);
  }
}
