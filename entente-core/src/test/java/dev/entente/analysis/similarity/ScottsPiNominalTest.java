package dev.entente.analysis.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class ScottsPiNominalTest extends SimilarityMeasureContract {

  @Override
  SimilarityMeasure measure() {
    return new ScottsPiNominal();
  }

  @RepeatedTest(50)
  void levelsNoObservationUsesDoNotChangeTheScore(RepetitionInfo info) {
    Positions p = Positions.random(new Random(9_000 + info.getCurrentRepetition()), 3);
    Positions wider = new Positions(6, p.x(), p.y(), p.w());
    assertThat(new ScottsPiNominal().compute(wider.table())).as("%s", p)
        .isEqualTo(new ScottsPiNominal().compute(p.table()));
  }

  @Test
  void twoStatesConstantAtTheSameLevelAreUndefined() {
    ContingencyTable t = new ContingencyTable(4);
    t.add(0, 0, 1.0);
    t.add(0, 0, 1.0);
    assertThat(new ScottsPiNominal().compute(t)).isInstanceOf(Similarity.Undefined.class);
  }
}
