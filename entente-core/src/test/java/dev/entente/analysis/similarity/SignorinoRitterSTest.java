package dev.entente.analysis.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.analysis.similarity.SignorinoRitterS.Distance;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SignorinoRitterSTest {

  @Nested
  class Unweighted extends SimilarityMeasureContract {
    @Override
    SimilarityMeasure measure() {
      return SignorinoRitterS.unweighted(3);
    }

    @Override
    boolean definedWithoutVariation() {
      return true;
    }
  }

  @Nested
  class Squared extends SimilarityMeasureContract {
    @Override
    SimilarityMeasure measure() {
      return SignorinoRitterS.squared(3);
    }

    @Override
    boolean definedWithoutVariation() {
      return true;
    }
  }

  @Nested
  class Weighted extends SimilarityMeasureContract {
    @Override
    SimilarityMeasure measure() {
      return SignorinoRitterS.weighted(3);
    }

    @Override
    boolean definedWithoutVariation() {
      return true;
    }
  }

  @Nested
  class WeightedSquared extends SimilarityMeasureContract {
    @Override
    SimilarityMeasure measure() {
      return new SignorinoRitterS(Distance.SQUARED, true, 3);
    }

    @Override
    boolean definedWithoutVariation() {
      return true;
    }
  }

  @Test
  void theFourVariantsHaveTheirColumnNames() {
    assertThat(SignorinoRitterS.unweighted(3).name()).isEqualTo("s_un");
    assertThat(SignorinoRitterS.squared(3).name()).isEqualTo("s_sq");
    assertThat(SignorinoRitterS.weighted(3).name()).isEqualTo("s_wt");
    assertThat(new SignorinoRitterS(Distance.SQUARED, true, 3).name()).isEqualTo("s_wt_sq");
    assertThat(new SignorinoRitterS(Distance.ABSOLUTE, false, 3).name()).isEqualTo("s_un");
  }

  @Test
  void positionsAtTheLargestDistanceEverywhereScoreMinusOne() {
    ContingencyTable t = new ContingencyTable(4);
    t.add(0, 3, 0.2);
    t.add(3, 0, 0.7);
    assertThat(SignorinoRitterS.unweighted(3).compute(t)).isEqualTo(Similarity.of(-1));
    assertThat(SignorinoRitterS.squared(3).compute(t)).isEqualTo(Similarity.of(-1));
    assertThat(SignorinoRitterS.weighted(3).compute(t)).isEqualTo(Similarity.of(-1));
  }

  @Test
  void weightedSIsUndefinedWhenTheWeightsSumToZeroWhileUnweightedSIsNot() {
    ContingencyTable t = new ContingencyTable(4);
    t.add(1, 2, 0.0);
    t.add(0, 0, 0.0);
    assertThat(SignorinoRitterS.weighted(3).compute(t)).isEqualTo(Similarity.undefined("the weights sum to 0"));
    assertThat(SignorinoRitterS.unweighted(3).compute(t)).isEqualTo(Similarity.of(1 - 2.0 * 1 / (3 * 2)));
  }

  @Test
  void aTableWithMoreLevelsThanDeltaAllowsIsRejected() {
    ContingencyTable t = new ContingencyTable(4);
    t.add(0, 3, 1.0);
    assertThatThrownBy(() -> SignorinoRitterS.unweighted(2).compute(t))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("delta 2.0")
        .hasMessageContaining("4-level");
  }

  @Test
  void aBinaryTableMayBeScoredWithTheValuedDelta() {
    ContingencyTable t = new ContingencyTable(2);
    t.add(0, 1, 1.0);
    t.add(1, 1, 1.0);
    assertThat(SignorinoRitterS.unweighted(3).compute(t)).isEqualTo(Similarity.of(1 - 2.0 / 6));
  }

  @Test
  void deltaMustBeFiniteAndPositive() {
    for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> SignorinoRitterS.unweighted(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("delta must be finite and > 0, got " + bad);
    }
  }
}
