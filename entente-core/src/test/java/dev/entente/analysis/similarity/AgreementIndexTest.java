package dev.entente.analysis.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AgreementIndexTest {

  @Nested
  class HalfCredit extends SimilarityMeasureContract {
    @Override
    SimilarityMeasure measure() {
      return new AgreementIndex(false);
    }

    @Override
    int levels() {
      return 3;
    }

    @Override
    double lowest() {
      return 0;
    }

    @Override
    boolean definedWithoutVariation() {
      return true;
    }
  }

  @Nested
  class Exact extends SimilarityMeasureContract {
    @Override
    SimilarityMeasure measure() {
      return new AgreementIndex(true);
    }

    @Override
    int levels() {
      return 3;
    }

    @Override
    double lowest() {
      return 0;
    }

    @Override
    boolean definedWithoutVariation() {
      return true;
    }
  }

  @Test
  void anAbstentionCountsAsHalfADisagreement() {
    ContingencyTable t = new ContingencyTable(3);
    t.add(0, 0, 1.0); // yes, yes: 1
    t.add(0, 1, 1.0); // yes, abstain: 0.5
    t.add(2, 0, 1.0); // no, yes: 0
    t.add(2, 2, 1.0); // no, no: 1
    assertThat(new AgreementIndex(false).compute(t)).isEqualTo(Similarity.of(2.5 / 4));
    assertThat(new AgreementIndex(true).compute(t)).isEqualTo(Similarity.of(2.0 / 4));
  }

  @Test
  void noCommonVotesIsUndefined() {
    assertThat(new AgreementIndex(false).compute(new ContingencyTable(3)))
        .isEqualTo(Similarity.undefined("no common votes"));
  }
}
