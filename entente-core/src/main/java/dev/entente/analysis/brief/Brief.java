package dev.entente.analysis.brief;

import dev.entente.analysis.hub.HubAndSpokes;
import dev.entente.analysis.obligation.ObligationTie;
import dev.entente.analysis.obligation.ObligationsInForce;
import dev.entente.analysis.partnership.PartnerLadder;
import dev.entente.analysis.partnership.PartnerRank;
import dev.entente.analysis.renewal.CalendarEntry;
import dev.entente.analysis.renewal.RenewalCalendar;
import dev.entente.domain.Catalog;
import dev.entente.domain.Obligation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The short brief that answers questions 1–3 of CONTEXT.md from the built-in data on a date: China's partners by
 * tier; China's defence treaties and their next renewal under every recorded reading; the US hub and spokes in
 * Asia and Oceania and which spokes are tied to each other.
 *
 * @param day the date of the brief
 * @param dataVersion the curated dataset version
 * @param chinaPartners China's partnership ladder
 * @param chinaDefense China's defence obligations in force (as guarantor)
 * @param chinaRenewals the next renewal-calendar entries of those treaties, for each reading (default first)
 * @param usSystem the US system in Asia and Oceania
 */
public record Brief(
    LocalDate day,
    String dataVersion,
    List<PartnerRank> chinaPartners,
    List<ObligationTie> chinaDefense,
    List<CalendarEntry> chinaRenewals,
    HubAndSpokes.System usSystem) {

  /** Years ahead the brief looks for the next renewal of a treaty. */
  static final int HORIZON_YEARS = 50;

  public Brief {
    chinaPartners = List.copyOf(chinaPartners);
    chinaDefense = List.copyOf(chinaDefense);
    chinaRenewals = List.copyOf(chinaRenewals);
  }

  /** Computes the brief for {@code day}. */
  public static Brief on(Catalog catalog, LocalDate day) {
    Set<Obligation> defense = EnumSet.of(Obligation.DEFENSE);
    List<ObligationTie> chinaDefense = new ObligationsInForce(catalog).owedBy("CHN", day, defense);
    List<CalendarEntry> all = new RenewalCalendar(catalog).between(day, day.plusYears(HORIZON_YEARS), true);
    List<CalendarEntry> next = new ArrayList<>();
    for (String id : chinaDefense.stream().map(t -> t.commitment().id()).distinct().toList()) {
      for (String reading : all.stream().filter(e -> e.commitment().id().equals(id)).map(CalendarEntry::reading).distinct().toList()) {
        all.stream()
            .filter(e -> e.commitment().id().equals(id) && e.reading().equals(reading) && e.event().equals("renewal"))
            .findFirst()
            .ifPresent(next::add);
      }
    }
    return new Brief(
        day,
        catalog.dataVersion(),
        new PartnerLadder(catalog).on("CHN", day),
        chinaDefense,
        next,
        new HubAndSpokes(catalog).on("USA", HubAndSpokes.Region.asiaPacific(), day));
  }
}
