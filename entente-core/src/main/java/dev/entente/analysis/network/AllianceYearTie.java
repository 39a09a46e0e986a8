package dev.entente.analysis.network;

import dev.entente.domain.Obligation;
import java.util.Set;

/**
 * A directed tie between two members of one research-dataset alliance in one year: the obligations {@code ccode1}
 * has towards {@code ccode2} under it.
 *
 * @param alliance the alliance ({@code atop:3180}, {@code cow:2531})
 * @param year the calendar year
 * @param ccode1 the member that is bound
 * @param ccode2 the other member
 * @param obligations what {@code ccode1} owes {@code ccode2} (may be empty: members without these obligations)
 * @param parties the alliance's number of members in that year
 */
public record AllianceYearTie(
    String alliance, int year, int ccode1, int ccode2, Set<Obligation> obligations, int parties) {
  public AllianceYearTie {
    obligations = Set.copyOf(obligations);
  }
}
