package dev.entente.analysis.dyads;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A dyad-year frame to build: every pair of state-system members in each year, with columns added from imported
 * datasets.
 *
 * @param system the state system; only {@code cow} for now
 * @param firstYear the first year
 * @param lastYear the last year
 * @param directed {@code true}: both (A, B) and (B, A); {@code false}: only ccode1 &lt; ccode2, with ATOP flags the
 *     maximum over both directions
 * @param carryForward whether years after the system list's last year (2016 for COW v2016) use that year's list,
 *     as ATOP does for 2017–2018; otherwise those years have no dyads
 * @param additions the datasets whose columns are added: {@code atop}, {@code cow-alliances}, {@code nmc},
 *     {@code unvotes} (UN voting agreement in the calendar year)
 * @param versions the version to use per dataset ({@code atop -> 5.1}); a dataset not named here uses its most
 *     recently imported version
 */
public record DyadYearRequest(
    String system,
    int firstYear,
    int lastYear,
    boolean directed,
    boolean carryForward,
    List<String> additions,
    java.util.Map<String, String> versions) {

  /** The additions entente knows. */
  public static final Set<String> KNOWN_ADDITIONS = Set.of("atop", "cow-alliances", "nmc", "unvotes");

  /** A request using the most recently imported version of every dataset. */
  public DyadYearRequest(
      String system, int firstYear, int lastYear, boolean directed, boolean carryForward, List<String> additions) {
    this(system, firstYear, lastYear, directed, carryForward, additions, java.util.Map.of());
  }

  public DyadYearRequest {
    Objects.requireNonNull(system, "system");
    additions = List.copyOf(additions);
    versions = java.util.Map.copyOf(versions);
    if (!system.equals("cow")) {
      throw new IllegalArgumentException("system '" + system + "' is not known (allowed: cow)");
    }
    if (firstYear > lastYear) {
      throw new IllegalArgumentException("years " + firstYear + "-" + lastYear + ": the first year is after the last");
    }
    for (String a : additions) {
      if (!KNOWN_ADDITIONS.contains(a)) {
        throw new IllegalArgumentException("'" + a + "' cannot be added (allowed: atop, cow-alliances, nmc, unvotes)");
      }
    }
  }
}
