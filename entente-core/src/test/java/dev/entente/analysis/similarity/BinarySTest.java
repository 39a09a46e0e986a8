package dev.entente.analysis.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

class BinarySTest extends SimilarityMeasureContract {

  @Override
  SimilarityMeasure measure() {
    return new BinaryS();
  }

  @Override
  boolean definedWithoutVariation() {
    return true;
  }

  @RepeatedTest(200)
  void equalsUnweightedSWithDeltaOneOnTheBinaryTable(RepetitionInfo info) {
    Positions p = Positions.random(new Random(7_000 + info.getCurrentRepetition()), 4);
    ContingencyTable t = p.table();
    assertThat(new BinaryS().compute(t)).as("%s", p)
        .isEqualTo(SignorinoRitterS.unweighted(1).compute(t.binary()));
  }
}
