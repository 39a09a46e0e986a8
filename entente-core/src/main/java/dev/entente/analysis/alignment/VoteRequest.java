package dev.entente.analysis.alignment;

import java.util.Objects;

/**
 * Which UN votes to compare.
 *
 * @param first the first year: per session, the sessions whose year (Voeten's {@code year}) is in the range; per
 *     year, the roll calls dated in it
 * @param last the last year
 * @param byYear {@code false} (the default): per session; {@code true}: per calendar year of the roll-call date
 * @param chinaSeat {@code as-coded} (the default): the votes as Voeten codes them, the Republic of China (713)
 *     until session 26 and the People's Republic (710) from it, as two states; {@code merge}: one China seat, 710,
 *     holding the ROC's votes before UNGA Resolution 2758 (1971-10-25)
 */
public record VoteRequest(int first, int last, boolean byYear, String chinaSeat) {
  public VoteRequest {
    Objects.requireNonNull(chinaSeat, "chinaSeat");
    if (!chinaSeat.equals("as-coded") && !chinaSeat.equals("merge")) {
      throw new IllegalArgumentException("china seat '" + chinaSeat + "' is not known (allowed: as-coded, merge)");
    }
    if (first > last) {
      throw new IllegalArgumentException(first + "-" + last + ": the first is after the last");
    }
  }
}
