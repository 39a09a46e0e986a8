package dev.entente.analysis.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CohensKappaTest extends SimilarityMeasureContract {

  @Override
  SimilarityMeasure measure() {
    return new CohensKappa();
  }

  @Test
  void twoStatesConstantAtTheSameLevelAreUndefinedNotZeroAsInHage() {
    ContingencyTable t = new ContingencyTable(3);
    t.add(0, 0, 1.0);
    t.add(0, 0, 1.0);
    assertThat(new CohensKappa().compute(t))
        .isInstanceOfSatisfying(Similarity.Undefined.class,
            u -> assertThat(u.reason()).contains("denominator) is 0"));
  }

  @Test
  void twoStatesConstantAtDifferentLevelsScoreZero() {
    ContingencyTable t = new ContingencyTable(4);
    t.add(0, 2, 1.0);
    t.add(0, 2, 1.0);
    assertThat(new CohensKappa().compute(t)).isEqualTo(Similarity.of(0));
  }
}
