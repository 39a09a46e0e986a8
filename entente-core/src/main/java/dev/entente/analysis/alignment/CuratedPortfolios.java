package dev.entente.analysis.alignment;

import dev.entente.analysis.obligation.ObligationTie;
import dev.entente.analysis.obligation.ObligationsInForce;
import dev.entente.domain.Actor;
import dev.entente.domain.Catalog;
import dev.entente.domain.State;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Alliance portfolios from the curated pledges, on the ATOP ordinal scale of METHODS.md §B.1 (3 = defence or
 * offence, 2 = neutrality or consultation, 1 = non-aggression, 0 = none): the directed tie of a guarantor to a
 * beneficiary is the highest level of any obligation it owes it on any of the probe days.
 */
public final class CuratedPortfolios {

  private CuratedPortfolios() {}

  /** The directed ties (key {@link #key(int, int)} of guarantor and beneficiary COW codes) on the probe days. */
  public static Map<Long, Byte> ties(Catalog catalog, List<LocalDate> probes) {
    Map<String, Integer> ccodes = new HashMap<>();
    for (Actor a : catalog.actors()) {
      if (a instanceof State s) {
        ccodes.put(s.key(), s.ccode());
      }
    }
    ObligationsInForce finder = new ObligationsInForce(catalog);
    Map<Long, Byte> out = new HashMap<>();
    for (LocalDate day : probes) {
      for (ObligationTie t : finder.all(day, EnumSet.allOf(dev.entente.domain.Obligation.class))) {
        Integer g = ccodes.get(t.guarantor());
        Integer b = ccodes.get(t.beneficiary());
        if (g != null && b != null) {
          byte level = switch (t.obligation()) {
            case DEFENSE, OFFENSE -> 3;
            case NEUTRALITY, CONSULTATION -> 2;
            case NONAGGRESSION -> 1;
          };
          out.merge(key(g, b), level, (x, y) -> (byte) Math.max(x, y));
        }
      }
    }
    return out;
  }

  /** The probe days of a calendar year: the first of each month and 31 December. */
  public static List<LocalDate> yearProbes(int year) {
    List<LocalDate> probes = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      probes.add(LocalDate.of(year, m, 1));
    }
    probes.add(LocalDate.of(year, 12, 31));
    return probes;
  }

  /**
   * The portfolios of the states in the system on {@code day}, undirected (a dyad's tie is the higher of its two
   * directions, as in the default of {@code entente similarity}), with {@code selfTie} on the diagonal.
   */
  public static PortfolioYear on(Catalog catalog, LocalDate day, int selfTie) {
    List<State> members = new ArrayList<>();
    for (Actor a : catalog.actors()) {
      if (a instanceof State s && s.inSystemOn(day)) {
        members.add(s);
      }
    }
    members.sort(java.util.Comparator.comparingInt(State::ccode));
    Map<Long, Byte> ties = ties(catalog, List.of(day));
    int n = members.size();
    int[] ccodes = members.stream().mapToInt(State::ccode).toArray();
    byte[][] levels = new byte[n][n];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < n; k++) {
        levels[i][k] = i == k ? (byte) selfTie : (byte) Math.max(
            ties.getOrDefault(key(ccodes[i], ccodes[k]), (byte) 0), ties.getOrDefault(key(ccodes[k], ccodes[i]), (byte) 0));
      }
    }
    return new PortfolioYear(day.getYear(), ccodes, levels, null);
  }

  /** The map key of a directed pair of COW codes. */
  public static long key(int a, int b) {
    return ((long) a << 32) | (b & 0xffffffffL);
  }
}
