package dev.entente.analysis.brief;

import dev.entente.analysis.hub.HubAndSpokes;
import dev.entente.analysis.landscape.AlignmentLandscape;
import dev.entente.analysis.landscape.CuratedLandscape;
import dev.entente.analysis.landscape.LandscapeResult;
import dev.entente.analysis.landscape.LandscapeSolver;
import dev.entente.analysis.network.CommitmentNetwork;
import dev.entente.analysis.network.CuratedNetworks;
import dev.entente.analysis.network.NetworkRequest;
import dev.entente.analysis.network.NetworkStructure;
import dev.entente.analysis.network.Region;
import dev.entente.analysis.network.StructureMeasures;
import dev.entente.analysis.obligation.ObligationTie;
import dev.entente.analysis.obligation.ObligationsInForce;
import dev.entente.analysis.partnership.PartnerLadder;
import dev.entente.analysis.partnership.PartnerRank;
import dev.entente.analysis.renewal.CalendarEntry;
import dev.entente.analysis.renewal.RenewalCalendar;
import dev.entente.domain.Catalog;
import dev.entente.domain.CommitmentKind;
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
 * @param usTrend the structure of the US network in Asia and Oceania from 1951 to the brief's year (curated
 *     alliances and arrangements, as of 31 December of each year, the brief's day for its own year)
 * @param indoPacific the blocs of the Indo-Pacific landscape on the brief's day (see {@link #INDO_PACIFIC})
 * @param indoPacificNotes the conventions of that landscape
 */
public record Brief(
    LocalDate day,
    String dataVersion,
    List<PartnerRank> chinaPartners,
    List<ObligationTie> chinaDefense,
    List<CalendarEntry> chinaRenewals,
    HubAndSpokes.System usSystem,
    List<HubTrend> usTrend,
    LandscapeResult indoPacific,
    List<String> indoPacificNotes) {

  /** The states of the Indo-Pacific landscape: the region's treaty powers and their partners. */
  public static final List<String> INDO_PACIFIC = CuratedLandscape.INDO_PACIFIC;

  /** The first year of the US hub-and-spoke trend (the San Francisco system's treaties were signed in 1951). */
  public static final int TREND_FROM = 1951;

  /**
   * One year of the US hub-and-spoke trend.
   *
   * @param year the year
   * @param allies the number of US treaty allies in the region
   * @param spokeTies the number of ties among them
   * @param hubClustering the share of pairs of allies tied to each other (null with fewer than two allies)
   * @param degreeCentralization Freeman's degree centralization of the network
   */
  public record HubTrend(int year, int allies, int spokeTies, Double hubClustering, Double degreeCentralization) {}

  /** Years ahead the brief looks for the next renewal of a treaty. */
  static final int HORIZON_YEARS = 50;

  public Brief {
    chinaPartners = List.copyOf(chinaPartners);
    chinaDefense = List.copyOf(chinaDefense);
    chinaRenewals = List.copyOf(chinaRenewals);
    usTrend = List.copyOf(usTrend);
    indoPacificNotes = List.copyOf(indoPacificNotes);
  }

  private record Solved(LandscapeResult result, List<String> notes) {}

  /** Computes the brief for {@code day}. */
  public static Brief on(Catalog catalog, LocalDate day) {
    AlignmentLandscape.Built built = CuratedLandscape.on(catalog, day, INDO_PACIFIC, "kappa");
    Solved landscape = new Solved(LandscapeSolver.defaults().solve(built.landscape(), x -> { }), built.notes());
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
        new HubAndSpokes(catalog).on("USA", HubAndSpokes.Region.asiaPacific(), day),
        trend(catalog, day),
        landscape.result(),
        landscape.notes());
  }

  /** The US network's hub measures, year by year. */
  static List<HubTrend> trend(Catalog catalog, LocalDate day) {
    NetworkRequest r = NetworkRequest.defaults()
        .withKinds(EnumSet.of(CommitmentKind.ALLIANCE, CommitmentKind.ARRANGEMENT))
        .withRegion(Region.named("asia-pacific").orElseThrow()).withHub("USA");
    CuratedNetworks networks = new CuratedNetworks(catalog);
    List<HubTrend> out = new ArrayList<>();
    for (int y = TREND_FROM; y <= day.getYear(); y++) {
      LocalDate d = y == day.getYear() ? day : LocalDate.of(y, 12, 31);
      CommitmentNetwork n = networks.on(d, r);
      StructureMeasures m = NetworkStructure.measure(n);
      int allies = NetworkStructure.allies(n).size();
      int ties = m.hubClustering() == null ? 0 : (int) Math.round(m.hubClustering() * allies * (allies - 1) / 2.0);
      out.add(new HubTrend(y, allies, ties, m.hubClustering(), m.degreeCentralization()));
    }
    return out;
  }
}
