package dev.entente.analysis.criticism;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A planted pattern: synthetic events in which the source criticises each target with a probability that rises
 * with a planted relative alignment (plus noise) — the analysis must recover the sign and size; with the signal
 * switched off, the interval must cover 0.
 */
class PlantedCriticismTest {

  /** Planted alignments, one measure. */
  private record Planted(Map<String, Double> values) implements Alignments {
    @Override
    public Map<String, Map<String, Double>> relative(String s, String r, Set<String> targets, int a, int b) {
      return Map.of("planted", values);
    }

    @Override
    public List<String> measures() {
      return List.of("planted");
    }

    @Override
    public List<String> provenance() {
      return List.of("planted alignment");
    }
  }

  /** 60 targets; target i's criticism probability is logistic(-1.5 + slope * u_i + noise). */
  private static CriticismResult plant(double slope, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<CodedEvent> events = new ArrayList<>();
    Map<String, Double> alignment = new TreeMap<>();
    for (int i = 0; i < 60; i++) {
      String target = String.format("T%02d", i);
      double u = random.nextDouble(-1, 1);
      alignment.put(target, u);
      double p = 1 / (1 + Math.exp(-(-1.5 + slope * u + random.nextGaussian() * 0.3)));
      int n = 40 + random.nextInt(200);
      for (int k = 0; k < n; k++) {
        String code = random.nextDouble() < p ? (random.nextBoolean() ? "111" : "1123") : "042";
        events.add(new CodedEvent("SRC", target, LocalDate.of(2020, 1, 1).plusDays(k), code, null, "synthetic"));
      }
    }
    // a target with too few events, and one outside the window: both must not count
    events.add(new CodedEvent("SRC", "FEW", LocalDate.of(2020, 5, 1), "111", null, "synthetic"));
    events.add(new CodedEvent("SRC", "T00", LocalDate.of(2019, 5, 1), "111", null, "synthetic"));
    alignment.put("FEW", 5.0);
    InMemoryEvents source = new InMemoryEvents(events, "synthetic");
    return new SelectiveCriticism(source, new Planted(alignment)).compute(CriticismRequest.of("SRC", "RIV", 2020, 2021));
  }

  @Test
  void aPlantedSignalIsRecoveredWithItsSignAndSize() {
    CriticismResult r = plant(3.0, 11L);
    CriticismResult.Correlation c = r.correlations().get(0);
    assertThat(c.result().n()).isEqualTo(60);
    assertThat(c.result().rho()).isGreaterThan(0.6);
    assertThat(c.result().low()).isGreaterThan(0);
    assertThat(c.result().high()).isLessThanOrEqualTo(1);
    assertThat(r.belowMinimum()).isEqualTo(1);
    assertThat(r.targets()).hasSize(61);
    assertThat(c.outliers()).hasSize(5);
    // the counts are those planted: every event from 2020 on is counted once
    long planted = r.targets().stream().mapToLong(CriticismResult.Target::events).sum();
    assertThat(r.events()).isEqualTo(planted);
    System.out.printf("planted slope 3: rho %.3f [%.3f, %.3f] over %d targets%n", c.result().rho(),
        c.result().low(), c.result().high(), c.result().n());
  }

  @Test
  void noPlantedSignalGivesAnIntervalCoveringZero() {
    for (long seed : new long[] {1L, 2L, 3L}) {
      CriticismResult.Correlation c = plant(0.0, seed).correlations().get(0);
      assertThat(c.result().low()).isLessThan(0);
      assertThat(c.result().high()).isGreaterThan(0);
    }
  }

  @Test
  void ratesAreCriticismOverAllEventsTowardsTheTarget() {
    List<CodedEvent> events = new ArrayList<>();
    for (int k = 0; k < 10; k++) {
      events.add(new CodedEvent("CHN", "JPN", LocalDate.of(2021, 3, 1 + k), k < 4 ? "111" : "040", -2.0, "t"));
    }
    events.add(new CodedEvent("CHN", "JPN", LocalDate.of(2021, 4, 1), "1124", -2.0, "t"));
    events.add(new CodedEvent("JPN", "CHN", LocalDate.of(2021, 4, 1), "111", -2.0, "t"));
    Map<String, TargetCount> c = new InMemoryEvents(events, "t")
        .towards("CHN", 2021, 2021, Set.copyOf(CriticismRequest.DEFAULT_CODES));
    assertThat(c).containsOnlyKeys("JPN");
    assertThat(c.get("JPN")).isEqualTo(new TargetCount("JPN", 11, 5));
  }

  /**
   * Outliers are residuals of the rank-on-rank least-squares line, counted by hand: alignment ranks 1..4, rate ranks
   * 1, 3, 2, 4; the line has slope 4/5 through (2.5, 2.5), so the residuals are -0.3, 0.9, -0.9, 0.3.
   */
  @Test
  void outliersAreTheLargestRankResidualsCountedByHand() {
    List<CodedEvent> events = new ArrayList<>();
    String[] targets = {"A", "B", "C", "D"};
    int[] critical = {1, 3, 2, 4};
    for (int t = 0; t < 4; t++) {
      for (int k = 0; k < 10; k++) {
        events.add(new CodedEvent("SRC", targets[t], LocalDate.of(2020, 1, 1 + k), k < critical[t] ? "111" : "042",
            null, "hand"));
      }
    }
    CriticismResult r = new SelectiveCriticism(new InMemoryEvents(events, "hand"),
        new Planted(Map.of("A", 1.0, "B", 2.0, "C", 3.0, "D", 4.0))).compute(new CriticismRequest("SRC", "RIV",
            2020, 2020, 2020, 2020, Set.copyOf(CriticismRequest.DEFAULT_CODES), 10, 200, 1L, 0.95, 3));
    List<CriticismResult.Outlier> outliers = r.correlations().get(0).outliers();
    assertThat(outliers).extracting(CriticismResult.Outlier::target).containsExactly("B", "C", "A");
    double[] residuals = outliers.stream().mapToDouble(CriticismResult.Outlier::residual).toArray();
    assertThat(residuals).containsExactly(new double[] {0.9, -0.9, -0.3},
        org.assertj.core.api.Assertions.within(1e-12));
  }
}
