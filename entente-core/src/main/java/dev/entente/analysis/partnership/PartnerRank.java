package dev.entente.analysis.partnership;

import dev.entente.domain.DatePoint;
import dev.entente.domain.Partnership;
import java.util.List;

/**
 * A partner's place on an actor's ladder on a date.
 *
 * @param partner the partner's actor key
 * @param label the label in force on the date
 * @param tier its tier in the tier table (higher = closer)
 * @param since when that label was established, as precisely as the sources say
 * @param current the stage in force
 * @param history every stage of this pair up to the date, oldest first (upgrades and downgrades)
 */
public record PartnerRank(
    String partner, String label, int tier, DatePoint since, Partnership current, List<Partnership> history) {
  public PartnerRank {
    history = List.copyOf(history);
  }
}
