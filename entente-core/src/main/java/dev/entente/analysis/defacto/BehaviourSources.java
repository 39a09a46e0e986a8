package dev.entente.analysis.defacto;

import java.util.List;
import java.util.Map;

/**
 * Dyad-year behaviour from imported data; the store implements it. Keys are undirected: ccode1 &lt; ccode2.
 */
public interface BehaviourSources {

  /** Event tone per dyad-year of {@code first..last}; empty when no events are imported. */
  List<DyadTone> tone(int first, int last);

  /**
   * DCAD defence cooperation agreements in force per dyad-year (signed in or before the year, and the year not
   * after the agreement's estimated end), key {@link MeasuredFeatures#key}; empty when DCAD is not imported.
   */
  Map<Long, Integer> defenceCooperation(int first, int last);

  /** The years DCAD codes ({@code [first, last]}), or null when it is not imported. */
  int[] defenceCooperationYears();

  /** Data versions and conventions, one line each. */
  List<String> provenance();
}
