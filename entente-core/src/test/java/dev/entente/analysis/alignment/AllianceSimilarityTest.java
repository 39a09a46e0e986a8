package dev.entente.analysis.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.entente.analysis.similarity.ContingencyTable;
import dev.entente.analysis.similarity.Measures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The all-dyads computation on a hand-made portfolio matrix whose answers are computed here independently. */
class AllianceSimilarityTest {

  /** Four states; 2 and 200 are defence allies, 200 and 220 have an entente, 365 is alone. */
  private static final PortfolioYear YEAR = new PortfolioYear(1900, new int[] {2, 200, 220, 365},
      new byte[][] {{3, 3, 0, 0}, {3, 3, 1, 0}, {0, 1, 3, 0}, {0, 0, 0, 3}}, new double[] {0.4, 0.3, 0.2, 0.1});

  private static PortfolioSource source(PortfolioYear... years) {
    return (request, consumer) -> {
      for (PortfolioYear y : years) {
        consumer.accept(y);
      }
      return List.of("test portfolios");
    };
  }

  private static double expected(String measure, int i, int j, boolean weighted) {
    ContingencyTable t = new ContingencyTable(4);
    for (int k = 0; k < 4; k++) {
      t.add(YEAR.levels()[i][k], YEAR.levels()[j][k], weighted ? YEAR.weights()[k] : 1.0);
    }
    return Measures.byName(measure, 4).compute(t).asOptional().orElse(Double.NaN);
  }

  @Test
  void undirectedOutputHasEachDyadOnceWithTheMeasuresOfItsTwoRows() {
    SimilarityRows rows = new AllianceSimilarity(source(YEAR))
        .compute(PortfolioRequest.of("atop", 1900, 1900), List.of("s_un", "s_wt", "taub"), List.of());
    assertThat(rows.size()).isEqualTo(6);
    assertThat(rows.ccode1()).containsExactly(2, 2, 2, 200, 200, 220);
    assertThat(rows.ccode2()).containsExactly(200, 220, 365, 220, 365, 365);
    // 2 vs 200: |3-3| + |3-3| + |0-1| + |0-0| = 1 over 4 states with range 3: S = 1 - 2/12
    assertThat(rows.values()[0][0]).isCloseTo(1 - 2.0 / 12, within(1e-12));
    assertThat(rows.values()[1][0]).isCloseTo(expected("s_wt", 0, 1, true), within(1e-12));
    assertThat(rows.values()[2][2]).isCloseTo(expected("taub", 0, 3, false), within(1e-12));
    assertThat(rows.provenance()).contains("test portfolios");
  }

  @Test
  void directedOutputHasBothOrdersAndADyadFilterKeepsOnlyThatDyad() {
    SimilarityRows all = new AllianceSimilarity(source(YEAR))
        .compute(new PortfolioRequest("atop", 1900, 1900, true, 3, true), List.of("s_un"), List.of());
    assertThat(all.size()).isEqualTo(12);
    SimilarityRows one = new AllianceSimilarity(source(YEAR))
        .compute(PortfolioRequest.of("atop", 1900, 1900), List.of("s_un"), List.of(new int[] {220, 2}));
    assertThat(one.size()).isEqualTo(1);
    assertThat(one.ccode1()[0]).isEqualTo(2);
    assertThat(one.ccode2()[0]).isEqualTo(220);
  }

  @Test
  void aYearWithoutCapabilityDataHasAnUndefinedWeightedSWithItsReason() {
    PortfolioYear noWeights = new PortfolioYear(2017, YEAR.ccodes(), YEAR.levels(), null);
    SimilarityRows rows = new AllianceSimilarity(source(noWeights))
        .compute(PortfolioRequest.of("atop", 2017, 2017), List.of("s_un", "s_wt"), List.of());
    assertThat(java.util.Arrays.stream(rows.values()[1]).allMatch(Double::isNaN)).isTrue();
    assertThat(java.util.Arrays.stream(rows.values()[0]).noneMatch(Double::isNaN)).isTrue();
    assertThat(rows.undefined().get("s_wt"))
        .containsEntry("no capability (CINC) data for every system member in 2017", 6L);
    assertThat(rows.undefined().get("s_un")).isEmpty();
  }
}
