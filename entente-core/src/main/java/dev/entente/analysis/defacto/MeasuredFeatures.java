package dev.entente.analysis.defacto;

import dev.entente.analysis.alignment.SimilarityRows;
import dev.entente.analysis.alignment.VoteRequest;
import dev.entente.analysis.alignment.VoteSimilarity;
import dev.entente.analysis.alignment.VoteSource;
import dev.entente.analysis.dyads.AtopDyadYear;
import dev.entente.domain.Catalog;
import dev.entente.domain.State;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds {@link FeatureFrame}s from entente's data. Rows: every pair of states of the built-in state list that are
 * both in the system on 1 January or 31 December of the year (the list's last spells run on). Features:
 * <ul>
 *   <li>{@code un_agree} — UN voting agreement in the calendar year (half credit for abstentions; METHODS.md B.5);
 *   <li>{@code un_kappa} — Häge's κ on the three-level vote scale in the calendar year (B.4);
 *   <li>{@code dca} — DCAD defence cooperation agreements in force (a count; NULL outside DCAD's years);
 *   <li>{@code coop_share} — share of the dyad's events (both directions) with CAMEO root 01–09; NULL without events;
 *   <li>{@code goldstein_mean} — mean Goldstein value of those events; NULL without events.
 * </ul>
 * Alliance-portfolio similarity is not a feature: a formal alliance is itself a tie in both portfolios, and
 * co-members of a multilateral pact share ties to every other member, so even similarity over third parties only
 * carries the label into the features. The label is ATOP's defence flag, either direction.
 */
public final class MeasuredFeatures implements FeatureSource {

  /** The features this class builds. */
  public static final List<String> KNOWN = List.of("un_agree", "un_kappa", "dca", "coop_share", "goldstein_mean");

  private final Catalog catalog;
  private final VoteSource votes;
  private final List<AtopDyadYear> atop;
  private final String atopVersion;
  private final BehaviourSources behaviour;

  /**
   * @param catalog the state list
   * @param votes UN votes, or null when not imported
   * @param atop ATOP directed dyad-years (all years)
   * @param atopVersion their version, for the provenance
   * @param behaviour events and DCAD
   */
  public MeasuredFeatures(Catalog catalog, VoteSource votes, List<AtopDyadYear> atop, String atopVersion,
      BehaviourSources behaviour) {
    this.catalog = catalog;
    this.votes = votes;
    this.atop = atop;
    this.atopVersion = atopVersion;
    this.behaviour = behaviour;
  }

  /** The key of an undirected dyad-year. */
  public static long key(int a, int b, int year) {
    return (long) year * 1_000_000L + (long) Math.min(a, b) * 1000L + Math.max(a, b);
  }

  /** The frame of {@code first..last} with {@code features} (some of {@link #KNOWN}). */
  @Override
  public FeatureFrame frame(int first, int last, List<String> features) {
    List<String> provenance = new ArrayList<>();
    Set<Long> defence = new HashSet<>();
    for (AtopDyadYear d : atop) {
      if (d.defense() == 1 && d.year() >= first && d.year() <= last) {
        defence.add(key(d.ccode1(), d.ccode2(), d.year()));
      }
    }
    provenance.add("label: ATOP " + atopVersion + " defence obligation between the two in the year (either direction),"
        + " coded 1815-2018; -1 (unknown) after");
    Map<Long, double[]> un = new HashMap<>();
    if (votes != null && (features.contains("un_agree") || features.contains("un_kappa"))) {
      SimilarityRows rows = new VoteSimilarity(votes).compute(new VoteRequest(first, last, true, "as-coded"),
          List.of("agree", "kappa"), List.of());
      for (int i = 0; i < rows.size(); i++) {
        un.put(key(rows.ccode1()[i], rows.ccode2()[i], rows.year()[i]),
            new double[] {rows.values()[0][i], rows.values()[1][i]});
      }
      provenance.add("un_agree, un_kappa: " + String.join("; ", rows.provenance()) + "; per calendar year");
    }
    Map<Long, DyadTone> tone = new HashMap<>();
    if (features.contains("coop_share") || features.contains("goldstein_mean")) {
      behaviour.tone(first, last).forEach(t -> tone.put(key(t.ccode1(), t.ccode2(), t.year()), t));
    }
    Map<Long, Integer> dca = features.contains("dca") ? behaviour.defenceCooperation(first, last) : Map.of();
    int[] dcaYears = behaviour.defenceCooperationYears();
    provenance.addAll(behaviour.provenance());

    List<int[]> rows = new ArrayList<>();
    for (int y = first; y <= last; y++) {
      int[] members = members(y);
      for (int i = 0; i < members.length; i++) {
        for (int j = i + 1; j < members.length; j++) {
          rows.add(new int[] {members[i], members[j], y});
        }
      }
    }
    int n = rows.size();
    int[] c1 = new int[n];
    int[] c2 = new int[n];
    int[] yr = new int[n];
    int[] label = new int[n];
    double[][] values = new double[features.size()][n];
    for (int r = 0; r < n; r++) {
      int[] d = rows.get(r);
      c1[r] = d[0];
      c2[r] = d[1];
      yr[r] = d[2];
      long k = key(d[0], d[1], d[2]);
      label[r] = d[2] > 2018 ? -1 : defence.contains(k) ? 1 : 0;
      double[] u = un.get(k);
      DyadTone t = tone.get(k);
      for (int f = 0; f < features.size(); f++) {
        values[f][r] = switch (features.get(f)) {
          case "un_agree" -> u == null ? Double.NaN : u[0];
          case "un_kappa" -> u == null ? Double.NaN : u[1];
          case "dca" -> dcaYears == null || d[2] < dcaYears[0] || d[2] > dcaYears[1] ? Double.NaN
              : dca.getOrDefault(k, 0);
          case "coop_share" -> t == null || t.events() == 0 ? Double.NaN : (double) t.cooperative() / t.events();
          case "goldstein_mean" -> t == null || t.goldsteinMean() == null ? Double.NaN : t.goldsteinMean();
          default -> throw new IllegalArgumentException("feature '" + features.get(f) + "' is not known (allowed: "
              + String.join(", ", KNOWN) + ")");
        };
      }
    }
    return new FeatureFrame(List.copyOf(features), c1, c2, yr, label, values, provenance);
  }

  private int[] members(int year) {
    LocalDate a = LocalDate.of(year, 1, 1);
    LocalDate b = LocalDate.of(year, 12, 31);
    return catalog.actors().stream()
        .filter(x -> x instanceof State s && s.spells().stream().anyMatch(p -> p.contains(a) || p.contains(b)))
        .mapToInt(x -> ((State) x).ccode()).sorted().distinct().toArray();
  }
}
