package dev.entente.analysis.partnership;

import dev.entente.domain.Bound;
import dev.entente.domain.Catalog;
import dev.entente.domain.Commitment;
import dev.entente.domain.DatePoint;
import dev.entente.domain.Partnership;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An actor's partnerships on a date, ranked by tier.
 *
 * <p>For each partner, the stages (labels) of the pair that started on or before the date are ordered by start;
 * the latest one is the label in force, if that stage is itself in force on the date (a stage whose end no source
 * dates is not counted: the engine does not claim a label holds when it cannot tell). Tiers come from the
 * catalog's versioned tier table. Ranking: tier descending, then the earlier label first, then partner key.
 */
public final class PartnerLadder {

  private final Catalog catalog;

  public PartnerLadder(Catalog catalog) {
    this.catalog = catalog;
  }

  /** The ladder of {@code actor} on {@code day}. */
  public List<PartnerRank> on(String actor, LocalDate day) {
    Map<String, List<Partnership>> byPartner = new LinkedHashMap<>();
    for (Commitment c : catalog.commitments()) {
      if (c instanceof Partnership p
          && p.header().isParty(actor)
          && p.header().period().start() instanceof Bound.Known s
          && !s.date().first().isAfter(day)) {
        byPartner.computeIfAbsent(p.other(actor), k -> new ArrayList<>()).add(p);
      }
    }
    List<PartnerRank> ranks = new ArrayList<>();
    for (Map.Entry<String, List<Partnership>> e : byPartner.entrySet()) {
      List<Partnership> stages = new ArrayList<>(e.getValue());
      stages.sort(Comparator.comparing(PartnerLadder::start));
      Partnership latest = stages.get(stages.size() - 1);
      if (!latest.inForceOn(day)) {
        continue;
      }
      int tier =
          catalog.tiers().tierOf(latest.label())
              .orElseThrow(() -> new IllegalStateException("no tier for label '" + latest.label() + "'"))
              .tier();
      ranks.add(new PartnerRank(e.getKey(), latest.label(), tier, start(latest), latest, stages));
    }
    ranks.sort(Comparator.comparingInt(PartnerRank::tier).reversed()
        .thenComparing(r -> r.since().first())
        .thenComparing(PartnerRank::partner));
    return ranks;
  }

  private static DatePoint start(Partnership p) {
    return ((Bound.Known) p.header().period().start()).date();
  }
}
