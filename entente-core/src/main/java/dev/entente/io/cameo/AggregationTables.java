package dev.entente.io.cameo;

import dev.entente.analysis.events.EventAggregation;
import dev.entente.domain.GoldsteinScale;
import dev.entente.domain.QuadConvention;
import java.util.List;
import java.util.Map;

/** The code tables of an event aggregation, from the resources of this package. */
public final class AggregationTables {

  private AggregationTables() {}

  /** The quad classes, Goldstein values and country mapping for these conventions, with the tables' versions. */
  public static EventAggregation.Tables of(QuadConvention quad, GoldsteinScale goldstein) {
    List<EventAggregation.StateCode> states = CountryCodes.all().stream()
        .map(m -> new EventAggregation.StateCode(m.scheme(), m.code(), m.iso3()))
        .toList();
    Map<String, Double> values = goldstein == GoldsteinScale.AS_CODED ? Map.of() : CameoCodes.goldstein(goldstein);
    return new EventAggregation.Tables(CameoCodes.quadClasses(quad), values, states, StateSpells.all(), List.of(
        "code tables: " + CameoCodes.version() + " (CAMEO codes, Goldstein), " + CameoCodes.quadVersion()
            + " (quad classes), " + CountryCodes.version() + " (actor countries to states), " + StateSpells.version()
            + " (COW numbers by date: the states' system spells on the period's last day)"));
  }
}
