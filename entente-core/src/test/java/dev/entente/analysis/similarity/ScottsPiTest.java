package dev.entente.analysis.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScottsPiTest extends SimilarityMeasureContract {

  @Override
  SimilarityMeasure measure() {
    return new ScottsPi();
  }

  @Test
  void twoStatesConstantAtDifferentLevelsScoreMinusOne() {
    ContingencyTable t = new ContingencyTable(4);
    t.add(3, 0, 1.0);
    t.add(3, 0, 1.0);
    assertThat(new ScottsPi().compute(t)).isEqualTo(Similarity.of(-1));
  }

  @Test
  void twoStatesConstantAtTheSameLevelAreUndefined() {
    ContingencyTable t = new ContingencyTable(4);
    t.add(2, 2, 1.0);
    assertThat(new ScottsPi().compute(t)).isInstanceOf(Similarity.Undefined.class);
  }
}
