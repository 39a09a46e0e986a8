package dev.entente.analysis.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The reference values of METHODS.md Part C. "Published" values are asserted to the digits printed; values marked
 * "derived, not published" were computed from the formulas by an independent reimplementation (METHODS.md C.6).
 */
class PublishedValuesTest {

  private static double value(SimilarityMeasure m, ContingencyTable t) {
    Similarity s = m.compute(t);
    assertThat(s).as(m.name()).isInstanceOf(Similarity.Value.class);
    return s.asOptional().getAsDouble();
  }

  /** Germany–Russia 1914, {@code fpsim::gmyrus14} = Signorino and Ritter 1999 Table 6 (METHODS.md C.1). */
  @Nested
  class GermanyRussia1914 {

    // state, syscap, gmy, rus (valued: 0 none .. 3 defence; self-ties 3)
    private static final Object[][] ROWS = {
      {"GMY", 0.25, 3, 0}, {"RUS", 0.21, 0, 3}, {"UKG", 0.20, 0, 1}, {"FRN", 0.08, 0, 3}, {"AUH", 0.08, 3, 0},
      {"ITA", 0.05, 3, 1}, {"BEL", 0.03, 0, 0}, {"SPN", 0.03, 0, 0}, {"TUR", 0.02, 0, 0}, {"NTH", 0.01, 0, 0},
      {"SWD", 0.01, 0, 0}, {"RUM", 0.01, 3, 0}, {"POR", 0.01, 0, 0}, {"SWZ", 0.01, 0, 0}, {"GRC", 0.0, 0, 0},
      {"DEN", 0.0, 0, 0}, {"YUG", 0.0, 0, 0}, {"BUL", 0.0, 0, 0}, {"NOR", 0.0, 0, 0}, {"ALB", 0.0, 0, 0},
    };

    private final ContingencyTable table = table();

    private static ContingencyTable table() {
      ContingencyTable t = new ContingencyTable(4);
      for (Object[] r : ROWS) {
        t.add((int) r[2], (int) r[3], (double) r[1]);
      }
      return t;
    }

