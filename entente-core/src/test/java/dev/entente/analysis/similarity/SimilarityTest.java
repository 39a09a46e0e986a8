package dev.entente.analysis.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SimilarityTest {

  @Test
  void aValueIsPresentAsAnOptional() {
    assertThat(Similarity.of(0.25).asOptional()).hasValue(0.25);
    assertThat(Similarity.of(0.25)).isEqualTo(new Similarity.Value(0.25));
  }

  @Test
  void anUndefinedScoreIsEmptyAndKeepsItsReason() {
    Similarity s = Similarity.undefined("no common votes");
    assertThat(s.asOptional()).isEmpty();
    assertThat(s).isEqualTo(new Similarity.Undefined("no common votes"));
  }

  @Test
  void nanOrInfinityIsABugNotAScore() {
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      assertThatThrownBy(() -> Similarity.of(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a similarity must be finite, got " + bad);
    }
  }

  @Test
  void anUndefinedScoreNeedsAReason() {
    assertThatThrownBy(() -> Similarity.undefined(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Similarity.undefined(null)).isInstanceOf(NullPointerException.class);
  }
}
