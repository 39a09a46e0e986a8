package dev.entente.analysis.crosscheck;

import dev.entente.domain.Obligation;
import java.util.Set;

/**
 * One member-phase row of ATOP's member-level file, reduced to what the cross-check compares.
 *
 * @param atopid the ATOP alliance id
 * @param ccode the member's COW code
 * @param beginYear the alliance's first year ({@code begyr} of the alliance-level file)
 * @param obligations the member's obligation flags in this phase (defense, offense, neutral, nonagg, consul)
 */
public record AtopMember(int atopid, int ccode, int beginYear, Set<Obligation> obligations) {
  public AtopMember {
    obligations = Set.copyOf(obligations);
  }
}