    @Test
    void theTableHasTheContingencyMillerDescribes() {
      assertThat(table.n()).isEqualTo(20);
      assertThat(table.count(0, 0)).isEqualTo(13);
      assertThat(table.count(3, 0)).isEqualTo(3); // GMY, AUH, RUM
      assertThat(table.count(3, 1)).isEqualTo(1); // ITA
      assertThat(table.count(0, 3)).isEqualTo(2); // RUS, FRN
      assertThat(table.count(0, 1)).isEqualTo(1); // UKG
      assertThat(table.totalWeight()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void tauBIsThePublished0_03031695() {
      assertThat(value(new KendallTauB(), table)).isCloseTo(0.03031695, within(5e-9));
    }

    @Test
    void unweightedSIsThePublished0_4() {
      assertThat(value(SignorinoRitterS.unweighted(3), table)).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void capabilityWeightedSIsThePublishedMinus0_46() {
      assertThat(value(SignorinoRitterS.weighted(3), table)).isCloseTo(-0.46, within(1e-12));
    }

    @Test
    void quadraticKappaIsThePublishedMinus0_07758621() {
      assertThat(value(new CohensKappa(), table)).isCloseTo(-0.07758621, within(5e-9));
    }

    @Test
    void nominalPiIsThePublishedMinus0_04477612() {
      assertThat(value(new ScottsPiNominal(), table)).isCloseTo(-0.04477612, within(5e-9));
    }

    @Test
    void squaredDistanceSIs0_444444DerivedNotPublished() {
      assertThat(value(SignorinoRitterS.squared(3), table)).isCloseTo(0.444444, within(5e-7))
          .isCloseTo(1 - 100.0 / 180, within(1e-15));
    }

    @Test
    void hageQuadraticPiIsMinus0_086957DerivedNotPublished() {
      assertThat(value(new ScottsPi(), table)).isCloseTo(-0.086957, within(5e-7))
          .isCloseTo(-2.0 / 23, within(1e-15));
    }

    @Test
    void onBinaryPortfoliosSIs0_4AndKappaAndPiAre0_0625DerivedNotPublished() {
      ContingencyTable binary = table.binary();
      assertThat(value(SignorinoRitterS.unweighted(1), binary)).isCloseTo(0.4, within(1e-12));
      assertThat(value(new BinaryS(), table)).isCloseTo(0.4, within(1e-12));
      assertThat(value(new CohensKappa(), binary)).isCloseTo(0.0625, within(1e-12));
      assertThat(value(new ScottsPi(), binary)).isCloseTo(0.0625, within(1e-12));
    }
  }

  /** US–Mexico 1946 UN votes, {@code fpsim::usamex46}: the 38 recovered roll calls (METHODS.md C.2). */
  @Nested
  class UnitedStatesMexico1946 {

    // 1 yes, 2 abstain, 3 no; resid 1001–1043 without 1009, 1011–1013, 1022
    private static final int[] USA =
        {1, 3, 3, 3, 3, 3, 1, 1, 1, 2, 1, 3, 1, 1, 1, 3, 1, 1, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 1, 3, 1, 3, 3, 1, 1,
            1};
    private static final int[] MEX =
        {1, 3, 1, 1, 1, 1, 1, 1, 3, 3, 3, 2, 2, 3, 3, 1, 1, 1, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 1, 1, 1, 1, 1, 1, 2, 1,
            3};

    private final ContingencyTable table = table();

    private static ContingencyTable table() {
      Positions p = Positions.of(3, Arrays.stream(USA).map(v -> v - 1).toArray(),
          Arrays.stream(MEX).map(v -> v - 1).toArray());
      return p.table();
    }

    @Test
    void thereAre38CommonVotes() {
      assertThat(USA).hasSize(38);
      assertThat(MEX).hasSize(38);
      assertThat(table.n()).isEqualTo(38);
    }

    @Test
    void quadraticKappaIsThePublishedMinus0_01222707() {
      assertThat(value(new CohensKappa(), table)).isCloseTo(-0.01222707, within(5e-9));
    }

    @Test
    void nominalPiIsThePublishedMinus0_02775801() {
      assertThat(value(new ScottsPiNominal(), table)).isCloseTo(-0.02775801, within(5e-9));
    }

    @Test
    void tauBIsThePublished0_01431261() {
      assertThat(value(new KendallTauB(), table)).isCloseTo(0.01431261, within(5e-9));
    }

    @Test
    void agreementIs0_565789DerivedNotPublished() {
      assertThat(value(new AgreementIndex(false), table)).isCloseTo(0.565789, within(5e-7));
    }

    @Test
    void absoluteSWithDeltaTwoIs0_131579DerivedNotPublished() {
      assertThat(value(SignorinoRitterS.unweighted(2), table)).isCloseTo(0.131579, within(5e-7));
    }

    @Test
    void squaredSIs0_197368DerivedNotPublished() {
      assertThat(value(SignorinoRitterS.squared(2), table)).isCloseTo(0.197368, within(5e-7));
    }

    @Test
    void hageQuadraticPiIsMinus0_017783DerivedNotPublished() {
      assertThat(value(new ScottsPi(), table)).isCloseTo(-0.017783, within(5e-7));
    }
  }

  /** Signorino's {@code S.g} example (METHODS.md C.4); S = 1/3 is derived from the formula, the page prints only the call. */
  @Test
  void signorinosWeightedExampleGivesOneThirdDerivedNotPublished() {
    int[] ai = {3, 3, 2, 2};
    int[] aj = {2, 2, 3, 3};
    double[] w = {.5, .3, .1, .1};
    ContingencyTable t = new Positions(4, ai, aj, w).table();
    assertThat(value(SignorinoRitterS.weighted(3), t)).isCloseTo(1.0 / 3, within(1e-12));
  }
}
