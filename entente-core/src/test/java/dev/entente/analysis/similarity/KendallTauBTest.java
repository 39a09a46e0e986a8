package dev.entente.analysis.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KendallTauBTest extends SimilarityMeasureContract {

  @Override
  SimilarityMeasure measure() {
    return new KendallTauB();
  }

  @Test
  void oneObservationHasNoPairToRank() {
    ContingencyTable t = new ContingencyTable(4);
    t.add(1, 2, 1.0);
    assertThat(new KendallTauB().compute(t))
        .isEqualTo(Similarity.undefined("fewer than two observations, so there is no pair to rank"));
  }

  @Test
  void aStateWhosePositionsDoNotVaryLeavesTauBUndefined() {
    ContingencyTable t = new ContingencyTable(4);
    t.add(0, 0, 1.0);
    t.add(0, 3, 1.0);
    t.add(0, 1, 1.0);
    assertThat(new KendallTauB().compute(t))
        .isInstanceOfSatisfying(Similarity.Undefined.class,
            u -> assertThat(u.reason()).contains("do not vary"));
  }

  @Test
  void reversedRanksScoreMinusOne() {
    ContingencyTable t = new ContingencyTable(4);
    for (int a = 0; a < 4; a++) {
      t.add(a, 3 - a, 1.0);
    }
    assertThat(new KendallTauB().compute(t)).isEqualTo(Similarity.of(-1));
  }
}
