package dev.entente.analysis.obligation;

import dev.entente.domain.Obligation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How a conflict over a state could spread through commitments: the states bound to defend it (depth 1), the states
 * bound to defend those (depth 2: B must defend A if A is attacked while defending X), and so on.
 *
 * <p>A state is listed at the first depth at which it is drawn in, once for each path of that length that reaches
 * it and each commitment that binds its last link (the United States owes Australia defence under ANZUS and the
 * Manila Pact: two links); the target itself is never listed. Each link is an obligation in force on the date ({@link
 * ObligationsInForce}); geographic limits of a treaty's casus foederis (NATO's Article 6, for instance) are not
 * modelled, so a deeper link says that a treaty binds the two states, not that it would apply to that war.
 */
public final class ObligationChains {

  private final ObligationsInForce obligations;

  public ObligationChains(ObligationsInForce obligations) {
    this.obligations = obligations;
  }

  /**
   * One link of a chain.
   *
   * @param depth 1 for the target's own guarantors, 2 for theirs, ...
   * @param tie the obligation: {@code tie.guarantor()} must defend {@code tie.beneficiary()}
   * @param path the states from the target to the guarantor ({@code [JPN, USA, CAN]})
   */
  public record Link(int depth, ObligationTie tie, List<String> path) {
    public Link {
      path = List.copyOf(path);
    }
  }

  /** The chains of obligation towards {@code target} on {@code day}, up to {@code maxDepth} (1–5). */
  public List<Link> towards(String target, LocalDate day, Set<Obligation> types, int maxDepth) {
    if (maxDepth < 1 || maxDepth > 5) {
      throw new IllegalArgumentException("depth " + maxDepth + " is outside 1-5");
    }
    List<Link> out = new ArrayList<>();
    Set<String> reached = new HashSet<>(Set.of(target));
    List<List<String>> frontier = List.of(List.of(target));
    for (int depth = 1; depth <= maxDepth && !frontier.isEmpty(); depth++) {
      List<Link> level = new ArrayList<>();
      for (List<String> path : frontier) {
        String beneficiary = path.get(path.size() - 1);
        for (ObligationTie t : obligations.owedTo(beneficiary, day, types)) {
          if (!reached.contains(t.guarantor())) {
            List<String> longer = new ArrayList<>(path);
            longer.add(t.guarantor());
            level.add(new Link(depth, t, longer));
          }
        }
      }
      List<List<String>> next = new ArrayList<>();
      Set<String> added = new HashSet<>();
      for (Link l : level) {
        if (added.add(String.join(">", l.path()))) {
          next.add(l.path());
        }
      }
      level.forEach(l -> reached.add(l.tie().guarantor()));
      out.addAll(level);
      frontier = next;
    }
    return out;
  }
}
